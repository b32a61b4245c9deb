/** `/gremium seat end`: a secretary sets the last day of a seat (rotation, resignation). */
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { permit, type PermissionError } from '../authorize.ts';

/**
 * Error codes:
 * - SEAT_NOT_FOUND: no seat has this id.
 * - NOT_COMMITTEE_SECRETARY: the actor may not change this committee.
 * - PERIOD_END_BEFORE_START: the new last day lies before the seat's first day.
 */
export type EndSeatError = DomainError<'SEAT_NOT_FOUND' | 'PERIOD_END_BEFORE_START'> | PermissionError;

/** Sets the seat's last day (inclusive) in one audited transaction. */
export async function endSeat(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; seatId: string; until: LocalDate },
): Promise<Result<{ seatId: string; committeeCode: string; personName: string }, EndSeatError>> {
  const now = deps.now();
  return transact(deps, async (tx) => {
    const seat = await tx.seat.findUnique({ where: { id: input.seatId }, include: { committee: { select: { code: true } }, person: { select: { name: true } } } });
    if (!seat) return err('SEAT_NOT_FOUND', { seat: input.seatId });
    const allowed = await permit(tx, input.actor.personId, 'seat.end', { committeeId: seat.committeeId, personId: seat.personId }, amsterdamDay(now));
    if (!allowed.ok) return allowed;
    const from = toLocalDate(seat.startsOn);
    if (input.until < from) return err('PERIOD_END_BEFORE_START', { from, until: input.until });
    const { committee, person, ...before } = seat;
    const after = await tx.seat.update({ where: { id: seat.id }, data: { endsOn: fromLocalDate(input.until), updatedAt: now } });
    await audit(tx, input.actor, { action: 'seat.end', subjectType: 'Seat', subjectId: seat.id, committeeId: seat.committeeId, before, after }, now);
    return ok({ seatId: seat.id, committeeCode: committee.code, personName: person.name });
  });
}
