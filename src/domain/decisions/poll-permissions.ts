/**
 * Who may open and close polls (after Loomio's small permission predicates). The issue: "A secretary
 * or chair opens a poll in a committee"; an administrator may too. Closing early is the same right.
 * And where a poll's card may be seen.
 */
import type { LocalDate } from '../local-date.ts';
import type { ActorFacts } from '../registry/permissions.ts';
import { isActiveOn, isOfficerOf } from '../registry/seat-rules.ts';

/** True when the actor is an administrator, or this committee's secretary or chair on `day`. */
export function canRunPolls(actor: ActorFacts, committeeId: string, day: LocalDate): boolean {
  return actor.isAdmin || actor.seats.some((s) => isOfficerOf(s, committeeId, day));
}

/**
 * Where a poll's card may be shown (issue 13: "a committee's cards go only to its bound channel or
 * privately to a seat holder"). CHANNEL: the conversation is the committee's bound channel, where the
 * card lives for everyone in it. PRIVATE: elsewhere, only to the asker, and only when the asker holds a
 * seat of the committee on `day` (any role), is the accepted substitute for one in this poll, or is an
 * administrator. Null: nowhere here.
 */
export type CardPlace = 'CHANNEL' | 'PRIVATE';

/** Decides {@link CardPlace} for one asker in one conversation. */
export function pollCardPlace(input: {
  readonly actor: ActorFacts;
  readonly committeeId: string;
  readonly day: LocalDate;
  /** True when the conversation asked in is the committee's bound channel on that platform. */
  readonly inBoundChannel: boolean;
  /** True when the asker takes a seat of this poll as accepted substitute. */
  readonly substitute: boolean;
}): CardPlace | null {
  if (input.inBoundChannel) return 'CHANNEL';
  const seated = input.actor.seats.some((s) => s.committeeId === input.committeeId && isActiveOn(s, input.day));
  return input.actor.isAdmin || seated || input.substitute ? 'PRIVATE' : null;
}
