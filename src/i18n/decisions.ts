/** Messages of the decisions facet: polls, votes, substitution declarations, attendance, decision lists. */
import type { Language } from './catalog.ts';
import { str, type Catalog, type Params } from './catalog.ts';
import { decisionReplyMessages } from './decisions-replies.ts';

const CHOICES: Record<string, Record<Language, string>> = {
  FOR: { nl: 'voor', en: 'for' },
  AGAINST: { nl: 'tegen', en: 'against' },
  ABSTAIN: { nl: 'onthouding', en: 'abstain' },
  AGREE: { nl: 'akkoord', en: 'agree' },
  OBJECT: { nl: 'bezwaar', en: 'object' },
};

/** A stance choice as the user types and reads it ("voor", "agree"). */
export function choiceName(lang: Language, choice: string): string {
  return CHOICES[choice]?.[lang] ?? choice;
}

const OUTCOMES: Record<string, Record<Language, string>> = {
  PENDING: { nl: 'nog niet beslist', en: 'not decided yet' },
  ADOPTED: { nl: 'aangenomen', en: 'adopted' },
  REJECTED: { nl: 'verworpen', en: 'rejected' },
  TIED: { nl: 'staken der stemmen: niet aangenomen', en: 'tied: not adopted' },
  INCOMPLETE: { nl: 'niet aangenomen: niet elke zetel nam een standpunt in', en: 'not adopted: not every seat took a stance' },
  NO_VOTES: { nl: 'geen stemmen uitgebracht', en: 'no votes cast' },
  ADVICE_FOR: { nl: 'positief advies (niet bindend)', en: 'advice in favour (not binding)' },
  ADVICE_AGAINST: { nl: 'negatief advies (niet bindend)', en: 'advice against (not binding)' },
  ADVICE_TIED: { nl: 'advies staakt (niet bindend)', en: 'advice tied (not binding)' },
};

/** An outcome status in words. */
export function outcomeName(lang: Language, status: string): string {
  return OUTCOMES[status]?.[lang] ?? status;
}

const MANDATE_REASONS: Record<string, Record<Language, string>> = {
  REVOKED: { nl: 'het mandaat is ingetrokken', en: 'the mandate was revoked' },
  EXPIRED: { nl: 'het mandaat is verlopen', en: 'the mandate has expired' },
  NOT_YET_VALID: { nl: 'het mandaat gaat pas later in', en: 'the mandate only starts later' },
  OTHER_SCOPE: { nl: 'het mandaat geldt voor een ander gremium', en: 'the mandate is for another committee' },
  OTHER_ORGANISATION: { nl: 'er is alleen een mandaat voor een andere organisatie', en: 'there is only a mandate for another organisation' },
  NONE: { nl: 'er is geen mandaat vastgelegd', en: 'no mandate is on record' },
};

const nothing = { nl: ' Er is niets gewijzigd.', en: ' Nothing was changed.' };
const next = (p: Params, lang: Language) =>
  p.next && str(p, 'next') ? (lang === 'nl' ? ` De volgende vergaderingen: ${str(p, 'next')}.` : ` The next meetings: ${str(p, 'next')}.`) : lang === 'nl' ? ' Er staan geen vergaderingen gepland.' : ' No meetings are scheduled.';
const quote = (p: Params) => (p.quote ? ` ("${str(p, 'quote')}", ${str(p, 'source')})` : '');
const sub = (p: Params) => str(p, 'substituteName') || str(p, 'substituteId');
const org = (p: Params) => str(p, 'organisationName') || str(p, 'organisationId');

/** The decisions facet's refusals by code. */
const decisionErrorMessages = {
  // Errors of opening and closing polls.
  POLL_CLOSES_IN_PAST: { nl: () => `De sluitingstijd ligt niet in de toekomst.${nothing.nl}`, en: () => `The closing time is not in the future.${nothing.en}` },
  NOT_POLL_MANAGER: {
    nl: (p) => `Alleen de secretaris of voorzitter van het ${str(p, 'committee')} (of een beheerder) mag peilingen openen of sluiten.${p.holders ? ` Vraag het ${str(p, 'holders')}.` : ''}${nothing.nl}`,
    en: (p) => `Only the secretary or chair of the ${str(p, 'committee')} (or an administrator) may open or close polls.${p.holders ? ` Ask ${str(p, 'holders')}.` : ''}${nothing.en}`,
  },
  POLL_NOT_ALLOWED: {
    nl: (p) => `In het ${str(p, 'committee')} wordt niet over voorstellen gestemd, dus ik open geen peiling. ${str(p, 'quote') === '' ? `Zo staat het in de bron van dit gremium: ${str(p, 'source')}.` : `De regel van dit gremium: "${str(p, 'quote')}" (${str(p, 'source')}).`}`,
    en: (p) => `The ${str(p, 'committee')} takes no binding votes, so I will not open a poll. ${str(p, 'quote') === '' ? `So says the committee's source: ${str(p, 'source')}.` : `The committee's rule (Dutch source): "${str(p, 'quote')}" (${str(p, 'source')}).`}`,
  },
  NO_MEETING_ON_DAY: {
    nl: (p) => `Het ${str(p, 'committee')} vergadert niet op ${str(p, 'day')}.${next(p, 'nl')}${nothing.nl}`,
    en: (p) => `The ${str(p, 'committee')} does not meet on ${str(p, 'day')}.${next(p, 'en')}${nothing.en}`,
  },
  MEETING_CLOSED: {
    nl: (p) => `De vergadering van het ${str(p, 'committee')} op ${str(p, 'day')} is al gehouden.${nothing.nl}`,
    en: (p) => `The ${str(p, 'committee')} meeting of ${str(p, 'day')} has already taken place.${nothing.en}`,
  },
  MEETING_CANCELLED: {
    nl: (p) => `De vergadering van het ${str(p, 'committee')} op ${str(p, 'day')} is afgelast; er wordt niet meer gestemd.${nothing.nl}`,
    en: (p) => `The ${str(p, 'committee')} meeting of ${str(p, 'day')} was cancelled; voting has ended.${nothing.en}`,
  },
  UNKNOWN_POLL: {
    nl: (p) => `Ik ken geen peiling "${str(p, 'pollId')}".${p.latest ? ` De laatste van dit gremium is ${str(p, 'latest')}.` : ' Een peiling heet naar haar gremium en nummer, bijvoorbeeld SBO-7.'}`,
    en: (p) => `I don't know a poll "${str(p, 'pollId')}".${p.latest ? ` This committee's latest is ${str(p, 'latest')}.` : ' A poll is named after its committee and number, for example SBO-7.'}`,
  },
  POLL_CARD_ELSEWHERE: {
    nl: (p) => `${str(p, 'channel') ? `De kaart van deze peiling staat in het kanaal van het ${str(p, 'committee')} (${str(p, 'channel')}).` : `De kaart van deze peiling hoort in het kanaal van het ${str(p, 'committee')}, maar dat is hier nog niet gekozen (de secretaris doet dat met /gremium kanaal ${str(p, 'committee')}).`} Daarbuiten krijgt alleen wie een zetel in het ${str(p, 'committee')} heeft hem te zien, en dan alleen privé.`,
    en: (p) => `${str(p, 'channel') ? `This poll's card is in the ${str(p, 'committee')}'s channel (${str(p, 'channel')}).` : `This poll's card belongs in the ${str(p, 'committee')}'s channel, but none has been chosen here yet (its secretary does so with /gremium channel ${str(p, 'committee')}).`} Elsewhere only someone with a seat on the ${str(p, 'committee')} may see it, and only privately.`,
  },
  POLL_CLOSED: {
    nl: (p) => `Deze peiling van het ${str(p, 'committee')} is gesloten; uw stem is niet meegeteld.${nothing.nl}`,
    en: (p) => `This ${str(p, 'committee')} poll is closed; your vote was not counted.${nothing.en}`,
  },
  POLL_NOT_DUE: { nl: () => 'De sluitingstijd van deze peiling is nog niet bereikt.', en: () => 'This poll has not reached its closing time yet.' },
  CHOICE_NOT_ALLOWED: {
    nl: (p) => `"${choiceName('nl', str(p, 'choice'))}" kan hier niet; kies ${(p.allowed as readonly string[] | undefined ?? []).map((c) => choiceName('nl', c)).join(', ')}.${nothing.nl}`,
    en: (p) => `"${choiceName('en', str(p, 'choice'))}" is not an option here; choose ${(p.allowed as readonly string[] | undefined ?? []).map((c) => choiceName('en', c)).join(', ')}.${nothing.en}`,
  },
  INVALID_CHOICE: {
    nl: (p) => `"${str(p, 'value')}" is geen stem. Kies voor, tegen, onthouding, akkoord of bezwaar.`,
    en: (p) => `"${str(p, 'value')}" is not a vote. Choose for, against, abstain, agree or object.`,
  },
  INVALID_ATTENDANCE: {
    nl: (p) => `"${str(p, 'value')}" is geen aanwezigheid. Kies aanwezig, afwezig of verhinderd.`,
    en: (p) => `"${str(p, 'value')}" is not an attendance. Choose present, absent or excused.`,
  },
  // Who may vote (eligibility.ts).
  // With `organisation`: the voter typed namens=<organisation> and holds no seat for it there.
  NO_VOTING_SEAT: {
    nl: (p) => p.organisation
      ? `U heeft geen stem namens ${str(p, 'organisation')} in het ${str(p, 'committee')}: u heeft er geen zetel namens ${str(p, 'organisation')} en vervangt niemand die die heeft.${nothing.nl}`
      : `U heeft geen stem in het ${str(p, 'committee')}: u heeft er geen zetel en vervangt niemand.${nothing.nl}`,
    en: (p) => p.organisation
      ? `You have no vote on behalf of ${str(p, 'organisation')} in the ${str(p, 'committee')}: you hold no seat there for ${str(p, 'organisation')} and replace no one who does.${nothing.en}`
      : `You have no vote in the ${str(p, 'committee')}: you hold no seat there and replace no one.${nothing.en}`,
  },
  NOT_IN_ELECTORATE: {
    nl: (p) => `Uw zetel in het ${str(p, 'committee')} kwam er pas bij nadat deze peiling op ${str(p, 'opened')} werd geopend. Wie stemt, ligt vast bij het openen; u stemt mee in de volgende peiling.${nothing.nl}`,
    en: (p) => `Your seat in the ${str(p, 'committee')} was given after this poll was opened on ${str(p, 'opened')}. Who votes is fixed when a poll opens; you vote in the next poll.${nothing.en}`,
  },
  NOT_A_MEMBER: {
    nl: (p) => `Alleen leden stemmen; uw zetel in het ${str(p, 'committee')} heeft geen stem.${nothing.nl}`,
    en: (p) => `Only members vote; your seat in the ${str(p, 'committee')} carries no vote.${nothing.en}`,
  },
  SEAT_NOT_ACTIVE: {
    nl: (p) => `Uw zetel in het ${str(p, 'committee')} loopt niet op de dag van deze peiling.${nothing.nl}`,
    en: (p) => `Your seat in the ${str(p, 'committee')} is not active on the day of this poll.${nothing.en}`,
  },
  SUBSTITUTED: {
    nl: (p) => `U heeft zich voor deze vergadering van het ${str(p, 'committee')} laten vervangen; uw vervanger stemt.${nothing.nl}`,
    en: (p) => `You declared a substitute for this ${str(p, 'committee')} meeting; your substitute votes.${nothing.en}`,
  },
  NOT_SEAT_HOLDER: {
    nl: (p) => `U bezet deze zetel in het ${str(p, 'committee')} niet en vervangt de houder niet.${nothing.nl}`,
    en: (p) => `You neither hold this seat in the ${str(p, 'committee')} nor replace its holder.${nothing.en}`,
  },
  // 001 SBO "aantoonbaar rechtsgeldig bevoegd": a committee that requires a mandate takes no vote without one.
  NO_VALID_MANDATE: {
    nl: (p) => `U kunt in het ${str(p, 'committee')} niet stemmen namens ${org(p)}: ${MANDATE_REASONS[str(p, 'problem')]?.nl ?? str(p, 'problem')}${p.mandateUntil ? ` (tot en met ${str(p, 'mandateUntil')})` : ''}. Zonder geldig mandaat geen stem${p.quote ? ` ("${str(p, 'quote')}", ${str(p, 'source')})` : p.source ? ` (bron: ${str(p, 'source')})` : ''}. Vraag de secretaris het mandaat vast te leggen.${nothing.nl}`,
    en: (p) => `You cannot vote in the ${str(p, 'committee')} on behalf of ${org(p)}: ${MANDATE_REASONS[str(p, 'problem')]?.en ?? str(p, 'problem')}${p.mandateUntil ? ` (until ${str(p, 'mandateUntil')})` : ''}. No vote without a valid mandate${p.quote ? ` (Dutch source: "${str(p, 'quote')}", ${str(p, 'source')})` : p.source ? ` (source: ${str(p, 'source')})` : ''}. Ask the secretary to record the mandate.${nothing.en}`,
  },
  // Substitution declarations (substitution.ts).
  DECLARATION_IN_PAST: {
    nl: (p) => `${str(p, 'meetingDay')} ligt in het verleden; afmelden kan alleen voor een komende vergadering.${nothing.nl}`,
    en: (p) => `${str(p, 'meetingDay')} is in the past; notice can only be given for a coming meeting.${nothing.en}`,
  },
  NO_SEAT_IN_COMMITTEE: {
    nl: (p) => `U heeft op ${str(p, 'day')} geen zetel in het ${str(p, 'committee')}.${nothing.nl}`,
    en: (p) => `You hold no seat in the ${str(p, 'committee')} on ${str(p, 'day')}.${nothing.en}`,
  },
  SEAT_NOT_ACTIVE_ON_DAY: {
    nl: (p) => `Uw zetel in het ${str(p, 'committee')} loopt niet op ${str(p, 'meetingDay')}.${nothing.nl}`,
    en: (p) => `Your seat in the ${str(p, 'committee')} is not active on ${str(p, 'meetingDay')}.${nothing.en}`,
  },
  SUBSTITUTE_NOT_SAME_ORGANISATION: {
    nl: (p) => `${sub(p)} hoort niet bij ${org(p)}; in het ${str(p, 'committee')} moet de vervanger uit dezelfde organisatie komen${str(p, 'missing') === 'SAME_ORGANISATION_OR_COMBINATION' ? ' (of coalitie of gemeente)' : ''}${quote(p)}.${nothing.nl}`,
    en: (p) => `${sub(p)} does not belong to ${org(p)}; the ${str(p, 'committee')} requires a substitute from the same organisation${str(p, 'missing') === 'SAME_ORGANISATION_OR_COMBINATION' ? ' (or coalition or municipality)' : ''}${quote(p)}.${nothing.en}`,
  },
  SUBSTITUTE_NO_MANDATE: {
    nl: (p) => `${sub(p)} heeft geen mandaat voor ${org(p)} op ${str(p, 'meetingDay')} (${MANDATE_REASONS[str(p, 'reason')]?.nl ?? str(p, 'reason')}); het ${str(p, 'committee')} vereist er een${quote(p)}.${nothing.nl}`,
    en: (p) => `${sub(p)} has no mandate for ${org(p)} on ${str(p, 'meetingDay')} (${MANDATE_REASONS[str(p, 'reason')]?.en ?? str(p, 'reason')}); the ${str(p, 'committee')} requires one${quote(p)}.${nothing.en}`,
  },
  SUBSTITUTE_NOT_NAMED: {
    nl: (p) => `In het ${str(p, 'committee')} mag alleen de benoemde vervanger van ${org(p)} invallen${p.namedSubstituteName ? `: ${str(p, 'namedSubstituteName')}` : ', en die is niet benoemd'}; ${sub(p)} is dat niet${quote(p)}.${nothing.nl}`,
    en: (p) => `In the ${str(p, 'committee')} only ${org(p)}'s named substitute may step in${p.namedSubstituteName ? `: ${str(p, 'namedSubstituteName')}` : ', and none is named'}; ${sub(p)} is not${quote(p)}.${nothing.en}`,
  },
  SUBSTITUTION_NOT_ALLOWED: {
    nl: (p) => `In het ${str(p, 'committee')} neemt niemand anders de zetel in; meld u af zonder vervanger.${nothing.nl}`,
    en: (p) => `In the ${str(p, 'committee')} nobody else takes the seat; send notice without a substitute.${nothing.en}`,
  },
  NO_DECLARATION: {
    nl: (p) => `U heeft zich niet afgemeld voor het ${str(p, 'committee')} op ${str(p, 'day')}.${nothing.nl}`,
    en: (p) => `You gave no notice for the ${str(p, 'committee')} on ${str(p, 'day')}.${nothing.en}`,
  },
  WITHDRAW_TOO_LATE: {
    nl: (p) => `De vergadering van het ${str(p, 'committee')} op ${str(p, 'day')} is al begonnen; intrekken kan alleen vooraf.${nothing.nl}`,
    en: (p) => `The ${str(p, 'committee')} meeting of ${str(p, 'day')} has already started; notice can only be withdrawn before.${nothing.en}`,
  },
  // Attendance.
  ATTENDANCE_IN_FUTURE: {
    nl: (p) => `De vergadering van het ${str(p, 'committee')} op ${str(p, 'day')} moet nog komen; aanwezig of afwezig vastleggen kan pas op de dag zelf.${nothing.nl}`,
    en: (p) => `The ${str(p, 'committee')} meeting of ${str(p, 'day')} is still to come; present or absent can only be recorded from that day.${nothing.en}`,
  },
  PERSON_NOT_IN_COMMITTEE: {
    nl: (p) => `${str(p, 'person')} heeft op ${str(p, 'day')} geen zetel in het ${str(p, 'committee')}.${nothing.nl}`,
    en: (p) => `${str(p, 'person')} holds no seat in the ${str(p, 'committee')} on ${str(p, 'day')}.${nothing.en}`,
  },
  NO_MEETING_YET: { nl: (p) => `Het ${str(p, 'committee')} heeft nog niet vergaderd.`, en: (p) => `The ${str(p, 'committee')} has not met yet.` },
  UNSUPPORTED_DECISIONS_FILE: {
    nl: (p) => `'${str(p, 'file')}': een besluitenlijst schrijf ik als .md of .csv.`,
    en: (p) => `'${str(p, 'file')}': I write a decision list as .md or .csv.`,
  },
} satisfies Catalog;

/** Every decisions message by code: refusals and reply texts. */
export const decisionMessages: Catalog = { ...decisionErrorMessages, ...decisionReplyMessages };
