/**
 * Texts of notice for a period (declare-absence.ts), its withdrawal, and what a committee's substitute
 * rule asks of the party (substitute-demand.ts). `period` is "van 1 januari 2027 tot en met 1 april 2027" /
 * "from 1 January 2027 to 1 April 2027" (conversation/decisions/absence-commands.ts); `meetings` the days.
 */
import { str, type Catalog, type Params } from './catalog.ts';

const meetingsNl = (p: Params) => (p.meetings ? ` (vergaderingen: ${str(p, 'meetings')})` : ' (er staat nog geen vergadering in die periode; een vergadering die erbij komt, valt er ook onder)');
const meetingsEn = (p: Params) => (p.meetings ? ` (meetings: ${str(p, 'meetings')})` : ' (no meeting is planned in that period yet; a meeting added to it is covered too)');
const replacesNl = (p: Params, whom: string, place: string) =>
  p.substitute ? `; ${str(p, 'substitute')} vervangt ${whom} namens ${str(p, 'organisations')}${str(p, 'votes') === 'no' ? '' : ` en stemt in ${place} plaats`}` : '';
const replacesEn = (p: Params, whom: string, place: string) =>
  p.substitute ? `; ${str(p, 'substitute')} replaces ${whom} for ${str(p, 'organisations')}${str(p, 'votes') === 'no' ? '' : ` and votes in ${place} place`}` : '';

/** Messages by code. */
export const absenceMessages = {
  ABSENCE_ACCEPTED: {
    nl: (p) => `U bent afgemeld voor ${str(p, 'the')} ${str(p, 'period')}${replacesNl(p, 'u', 'uw')}${meetingsNl(p)}.`,
    en: (p) => `You are excused from ${str(p, 'the')} ${str(p, 'period')}${replacesEn(p, 'you', 'your')}${meetingsEn(p)}.`,
  },
  ABSENCE_FOR_ACCEPTED: {
    nl: (p) => `${str(p, 'holder')} is afgemeld voor ${str(p, 'the')} ${str(p, 'period')}${replacesNl(p, str(p, 'holder'), 'diens')}${meetingsNl(p)}.`,
    en: (p) => `${str(p, 'holder')} is excused from ${str(p, 'the')} ${str(p, 'period')}${replacesEn(p, str(p, 'holder'), 'their')}${meetingsEn(p)}.`,
  },
  ABSENCE_TO_HOLDER: {
    nl: (p) => `${str(p, 'person')} heeft u afgemeld voor ${str(p, 'the')} ${str(p, 'period')}${p.substitute ? `; vervanger: ${str(p, 'substitute')}` : '; nog zonder vervanger'}.`,
    en: (p) => `${str(p, 'person')} sent notice for you for ${str(p, 'the')} ${str(p, 'period')}${p.substitute ? `; substitute: ${str(p, 'substitute')}` : '; no substitute yet'}.`,
  },
  ABSENCE_TO_SECRETARY: {
    nl: (p) => `${str(p, 'holder')} is afgemeld voor ${str(p, 'the')} ${str(p, 'period')}${p.substitute ? `; vervanger: ${str(p, 'substitute')}` : '; geen vervanger'}${p.reason ? ` (reden: ${str(p, 'reason')})` : ''}.`,
    en: (p) => `${str(p, 'holder')} sent notice for ${str(p, 'the')} ${str(p, 'period')}${p.substitute ? `; substitute: ${str(p, 'substitute')}` : '; no substitute'}${p.reason ? ` (reason: ${str(p, 'reason')})` : ''}.`,
  },
  ABSENCE_TO_SUBSTITUTE: {
    nl: (p) => `U vervangt ${str(p, 'holder')} in ${str(p, 'the')} ${str(p, 'period')}, namens ${str(p, 'organisations')}${str(p, 'votes') === 'no' ? '' : '; u stemt in diens plaats'}.`,
    en: (p) => `You replace ${str(p, 'holder')} at ${str(p, 'the')} ${str(p, 'period')}, for ${str(p, 'organisations')}${str(p, 'votes') === 'no' ? '' : '; you vote in their place'}.`,
  },
  ABSENCE_PERIOD_TEXT: {
    nl: (p) => (p.from === p.until ? `op ${str(p, 'from')}` : `van ${str(p, 'from')} tot en met ${str(p, 'until')}`),
    en: (p) => (p.from === p.until ? `on ${str(p, 'from')}` : `from ${str(p, 'from')} to ${str(p, 'until')}`),
  },
  // What the committee's rule asks (substitute-demand.ts): the request for a substitute the party must arrange.
  SUBSTITUTE_TO_ARRANGE: {
    nl: (p) => `${str(p, 'The')} vraagt een vervanger: "${str(p, 'quote')}" (${str(p, 'source')}). Geef de vervanger door met: ${str(p, 'command')}`,
    en: (p) => `${str(p, 'The')} asks for a substitute (Dutch source: "${str(p, 'quote')}", ${str(p, 'source')}). Name the substitute with: ${str(p, 'command')}`,
  },
  SUBSTITUTE_TO_INFORM: {
    nl: (p) => `Zorg dat ${str(p, 'substitute')} goed geïnformeerd is: "${str(p, 'quote')}" (${str(p, 'source')}).`,
    en: (p) => `Make sure ${str(p, 'substitute')} is well informed (Dutch source: "${str(p, 'quote')}", ${str(p, 'source')}).`,
  },
  SUBSTITUTE_BE_INFORMED: {
    nl: (p) => `Laat u door ${str(p, 'holder')} goed informeren voor ${str(p, 'the')}: "${str(p, 'quote')}" (${str(p, 'source')}).`,
    en: (p) => `Ask ${str(p, 'holder')} to brief you well for ${str(p, 'the')} (Dutch source: "${str(p, 'quote')}", ${str(p, 'source')}).`,
  },
  ABSENCE_PERIOD_REVERSED: {
    nl: (p) => `De einddatum ${str(p, 'until')} ligt vóór de begindatum ${str(p, 'from')}. Er is niets vastgelegd.`,
    en: (p) => `The end date ${str(p, 'until')} lies before the start date ${str(p, 'from')}. Nothing was recorded.`,
  },
  ABSENCE_PERIOD_TOO_LONG: {
    nl: (p) => `Een afmelding geldt voor hoogstens ${str(p, 'max')} dagen; ${str(p, 'from')} tot en met ${str(p, 'until')} is langer. Meld u per jaar af, of vraag de secretaris de zetel over te dragen. Er is niets vastgelegd.`,
    en: (p) => `Notice covers at most ${str(p, 'max')} days; ${str(p, 'from')} to ${str(p, 'until')} is longer. Give notice per year, or ask the secretary to hand the seat over. Nothing was recorded.`,
  },
  ABSENCE_WITHDRAWN: {
    nl: (p) => `Uw afmelding voor ${str(p, 'the')} ${str(p, 'period')} is ingetrokken; u neemt zelf weer deel${p.count ? ` (${str(p, 'count')} vergadering(en))` : ''}.`,
    en: (p) => `Your notice for ${str(p, 'the')} ${str(p, 'period')} is withdrawn; you take part yourself again${p.count ? ` (${str(p, 'count')} meeting(s))` : ''}.`,
  },
  ABSENCE_FOR_WITHDRAWN: {
    nl: (p) => `De afmelding van ${str(p, 'holder')} voor ${str(p, 'the')} ${str(p, 'period')} is ingetrokken.`,
    en: (p) => `${str(p, 'holder')}'s notice for ${str(p, 'the')} ${str(p, 'period')} is withdrawn.`,
  },
  ABSENCE_WITHDRAWN_TO_HOLDER: {
    nl: (p) => `${str(p, 'person')} heeft uw afmelding voor ${str(p, 'the')} ${str(p, 'period')} ingetrokken; u neemt zelf weer deel.`,
    en: (p) => `${str(p, 'person')} withdrew your notice for ${str(p, 'the')} ${str(p, 'period')}; you take part yourself again.`,
  },
  ABSENCE_WITHDRAWN_TO_SECRETARY: {
    nl: (p) => `${str(p, 'holder')} neemt weer deel aan ${str(p, 'the')} ${str(p, 'period')}: de afmelding is ingetrokken.`,
    en: (p) => `${str(p, 'holder')} takes part in ${str(p, 'the')} ${str(p, 'period')} again: the notice is withdrawn.`,
  },
} satisfies Catalog;

/** "Wat staat er voor mij open?" (conversation/schedule/what-needs-me.ts). */
export const whatNeedsMeMessages = {
  NEEDS_TITLE: { nl: (p) => `Open voor ${str(p, 'person')}`, en: (p) => `What needs ${str(p, 'person')}` },
  NEEDS_POLLS: { nl: () => 'Peilingen die op uw stem wachten:', en: () => 'Polls waiting for your vote:' },
  NEEDS_POLL_LINE: {
    nl: (p) => `${str(p, 'committee')}: ${str(p, 'question')} (sluit ${str(p, 'closes')}) - ${str(p, 'command')}`,
    en: (p) => `${str(p, 'committee')}: ${str(p, 'question')} (closes ${str(p, 'closes')}) - ${str(p, 'command')}`,
  },
  NEEDS_DUTIES: { nl: () => 'Termijnen (te late eerst):', en: () => 'Deadlines (overdue first):' },
  NEEDS_NOTICES: { nl: () => 'Uw afmeldingen:', en: () => 'Your notices of absence:' },
  NEEDS_NOTICE_LINE: {
    nl: (p) => `${str(p, 'committee')} ${str(p, 'period')}: ${p.substitute ? `vervanger ${str(p, 'substitute')}` : p.arrange ? `nog geen vervanger; uw partij zorgt voor een vervanger: ${str(p, 'arrange')}` : 'zonder vervanger'}`,
    en: (p) => `${str(p, 'committee')} ${str(p, 'period')}: ${p.substitute ? `substitute ${str(p, 'substitute')}` : p.arrange ? `no substitute yet; your party arranges one: ${str(p, 'arrange')}` : 'without a substitute'}`,
  },
  NEEDS_STANDING_IN: { nl: () => 'U vervangt:', en: () => 'You stand in for:' },
  NEEDS_STANDING_IN_LINE: { nl: (p) => `${str(p, 'holder')} in het ${str(p, 'committee')} op ${str(p, 'day')}`, en: (p) => `${str(p, 'holder')} at the ${str(p, 'committee')} on ${str(p, 'day')}` },
  NEEDS_MEETINGS: { nl: () => 'Komende vergaderingen waarvan u secretaris bent:', en: () => 'Coming meetings you are secretary of:' },
  NEEDS_MEETING_LINE: { nl: (p) => `${str(p, 'committee')} op ${str(p, 'day')} om ${str(p, 'time')}`, en: (p) => `${str(p, 'committee')} on ${str(p, 'day')} at ${str(p, 'time')}` },
} satisfies Catalog;

/** "Wie rouleert er dit jaar?" (conversation/registry/rotation-answer.ts); quotes stay Dutch. */
export const rotationMessages = {
  ROTATION_TITLE: { nl: (p) => `Roulatie ${str(p, 'committee')} ${str(p, 'year')}`, en: (p) => `Rotation ${str(p, 'committee')} ${str(p, 'year')}` },
  ROTATION_LEAVING: { nl: () => 'Vertrekt:', en: () => 'Leaving:' },
  ROTATION_JOINING: { nl: () => 'Komt erbij:', en: () => 'Joining:' },
  ROTATION_SEAT_LINE: {
    nl: (p) => `${str(p, 'person')} (${str(p, 'kind')}, ${str(p, 'organisation')})${p.day ? `, per ${str(p, 'day')}` : ''}`,
    en: (p) => `${str(p, 'person')} (${str(p, 'kind')}, ${str(p, 'organisation')})${p.day ? `, on ${str(p, 'day')}` : ''}`,
  },
  ROTATION_ALDERMAN: { nl: () => 'wethouder', en: () => 'alderman' },
  ROTATION_DIRECTOR: { nl: () => 'bestuurder', en: () => 'director' },
  ROTATION_NONE: { nl: () => 'Niemand vertrekt of komt erbij in dat jaar.', en: () => 'Nobody leaves or joins in that year.' },
  ROTATION_NO_RULE: {
    nl: () => 'Geen gremium heeft een roulatieregel; noem het gremium: "wie rouleert er dit jaar in het KBO?"',
    en: () => 'No committee has a rotation rule; name the committee: "who rotates this year in the KBO?"',
  },
  ROTATION_ALDERMEN_LEAVING: {
    nl: (p) => `Let op: ${str(p, 'count')} wethouders vertrekken in één jaar, meer dan 2: "${str(p, 'quote')}" (${str(p, 'source')}).`,
    en: (p) => `Note: ${str(p, 'count')} aldermen leave in one year, more than 2 (Dutch source: "${str(p, 'quote')}", ${str(p, 'source')}).`,
  },
  ROTATION_DIRECTORS_LEAVING: {
    nl: (p) => `Let op: ${str(p, 'count')} bestuurders van aanbieders vertrekken in één jaar, meer dan 3: "${str(p, 'quote')}" (${str(p, 'source')}).`,
    en: (p) => `Note: ${str(p, 'count')} provider directors leave in one year, more than 3 (Dutch source: "${str(p, 'quote')}", ${str(p, 'source')}).`,
  },
  ROTATION_DELEGATION_BELOW_FOUR: {
    nl: (p) => `Let op: vanaf ${str(p, 'day')} zitten er maar ${str(p, 'count')} wethouders, minder dan 4: "${str(p, 'quote')}" (${str(p, 'source')}).`,
    en: (p) => `Note: from ${str(p, 'day')} only ${str(p, 'count')} aldermen sit, fewer than 4 (Dutch source: "${str(p, 'quote')}", ${str(p, 'source')}).`,
  },
} satisfies Catalog;

/** When a seat ends (conversation/registry/handover-replies.ts). */
export const handoverMessages = {
  HANDOVER_WHO_FOLLOWS: {
    nl: (p) => `Wie volgt ${str(p, 'person')} op als ${str(p, 'role')} namens ${str(p, 'organisation')}? Leg de opvolger vast met: ${str(p, 'command')}. "${str(p, 'quote')}" (${str(p, 'source')})`,
    en: (p) => `Who follows ${str(p, 'person')} as ${str(p, 'role')} for ${str(p, 'organisation')}? Record the successor with: ${str(p, 'command')}. (Dutch source: "${str(p, 'quote')}", ${str(p, 'source')})`,
  },
  HANDOVER_TO_SUCCESSOR: {
    nl: (p) => `${str(p, 'successor')} volgt ${str(p, 'person')} op; vraag beiden om een warme overdracht vóór ${str(p, 'until')}: "${str(p, 'quote')}" (${str(p, 'source')})`,
    en: (p) => `${str(p, 'successor')} follows ${str(p, 'person')}; ask both for a warm handover before ${str(p, 'until')} (Dutch source: "${str(p, 'quote')}", ${str(p, 'source')})`,
  },
  HANDOVER_TO_LEAVER: {
    nl: (p) => `Uw zetel als ${str(p, 'role')} in het ${str(p, 'committee')} namens ${str(p, 'organisation')} eindigt op ${str(p, 'until')}. Zorg voor een warme overdracht aan ${p.successor ? str(p, 'successor') : 'uw opvolger'}: "${str(p, 'quote')}" (${str(p, 'source')})`,
    en: (p) => `Your seat as ${str(p, 'role')} in the ${str(p, 'committee')} for ${str(p, 'organisation')} ends on ${str(p, 'until')}. Please hand over warmly to ${p.successor ? str(p, 'successor') : 'your successor'} (Dutch source: "${str(p, 'quote')}", ${str(p, 'source')})`,
  },
  HANDOVER_DUTY: {
    nl: (p) => `De overdracht staat als taak met termijn ${str(p, 'until')} in "wat staat er voor mij open?" van ${str(p, 'holders')}; wie hem gedaan heeft, meldt: ${str(p, 'done')}`,
    en: (p) => `The handover is a duty due ${str(p, 'until')} in "what needs me?" of ${str(p, 'holders')}; whoever has done it reports: ${str(p, 'done')}`,
  },
} satisfies Catalog;

/** A held meeting entered afterwards (add-meeting.ts `held`), so its attendance can be recorded. */
export const heldMeetingMessages = {
  MEETING_ADDED_HELD: {
    nl: (p) => `Vastgelegd: het ${str(p, 'committee')} vergaderde op ${str(p, 'day')}. Leg de aanwezigheid vast met: /gremium aanwezigheid ${str(p, 'committee')} ${str(p, 'iso')} <persoon> <aanwezig|afwezig|verhinderd> [reden=<tekst>]`,
    en: (p) => `Recorded: the ${str(p, 'committee')} met on ${str(p, 'day')}. Record the attendance with: /gremium attendance ${str(p, 'committee')} ${str(p, 'iso')} <person> <present|absent|excused> [reason=<text>]`,
  },
  HELD_MEETING_IN_FUTURE: {
    nl: (p) => `${str(p, 'day')} ligt nog in de toekomst; een gehouden vergadering kan pas vanaf de dag zelf worden vastgelegd. Er is niets gewijzigd.`,
    en: (p) => `${str(p, 'day')} is still to come; a held meeting can only be recorded from that day. Nothing was changed.`,
  },
} satisfies Catalog;
