/** `/gremium vergadering verplaatsen`: a secretary moves one meeting to another day or time; its deadlines move along. */
import { fromLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { amsterdamTime, atAmsterdam, existingLocalTime, type ClockTime } from '../../domain/schedule/clock.ts';
import { isOccurrence } from '../../domain/schedule/series.ts';
import { audit } from '../audit.ts';
import { coverMeeting } from '../decisions/cover-absences.ts';
import { deriveDuties } from './derive-duties.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { meetingOnDay } from './ensure-meetings.ts';
import { lockFor } from '../lock.ts';
import { guardSchedule, type ScheduleGuardError } from './schedule-guard.ts';

/**
 * Error codes: those of {@link guardSchedule}, and
 * - TIME_DOES_NOT_EXIST: the time typed falls in the hour skipped when summer time starts.
 * - NO_MEETING_ON_DAY: the committee does not meet on the day named.
 * - MEETING_EXISTS: it already meets on the target day.
 * - NOTHING_TO_MOVE: the target day and time are the meeting's own.
 */
export type MoveMeetingError = ScheduleGuardError | DomainError<'NO_MEETING_ON_DAY' | 'MEETING_EXISTS' | 'NOTHING_TO_MOVE' | 'TIME_DOES_NOT_EXIST'>;

/** Moves the meeting and its duties in one audited transaction; pending reminders of moved duties are dropped. */
export async function moveMeeting(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; committeeId: string; day: LocalDate; to: LocalDate; time: ClockTime | null },
): Promise<Result<{ meetingId: string; code: string; from: LocalDate; to: LocalDate; time: ClockTime; dutiesMoved: number }, MoveMeetingError>> {
  const now = deps.now();
  if (input.time !== null && existingLocalTime(input.to, input.time) !== input.time) {
    return err('TIME_DOES_NOT_EXIST', { day: input.to, time: input.time, suggestion: existingLocalTime(input.to, input.time) });
  }
  return transact(deps, async (tx) => {
    const guard = await guardSchedule(tx, input.actor.personId, input.committeeId, now, [input.day, input.to]);
    if (!guard.ok) return guard;
    const committee = guard.value;
    await lockFor(tx, `meetings:${committee.id}`);
    const meeting = await meetingOnDay(tx, committee, input.day);
    if (!meeting) return err('NO_MEETING_ON_DAY', { committee: committee.code, day: input.day });
    const time = input.time ?? amsterdamTime(meeting.startsAt);
    const startsAt = atAmsterdam(input.to, time);
    if (input.to === input.day && startsAt.getTime() === meeting.startsAt.getTime()) return err('NOTHING_TO_MOVE', { committee: committee.code, day: input.day });
    if (input.to !== input.day) {
      const there = await tx.meeting.findFirst({ where: { committeeId: committee.id, day: fromLocalDate(input.to), status: { not: 'CANCELLED' } } });
      const unmaterialised = committee.series !== null && isOccurrence(committee.series, input.to)
        && (await tx.meeting.count({ where: { committeeId: committee.id, originalDay: fromLocalDate(input.to) } })) === 0;
      if (there || unmaterialised) return err('MEETING_EXISTS', { committee: committee.code, day: input.to });
    }
    const after = await tx.meeting.update({
      where: { id: meeting.id },
      data: { day: fromLocalDate(input.to), startsAt, kind: meeting.kind === 'EXTRA' ? 'EXTRA' : 'MOVED' },
    });
    await audit(tx, input.actor, { action: 'meeting.move', subjectType: 'Meeting', subjectId: meeting.id, committeeId: committee.id, before: meeting, after }, now);
    const duties = await deriveDuties(tx, committee, { ...after, day: input.to }, input.actor, now);
    await coverMeeting(tx, input.actor, meeting.id, now);
    return ok({ meetingId: meeting.id, code: committee.code, from: input.day, to: input.to, time, dutiesMoved: duties.moved + duties.created });
  });
}
