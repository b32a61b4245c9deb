/** Messages of the registry: questions, commands and their refusals, in Dutch and English. */
import { str, type Catalog } from './catalog.ts';

/** Registry and conversation messages by code. */
export const registryMessages = {
  UNKNOWN_COMMITTEE: {
    nl: (p) => `Ik ken geen gremium "${str(p, 'name')}".${p.suggestions ? ` Bedoelt u ${str(p, 'suggestions')}?` : ''}`,
    en: (p) => `I don't know a committee called "${str(p, 'name')}".${p.suggestions ? ` Did you mean ${str(p, 'suggestions')}?` : ''}`,
  },
  UNKNOWN_ORGANISATION: {
    nl: (p) => `Ik ken geen organisatie "${str(p, 'name')}".${p.suggestions ? ` Bedoelt u ${str(p, 'suggestions')}?` : ''}`,
    en: (p) => `I don't know an organisation called "${str(p, 'name')}".${p.suggestions ? ` Did you mean ${str(p, 'suggestions')}?` : ''}`,
  },
  UNKNOWN_PERSON: {
    nl: (p) => `Ik ken niemand met de naam "${str(p, 'name')}".${p.suggestions ? ` Bedoelt u ${str(p, 'suggestions')}?` : ''}`,
    en: (p) => `I don't know anyone called "${str(p, 'name')}".${p.suggestions ? ` Did you mean ${str(p, 'suggestions')}?` : ''}`,
  },
  AMBIGUOUS_NAME: {
    nl: (p) => `"${str(p, 'name')}" past bij meer dan één: ${str(p, 'matches')}. Gebruik de volledige naam of het e-mailadres.`,
    en: (p) => `"${str(p, 'name')}" matches more than one: ${str(p, 'matches')}. Use the full name or the e-mail address.`,
  },
  NOT_UNDERSTOOD: {
    nl: () => 'Dat begrijp ik niet. Vraag bijvoorbeeld "Wie vertegenwoordigt Combinatie Noord in het SBO?" of typ "help".',
    en: () => `I didn't understand that. Try "Who represents Combination North at the SBO?" or type "help".`,
  },
  INVALID_DATE: {
    nl: (p) => `"${str(p, 'value')}" is geen datum. Schrijf bijvoorbeeld 2025-03-01, 1-3-2025 of 1 maart 2025.`,
    en: (p) => `"${str(p, 'value')}" is not a date. Write for example 2025-03-01, 1-3-2025 or 1 March 2025.`,
  },
  UNTERMINATED_QUOTE: {
    nl: (p) => `Er staat een aanhalingsteken open; sluit het af met ${str(p, 'quote')}.`,
    en: (p) => `A quote is left open; close it with ${str(p, 'quote')}.`,
  },
  UNKNOWN_COMMAND: {
    nl: (p) => `"${str(p, 'word')}" is geen opdracht.${p.suggestion ? ` Bedoelt u "${str(p, 'suggestion')}"?` : ''} Typ "/gremium help" voor de lijst.`,
    en: (p) => `"${str(p, 'word')}" is not a command.${p.suggestion ? ` Did you mean "${str(p, 'suggestion')}"?` : ''} Type "/gremium help" for the list.`,
  },
  MISSING_ARGUMENT: {
    nl: (p) => `Er ontbreekt ${argumentName('nl', str(p, 'argument'))}. Gebruik: ${str(p, 'usage')}`,
    en: (p) => `${argumentName('en', str(p, 'argument'))} is missing. Use: ${str(p, 'usage')}`,
  },
  UNKNOWN_OPTION: {
    nl: (p) => `Deze opdracht kent "${str(p, 'option')}=" niet. Gebruik: ${str(p, 'usage')}`,
    en: (p) => `This command does not take "${str(p, 'option')}=". Use: ${str(p, 'usage')}`,
  },
  INVALID_ROLE: {
    nl: (p) => `"${str(p, 'value')}" is geen rol. Kies lid, adviseur, voorzitter, secretaris of agendacommissie.`,
    en: (p) => `"${str(p, 'value')}" is not a role. Choose member, adviser, chair, secretary or agenda-committee.`,
  },
  INVALID_LANGUAGE: {
    nl: (p) => `"${str(p, 'value')}" is geen taal die ik spreek. Kies nl of en.`,
    en: (p) => `"${str(p, 'value')}" is not a language I speak. Choose nl or en.`,
  },
  NOT_LINKED: {
    nl: () => 'Ik weet nog niet wie u bent. Gremium koppelt uw account via het e-mailadres dat Slack of Teams van u heeft bevestigd; staat dat niet in het register, vraag dan de beheerder om uw account te koppelen.',
    en: () => "I don't know who you are yet. Gremium links your account through the e-mail address Slack or Teams confirmed for you; if that is not in the registry, ask the administrator to link your account.",
  },
  NOT_COMMITTEE_SECRETARY: {
    nl: (p) => `Alleen de secretaris van het ${str(p, 'committee')} (of een beheerder) mag dit gremium wijzigen. Er is niets gewijzigd.`,
    en: (p) => `Only the secretary of the ${str(p, 'committee')} (or an administrator) may change this committee. Nothing was changed.`,
  },
  NOT_MANDATE_MANAGER: {
    nl: (p) => `Alleen een beheerder of de secretaris van een gremium waarin ${str(p, 'organisation')} zit, mag mandaten vastleggen of intrekken. Er is niets gewijzigd.`,
    en: (p) => `Only an administrator or the secretary of a committee in which ${str(p, 'organisation')} sits may record or revoke mandates. Nothing was changed.`,
  },
  PERIOD_END_BEFORE_START: {
    nl: (p) => `De einddatum (${str(p, 'until')}) ligt vóór de begindatum (${str(p, 'from')}). Er is niets gewijzigd.`,
    en: (p) => `The end date (${str(p, 'until')}) is before the start date (${str(p, 'from')}). Nothing was changed.`,
  },
  SUBSTITUTE_IS_SELF: {
    nl: () => 'Iemand kan niet zijn eigen vervanger zijn. Er is niets gewijzigd.',
    en: () => 'Someone cannot be their own substitute. Nothing was changed.',
  },
  DUPLICATE_SEAT: {
    nl: (p) => `Deze persoon heeft deze zetel in het ${str(p, 'committee')} al (vanaf ${str(p, 'from')}${p.until ? ` tot en met ${str(p, 'until')}` : ''}). Er is niets gewijzigd.`,
    en: (p) => `This person already holds this seat in the ${str(p, 'committee')} (from ${str(p, 'from')}${p.until ? ` until ${str(p, 'until')}` : ''}). Nothing was changed.`,
  },
  SEAT_NOT_FOUND: {
    nl: (p) => `${str(p, 'person')} heeft geen zetel in het ${str(p, 'committee')}.`,
    en: (p) => `${str(p, 'person')} holds no seat in the ${str(p, 'committee')}.`,
  },
  SEAT_AMBIGUOUS: {
    nl: (p) => `${str(p, 'person')} heeft meerdere zetels in het ${str(p, 'committee')}: ${str(p, 'seats')}. Geef rol= of namens= erbij.`,
    en: (p) => `${str(p, 'person')} holds several seats in the ${str(p, 'committee')}: ${str(p, 'seats')}. Add role= or for=.`,
  },
  MANDATE_NOT_FOUND: {
    nl: (p) => `Er is geen geldig mandaat voor ${str(p, 'organisation')} om in te trekken.`,
    en: (p) => `There is no active mandate for ${str(p, 'organisation')} to revoke.`,
  },
  INTERNAL_ERROR: {
    nl: (p) => `Er ging iets mis aan onze kant (referentie ${str(p, 'reference')}). Er is niets gewijzigd; probeer het later opnieuw of meld de referentie aan de beheerder.`,
    en: (p) => `Something went wrong on our side (reference ${str(p, 'reference')}). Nothing was changed; try again later or give the reference to the administrator.`,
  },
} satisfies Catalog;

function argumentName(lang: 'nl' | 'en', argument: string): string {
  const names: Record<string, [string, string]> = {
    committee: ['het gremium', 'The committee'], person: ['de persoon', 'The person'], role: ['rol=', 'role='],
    from: ['van= (de begindatum)', 'from= (the start date)'], until: ['tot= (de einddatum)', 'until= (the end date)'],
    onBehalfOf: ['namens= (de organisatie)', 'for= (the organisation)'], language: ['de taal (nl of en)', 'The language (nl or en)'],
  };
  const pair = names[argument];
  return pair ? pair[lang === 'nl' ? 0 : 1] : argument;
}
