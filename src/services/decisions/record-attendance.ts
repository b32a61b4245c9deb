/** `/gremium aanwezigheid <gremium> <datum> <persoon> <aanwezig|afwezig|verhinderd>`: the secretary records attendance. */
import type { AttendanceStatus } from '../../db/client.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { canManageCommittee } from '../../domain/registry/permissions.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { absenceFlags, type AbsenceFlagView } from './find-absentees.ts';
import { loadActorFacts } from '../identity/load-actor.ts';
import { meetingOn, nextMeetingDays } from '../schedule/meeting-lookup.ts';
import { activeOn } from '../registry/seat-filters.ts';
import { transact } from '../transact.ts';

/** One person's attendance at one meeting. */
export interface RecordAttendanceInput {
  readonly actor: Actor & { personId: string };
  readonly committeeId: string;
  readonly day: LocalDate;
  readonly personId: string;
  readonly status: AttendanceStatus;
  readonly reason: string | null;
}

/**
 * Error codes:
 * - NOT_COMMITTEE_SECRETARY: only the secretary (or an administrator) records attendance. Params: `committee`.
 * - ATTENDANCE_IN_FUTURE: present or absent cannot be recorded before the meeting day. Params: `committee`, `day`.
 * - PERSON_NOT_IN_COMMITTEE: the person holds no seat in the committee that day. Params: `person`, `committee`, `day`.
 * - NO_MEETING_ON_DAY: the committee does not meet that day. Params: `committee`, `day`, `next`.
 * - TEXT_TOO_LONG, TEXT_CONTROL_CHARACTER: the reason (src/domain/user-text.ts).
 */
export type RecordAttendanceError = DomainError<'NOT_COMMITTEE_SECRETARY' | 'ATTENDANCE_IN_FUTURE' | 'PERSON_NOT_IN_COMMITTEE' | 'NO_MEETING_ON_DAY'> | TextError;

/** Records the status for each of the person's seats; returns the parties now flagged under an absence rule. */
export async function recordAttendance(
  deps: ServiceDeps,
  input: RecordAttendanceInput,
): Promise<Result<{ committeeCode: string; personName: string; organisations: string[]; flags: AbsenceFlagView[] }, RecordAttendanceError>> {
  if (input.reason !== null) {
    const reason = checkText('reason', input.reason);
    if (!reason.ok) return reason;
  }
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const committee = await tx.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true } });
    const actor = await loadActorFacts(tx, input.actor.personId);
    if (!actor || !canManageCommittee(actor, input.committeeId, today)) return err('NOT_COMMITTEE_SECRETARY', { committee: committee.code });
    if (input.status !== 'EXCUSED' && input.day > today) return err('ATTENDANCE_IN_FUTURE', { committee: committee.code, day: input.day });
    const seats = await tx.seat.findMany({
      where: { committeeId: input.committeeId, personId: input.personId, role: { not: 'SECRETARY' }, ...activeOn(input.day) },
      include: { person: { select: { name: true } }, onBehalfOf: { select: { id: true, name: true } } },
    });
    if (seats.length === 0) {
      const person = await tx.person.findUniqueOrThrow({ where: { id: input.personId }, select: { name: true } });
      return err('PERSON_NOT_IN_COMMITTEE', { person: person.name, committee: committee.code, day: input.day });
    }
    const meeting = await meetingOn(tx, input.committeeId, input.day);
    if (!meeting) return err('NO_MEETING_ON_DAY', { committee: committee.code, day: input.day, next: await nextMeetingDays(tx, input.committeeId, today) });
    for (const seat of seats) {
      const declared = await tx.substitutionDeclaration.findFirst({ where: { seatId: seat.id, meetingId: meeting.id, status: 'ACCEPTED' }, orderBy: { createdAt: 'desc' } });
      const data = {
        status: input.status,
        substituteId: input.status === 'EXCUSED' ? (declared?.substituteId ?? null) : null,
        reason: input.reason ?? (input.status === 'EXCUSED' ? (declared?.reason ?? null) : null),
        recordedById: input.actor.personId,
        recordedAt: now,
      };
      const before = await tx.attendance.findUnique({ where: { meetingId_seatId: { meetingId: meeting.id, seatId: seat.id } } });
      const after = await tx.attendance.upsert({ where: { meetingId_seatId: { meetingId: meeting.id, seatId: seat.id } }, create: { meetingId: meeting.id, seatId: seat.id, ...data }, update: data });
      await audit(tx, input.actor, { action: 'attendance.record', subjectType: 'Attendance', subjectId: after.id, committeeId: input.committeeId, before, after }, now);
    }
    const parties = new Set(seats.map((s) => s.onBehalfOf.id));
    const flags = (await absenceFlags(tx, input.committeeId, Number(input.day.slice(0, 4)))).filter((f) => parties.has(f.partyId));
    return ok({ committeeCode: committee.code, personName: seats[0]!.person.name, organisations: [...new Set(seats.map((s) => s.onBehalfOf.name))], flags });
  });
}
