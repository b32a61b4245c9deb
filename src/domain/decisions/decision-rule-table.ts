/**
 * Poll kinds as data (after Loomio's poll templates): one row per {@link DecisionRule} saying
 * whether a binding poll may be opened, which stances a seat may take, how they are counted,
 * whether the outcome is advice, and the Dutch sentence the rule comes from.
 * `decide()` in `decision-rules.ts` reads this table; nothing else branches on the rule.
 */
import type { DecisionRule } from '../registry/words.ts';
import { SOURCES, type SourceKey } from './sources.ts';

/**
 * A stance a seat can take. Consensus polls speak of agreeing and objecting (an objection blocks);
 * voting polls of for and against. ABSTAIN is "standing aside": a stance, but neither for nor against.
 */
export const STANCE_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN', 'AGREE', 'OBJECT'] as const;
/** One of {@link STANCE_CHOICES}. */
export type StanceChoice = (typeof STANCE_CHOICES)[number];

/** Which side of the count a choice falls on: AGREE counts as for, OBJECT as against. */
export function sideOf(choice: StanceChoice): 'for' | 'against' | 'abstain' {
  if (choice === 'FOR' || choice === 'AGREE') return 'for';
  if (choice === 'AGAINST' || choice === 'OBJECT') return 'against';
  return 'abstain';
}

/**
 * How stances become an outcome.
 * - `CONSENSUS`: every voting seat takes a stance and none objects.
 * - `MAJORITY_OF_CAST`: more for than against among the votes cast; abstentions do not count.
 * - `MAJORITY_OF_SEATS`: at least {@link absoluteMajorityThreshold} of ALL voting seats vote for.
 * - `COMMON_AGREEMENT`: unanimous among the votes cast, else majority of votes cast as fallback.
 * - `NONE`: no binding poll at all.
 */
export type Counting = 'CONSENSUS' | 'MAJORITY_OF_CAST' | 'MAJORITY_OF_SEATS' | 'COMMON_AGREEMENT' | 'NONE';

/** One row of the poll-kind table. */
export interface DecisionRuleSpec {
  readonly rule: DecisionRule;
  /** False for ADVISORY and NO_DECISIONS: the bot refuses to open a binding poll. */
  readonly bindingPollAllowed: boolean;
  /** The stances a seat may take; empty when no poll may be opened. */
  readonly options: readonly StanceChoice[];
  readonly counting: Counting;
  /** True when the outcome is advice to someone else who decides (Steenwijkerland: the municipality). */
  readonly outcomeIsAdvice: boolean;
  /** True when the vote ratio must be minuted ("stemverhouding ... wordt genotuleerd"). */
  readonly recordsRatio: boolean;
  /** True when adopted decisions go on a decision list shared afterwards (DOSD, Control overleg). */
  readonly onDecisionList: boolean;
  /** The committees in the seeds that use this rule, by their usual short name. */
  readonly committees: readonly string[];
  /** The source sentences, the first being the main one. */
  readonly sources: readonly SourceKey[];
}

const VOTE: readonly StanceChoice[] = ['FOR', 'AGAINST', 'ABSTAIN'];
const CONSENT: readonly StanceChoice[] = ['AGREE', 'OBJECT', 'ABSTAIN'];

/** The table itself, keyed by rule. Readonly: committees pick a rule, they do not edit rows. */
export const DECISION_RULE_TABLE: { readonly [R in DecisionRule]: DecisionRuleSpec & { readonly rule: R } } = {
  // 001 SBO: "Binnen het SBO worden afspraken altijd op basis van consensus gemaakt"
  CONSENSUS: {
    rule: 'CONSENSUS', bindingPollAllowed: true, options: CONSENT, counting: 'CONSENSUS',
    outcomeIsAdvice: false, recordsRatio: true, onDecisionList: false,
    committees: ['SBO'], sources: ['SBO_CONSENSUS'],
  },
  // 001 ORO: "Uitvoerende (operationele) besluiten kunnen met meerderheid van stemmen wordt genomen
  // op basis van gelijkwaardigheid en consensus." — the ORO counts per party ("gelijkwaardigheid"),
  // which is the committee's vote-per (workbook "Stem per: partij"), not the rule: see tally.ts.
  MAJORITY: {
    rule: 'MAJORITY', bindingPollAllowed: true, options: VOTE, counting: 'MAJORITY_OF_CAST',
    outcomeIsAdvice: false, recordsRatio: true, onDecisionList: false,
    committees: ['ORO'], sources: ['ORO_MAJORITY'],
  },
  // 001 Stuurgroep: "Binnen de Stuurgroep worden afspraken altijd op basis van consensus gemaakt
  // (meerderheid +1)" — read (DOMAIN.md) as: at least half of all voting seats plus one vote for.
  ABSOLUTE_MAJORITY: {
    rule: 'ABSOLUTE_MAJORITY', bindingPollAllowed: true, options: VOTE, counting: 'MAJORITY_OF_SEATS',
    outcomeIsAdvice: false, recordsRatio: true, onDecisionList: false,
    committees: ['Stuurgroep gemeenten'], sources: ['STUURGROEP_MAJORITY_PLUS_ONE'],
  },
  // 001 Ambtelijk afstemmingsoverleg: "Te komen tot een gezamenlijke ambtelijke besluitvorming";
  // 004 BOSD: "Definitieve besluitvorming vindt plaats in het BOSD." The majority fallback is the
  // product's reading (DOMAIN.md): neither seed says what happens when agreement fails.
  COMMON_AGREEMENT: {
    rule: 'COMMON_AGREEMENT', bindingPollAllowed: true, options: VOTE, counting: 'COMMON_AGREEMENT',
    outcomeIsAdvice: false, recordsRatio: true, onDecisionList: false,
    committees: ['BOSD', 'Ambtelijk afstemmingsoverleg'], sources: ['BOSD_DEFINITIVE', 'AMBTELIJK_COMMON_AGREEMENT'],
  },
  // 002 art. 9.1: "Partijen uit het Inkoopnetwerk stemmen voor of tegen een Uitgewerkt voorstel,
  // waarbij zij streven naar unanimiteit." and "De stemverhouding in de Fysieke overlegtafel wordt
  // genotuleerd." Art. 7.1: "De Gemeente vraagt de Fysieke overlegtafel om advies ..." — so the
  // outcome is advice, and only for or against is offered (no abstain in the source).
  FOR_AGAINST_ADVICE: {
    rule: 'FOR_AGAINST_ADVICE', bindingPollAllowed: true, options: ['FOR', 'AGAINST'], counting: 'MAJORITY_OF_CAST',
    outcomeIsAdvice: true, recordsRatio: true, onDecisionList: false,
    committees: ['Inkoopnetwerk', 'Fysieke overlegtafel'],
    sources: ['INKOOP_FOR_AGAINST', 'INKOOP_RATIO_MINUTED', 'INKOOP_ADVICE'],
  },
  // 004 3.4.1: "Van de besluiten die het DOSD neemt wordt een besluitenlijst opgesteld."
  // 004 3.4.2: "Van de besluiten die het Control overleg neemt wordt een besluitenlijst opgesteld."
  DECISION_LIST: {
    rule: 'DECISION_LIST', bindingPollAllowed: true, options: VOTE, counting: 'MAJORITY_OF_CAST',
    outcomeIsAdvice: false, recordsRatio: true, onDecisionList: true,
    committees: ['DOSD', 'Control overleg'], sources: ['DOSD_DECISION_LIST', 'CONTROL_DECISION_LIST'],
  },
  // 001 Contractmanagement: "Voorbereiden voorstellen frictie dan wel innovatiekosten aan ORO en SBO";
  // 004 2.4.2: "geven deze werkgroepen een regionaal in plaats van een lokaal advies."
  ADVISORY: {
    rule: 'ADVISORY', bindingPollAllowed: false, options: [], counting: 'NONE',
    outcomeIsAdvice: true, recordsRatio: false, onDecisionList: false,
    committees: ['Contractmanagement', 'Overleg Bedrijfsvoering', 'Beleidsteam Jeugd / Wmo'],
    sources: ['CONTRACT_ADVISORY', 'WERKGROEPEN_ADVICE'],
  },
  // 000 KBO, 1: "dat er geen besluitvorming plaatsvindt in het Klein Bestuurlijk Overleg"
  NO_DECISIONS: {
    rule: 'NO_DECISIONS', bindingPollAllowed: false, options: [], counting: 'NONE',
    outcomeIsAdvice: false, recordsRatio: false, onDecisionList: false,
    committees: ['KBO'], sources: ['KBO_NO_DECISIONS'],
  },
};

/** The row for a rule. */
export function ruleSpec(rule: DecisionRule): DecisionRuleSpec {
  return DECISION_RULE_TABLE[rule];
}

/** The main Dutch source sentence of a rule, verbatim, with its seed reference. */
export function mainSource(rule: DecisionRule): { readonly key: SourceKey; readonly text: string; readonly ref: string } {
  const key = DECISION_RULE_TABLE[rule].sources[0] as SourceKey;
  const s = SOURCES[key];
  return { key, text: s.text, ref: `${s.seed} ${s.where}` };
}

/**
 * The source sentence to quote for a committee's rule: the rule's sentence from the committee's own
 * document (its Bron starts with the seed number, "004 3.4.3, 4.2"), so the Overleg Bedrijfsvoering
 * is told 004's "regionaal in plaats van een lokaal advies", not segment 1's contract talks. When the
 * document is a seed without a sentence for this rule, the rule's main sentence. Null when the
 * committee's document is none of the seeds (a region's own workbook): then its own reference is all
 * there is to quote.
 */
export function sourceForCommittee(rule: DecisionRule, sourceRef: string): { readonly key: SourceKey; readonly text: string; readonly ref: string } | null {
  const seed = /^\s*(\d{3})\b/.exec(sourceRef)?.[1];
  if (seed === undefined || !Object.values(SOURCES).some((s) => s.seed === seed)) return null;
  const key = DECISION_RULE_TABLE[rule].sources.find((k) => SOURCES[k].seed === seed) ?? DECISION_RULE_TABLE[rule].sources[0];
  if (key === undefined) return null;
  const s = SOURCES[key];
  return { key, text: s.text, ref: `${s.seed} ${s.where}` };
}

/**
 * Votes for needed under ABSOLUTE_MAJORITY with `seats` voting seats: floor(n/2) + 1, so 8 of the
 * Stuurgroep's 14 ("de helft plus één"). For an odd n this is the ordinary majority of all seats
 * (7 of 13); a literal "meerderheid +1" would ask one more. Never more than `seats`.
 */
export function absoluteMajorityThreshold(seats: number): number {
  return Math.min(seats, Math.floor(seats / 2) + 1);
}
