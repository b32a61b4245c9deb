/**
 * The sentences of the source documents that answer questions about a committee's rules beyond its
 * decision rule (those are in decisions/sources.ts): who makes the agenda, the deadlines, where a
 * dispute escalates, the composition, the contact point. Verbatim, so the bot can quote them; a test
 * checks each one word for word in docs/sources.
 */
import { SOURCES, type SeedNumber, type SourceKey } from '../decisions/sources.ts';

/** What people ask about a committee's rules. */
export const RULE_TOPICS = [
  'decision', 'votes', 'substitute', 'mandate', 'deadlines', 'rhythm', 'purpose', 'composition', 'escalation', 'agenda', 'contact',
] as const;
/** One of {@link RULE_TOPICS}. */
export type RuleTopic = (typeof RULE_TOPICS)[number];

/** One quoted sentence and what it answers. */
export interface RuleQuote {
  readonly topic: RuleTopic;
  readonly seed: SeedNumber;
  readonly where: string;
  readonly text: string;
  /** The committee codes it is about; empty: every committee of the document. */
  readonly about: readonly string[];
}

const Q = (topic: RuleTopic, seed: SeedNumber, where: string, about: readonly string[], text: string): RuleQuote => ({ topic, seed, where, about, text });
const S = (topic: RuleTopic, key: SourceKey, about: readonly string[]): RuleQuote => ({ topic, ...SOURCES[key], about });

/** Every quote, by topic. */
export const RULE_QUOTES: readonly RuleQuote[] = [
  Q('agenda', '000', 'Spelregels KBO, 5', ['KBO'], 'De agenda voor het klein bestuurlijk overleg wordt in samenspraak opgesteld door gemeenten en zorgaanbieders'),
  Q('agenda', '001', 'SBO, Organisatie', ['SBO'], "De voorzitter van het ORO organiseert verzorgt de agenda's en de verslaglegging."),
  Q('agenda', '001', 'ORO, Organisatie', ['ORO'], "De Voorzitter organiseert verzorgt de agenda's en de verslaglegging."),
  Q('agenda', '001', 'Stuurgroep gemeenten, Organisatie', ['STUURGROEP'], "Een aan te wijzen ambtelijke regionaal vertegenwoordiger organiseert en verzorgt de agenda's en de verslaglegging."),
  Q('agenda', '004', '5.2 Inrichting', ['BOSD'], 'Agendapunten worden ingebracht door de verantwoordelijk en/of trekkend bestuurder.'),
  Q('agenda', '004', '5.3 Ondersteuning', ['BOSD'], 'het notuleren van de regionale bestuurlijke overleggen.'),
  Q('deadlines', '000', 'Spelregels KBO, 5', ['KBO'], 'De agenda: min 3 weken voorafgaand aan het overleg'),
  Q('deadlines', '000', 'Spelregels KBO, 5', ['KBO'], 'Het verslag: max 3 weken na het overleg.'),
  Q('deadlines', '004', '5.3 Ondersteuning', ['BOSD'], 'uiterlijk zeven dagen voor het overleg versturen van de agenda en bestuurlijke stukken en deze publiceren op de regionale website;'),
  Q('deadlines', '002', 'Artikel 5.6', ['INKOOP', 'FOT'], 'Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren via de website.'),
  S('deadlines', 'DOSD_DECISION_LIST', ['DOSD']),
  S('deadlines', 'CONTROL_DECISION_LIST', ['CONTROL']),
  Q('escalation', '001', 'ORO, Taken', ['ORO'], 'Lukt het ook binnen het ORO niet om overeenstemming te bereiken dan heeft het SBO de escalerende rol.'),
  Q('escalation', '001', 'SBO, Taken', ['SBO'], 'Indien in de onderlinge samenwerking en uitvoering geen overeenstemming bereikt wordt tussen de verschillende samenwerkende partners dan heeft het SBO een escalatierol.'),
  S('escalation', 'CONTRACT_ADVISORY', ['CM-NOORD', 'CM-ZUID']),
  Q('escalation', '004', '3.4.1 Directeurenoverleg sociaal domein', ['CONTROL', 'OBV', 'DOSD'], 'kunnen door de regiosecretaris, vanuit het Control overleg of Overleg Bedrijfsvoering of vanuit individuele gemeenten worden opgeschaald naar het DOSD.'),
  S('composition', 'SBO_MEMBERS', ['SBO']),
  Q('composition', '001', 'SBO, Bezetting', ['SBO'], '6 Bestuurders namens de combinaties'),
  Q('composition', '001', 'ORO, Bezetting', ['ORO'], '1 beleidsmedewerkers per Regio (uit hun midden wordt de voorzitter gekozen)'),
  Q('composition', '001', 'Stuurgroep gemeenten, Bezetting', ['STUURGROEP'], '14 vertegenwoordigende wethouders namens de gemeenten'),
  Q('composition', '004', '5.2 Inrichting', ['BOSD'], 'Het BOSD is samengesteld uit de portefeuillehouders Jeugd en Wmo van de zes deelnemende gemeenten, de directeur van de centrumgemeente, de regionaal programmamanager en een onafhankelijke voorzitter.'),
  Q('composition', '000', 'Spelregels KBO, 6', ['KBO'], 'De afvaardiging van 4 wethouders uit het regionaal Portefeuillehoudersoverleg Sociaal (PoHo Sociaal) zal jaarlijks* met 2 wethouders rouleren.'),
  Q('composition', '000', 'Spelregels KBO, 3', ['KBO'], 'Elke bestuurder van een zorgaanbieder schuift aan namens de eigen organisatie/coalitie en denkt vanuit dit perspectief mee over het collectieve belang.'),
  S('mandate', 'SBO_LEGALLY_AUTHORISED', ['SBO']),
  S('mandate', 'KBO_MANDATE', ['KBO']),
  S('mandate', 'INKOOP_MANDATE', []),
  S('contact', 'INKOOP_NAMED_SUBSTITUTE', ['INKOOP', 'FOT']),
  Q('contact', '001', 'SBO, overige', ['SBO'], 'Partijen delen de nodige contactgegevens van de vertegenwoordigers met elkaar.'),
  Q('contact', '004', '2.5 Aanspreekpunt', [], 'Voor de Regionale Samenwerking Sociaal Domein Flevoland is Centrumgemeente Almere het aanspreekpunt.'),
  S('votes', 'ORO_MAJORITY', ['ORO']),
  S('votes', 'INKOOP_FOR_AGAINST', ['INKOOP']),
  S('votes', 'INKOOP_RATIO_MINUTED', ['FOT']),
];

/** The seed a committee's source reference names ("001 SBO" -> "001"), or null for a region's own document. */
export function seedOf(sourceRef: string): string | null {
  return /^\s*(\d{3})\b/u.exec(sourceRef)?.[1] ?? null;
}

/** The quotes that answer `topic` for a committee: from its own document, about it or about all of that document's committees. */
export function quotesFor(topic: RuleTopic, committee: { readonly code: string; readonly sourceRef: string }): RuleQuote[] {
  const seed = seedOf(committee.sourceRef);
  if (seed === null) return [];
  return RULE_QUOTES.filter((q) => q.topic === topic && q.seed === seed && (q.about.length === 0 || q.about.includes(committee.code)));
}

/**
 * The steps of the impasse procedure (004, appendix 2), each with its term in days: a region whose
 * committees come from that document is told them when it asks where a dispute goes.
 */
export const IMPASSE_STEPS: readonly { readonly step: string; readonly days: number | null }[] = [
  { step: '1', days: null },
  { step: '2a', days: 14 },
  { step: '2b', days: 28 },
  { step: '3', days: null },
  { step: '4', days: 35 },
  { step: '5', days: 91 },
];
