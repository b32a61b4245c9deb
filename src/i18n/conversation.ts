/** Texts of answers and confirmations, in Dutch and English. */
import { str, type Catalog } from './catalog.ts';

/** Answer and confirmation texts by code. */
export const conversationMessages = {
  REPRESENTS_TITLE: {
    nl: (p) => `${str(p, 'organisation')} in het ${str(p, 'committee')}`,
    en: (p) => `${str(p, 'organisation')} at the ${str(p, 'committee')}`,
  },
  REPRESENTS_NONE: {
    nl: (p) => `Op ${str(p, 'day')} ${p.past ? 'zat' : 'zit'} niemand namens ${str(p, 'organisation')} in het ${str(p, 'committee')}.`,
    en: (p) => `On ${str(p, 'day')} nobody ${p.past ? 'sat' : 'sits'} for ${str(p, 'organisation')} at the ${str(p, 'committee')}.`,
  },
  SEAT_LINE: {
    nl: (p) => `${str(p, 'person')}, ${str(p, 'role')}${p.organisation ? ` namens ${str(p, 'organisation')}` : ''}${p.since ? ` (sinds ${str(p, 'since')}${p.until ? `, tot en met ${str(p, 'until')}` : ''})` : ''}`,
    en: (p) => `${str(p, 'person')}, ${str(p, 'role')}${p.organisation ? ` for ${str(p, 'organisation')}` : ''}${p.since ? ` (since ${str(p, 'since')}${p.until ? `, until ${str(p, 'until')}` : ''})` : ''}`,
  },
  MANDATE_VALID: {
    nl: (p) => (p.until ? `mandaat geldig tot en met ${str(p, 'until')}` : 'mandaat geldig'),
    en: (p) => (p.until ? `mandate valid until ${str(p, 'until')}` : 'mandate valid'),
  },
  MANDATE_MISSING: {
    nl: (p) => `geen geldig mandaat${reasonNl(str(p, 'problem'))}`,
    en: (p) => `no valid mandate${reasonEn(str(p, 'problem'))}`,
  },
  SUBSTITUTE_NAMED: {
    nl: (p) => `vervanger: ${str(p, 'name')}`,
    en: (p) => `substitute: ${str(p, 'name')}`,
  },
  MEMBERS_NONE: {
    nl: (p) => `Op ${str(p, 'day')} heeft het ${str(p, 'committee')} geen bezette zetels.`,
    en: (p) => `On ${str(p, 'day')} the ${str(p, 'committee')} has no seats filled.`,
  },
  MEMBERS_SUBTITLE: {
    nl: (p) => `Samenstelling op ${str(p, 'day')}: ${str(p, 'count')} zetels`,
    en: (p) => `Composition on ${str(p, 'day')}: ${str(p, 'count')} seats`,
  },
  WHERE_TITLE: {
    nl: (p) => `Waar ${str(p, 'person')} ${p.past ? 'zat' : 'zit'} (${str(p, 'day')})`,
    en: (p) => `Where ${str(p, 'person')} ${p.past ? 'sat' : 'sits'} (${str(p, 'day')})`,
  },
  WHERE_NONE: {
    nl: (p) => `${str(p, 'person')} heeft op ${str(p, 'day')} geen zetel in een gremium.`,
    en: (p) => `${str(p, 'person')} holds no committee seat on ${str(p, 'day')}.`,
  },
  WHERE_LINE: {
    nl: (p) => `${str(p, 'committee')} (${str(p, 'committeeName')}): ${str(p, 'role')} namens ${str(p, 'organisation')}`,
    en: (p) => `${str(p, 'committee')} (${str(p, 'committeeName')}): ${str(p, 'role')} for ${str(p, 'organisation')}`,
  },
  ROLE_ANSWER: {
    nl: (p) => `De ${str(p, 'role')} van het ${str(p, 'committee')} is ${str(p, 'people')}.`,
    en: (p) => `The ${str(p, 'role')} of the ${str(p, 'committee')} is ${str(p, 'people')}.`,
  },
  ROLE_NONE: {
    nl: (p) => `Het ${str(p, 'committee')} heeft op ${str(p, 'day')} geen ${str(p, 'role')}.`,
    en: (p) => `The ${str(p, 'committee')} has no ${str(p, 'role')} on ${str(p, 'day')}.`,
  },
  FIELD_DECISION_RULE: { nl: () => 'Besluitvorming', en: () => 'Decision rule' },
  FIELD_SUBSTITUTE_RULE: { nl: () => 'Vervanging', en: () => 'Substitutes' },
  // The rhythm is stored as the source's own (Dutch) sentence; an English answer says so rather than pass it off as English.
  FIELD_RHYTHM: { nl: () => 'Ritme', en: () => "Rhythm (in the source's Dutch words)" },
  FIELD_DEADLINES: { nl: () => 'Termijnen', en: () => 'Deadlines' },
  FIELD_PARTNERSHIP: { nl: () => 'Samenwerking', en: () => 'Partnership' },
  FIELD_ESCALATES_TO: { nl: () => 'Escaleert naar', en: () => 'Escalates to' },
  FIELD_VOTE_PER: { nl: () => 'Stemmen', en: () => 'Votes' },
  FIELD_MANDATE_REQUIRED: { nl: () => 'Mandaat', en: () => 'Mandate' },
  MANDATE_REQUIRED_TEXT: {
    nl: () => 'vereist: een lid zit en stemt alleen met een geldig mandaat voor de partij',
    en: () => 'required: a member sits and votes only with a valid mandate for the party',
  },
  FIELD_SOURCE: { nl: () => 'Bron', en: () => 'Source' },
  DEADLINE_AGENDA: { nl: (p) => `agenda uiterlijk ${str(p, 'days')} dagen vooraf`, en: (p) => `agenda at least ${str(p, 'days')} days before` },
  DEADLINE_PAPERS: { nl: (p) => `stukken uiterlijk ${str(p, 'days')} dagen vooraf`, en: (p) => `papers at least ${str(p, 'days')} days before` },
  DEADLINE_MINUTES: { nl: (p) => `verslag binnen ${str(p, 'days')} dagen na afloop`, en: (p) => `minutes within ${str(p, 'days')} days after` },
  DEADLINE_DECISION_LIST: { nl: (p) => `besluitenlijst binnen ${str(p, 'days')} dagen na afloop`, en: (p) => `decision list within ${str(p, 'days')} days after` },
  DEADLINE_REACTIONS: { nl: (p) => `${str(p, 'days')} dagen voor reacties op een voorlopig voorstel`, en: (p) => `${str(p, 'days')} days for reactions to a provisional proposal` },
  DEADLINE_NONE: { nl: () => 'geen vaste termijnen', en: () => 'no fixed deadlines' },
  SEAT_ADDED: {
    nl: (p) => `${str(p, 'person')} is ${str(p, 'role')} van het ${str(p, 'committee')} namens ${str(p, 'organisation')}, vanaf ${str(p, 'from')}${p.until ? ` tot en met ${str(p, 'until')}` : ''}. Vastgelegd in de historie.`,
    en: (p) => `${str(p, 'person')} is ${str(p, 'role')} of the ${str(p, 'committee')} for ${str(p, 'organisation')}, from ${str(p, 'from')}${p.until ? ` until ${str(p, 'until')}` : ''}. Recorded in the history.`,
  },
  SEAT_ENDED: {
    nl: (p) => `De zetel van ${str(p, 'person')} in het ${str(p, 'committee')} loopt tot en met ${str(p, 'until')}. Vastgelegd in de historie.`,
    en: (p) => `${str(p, 'person')}'s seat in the ${str(p, 'committee')} runs until ${str(p, 'until')}. Recorded in the history.`,
  },
  MANDATE_RECORDED: {
    nl: (p) => `Mandaat vastgelegd: ${str(p, 'person')} mag ${str(p, 'organisation')} vertegenwoordigen vanaf ${str(p, 'from')}${p.until ? ` tot en met ${str(p, 'until')}` : ''} (${str(p, 'scope')}).`,
    en: (p) => `Mandate recorded: ${str(p, 'person')} may represent ${str(p, 'organisation')} from ${str(p, 'from')}${p.until ? ` until ${str(p, 'until')}` : ''} (${str(p, 'scope')}).`,
  },
  MANDATE_REVOKED: {
    nl: (p) => `Het mandaat van ${str(p, 'person')} voor ${str(p, 'organisation')} is ingetrokken.${Number(p.kept) > 0 ? ' Een mandaat voor alle gremia of voor een ander gremium blijft staan: dat trekt een beheerder of de secretaris van dat gremium in.' : ''}`,
    en: (p) => `${str(p, 'person')}'s mandate for ${str(p, 'organisation')} has been revoked.${Number(p.kept) > 0 ? ' A mandate for every committee or for another committee stays: an administrator or that committee\'s secretary revokes it.' : ''}`,
  },
  HISTORY_TITLE: { nl: (p) => `Historie van de zetel van ${str(p, 'person')} in het ${str(p, 'committee')}`, en: (p) => `History of ${str(p, 'person')}'s seat in the ${str(p, 'committee')}` },
  HISTORY_LINE: { nl: (p) => `${str(p, 'at')}, ${str(p, 'actor')}: ${str(p, 'what')}`, en: (p) => `${str(p, 'at')}, ${str(p, 'actor')}: ${str(p, 'what')}` },
  HISTORY_CREATED: { nl: () => 'zetel aangemaakt', en: () => 'seat created' },
  HISTORY_CHANGED: { nl: (p) => `gewijzigd: ${str(p, 'changes')}`, en: (p) => `changed: ${str(p, 'changes')}` },
  HISTORY_CHANGED_OTHER: { nl: () => 'zetel gewijzigd (geen rol, data, namens, vervanger of persoon)', en: () => 'seat changed (not its role, days, organisation, substitute or person)' },
  LANGUAGE_SET: { nl: () => 'Ik antwoord u voortaan in het Nederlands.', en: () => 'I will answer you in English from now on.' },
  SHORT_HELP_TITLE: { nl: () => 'Hallo! Stel mij een vraag over de gremia.', en: () => 'Hello! Ask me about the committees.' },
  SHORT_HELP_MORE: { nl: () => 'Alles wat ik kan: typ "help".', en: () => 'Everything I can do: type "help".' },
  ATTACHMENTS_NOT_READ: {
    nl: () => 'Bijlagen lees ik niet; typ uw vraag of commando als tekst, of "help" voor wat ik kan.',
    en: () => 'I do not read attachments; type your question or command as text, or "help" for what I can do.',
  },
  HELP_TITLE: { nl: () => 'Gremium: wat u kunt vragen en doen', en: () => 'Gremium: what you can ask and do' },
  HELP_QUESTIONS: {
    nl: () => 'Vragen: "Wie vertegenwoordigt Combinatie Noord in het SBO?", "Wie zitten er in het ORO?", "Waar zit Jan de Vries in?", "Wie is de secretaris van de BOSD?", "Hoe besluit het ORO?", "Wie zat er namens Gemeente Doetinchem in het KBO op 1 maart 2025?"',
    en: () => 'Questions: "Who represents Combination North at the SBO?", "Who is on the ORO?", "Where does Jan de Vries sit?", "Who is the secretary of the BOSD?", "How does the ORO decide?", "Who sat for Gemeente Doetinchem in the KBO on 1 March 2025?"',
  },
  HELP_COMMANDS: { nl: () => 'Opdrachten (secretarissen):', en: () => 'Commands (secretaries):' },
} satisfies Catalog;

function reasonNl(problem: string): string {
  const map: Record<string, string> = { REVOKED: ' (ingetrokken)', EXPIRED: ' (verlopen)', NOT_YET_VALID: ' (nog niet ingegaan)', OTHER_SCOPE: ' (voor een ander gremium)', OTHER_ORGANISATION: ' (alleen voor een andere organisatie)', NONE: '' };
  return map[problem] ?? '';
}

function reasonEn(problem: string): string {
  const map: Record<string, string> = { REVOKED: ' (revoked)', EXPIRED: ' (expired)', NOT_YET_VALID: ' (not yet in force)', OTHER_SCOPE: ' (for another committee)', OTHER_ORGANISATION: ' (only for another organisation)', NONE: '' };
  return map[problem] ?? '';
}
