/**
 * Who may open and close polls (after Loomio's small permission predicates). The issue: "A secretary
 * or chair opens a poll in a committee"; an administrator may too. Closing early is the same right.
 */
import type { LocalDate } from '../local-date.ts';
import type { ActorFacts } from '../registry/permissions.ts';
import { isOfficerOf } from '../registry/seat-rules.ts';

/** True when the actor is an administrator, or this committee's secretary or chair on `day`. */
export function canRunPolls(actor: ActorFacts, committeeId: string, day: LocalDate): boolean {
  return actor.isAdmin || actor.seats.some((s) => isOfficerOf(s, committeeId, day));
}
