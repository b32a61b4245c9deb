/**
 * Who may open and close polls (after Loomio's small permission predicates). The issue: "A secretary
 * or chair opens a poll in a committee"; an administrator may too. Closing early is the same right.
 */
import { withinPeriod, type LocalDate } from '../local-date.ts';
import { canManageCommittee, type ActorFacts } from '../registry/permissions.ts';

/** True when the actor is an administrator, or this committee's secretary or chair on `day`. */
export function canRunPolls(actor: ActorFacts, committeeId: string, day: LocalDate): boolean {
  return (
    canManageCommittee(actor, committeeId, day) ||
    actor.seats.some((s) => s.committeeId === committeeId && s.role === 'CHAIR' && withinPeriod(day, s.from, s.until))
  );
}
