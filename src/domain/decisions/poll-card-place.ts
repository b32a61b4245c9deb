/**
 * Where a poll's card may be seen. (Who may open and close polls is the permission table's:
 * src/domain/permissions/table.ts.)
 */
import type { LocalDate } from '../local-date.ts';
import type { ActorFacts } from '../permissions/authorize.ts';
import { isActiveOn } from '../registry/seat-rules.ts';

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
