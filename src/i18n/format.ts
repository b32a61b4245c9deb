/** Dates, roles and rules in words, in Dutch and English. */
import type { LocalDate } from '../domain/local-date.ts';
import type { DecisionRule, SeatRole, SubstituteRule } from '../domain/registry/words.ts';
import type { Language } from './catalog.ts';

const MONTHS: Record<Language, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "1 maart 2025" / "1 March 2025". */
export function formatDay(lang: Language, day: LocalDate): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}

const ROLES: Record<SeatRole, Record<Language, [string, string]>> = {
  MEMBER: { nl: ['lid', 'leden'], en: ['member', 'members'] },
  ADVISER: { nl: ['adviseur', 'adviseurs'], en: ['adviser', 'advisers'] },
  CHAIR: { nl: ['voorzitter', 'voorzitters'], en: ['chair', 'chairs'] },
  SECRETARY: { nl: ['secretaris', 'secretarissen'], en: ['secretary', 'secretaries'] },
  AGENDA_COMMITTEE: { nl: ['agendacommissie', 'agendacommissie'], en: ['agenda committee', 'agenda committee'] },
};

/** The role's name, singular or plural. */
export function roleName(lang: Language, role: SeatRole, plural = false): string {
  return ROLES[role][lang][plural ? 1 : 0];
}

const RULES: Record<DecisionRule, Record<Language, string>> = {
  CONSENSUS: { nl: 'consensus: één bezwaar blokkeert', en: 'consensus: one objection blocks' },
  MAJORITY: { nl: 'meerderheid van stemmen', en: 'majority of votes cast' },
  ABSOLUTE_MAJORITY: { nl: 'de helft van alle stemgerechtigden plus één', en: 'half of all voting members plus one' },
  COMMON_AGREEMENT: { nl: 'gemeenschappelijk akkoord, meerderheid als terugval', en: 'common agreement, majority as fallback' },
  FOR_AGAINST_ADVICE: { nl: 'voor of tegen, verhouding vastgelegd; de uitkomst is een advies', en: 'for or against, ratio recorded; the outcome is advice' },
  DECISION_LIST: { nl: 'meerderheid, op de besluitenlijst', en: 'majority, recorded on the decision list' },
  ADVISORY: { nl: 'adviserend: geen bindende besluiten', en: 'advisory: no binding decisions' },
  NO_DECISIONS: { nl: 'geen besluitvorming: alleen overleg', en: 'no decisions: consultation only' },
};

/** The decision rule in words. */
export function decisionRuleName(lang: Language, rule: DecisionRule): string {
  return RULES[rule][lang];
}

const SUBSTITUTES: Record<SubstituteRule, Record<Language, string>> = {
  SAME_ORGANISATION_WITH_MANDATE: { nl: 'uit dezelfde organisatie, met geldig mandaat', en: 'from the same organisation, with a valid mandate' },
  SAME_ORGANISATION: { nl: 'uit dezelfde organisatie', en: 'from the same organisation' },
  SAME_ORGANISATION_OR_COMBINATION: { nl: 'een collega uit de eigen organisatie, coalitie of gemeente', en: 'a colleague from the own organisation, coalition or municipality' },
  NAMED_SUBSTITUTE: { nl: 'alleen de benoemde vervanger', en: 'only the named substitute' },
  NONE: { nl: 'geen vervanging', en: 'no substitution' },
};

/** Whether every member seat votes or every party once (a committee's vote-per), in words. */
export function votePerName(lang: Language, per: 'SEAT' | 'PARTY'): string {
  return per === 'PARTY'
    ? { nl: 'per partij: elke partij telt één keer, hoeveel zetels ze ook heeft', en: 'per party: every party counts once, however many seats it holds' }[lang]
    : { nl: 'per zetel: elke zetel als lid telt', en: 'per seat: every member seat counts' }[lang];
}

/** The substitute rule in words. */
export function substituteRuleName(lang: Language, rule: SubstituteRule): string {
  return SUBSTITUTES[rule][lang];
}
