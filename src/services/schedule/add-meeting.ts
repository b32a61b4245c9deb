/** `/gremium vergadering toevoegen`: a secretary adds a one-off meeting (kind EXTRA) outside the rhythm. */
import { fromLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { atAmsterdam, existingLocalTime, type ClockTime } from '../../domain/schedule/clock.ts';
import { isOccurrence } from '../../domain/schedule/series.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { audit } from '../audit.ts';
import { coverMeeting } from '../decisions/cover-absences.ts';
import { deriveDuties } from './derive-duties.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { meetingId } from './ensure-meetings.ts';
import { lockFor } from '../lock.ts';
import { guardSchedule, type ScheduleGuardError } from './schedule-guard.ts';

/**
 * Error codes: those of {@link guardSchedule}, and
 * - TIME_DOES_NOT_EXIST: the time typed falls in the hour skipped when summer time starts.
 * - MEETING_EXISTS: the committee already meets that day (a series day counts, also before it is materialised).
 * - HELD_MEETING_IN_FUTURE: a meeting entered as held lies after today. Params: `day`.
 */
export type AddMeetingError = ScheduleGuardError | DomainError<'MEETING_EXISTS' | 'TIME_DOES_NOT_EXIST' | 'HELD_MEETING_IN_FUTURE'>;

/** Adds the meeting with its duties in one audited transaction. `time` defaults to the committee's meeting time. */
export async function addMeeting(
  deps: ServiceDeps,
  input: {
    actor: Actor & { personId: string }; committeeId: string; day: LocalDate; time: ClockTime | null;
    /**
     * A meeting that was held, entered afterwards with its attendance in mind (002 art. 7.5: "het meer dan
     * driemaal in één kalenderjaar missen van een Fysieke overlegtafel"): a day up to today, status HELD, no duties.
     */
    held?: boolean;
  },
): Promise<Result<{ meetingId: string; code: string; day: LocalDate; time: ClockTime; duties: number }, AddMeetingError>> {
  const now = deps.now();
  if (input.time !== null && existingLocalTime(input.day, input.time) !== input.time) {
    return err('TIME_DOES_NOT_EXIST', { day: input.day, time: input.time, suggestion: existingLocalTime(input.day, input.time) });
  }
  if (input.held && input.day > amsterdamDay(now)) return err('HELD_MEETING_IN_FUTURE', { day: input.day });
  return transact(deps, async (tx) => {
    const guard = await guardSchedule(tx, input.actor.personId, input.committeeId, now, [input.day], input.held ? 'allow' : 'refuse');
    if (!guard.ok) return guard;
    const committee = guard.value;
    await lockFor(tx, `meetings:${committee.id}`);
    const onDay = await tx.meeting.findFirst({ where: { committeeId: committee.id, day: fromLocalDate(input.day), status: { not: 'CANCELLED' } } });
    const standsFor = await tx.meeting.findUnique({ where: { committeeId_originalDay: { committeeId: committee.id, originalDay: fromLocalDate(input.day) } } });
    const seriesHolds = standsFor === null && committee.series !== null && isOccurrence(committee.series, input.day);
    // A series day moved elsewhere keeps its originalDay, so no second meeting can stand for that day.
    if (onDay || seriesHolds || (standsFor && standsFor.status !== 'CANCELLED')) return err('MEETING_EXISTS', { committee: committee.code, day: input.day });
    const clash = standsFor;
    const time = input.time ?? committee.meetingTime;
    const startsAt = atAmsterdam(input.day, time);
    // A cancelled series meeting on this day is taken up again as the extra meeting (same originalDay).
    const meeting = clash
      ? await tx.meeting.update({ where: { id: clash.id }, data: { status: input.held ? 'HELD' : 'SCHEDULED', day: fromLocalDate(input.day), startsAt, kind: 'EXTRA' } })
      : await tx.meeting.create({
          data: {
            id: meetingId(committee.id, input.day), committeeId: committee.id, day: fromLocalDate(input.day), originalDay: fromLocalDate(input.day), startsAt, kind: 'EXTRA', createdAt: now,
            ...(input.held ? { status: 'HELD' as const } : {}),
          },
        });
    await audit(tx, input.actor, { action: 'meeting.add', subjectType: 'Meeting', subjectId: meeting.id, committeeId: committee.id, before: clash ?? undefined, after: meeting }, now);
    if (input.held) return ok({ meetingId: meeting.id, code: committee.code, day: input.day, time, duties: 0 });
    const duties = await deriveDuties(tx, committee, { ...meeting, day: input.day }, input.actor, now);
    await coverMeeting(tx, input.actor, meeting.id, now);
    return ok({ meetingId: meeting.id, code: committee.code, day: input.day, time, duties: duties.created });
  });
}
