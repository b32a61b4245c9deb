/**
 * `/gremium verhinderd intrekken SBO 2027-03-11 [tot=2027-06-30] [lid=<persoon>]`: the member comes after
 * all, to one meeting or for (part of) a period. The declarations of the meetings in the range that have not
 * begun are withdrawn (the substitute loses the seat's vote, the excuse leaves the attendance); an absence
 * for a period shrinks to the days outside the range (or is split around it), so a meeting added to the
 * range later is not covered again. The committee's secretary may withdraw for a member.
 */
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import { addDays, type LocalDate } from '../../domain/local-date.ts';
import { MANAGER_ROLES } from '../../domain/registry/seat-rules.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { audit } from '../audit.ts';
import { permit, type PermissionError } from '../authorize.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { officersOf } from '../registry/seat-filters.ts';
import { transact } from '../transact.ts';
import { unwriteDeclaration } from './write-declaration.ts';

/** Whose notice, for which committee and days. */
export interface WithdrawAbsenceInput {
  readonly actor: Actor & { personId: string };
  readonly committeeId: string;
  readonly from: LocalDate;
  /** Last day, inclusive; absent: `from` alone. */
  readonly until?: LocalDate | null;
  /** The member, when the secretary withdraws for them; absent: the actor. */
  readonly holderId?: string | null;
}

/**
 * Error codes:
 * - NO_DECLARATION: no notice of the person for a meeting in the range, and no absence overlapping it. Params: `committee`, `day`.
 * - WITHDRAW_TOO_LATE: every meeting with notice in the range has begun or was held. Params: `committee`, `day`.
 * - NOT_COMMITTEE_SECRETARY (permission table's attendance row): for another member by someone else.
 */
export type WithdrawAbsenceError = PermissionError | DomainError<'NO_DECLARATION' | 'WITHDRAW_TOO_LATE'>;

/** What was withdrawn and who must be told. */
export interface WithdrawAbsenceResult {
  readonly committeeCode: string;
  /** Meetings whose notice was withdrawn. */
  readonly withdrawn: number;
  readonly holderId: string;
  readonly holderName: string;
  readonly secretaryIds: string[];
}

/** Withdraws the notice of the holder for the meetings in the range and trims their absences to it. */
export async function withdrawAbsence(deps: ServiceDeps, input: WithdrawAbsenceInput): Promise<Result<WithdrawAbsenceResult, WithdrawAbsenceError>> {
  const now = deps.now();
  const today = amsterdamDay(now);
  const until = input.until ?? input.from;
  return transact(deps, async (tx) => {
    const committee = await tx.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true } });
    const holderId = input.holderId ?? input.actor.personId;
    if (holderId !== input.actor.personId) {
      const allowed = await permit(tx, input.actor.personId, 'attendance.record', { committeeId: input.committeeId }, today);
      if (!allowed.ok) return allowed;
    }
    const params = { committee: committee.code, day: input.from };
    const declarations = await tx.substitutionDeclaration.findMany({
      where: {
        status: 'ACCEPTED', seat: { personId: holderId, committeeId: input.committeeId },
        meeting: { day: { gte: fromLocalDate(input.from), lte: fromLocalDate(until) }, status: { not: 'CANCELLED' } },
      },
      include: { meeting: { select: { startsAt: true, status: true } } },
    });
    const absences = await tx.absence.findMany({
      where: { committeeId: input.committeeId, personId: holderId, status: 'ACCEPTED', startsOn: { lte: fromLocalDate(until) }, endsOn: { gte: fromLocalDate(input.from) } },
    });
    if (declarations.length === 0 && absences.length === 0) return err('NO_DECLARATION', params);
    // A meeting that has begun keeps its notice: it is history now.
    const open = declarations.filter((d) => d.meeting.status !== 'HELD' && d.meeting.startsAt.getTime() > now.getTime());
    if (open.length === 0 && declarations.length > 0) return err('WITHDRAW_TOO_LATE', params);
    for (const d of open) await unwriteDeclaration(tx, input.actor, input.committeeId, d, now);
    for (const a of absences) await trimAbsence(tx, input.actor, a, input.from, until, now);
    const holder = await tx.person.findUniqueOrThrow({ where: { id: holderId }, select: { name: true } });
    const secretaries = await tx.seat.findMany({ where: officersOf(input.committeeId, today, MANAGER_ROLES), select: { personId: true } });
    return ok({ committeeCode: committee.code, withdrawn: open.length, holderId, holderName: holder.name, secretaryIds: [...new Set(secretaries.map((s) => s.personId))] });
  });
}

type AbsenceRow = Awaited<ReturnType<Tx['absence']['findUniqueOrThrow']>>;

/** Takes [from, until] out of the absence: withdrawn when it covers it all, shortened at one end, or split in two. */
export async function trimAbsence(tx: Tx, actor: Actor, a: AbsenceRow, from: LocalDate, until: LocalDate, now: Date): Promise<void> {
  const start = toLocalDate(a.startsOn);
  const end = toLocalDate(a.endsOn);
  const keepBefore = start < from;
  const keepAfter = end > until;
  const subject = { subjectType: 'Absence', committeeId: a.committeeId };
  if (!keepBefore && !keepAfter) {
    const after = await tx.absence.update({ where: { id: a.id }, data: { status: 'WITHDRAWN', withdrawnAt: now } });
    await audit(tx, actor, { action: 'absence.withdraw', subjectId: a.id, ...subject, before: a, after }, now);
    return;
  }
  const head = keepBefore ? { startsOn: a.startsOn, endsOn: fromLocalDate(addDays(from, -1)) } : { startsOn: fromLocalDate(addDays(until, 1)), endsOn: a.endsOn };
  const after = await tx.absence.update({ where: { id: a.id }, data: head });
  await audit(tx, actor, { action: 'absence.shorten', subjectId: a.id, ...subject, before: a, after }, now);
  if (!(keepBefore && keepAfter)) return;
  // The days after the range become an absence of their own, and their meetings' notices move with them.
  const { id: _id, ...rest } = a;
  const tail = await tx.absence.create({ data: { ...rest, startsOn: fromLocalDate(addDays(until, 1)), endsOn: a.endsOn } });
  await audit(tx, actor, { action: 'absence.split', subjectId: tail.id, ...subject, before: a, after: tail }, now);
  const moved = await tx.substitutionDeclaration.findMany({ where: { absenceId: a.id, meeting: { day: { gt: fromLocalDate(until) } } } });
  for (const d of moved) {
    const after = await tx.substitutionDeclaration.update({ where: { id: d.id }, data: { absenceId: tail.id } });
    await audit(tx, actor, { action: 'declaration.move', subjectType: 'SubstitutionDeclaration', subjectId: d.id, committeeId: a.committeeId, before: d, after }, now);
  }
}
