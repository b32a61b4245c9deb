/**
 * Counting stances: which stance counts for which seat, and the for/against/abstain totals.
 * Only seats in the voting list count, once each, with their last stance (a change of vote
 * replaces the earlier one, it never adds). So no count can exceed the number of voting seats.
 */
import { sideOf, type StanceChoice } from './decision-rule-table.ts';

/** One seat's stance as cast, in the order cast. `seatId` names the seat, not the person. */
export interface Stance {
  readonly seatId: string;
  readonly choice: StanceChoice;
}

/** The totals of a poll. `voted + notVoted === seats` always holds. */
export interface Counts {
  /** FOR or AGREE. */
  readonly for: number;
  /** AGAINST or OBJECT. */
  readonly against: number;
  readonly abstain: number;
  /** Seats that took any stance (for + against + abstain). */
  readonly voted: number;
  /** Voting seats without a stance. */
  readonly notVoted: number;
  /** Voting seats (duplicates in the input list counted once). */
  readonly seats: number;
}

/** The result of counting: the stance that counts per seat, the totals, and who has not voted. */
export interface Tally {
  /** Seat id to its counted (last) choice, for voting seats only, in voting-list order. */
  readonly effective: ReadonlyMap<string, StanceChoice>;
  readonly counts: Counts;
  /** Voting seats without a stance, in the order of the voting list. */
  readonly notVotedSeatIds: readonly string[];
}

/**
 * Counts the stances of the voting seats. Stances from seats not in `votingSeatIds` are ignored;
 * for a seat with several stances the last one counts.
 */
export function tally(votingSeatIds: readonly string[], stances: readonly Stance[]): Tally {
  const seats = [...new Set(votingSeatIds)];
  const voting = new Set(seats);
  const last = new Map<string, StanceChoice>();
  for (const s of stances) if (voting.has(s.seatId)) last.set(s.seatId, s.choice);

  const effective = new Map<string, StanceChoice>();
  const notVotedSeatIds: string[] = [];
  let f = 0;
  let a = 0;
  let ab = 0;
  for (const seatId of seats) {
    const choice = last.get(seatId);
    if (choice === undefined) {
      notVotedSeatIds.push(seatId);
      continue;
    }
    effective.set(seatId, choice);
    const side = sideOf(choice);
    if (side === 'for') f += 1;
    else if (side === 'against') a += 1;
    else ab += 1;
  }
  const voted = f + a + ab;
  return {
    effective,
    counts: { for: f, against: a, abstain: ab, voted, notVoted: seats.length - voted, seats: seats.length },
    notVotedSeatIds,
  };
}

/** The vote ratio as minuted, for-against-abstain: `"5-2-1"`. The conversation layer words it. */
export function ratioOf(counts: Counts): string {
  return `${counts.for}-${counts.against}-${counts.abstain}`;
}
