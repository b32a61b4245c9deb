/**
 * Texts of the answers that entity-first understanding added: yes/no membership, meetings named
 * "next" or "previous", notice given by a secretary for a member. `the` is the committee with its
 * article ("het SBO", "de Stuurgroep gemeenten"; conversation/committee-words.ts).
 */
import { str, type Catalog } from './catalog.ts';

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Messages by code. */
export const understandingMessages = {
  IS_MEMBER_YES: {
    nl: (p) => `Ja, ${str(p, 'person')} ${p.past ? 'was' : 'is'} ${str(p, 'roles')} van ${str(p, 'the')} namens ${str(p, 'organisations')}${p.day ? ` (${str(p, 'day')})` : ''}.`,
    en: (p) => `Yes, ${str(p, 'person')} ${p.past ? 'was' : 'is'} ${str(p, 'roles')} of ${str(p, 'the')} for ${str(p, 'organisations')}${p.day ? ` (${str(p, 'day')})` : ''}.`,
  },
  IS_MEMBER_NO: {
    nl: (p) => `Nee, ${str(p, 'person')} ${p.past ? 'zat' : 'zit'} niet in ${str(p, 'the')}${p.day ? ` (${str(p, 'day')})` : ''}.`,
    en: (p) => `No, ${str(p, 'person')} ${p.past ? 'was' : 'is'} not on ${str(p, 'the')}${p.day ? ` (${str(p, 'day')})` : ''}.`,
  },
  IS_ROLE_NO: {
    nl: (p) => `Nee, ${str(p, 'person')} ${p.past ? 'was' : 'is'} geen ${str(p, 'role')} van ${str(p, 'the')}${p.roles ? `, wel ${str(p, 'roles')}` : ''}.`,
    en: (p) => `No, ${str(p, 'person')} ${p.past ? 'was' : 'is'} not ${str(p, 'role')} of ${str(p, 'the')}${p.roles ? `, but ${str(p, 'roles')}` : ''}.`,
  },
  NO_MEETING_BEFORE: {
    nl: (p) => `${str(p, 'The')} heeft nog niet vergaderd.`,
    en: (p) => `${str(p, 'The')} has not met yet.`,
  },
  NO_MEETING_AHEAD: {
    nl: (p) => `Er staat geen vergadering van ${str(p, 'the')} gepland.`,
    en: (p) => `No meeting of ${str(p, 'the')} is planned.`,
  },
  DECLARATION_FOR_ACCEPTED: {
    nl: (p) => `${str(p, 'holder')} is afgemeld voor ${str(p, 'the')} op ${str(p, 'day')}${p.substitute ? `; ${str(p, 'substitute')} vervangt ${str(p, 'holder')} namens ${str(p, 'organisations')}${str(p, 'votes') === 'no' ? '' : ' en stemt in diens plaats'}` : ''}.`,
    en: (p) => `${str(p, 'holder')} is excused from ${str(p, 'the')} on ${str(p, 'day')}${p.substitute ? `; ${str(p, 'substitute')} replaces ${str(p, 'holder')} for ${str(p, 'organisations')}${str(p, 'votes') === 'no' ? '' : ' and votes in their place'}` : ''}.`,
  },
  DECLARATION_FOR_TO_HOLDER: {
    nl: (p) => `${str(p, 'person')} heeft u afgemeld voor ${str(p, 'the')} op ${str(p, 'day')}${p.substitute ? `; vervanger: ${str(p, 'substitute')}` : ''}.`,
    en: (p) => `${str(p, 'person')} sent notice for you for ${str(p, 'the')} on ${str(p, 'day')}${p.substitute ? `; substitute: ${str(p, 'substitute')}` : ''}.`,
  },
  COMMITTEE_NEEDED: {
    nl: () => 'Bij welk gremium hoort dit? Noem het gremium in uw zin, dan zet ik het commando klaar.',
    en: () => 'Which committee is this for? Name the committee in your sentence and I will prepare the command.',
  },
  CHOICES_TITLE: {
    nl: () => 'Bedoelt u een van deze?',
    en: () => 'Did you mean one of these?',
  },
  CONFIRM_WRITE_TITLE: {
    nl: () => 'Zal ik dit vastleggen?',
    en: () => 'Shall I record this?',
  },
  CONFIRM_WRITE_GUESS: {
    nl: (p) => `"${str(p, 'typed')}" heb ik gelezen als ${str(p, 'read')}.`,
    en: (p) => `I read "${str(p, 'typed')}" as ${str(p, 'read')}.`,
  },
  CONFIRM_WRITE_COMMAND: {
    nl: (p) => `Het commando: ${str(p, 'command')}`,
    en: (p) => `The command: ${str(p, 'command')}`,
  },
  CONFIRM_WRITE_BUTTON: {
    nl: () => 'Ja, vastleggen',
    en: () => 'Yes, record it',
  },
  CONFIRM_WRITE_FOOTER: {
    nl: () => 'Er is nog niets veranderd. Klopt er iets niet? Typ het commando zelf, aangepast.',
    en: () => 'Nothing has changed yet. Something not right? Type the command yourself, corrected.',
  },
  CONFIRM_ABSENCE: {
    nl: (p) => `U meldt zich af voor ${str(p, 'the')} ${str(p, 'day')}${p.substitute ? `; ${str(p, 'substitute')} vervangt u` : ', zonder vervanger'}.`,
    en: (p) => `You send notice of absence for ${str(p, 'the')} ${str(p, 'day')}${p.substitute ? `; ${str(p, 'substitute')} replaces you` : ', without a substitute'}.`,
  },
  CONFIRM_ABSENCE_FOR: {
    nl: (p) => `U meldt ${str(p, 'holder')} af voor ${str(p, 'the')} ${str(p, 'day')}${p.substitute ? `; ${str(p, 'substitute')} vervangt ${str(p, 'holder')}` : ', zonder vervanger'}.`,
    en: (p) => `You send notice of absence for ${str(p, 'holder')} for ${str(p, 'the')} ${str(p, 'day')}${p.substitute ? `; ${str(p, 'substitute')} replaces ${str(p, 'holder')}` : ', without a substitute'}.`,
  },
  CONFIRM_ON_DAY: { nl: (p) => `op ${str(p, 'day')}`, en: (p) => `on ${str(p, 'day')}` },
  CONFIRM_PERIOD: { nl: (p) => `van ${str(p, 'from')} tot en met ${str(p, 'until')}`, en: (p) => `from ${str(p, 'from')} up to and including ${str(p, 'until')}` },
  CONFIRM_WITHDRAW: {
    nl: (p) => `U trekt uw afmelding voor ${str(p, 'the')} ${str(p, 'day')} in.`,
    en: (p) => `You withdraw your notice of absence for ${str(p, 'the')} ${str(p, 'day')}.`,
  },
  CONFIRM_WITHDRAW_FOR: {
    nl: (p) => `U trekt de afmelding van ${str(p, 'holder')} voor ${str(p, 'the')} ${str(p, 'day')} in.`,
    en: (p) => `You withdraw the notice of absence of ${str(p, 'holder')} for ${str(p, 'the')} ${str(p, 'day')}.`,
  },
  CONFIRM_CANCEL: {
    nl: (p) => `De vergadering van ${str(p, 'the')} op ${str(p, 'day')} gaat niet door.`,
    en: (p) => `The meeting of ${str(p, 'the')} on ${str(p, 'day')} is cancelled.`,
  },
  CONFIRM_DUTY_DONE: {
    nl: (p) => `${cap(str(p, 'duty'))} voor ${str(p, 'the')} van ${str(p, 'day')} is klaar.`,
    en: (p) => `${cap(str(p, 'duty'))} for ${str(p, 'the')} of ${str(p, 'day')} is done.`,
  },
} satisfies Catalog;
