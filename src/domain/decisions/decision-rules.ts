/**
 * Applying a committee's decision rule to the stances of a poll. Pure: the poll service passes the
 * voting seats (see eligibility.ts) and the stances, and stores what comes back.
 * Which rule does what is data in decision-rule-table.ts; this file only counts.
 */
import type { DecisionRule } from '../registry/words.ts';
import { err, ok, type DomainError, type Result } from '../result.ts';
import {
  absoluteMajorityThreshold,
  DECISION_RULE_TABLE,
  mainSource,
  sourceForCommittee,
  type DecisionRuleSpec,
  type StanceChoice,
} from './decision-rule-table.ts';
import type { Outcome, OutcomeReason, OutcomeStatus } from './outcome.ts';
import { ratioOf, tally, type Counts, type Stance } from './tally.ts';

/** The expected failures of opening a poll or counting it. */
export const DECISION_ERROR_CODES = [
  /**
   * The committee's rule allows no binding poll: ADVISORY (it prepares and advises) or
   * NO_DECISIONS (KBO, 000: "dat er geen besluitvorming plaatsvindt in het Klein Bestuurlijk Overleg").
   * Params: `rule`, `quote` (the Dutch source sentence), `source` (seed reference), `committees`.
   */
  'POLL_NOT_ALLOWED',
  /**
   * A counted stance uses a choice the rule does not offer (e.g. AGREE in a majority vote, ABSTAIN in
   * the Inkoopnetwerk, which votes "voor of tegen"). Params: `rule`, `choice`, `allowed`, and `seatId`
   * when raised while counting.
   */
  'CHOICE_NOT_ALLOWED',
] as const;
/** One of {@link DECISION_ERROR_CODES}. */
export type DecisionErrorCode = (typeof DECISION_ERROR_CODES)[number];

/** What `decide` counts. */
export interface DecideInput {
  /** The seats eligible to vote in this poll (eligibility.ts `votingSeats`). Duplicates count once. */
  readonly votingSeatIds: readonly string[];
  /** Stances in the order cast. Unknown seats are ignored; per seat the last stance counts. */
  readonly stances: readonly Stance[];
  /** True for a closed poll. A live tally says PENDING while the missing seats could still change it. */
  readonly final: boolean;
  /**
   * For a committee that votes per party: each voting seat's party (the organisation it is held on
   * behalf of). Then every party counts once, and the rule counts parties (tally.ts says how).
   */
  readonly partyOf?: ReadonlyMap<string, string>;
}

/**
 * Whether a binding poll may be opened under `rule`. Returns the rule's table row, or
 * POLL_NOT_ALLOWED carrying the rule and the source to quote: with the committee's own reference
 * (`sourceRef`, its Bron), the rule's sentence from that document, or only the reference when the
 * seeds hold none (`quote` empty); without it, the rule's main sentence.
 */
export function canOpenPoll(rule: DecisionRule, sourceRef?: string): Result<DecisionRuleSpec, DomainError<'POLL_NOT_ALLOWED'>> {
  const spec = DECISION_RULE_TABLE[rule];
  if (spec.bindingPollAllowed) return ok(spec);
  const src = sourceRef === undefined ? mainSource(rule) : (sourceForCommittee(rule, sourceRef) ?? { text: '', ref: sourceRef });
  return err('POLL_NOT_ALLOWED', { rule, quote: src.text, source: src.ref, committees: spec.committees });
}

/** Whether `choice` is one of the stances `rule` offers; the poll service checks this on every cast. */
export function checkStanceChoice(
  rule: DecisionRule,
  choice: StanceChoice,
): Result<StanceChoice, DomainError<DecisionErrorCode>> {
  const open = canOpenPoll(rule);
  if (!open.ok) return open;
  if (open.value.options.includes(choice)) return ok(choice);
  return err('CHOICE_NOT_ALLOWED', { rule, choice, allowed: open.value.options });
}

interface Verdict {
  readonly status: OutcomeStatus;
  readonly reason: OutcomeReason;
  readonly fallbackUsed?: boolean;
}

const NO_VOTES_CAST: Verdict = { status: 'NO_VOTES', reason: 'NO_VOTES_CAST' };
const AWAITING: Verdict = { status: 'PENDING', reason: 'AWAITING_STANCES' };

/** True when no later stance of a missing seat can matter: the poll is closed or everyone voted. */
function complete(c: Counts, final: boolean): boolean {
  return final || c.notVoted === 0;
}

/**
 * More for than against among the votes cast; abstentions do not count; a tie is not adopted.
 * Live, it only decides once the missing seats could no longer turn it around.
 */
function majorityOfCast(c: Counts, final: boolean): Verdict {
  const { for: f, against: a, notVoted: r } = c;
  if (complete(c, final)) {
    if (f + a === 0) return NO_VOTES_CAST;
    if (f > a) return { status: 'ADOPTED', reason: 'MORE_FOR' };
    if (a > f) return { status: 'REJECTED', reason: 'MORE_AGAINST' };
    return { status: 'TIED', reason: 'EQUAL' };
  }
  if (f > a + r) return { status: 'ADOPTED', reason: 'MORE_FOR' };
  if (a > f + r) return { status: 'REJECTED', reason: 'MORE_AGAINST' };
  return AWAITING;
}

/**
 * 001 SBO: "Binnen het SBO worden afspraken altijd op basis van consensus gemaakt". Every voting
 * seat takes a stance and none objects; one objection blocks. ABSTAIN (standing aside) does not
 * block, but a consensus needs at least one seat that agrees.
 */
function consensus(c: Counts, final: boolean): Verdict {
  if (c.against > 0) return { status: 'REJECTED', reason: 'OBJECTION' };
  if (complete(c, final) && c.for === 0) return NO_VOTES_CAST;
  if (c.notVoted > 0) return final ? { status: 'INCOMPLETE', reason: 'MISSING_STANCES' } : AWAITING;
  return { status: 'ADOPTED', reason: 'ALL_AGREED' };
}

/**
 * 001 Stuurgroep: "consensus (meerderheid +1)": at least {@link absoluteMajorityThreshold} of ALL
 * voting seats vote for; seats that abstain or stay away count as not for.
 */
function majorityOfSeats(c: Counts, final: boolean, threshold: number): Verdict {
  if (c.for >= threshold) return { status: 'ADOPTED', reason: 'THRESHOLD_REACHED' };
  if (complete(c, final) || c.for + c.notVoted < threshold) {
    return { status: 'REJECTED', reason: 'THRESHOLD_NOT_REACHED' };
  }
  return AWAITING;
}

/**
 * Common agreement (001 Ambtelijk afstemmingsoverleg, 004 BOSD): unanimous among the votes cast
 * adopts; once anyone votes against, the majority of votes cast decides and the fallback is recorded.
 */
function commonAgreement(c: Counts, final: boolean): Verdict {
  if (c.against === 0) {
    if (!complete(c, final)) return AWAITING;
    return c.for === 0 ? NO_VOTES_CAST : { status: 'ADOPTED', reason: 'UNANIMOUS' };
  }
  return { ...majorityOfCast(c, final), fallbackUsed: true };
}

/** 002 art. 9.1: for or against, the ratio is minuted and the result is advice to the municipality. */
function advice(c: Counts, final: boolean): Verdict {
  const v = majorityOfCast(c, final);
  const map: Partial<Record<OutcomeStatus, OutcomeStatus>> = {
    ADOPTED: 'ADVICE_FOR',
    REJECTED: 'ADVICE_AGAINST',
    TIED: 'ADVICE_TIED',
  };
  return { ...v, status: map[v.status] ?? v.status };
}

const NO_VOTING_SEATS: Verdict = { status: 'NO_VOTES', reason: 'NO_VOTING_SEATS' };

/** Dispatches on the table's `counting`; the only place that branches on the kind of poll. */
function verdictFor(spec: DecisionRuleSpec, c: Counts, final: boolean, threshold: number): Verdict {
  switch (spec.counting) {
    case 'CONSENSUS':
      return consensus(c, final);
    case 'MAJORITY_OF_SEATS':
      return majorityOfSeats(c, final, threshold);
    case 'COMMON_AGREEMENT':
      return commonAgreement(c, final);
    case 'MAJORITY_OF_CAST':
      return spec.outcomeIsAdvice ? advice(c, final) : majorityOfCast(c, final);
    case 'NONE':
      // canOpenPoll refuses these rules before counting starts; reaching here is a bug.
      throw new Error(`decide: rule ${spec.rule} has no counting`);
    default: {
      const never: never = spec.counting;
      throw new Error(`decide: unknown counting ${String(never)}`);
    }
  }
}

/**
 * Applies `rule` to the stances. Ignores stances of seats that are not voting seats; for each seat
 * the last stance counts; with `partyOf` the rule counts parties, each once (tally.ts). Fails with POLL_NOT_ALLOWED for ADVISORY and NO_DECISIONS, and with
 * CHOICE_NOT_ALLOWED when a counted stance uses a choice the rule does not offer.
 */
export function decide(rule: DecisionRule, input: DecideInput): Result<Outcome, DomainError<DecisionErrorCode>> {
  const open = canOpenPoll(rule);
  if (!open.ok) return open;
  const spec = open.value;
  const t = tally(input.votingSeatIds, input.stances, input.partyOf);
  for (const [seatId, choice] of t.seatChoices) {
    if (!spec.options.includes(choice)) {
      return err('CHOICE_NOT_ALLOWED', { rule, choice, allowed: spec.options, seatId });
    }
  }
  const c = t.counts;
  const threshold = spec.counting === 'MAJORITY_OF_SEATS' ? absoluteMajorityThreshold(c.seats) : null;
  const verdict = c.seats === 0 ? NO_VOTING_SEATS : verdictFor(spec, c, input.final, threshold ?? 0);
  return ok({
    rule,
    per: t.per,
    dividedParties: t.divided,
    status: verdict.status,
    reason: verdict.reason,
    final: input.final,
    binding: !spec.outcomeIsAdvice,
    adopted: verdict.status === 'ADOPTED',
    counts: c,
    ratio: ratioOf(c),
    notVotedSeatIds: t.notVotedSeatIds,
    unanimous: c.for + c.against > 0 && (c.for === 0 || c.against === 0),
    fallbackUsed: verdict.fallbackUsed ?? false,
    threshold,
    onDecisionList: spec.onDecisionList,
  });
}
