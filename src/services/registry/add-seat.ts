/** `/gremium seat add`: a secretary gives someone a seat in their committee. */
import { fromLocalDate } from '../../db/dates.ts';
import { periodsOverlap, type LocalDate } from '../../domain/local-date.ts';
import type { SeatRole } from '../../domain/registry/words.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { joinHandover } from './handover-duty.ts';
import { permit, type PermissionError } from '../authorize.ts';
import { lockFor } from '../lock.ts';
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import type { CompositionErrorCode } from '../../domain/registry/composition.ts';
import { checkComposition } from './check-composition.ts';

/** A new seat, names already resolved to ids. `until` is the last day, inclusive. */
export interface AddSeatInput {
  readonly actor: Actor & { personId: string };
  readonly committeeId: string;
  readonly personId: string;
  readonly onBehalfOfId: string;
  readonly role: SeatRole;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
  readonly substituteId: string | null;
}

/**
 * Error codes:
 * - From the permission table (authorize.ts): NOT_COMMITTEE_SECRETARY (the actor is neither this
 *   committee's secretary today nor an administrator), BACKDATED_SEAT (the seat begins more than the
 *   grace before today), SELF_VOTING_SEAT (a member seat for the secretary herself).
 * - PERIOD_END_BEFORE_START: `until` lies before `from`.
 * - SUBSTITUTE_IS_SELF: the named substitute is the seat holder.
 * - DUPLICATE_SEAT: the person already holds this role for this organisation in an overlapping period.
 * - A CompositionErrorCode: the committee's composition rules refuse the seat (check-composition.ts).
 */
export type AddSeatError = DomainError<'PERIOD_END_BEFORE_START' | 'SUBSTITUTE_IS_SELF' | 'DUPLICATE_SEAT' | CompositionErrorCode> | PermissionError;

/** Adds the seat in one transaction with its audit entry; returns the new seat's id. */
export async function addSeat(deps: ServiceDeps, input: AddSeatInput): Promise<Result<{ seatId: string }, AddSeatError>> {
  if (input.until !== null && input.until < input.from) {
    return err('PERIOD_END_BEFORE_START', { from: input.from, until: input.until });
  }
  if (input.substituteId === input.personId) return err('SUBSTITUTE_IS_SELF');
  const now = deps.now();
  return transact(deps, async (tx) => {
    const committee = await tx.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true } });
    const target = { committeeId: input.committeeId, personId: input.personId, seat: { role: input.role, from: input.from } };
    const allowed = await permit(tx, input.actor.personId, 'seat.add', target, amsterdamDay(now), { from: input.from });
    if (!allowed.ok) return allowed;
    await lockFor(tx, `seat:${input.committeeId}`);
    const same = await tx.seat.findMany({
      where: { committeeId: input.committeeId, personId: input.personId, onBehalfOfId: input.onBehalfOfId, role: input.role },
    });
    const clash = same.find((s) =>
      periodsOverlap({ from: toLocalDate(s.startsOn), until: toLocalDateOrNull(s.endsOn) }, { from: input.from, until: input.until }),
    );
    if (clash) {
      return err('DUPLICATE_SEAT', { committee: committee.code, from: toLocalDate(clash.startsOn), until: toLocalDateOrNull(clash.endsOn) ?? '' });
    }
    const refused = await checkComposition(tx, { ...input, id: '', substituteId: input.substituteId });
    if (refused) return err(refused.code, refused.params);
    const seat = await tx.seat.create({
      data: {
        committeeId: input.committeeId,
        personId: input.personId,
        onBehalfOfId: input.onBehalfOfId,
        role: input.role,
        startsOn: fromLocalDate(input.from),
        endsOn: input.until === null ? null : fromLocalDate(input.until),
        substituteId: input.substituteId,
        createdAt: now,
        updatedAt: now,
      },
    });
    await audit(tx, input.actor, { action: 'seat.create', subjectType: 'Seat', subjectId: seat.id, committeeId: input.committeeId, after: seat }, now);
    await joinHandover(tx, input.actor, { ...input }, now);
    return ok({ seatId: seat.id });
  });
}
