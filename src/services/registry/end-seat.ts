/** `/gremium seat end`: a secretary sets the last day of a seat (rotation, resignation). */
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import { addDays, type LocalDate } from '../../domain/local-date.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { permit, type PermissionError } from '../authorize.ts';
import { planHandover } from './handover-duty.ts';

/**
 * Error codes:
 * - SEAT_NOT_FOUND: no seat has this id.
 * - NOT_COMMITTEE_SECRETARY: the actor may not change this committee.
 * - PERIOD_END_BEFORE_START: the new last day lies before the seat's first day.
 */
export type EndSeatError = DomainError<'SEAT_NOT_FOUND' | 'PERIOD_END_BEFORE_START'> | PermissionError;

/** What ended, and whether someone already follows on the seat (a seat for the same party and role from the next day on). */
export interface EndSeatResult {
  readonly seatId: string;
  readonly committeeCode: string;
  readonly personId: string;
  readonly personName: string;
  readonly organisationName: string;
  readonly role: string;
  /** The successor's name, when a seat for the same party and role starts within a day after the last day; else null. */
  readonly successorName: string | null;
}

/** Sets the seat's last day (inclusive) and plans the warm handover (handover-duty.ts), in one audited transaction. */
export async function endSeat(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; seatId: string; until: LocalDate },
): Promise<Result<EndSeatResult, EndSeatError>> {
  const now = deps.now();
  return transact(deps, async (tx) => {
    const seat = await tx.seat.findUnique({ where: { id: input.seatId }, include: { committee: { select: { code: true } }, person: { select: { name: true } }, onBehalfOf: { select: { name: true } } } });
    if (!seat) return err('SEAT_NOT_FOUND', { seat: input.seatId });
    const allowed = await permit(tx, input.actor.personId, 'seat.end', { committeeId: seat.committeeId, personId: seat.personId }, amsterdamDay(now));
    if (!allowed.ok) return allowed;
    const from = toLocalDate(seat.startsOn);
    if (input.until < from) return err('PERIOD_END_BEFORE_START', { from, until: input.until });
    const { committee, person, onBehalfOf, ...before } = seat;
    const after = await tx.seat.update({ where: { id: seat.id }, data: { endsOn: fromLocalDate(input.until), updatedAt: now } });
    await audit(tx, input.actor, { action: 'seat.end', subjectType: 'Seat', subjectId: seat.id, committeeId: seat.committeeId, before, after }, now);
    const successor = await tx.seat.findFirst({
      where: { committeeId: seat.committeeId, onBehalfOfId: seat.onBehalfOfId, role: seat.role, id: { not: seat.id }, startsOn: { gt: fromLocalDate(input.until), lte: fromLocalDate(addDays(input.until, 1)) } },
      select: { personId: true, person: { select: { name: true } } },
    });
    await planHandover(tx, input.actor, { id: seat.id, committeeId: seat.committeeId, personId: seat.personId, personName: person.name },
      successor ? { personId: successor.personId, name: successor.person.name } : null, input.until, amsterdamDay(now), now);
    return ok({
      seatId: seat.id, committeeCode: committee.code, personId: seat.personId, personName: person.name, organisationName: onBehalfOf.name, role: seat.role,
      successorName: successor?.person.name ?? null,
    });
  });
}
