/**
 * `/gremium verhinderd intrekken <gremium> <datum>`: the member comes after all. Allowed until the
 * meeting starts; the substitute loses the seat's vote and the excuse is taken off the attendance.
 */
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { fromLocalDate } from '../../db/dates.ts';
import { MANAGER_ROLES } from '../../domain/registry/seat-rules.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { officersOf } from '../registry/seat-filters.ts';

/** Whose declaration, for which committee and day. */
export interface WithdrawDeclarationInput {
  readonly actor: Actor & { personId: string };
  readonly committeeId: string;
  readonly day: LocalDate;
}

/**
 * Error codes:
 * - NO_DECLARATION: the person has no accepted declaration for that day's meeting. Params: `committee`, `day`.
 * - WITHDRAW_TOO_LATE: the meeting has started or was held. Params: `committee`, `day`.
 */
export type WithdrawDeclarationError = DomainError<'NO_DECLARATION' | 'WITHDRAW_TOO_LATE'>;

/** Withdraws the person's accepted declarations for the meeting; returns the committee's secretaries to tell. */
export async function withdrawDeclaration(
  deps: ServiceDeps,
  input: WithdrawDeclarationInput,
): Promise<Result<{ committeeCode: string; withdrawn: number; secretaryIds: string[] }, WithdrawDeclarationError>> {
  const now = deps.now();
  return transact(deps, async (tx) => {
    const committee = await tx.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true } });
    const declarations = await tx.substitutionDeclaration.findMany({
      where: { status: 'ACCEPTED', seat: { personId: input.actor.personId, committeeId: input.committeeId }, meeting: { day: fromLocalDate(input.day), status: { not: 'CANCELLED' } } },
      include: { meeting: { select: { startsAt: true, status: true } } },
    });
    const params = { committee: committee.code, day: input.day };
    if (declarations.length === 0) return err('NO_DECLARATION', params);
    if (declarations.some((d) => d.meeting.status === 'HELD' || d.meeting.startsAt.getTime() <= now.getTime())) return err('WITHDRAW_TOO_LATE', params);
    for (const d of declarations) {
      const { meeting: _meeting, ...before } = d;
      const after = await tx.substitutionDeclaration.update({ where: { id: d.id }, data: { status: 'WITHDRAWN', withdrawnAt: now } });
      await audit(tx, input.actor, { action: 'declaration.withdraw', subjectType: 'SubstitutionDeclaration', subjectId: d.id, committeeId: input.committeeId, before, after }, now);
      const attendance = await tx.attendance.findUnique({ where: { meetingId_seatId: { meetingId: d.meetingId, seatId: d.seatId } } });
      if (attendance?.status === 'EXCUSED') {
        await tx.attendance.delete({ where: { id: attendance.id } });
        await audit(tx, input.actor, { action: 'attendance.delete', subjectType: 'Attendance', subjectId: attendance.id, committeeId: input.committeeId, before: attendance }, now);
      }
    }
    const secretaries = await tx.seat.findMany({ where: officersOf(input.committeeId, amsterdamDay(now), MANAGER_ROLES), select: { personId: true } });
    return ok({ committeeCode: committee.code, withdrawn: declarations.length, secretaryIds: [...new Set(secretaries.map((s) => s.personId))] });
  });
}
