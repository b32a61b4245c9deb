/**
 * What a poll comes to: the words of an outcome. `decide()` (decision-rules.ts) produces them;
 * `src/conversation` turns status and reason into Dutch or English.
 */
import type { VotePer } from '../region/words.ts';
import type { DecisionRule } from '../registry/words.ts';
import type { Counts } from './tally.ts';

/** The status of a poll, live or final. */
export const OUTCOME_STATUSES = [
  /** Live only: the seats that have not voted can still change the result. */
  'PENDING',
  /** A binding decision was taken. */
  'ADOPTED',
  /** Not adopted: more against, an objection (consensus), or too few votes for (absolute majority). */
  'REJECTED',
  /** As many for as against (majority rules); not adopted. */
  'TIED',
  /** Final consensus poll where no one objected but some seats took no stance: not adopted. */
  'INCOMPLETE',
  /** No voting seats, or no vote for or against was cast (only abstentions, or none at all). */
  'NO_VOTES',
  /** FOR_AGAINST_ADVICE: the advice is in favour (more for than against). Not binding. */
  'ADVICE_FOR',
  /** FOR_AGAINST_ADVICE: the advice is against. Not binding. */
  'ADVICE_AGAINST',
  /** FOR_AGAINST_ADVICE: as many for as against. Not binding. */
  'ADVICE_TIED',
] as const;
/** One of {@link OUTCOME_STATUSES}. */
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** Why the status is what it is; the conversation layer explains it in words. */
export const OUTCOME_REASONS = [
  /** The committee has no voting seat on the day. */
  'NO_VOTING_SEATS',
  /** Everyone who voted abstained, or nobody voted. */
  'NO_VOTES_CAST',
  /** Live: stances are still missing and they could change the result. */
  'AWAITING_STANCES',
  /** Consensus: at least one seat objects, which blocks. */
  'OBJECTION',
  /** Consensus, final: nobody objected, but these seats never took a stance. */
  'MISSING_STANCES',
  /** Consensus: every voting seat took a stance, at least one agreed and none objected. */
  'ALL_AGREED',
  /** Common agreement: every vote cast was for. */
  'UNANIMOUS',
  /** More votes for than against among the votes cast. */
  'MORE_FOR',
  /** More votes against than for among the votes cast. */
  'MORE_AGAINST',
  /** As many votes for as against. */
  'EQUAL',
  /** Absolute majority: the votes for reached the threshold of all voting seats. */
  'THRESHOLD_REACHED',
  /** Absolute majority: the votes for did not (or can no longer) reach the threshold. */
  'THRESHOLD_NOT_REACHED',
] as const;
/** One of {@link OUTCOME_REASONS}. */
export type OutcomeReason = (typeof OUTCOME_REASONS)[number];

/** The outcome of a poll under a committee's decision rule. */
export interface Outcome {
  readonly rule: DecisionRule;
  /**
   * What the counts count: seats, or parties (a committee that votes per party). Outcomes stored
   * before polls knew it lack the field: read a missing one as SEAT.
   */
  readonly per: VotePer;
  /** Per party: the parties (organisation ids) whose seat holders took different sides, counted as abstaining. */
  readonly dividedParties: readonly string[];
  readonly status: OutcomeStatus;
  readonly reason: OutcomeReason;
  /** True when computed for a closed poll; false for a live tally. */
  readonly final: boolean;
  /** False when the outcome is advice to someone else who decides (FOR_AGAINST_ADVICE). */
  readonly binding: boolean;
  /** Shorthand for `status === 'ADOPTED'`; advice is never "adopted". */
  readonly adopted: boolean;
  readonly counts: Counts;
  /** The ratio as minuted, for-against-abstain, e.g. `"5-2-1"`. */
  readonly ratio: string;
  /** Voting seats without a stance (per party: seats of parties without one), in voting-list order. */
  readonly notVotedSeatIds: readonly string[];
  /** True when at least one vote for or against was cast and all of them were on one side. */
  readonly unanimous: boolean;
  /** COMMON_AGREEMENT: true when agreement failed and the majority of votes cast decided. */
  readonly fallbackUsed: boolean;
  /** ABSOLUTE_MAJORITY: the votes for needed; null for the other rules. */
  readonly threshold: number | null;
  /** True when an adopted decision belongs on the decision list (DOSD, Control overleg). */
  readonly onDecisionList: boolean;
}

/**
 * What a secret ballot keeps of its outcome: status, rule and totals, but not which seats stayed
 * silent (with the totals, a list of who did not vote narrows down who chose what), nor which parties
 * were divided (that would tell that its holders chose differently).
 */
export function totalsOnly(outcome: Outcome): Outcome {
  return { ...outcome, notVotedSeatIds: [], dividedParties: [] };
}
