/** Messages of the registry: questions, commands and their refusals, in Dutch and English. */
import { str, type Catalog, type Params } from './catalog.ts';

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
  // Refusals of the permission table (src/domain/permissions/table.ts). `holders` names who may instead.
  NOT_COMMITTEE_SECRETARY: {
    nl: (p) => `Alleen de secretaris van het ${str(p, 'committee')} (of een beheerder) mag dit gremium wijzigen. ${askNl(p)} Er is niets gewijzigd.`,
    en: (p) => `Only the secretary of the ${str(p, 'committee')} (or an administrator) may change this committee. ${askEn(p)} Nothing was changed.`,
  },
  NOT_MANDATE_MANAGER: {
    nl: (p) => p.committee
      ? `Een mandaat voor het ${str(p, 'committee')} legt alleen de secretaris van het ${str(p, 'committee')} (of een beheerder) vast of trekt het in. ${askNl(p)} Er is niets gewijzigd.`
      : `Alleen een beheerder of de secretaris van een gremium legt mandaten vast of trekt ze in, en dan alleen voor het eigen gremium. Er is niets gewijzigd.`,
    en: (p) => p.committee
      ? `A mandate for the ${str(p, 'committee')} is recorded or revoked only by the secretary of the ${str(p, 'committee')} (or an administrator). ${askEn(p)} Nothing was changed.`
      : `Only an administrator or a committee's secretary records or revokes mandates, and a secretary only for her own committee. Nothing was changed.`,
  },
  BACKDATED_SEAT: {
    nl: (p) => `Een zetel die op ${str(p, 'from')} begint, ligt meer dan ${str(p, 'grace')} dagen terug: die zou met terugwerkende kracht rechten geven. Als secretaris legt u een zetel vast die op of na ${str(p, 'earliest')} begint; een oudere zetel (historie) legt een beheerder vast. Er is niets gewijzigd.`,
    en: (p) => `A seat beginning on ${str(p, 'from')} lies more than ${str(p, 'grace')} days back: it would give rights with retroactive effect. As secretary you record a seat beginning on or after ${str(p, 'earliest')}; an older seat (history) is recorded by an administrator. Nothing was changed.`,
  },
  SELF_VOTING_SEAT: {
    nl: (p) => `U kunt uzelf geen stemmende zetel (lid) in het ${str(p, 'committee')} geven. Een beheerder${p.holders ? ` of een andere secretaris (${str(p, 'holders')})` : ''} kan dat vastleggen. Er is niets gewijzigd.`,
    en: (p) => `You cannot give yourself a voting seat (member) in the ${str(p, 'committee')}. An administrator${p.holders ? ` or another secretary (${str(p, 'holders')})` : ''} can record it. Nothing was changed.`,
  },
  ORGANISATION_WIDE_MANDATE: {
    nl: (p) => `Een mandaat voor alle gremia${p.scope ? ` (reikwijdte ${str(p, 'scope')})` : ''} legt alleen een beheerder vast of trekt het in.${p.committees ? ` Als secretaris legt u een mandaat vast voor uw eigen gremium: reikwijdte=${str(p, 'committees').split(', ').join(' of reikwijdte=')}.` : ''} Er is niets gewijzigd.`,
    en: (p) => `A mandate for every committee${p.scope ? ` (scope ${str(p, 'scope')})` : ''} is recorded or revoked only by an administrator.${p.committees ? ` As secretary you record a mandate for your own committee: scope=${str(p, 'committees').split(', ').join(' or scope=')}.` : ''} Nothing was changed.`,
  },
  SELF_MANDATE: {
    nl: () => 'U kunt geen mandaat voor uzelf vastleggen: een organisatie stelt schriftelijk vast wie haar vertegenwoordigt. Een beheerder of een andere secretaris van het gremium legt het vast. Er is niets gewijzigd.',
    en: () => 'You cannot record a mandate for yourself: an organisation states in writing who represents it. An administrator or another secretary of the committee records it. Nothing was changed.',
  },
  UNKNOWN_MANDATE_SCOPE: {
    nl: (p) => `"${str(p, 'scope')}" is geen gremium. Geef als reikwijdte de code van een gremium (bijvoorbeeld reikwijdte=SBO), of bestuurlijk voor alle gremia. Er is niets gewijzigd.`,
    en: (p) => `"${str(p, 'scope')}" is not a committee. Give a committee's code as the scope (for example scope=SBO), or bestuurlijk for every committee. Nothing was changed.`,
  },
  MANDATE_SCOPE_NEEDED: {
    nl: (p) => `Voor welk gremium geldt dit mandaat voor ${str(p, 'organisation')}? U bent secretaris van ${str(p, 'committees')}: geef reikwijdte=${str(p, 'committees').split(', ').join(' of reikwijdte=')}. Er is niets gewijzigd.`,
    en: (p) => `Which committee is this mandate for ${str(p, 'organisation')} for? You are secretary of ${str(p, 'committees')}: add scope=${str(p, 'committees').split(', ').join(' or scope=')}. Nothing was changed.`,
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

/** "Ask X." naming who may instead, or an administrator when nobody holds the office today. */
const askNl = (p: Params): string => (p.holders ? `Vraag het ${str(p, 'holders')}.` : 'Vraag het een beheerder.');
const askEn = (p: Params): string => (p.holders ? `Ask ${str(p, 'holders')}.` : 'Ask an administrator.');

function argumentName(lang: 'nl' | 'en', argument: string): string {
  const names: Record<string, [string, string]> = {
    committee: ['het gremium', 'The committee'], person: ['de persoon', 'The person'], role: ['rol=', 'role='],
    from: ['van= (de begindatum)', 'from= (the start date)'], until: ['tot= (de einddatum)', 'until= (the end date)'],
    onBehalfOf: ['namens= (de organisatie)', 'for= (the organisation)'], language: ['de taal (nl of en)', 'The language (nl or en)'],
  };
  const pair = names[argument];
  return pair ? pair[lang === 'nl' ? 0 : 1] : argument;
}
