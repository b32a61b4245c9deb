/** Texts of the decisions facet's cards and confirmations (the errors are in decisions.ts). */
import { str, type Catalog, type Params } from './catalog.ts';

const n = (p: Params, key: string) => {
  const value = Number(p[key] ?? 0);
  return Number.isFinite(value) ? value : 0;
};
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Attendance statuses in words; '' is "nothing recorded". */
const STATUS: Record<'PRESENT' | 'EXCUSED' | 'ABSENT' | '', { nl: string; en: string }> & Record<string, { nl: string; en: string } | undefined> = {
  PRESENT: { nl: 'aanwezig', en: 'present' },
  EXCUSED: { nl: 'verhinderd', en: 'excused' },
  ABSENT: { nl: 'afwezig zonder bericht', en: 'absent without notice' },
  '': { nl: 'niet vastgelegd', en: 'not recorded' },
};

/** Reply texts by code. */
export const decisionReplyMessages = {
  POLL_TITLE: { nl: (p) => `Peiling ${str(p, 'committee')}`, en: (p) => `Poll ${str(p, 'committee')}` },
  POLL_OPEN_UNTIL: { nl: (p) => `open tot ${str(p, 'closes')}`, en: (p) => `open until ${str(p, 'closes')}` },
  POLL_IS_CLOSED: { nl: (p) => `gesloten op ${str(p, 'closed')}`, en: (p) => `closed on ${str(p, 'closed')}` },
  FIELD_QUESTION: { nl: () => 'Vraag', en: () => 'Question' },
  FIELD_CLOSES: { nl: () => 'Sluit', en: () => 'Closes' },
  FIELD_RULE: { nl: () => 'Besluitregel', en: () => 'Decision rule' },
  FIELD_MEETING: { nl: () => 'Vergadering', en: () => 'Meeting' },
  FIELD_OUTCOME: { nl: () => 'Uitkomst', en: () => 'Outcome' },
  FIELD_BALLOT: { nl: () => 'Stemming', en: () => 'Ballot' },
  BALLOT_SECRET: {
    nl: () => 'geheim: zolang de peiling open is alleen hoeveel zetels gestemd hebben, daarna alleen de totalen; wie wat koos wordt nergens bewaard',
    en: () => 'secret: while the poll is open only how many seats have voted, then only the totals; who chose what is kept nowhere',
  },
  POLL_TALLY: {
    nl: (p) => `${n(p, 'voted')} van ${plural(n(p, 'seats'), 'zetel', 'zetels')} gestemd — ${str(p, 'ratio')}`,
    en: (p) => `${n(p, 'voted')} of ${plural(n(p, 'seats'), 'seat', 'seats')} voted — ${str(p, 'ratio')}`,
  },
  // A committee that votes per party (001 ORO "op basis van gelijkwaardigheid"): the tally counts parties.
  POLL_TALLY_PARTIES: {
    nl: (p) => `${n(p, 'voted')} van ${plural(n(p, 'seats'), 'partij', 'partijen')} gestemd (elke partij telt één keer) — ${str(p, 'ratio')}`,
    en: (p) => `${n(p, 'voted')} of ${plural(n(p, 'seats'), 'party', 'parties')} voted (each party counts once) — ${str(p, 'ratio')}`,
  },
  PARTY_VOTED: {
    nl: (p) => `${str(p, 'organisation')}: ${p.choice ? str(p, 'choice') : 'heeft gestemd'} (${str(p, 'voters')})`,
    en: (p) => `${str(p, 'organisation')}: ${p.choice ? str(p, 'choice') : 'has voted'} (${str(p, 'voters')})`,
  },
  PARTY_DIVIDED: {
    nl: (p) => `${str(p, 'organisation')}: verdeeld, telt als onthouding tot de stemmen gelijk zijn (${str(p, 'voters')})`,
    en: (p) => `${str(p, 'organisation')}: divided, counts as abstaining until its votes agree (${str(p, 'voters')})`,
  },
  PARTY_NOT_VOTED: {
    nl: (p) => `${str(p, 'organisation')} (${str(p, 'holders')}): nog niet gestemd`,
    en: (p) => `${str(p, 'organisation')} (${str(p, 'holders')}): not voted yet`,
  },
  PARTY_VOTER: {
    nl: (p) => `${str(p, 'person')}${p.choice ? ` ${str(p, 'choice')}` : ''}${p.by ? `, door vervanger ${str(p, 'by')}` : ''}`,
    en: (p) => `${str(p, 'person')}${p.choice ? ` ${str(p, 'choice')}` : ''}${p.by ? `, by substitute ${str(p, 'by')}` : ''}`,
  },
  VOTE_PARTY_DIVIDED: {
    nl: (p) => `Let op: ${str(p, 'others')} stemde anders namens ${str(p, 'organisation')}. Het ${str(p, 'committee')} stemt per partij; zolang de stemmen van ${str(p, 'organisation')} verschillen, telt de partij als onthouding.`,
    en: (p) => `Note: ${str(p, 'others')} voted otherwise for ${str(p, 'organisation')}. The ${str(p, 'committee')} votes per party; while ${str(p, 'organisation')}'s votes differ, the party counts as abstaining.`,
  },
  RATIO_VOTE: {
    nl: (p) => `${n(p, 'for')} voor, ${n(p, 'against')} tegen, ${n(p, 'abstain')} onthouding`,
    en: (p) => `${n(p, 'for')} for, ${n(p, 'against')} against, ${n(p, 'abstain')} abstain`,
  },
  RATIO_PER_PARTY: { nl: () => 'per partij', en: () => 'per party' },
  RATIO_CONSENT: {
    nl: (p) => `${n(p, 'for')} akkoord, ${n(p, 'against')} bezwaar, ${n(p, 'abstain')} onthouding`,
    en: (p) => `${n(p, 'for')} agree, ${n(p, 'against')} object, ${n(p, 'abstain')} abstain`,
  },
  SEAT_VOTED: {
    nl: (p) => `${str(p, 'organisation')} (${str(p, 'holder')}): ${p.choice ? str(p, 'choice') : 'heeft gestemd'}${p.by ? `, door vervanger ${str(p, 'by')}` : ''}`,
    en: (p) => `${str(p, 'organisation')} (${str(p, 'holder')}): ${p.choice ? str(p, 'choice') : 'has voted'}${p.by ? `, by substitute ${str(p, 'by')}` : ''}`,
  },
  SEAT_NOT_VOTED: {
    nl: (p) => `${str(p, 'organisation')} (${str(p, 'holder')}): nog niet gestemd`,
    en: (p) => `${str(p, 'organisation')} (${str(p, 'holder')}): not voted yet`,
  },
  OUTCOME_THRESHOLD: { nl: (p) => `nodig: ${n(p, 'threshold')} stemmen voor`, en: (p) => `needed: ${n(p, 'threshold')} votes for` },
  OUTCOME_FALLBACK: { nl: () => 'geen gemeenschappelijk akkoord: de meerderheid besliste', en: () => 'no common agreement: the majority decided' },
  POLL_HOW_TO_VOTE: { nl: (p) => `Peiling ${str(p, 'id')}. Stem met /gremium stem ${str(p, 'id')} <keuze>.`, en: (p) => `Poll ${str(p, 'id')}. Vote with /gremium vote ${str(p, 'id')} <choice>.` },
  POLL_CLOSED_FOOTER: { nl: (p) => `Peiling ${str(p, 'id')}.`, en: (p) => `Poll ${str(p, 'id')}.` },
  POLL_STILL_OPEN: { nl: () => 'nog open', en: () => 'still open' },
  POLL_YOUR_VOTE: { nl: (p) => `Uw stem: ${str(p, 'votes')}`, en: (p) => `Your vote: ${str(p, 'votes')}` },
  POLL_NOT_VOTED_YET: { nl: () => 'nog niet gestemd', en: () => 'not voted yet' },
  POLL_OPENED: {
    nl: (p) => `Peiling geopend in het ${str(p, 'committee')}; ik heb hem in het kanaal van het gremium gezet.`,
    en: (p) => `Poll opened in the ${str(p, 'committee')}; I posted it in the committee's channel.`,
  },
  POLL_OPENED_NO_CHANNEL: {
    nl: (p) => `Peiling geopend in het ${str(p, 'committee')}. Het ${str(p, 'committee')} heeft hier nog geen kanaal; de secretaris kiest er een met /gremium kanaal ${str(p, 'committee')}. Tot dan ziet alleen wie een zetel heeft de kaart, privé, met /gremium peiling ${str(p, 'id')}.`,
    en: (p) => `Poll opened in the ${str(p, 'committee')}. The ${str(p, 'committee')} has no channel here yet; its secretary picks one with /gremium channel ${str(p, 'committee')}. Until then only someone with a seat sees the card, privately, with /gremium poll ${str(p, 'id')}.`,
  },
  VOTE_RECORDED: {
    nl: (p) => `Uw stem "${str(p, 'choice')}" voor ${str(p, 'organisation')} is vastgelegd.`,
    en: (p) => `Your vote "${str(p, 'choice')}" for ${str(p, 'organisation')} is recorded.`,
  },
  VOTE_CHANGED: {
    nl: (p) => `Uw stem voor ${str(p, 'organisation')} is gewijzigd van "${str(p, 'previous')}" in "${str(p, 'choice')}"; de oude stem telt niet meer.`,
    en: (p) => `Your vote for ${str(p, 'organisation')} changed from "${str(p, 'previous')}" to "${str(p, 'choice')}"; the old vote no longer counts.`,
  },
  POLL_RESULT: {
    nl: (p) => `Peiling gesloten: "${str(p, 'question')}" — ${str(p, 'outcome')} (${str(p, 'ratio')}${p.parties !== undefined ? `; ${n(p, 'voted')} van ${plural(n(p, 'parties'), 'partij', 'partijen')} gestemd, elke partij telt één keer` : ''}).`,
    en: (p) => `Poll closed: "${str(p, 'question')}" — ${str(p, 'outcome')} (${str(p, 'ratio')}${p.parties !== undefined ? `; ${n(p, 'voted')} of ${plural(n(p, 'parties'), 'party', 'parties')} voted, each party counts once` : ''}).`,
  },
  POLL_ALREADY_CLOSED: { nl: () => 'Deze peiling was al gesloten; de uitkomst staat vast.', en: () => 'This poll was already closed; the outcome stands.' },
  DECISION_RECORDED: {
    nl: (p) => `Vastgelegd als besluit ${n(p, 'number')} op de besluitenlijst van ${str(p, 'day')}.`,
    en: (p) => `Recorded as decision ${n(p, 'number')} on the decision list of ${str(p, 'day')}.`,
  },
  DECLARATION_ACCEPTED: {
    // Only where the committee votes does the substitute vote (000 KBO art. 1: "geen besluitvorming").
    nl: (p) => `U bent afgemeld voor het ${str(p, 'committee')} op ${str(p, 'day')}${p.substitute ? `; ${str(p, 'substitute')} vervangt u namens ${str(p, 'organisations')}${str(p, 'votes') === 'no' ? '' : ' en stemt in uw plaats'}` : ''}.`,
    en: (p) => `You are excused from the ${str(p, 'committee')} on ${str(p, 'day')}${p.substitute ? `; ${str(p, 'substitute')} replaces you for ${str(p, 'organisations')}${str(p, 'votes') === 'no' ? '' : ' and votes in your place'}` : ''}.`,
  },
  DECLARATION_TO_SECRETARY: {
    nl: (p) => `${str(p, 'person')} heeft zich afgemeld voor het ${str(p, 'committee')} op ${str(p, 'day')}${p.substitute ? `; vervanger: ${str(p, 'substitute')}` : '; geen vervanger'}${p.reason ? ` (reden: ${str(p, 'reason')})` : ''}.`,
    en: (p) => `${str(p, 'person')} sent notice for the ${str(p, 'committee')} on ${str(p, 'day')}${p.substitute ? `; substitute: ${str(p, 'substitute')}` : '; no substitute'}${p.reason ? ` (reason: ${str(p, 'reason')})` : ''}.`,
  },
  DECLARATION_WITHDRAWN: {
    nl: (p) => `Uw afmelding voor het ${str(p, 'committee')} op ${str(p, 'day')} is ingetrokken; u neemt zelf weer deel.`,
    en: (p) => `Your notice for the ${str(p, 'committee')} on ${str(p, 'day')} is withdrawn; you take part yourself again.`,
  },
  DECLARATION_WITHDRAWN_TO_SECRETARY: {
    nl: (p) => `${str(p, 'person')} heeft de afmelding voor het ${str(p, 'committee')} op ${str(p, 'day')} ingetrokken.`,
    en: (p) => `${str(p, 'person')} withdrew the notice for the ${str(p, 'committee')} on ${str(p, 'day')}.`,
  },
  ATTENDANCE_PRESENT: { nl: () => 'aanwezig', en: () => 'present' },
  ATTENDANCE_EXCUSED: { nl: () => 'verhinderd', en: () => 'excused' },
  ATTENDANCE_ABSENT: { nl: () => 'afwezig zonder bericht', en: () => 'absent without notice' },
  ATTENDANCE_RECORDED: {
    nl: (p) => `${str(p, 'person')} (${str(p, 'organisations')}) staat als ${str(p, 'status')} bij het ${str(p, 'committee')} op ${str(p, 'day')}.`,
    en: (p) => `${str(p, 'person')} (${str(p, 'organisations')}) is recorded as ${str(p, 'status')} at the ${str(p, 'committee')} on ${str(p, 'day')}.`,
  },
  ATTENDANCE_LINE: {
    nl: (p) => `${str(p, 'organisation')} (${str(p, 'person')}): ${STATUS[str(p, 'status')]?.nl ?? STATUS[''].nl}${p.substitute ? `, vervangen door ${str(p, 'substitute')}` : ''}${p.reason ? ` (${str(p, 'reason')})` : ''}`,
    en: (p) => `${str(p, 'organisation')} (${str(p, 'person')}): ${STATUS[str(p, 'status')]?.en ?? STATUS[''].en}${p.substitute ? `, replaced by ${str(p, 'substitute')}` : ''}${p.reason ? ` (${str(p, 'reason')})` : ''}`,
  },
  ABSENTEES_TITLE: { nl: (p) => `Aanwezigheid ${str(p, 'committee')} op ${str(p, 'day')}`, en: (p) => `Attendance ${str(p, 'committee')} on ${str(p, 'day')}` },
  ABSENTEES_SUMMARY: {
    nl: (p) => (p.absent ? `Afwezig: ${str(p, 'absent')}.` : 'Niemand was afwezig zonder bericht.') + (p.excused ? ` Verhinderd: ${str(p, 'excused')}.` : ''),
    en: (p) => (p.absent ? `Absent: ${str(p, 'absent')}.` : 'No one was absent without notice.') + (p.excused ? ` Excused: ${str(p, 'excused')}.` : ''),
  },
  ABSENTEES_NOT_RECORDED: {
    nl: () => 'Voor deze vergadering is nog geen aanwezigheid vastgelegd (afmeldingen staan er wel bij).',
    en: () => 'No attendance was recorded for this meeting yet (notices of absence are shown).',
  },
  ABSENCE_FLAG: {
    nl: (p) => `Let op: ${str(p, 'party')} miste in ${str(p, 'year')} ${plural(n(p, 'missed'), 'vergadering', 'vergaderingen')}${n(p, 'missed') > n(p, 'limit') ? ` (meer dan ${n(p, 'limit')})` : ''}${n(p, 'withoutReason') > 0 ? `, waarvan ${n(p, 'withoutReason')} zonder opgaaf van reden` : ''}. Art. 7.5: "kan Gemeente besluiten om betreffende Aanbieder niet meer uit te nodigen".`,
    en: (p) => `Note: ${str(p, 'party')} missed ${plural(n(p, 'missed'), 'meeting', 'meetings')} in ${str(p, 'year')}${n(p, 'missed') > n(p, 'limit') ? ` (more than ${n(p, 'limit')})` : ''}${n(p, 'withoutReason') > 0 ? `, ${n(p, 'withoutReason')} without giving a reason` : ''}. Art. 7.5: the municipality may decide not to invite this provider any more.`,
  },
  DECISION_LIST_TITLE: { nl: (p) => `Besluitenlijst ${str(p, 'committee')} ${str(p, 'day')}`, en: (p) => `Decision list ${str(p, 'committee')} ${str(p, 'day')}` },
  DECISION_LIST_EMPTY: { nl: () => 'Er zijn op deze vergadering (nog) geen besluiten vastgelegd.', en: () => 'No decisions are recorded for this meeting (yet).' },
  DECISION_LINE: {
    nl: (p) => `Besluit ${n(p, 'number')}: ${str(p, 'text')} — ${str(p, 'outcome')} (${str(p, 'ratio')})`,
    en: (p) => `Decision ${n(p, 'number')}: ${str(p, 'text')} — ${str(p, 'outcome')} (${str(p, 'ratio')})`,
  },
  DECISIONS_EXPORTED: {
    nl: (p) => `${plural(n(p, 'count'), 'besluit', 'besluiten')} van het ${str(p, 'committee')} op ${str(p, 'day')} geschreven naar ${str(p, 'file')}.`,
    en: (p) => `Wrote ${plural(n(p, 'count'), 'decision', 'decisions')} of the ${str(p, 'committee')} on ${str(p, 'day')} to ${str(p, 'file')}.`,
  },
  REPRESENTS_SUBSTITUTED: {
    nl: (p) => `${str(p, 'holder')} vervangen door ${str(p, 'substitute')} op ${str(p, 'day')}`,
    en: (p) => `${str(p, 'holder')} replaced by ${str(p, 'substitute')} on ${str(p, 'day')}`,
  },
} satisfies Catalog;
