/**
 * `/gremium vergadering afgelast` and "het ORO van 5 mei gaat niet door": a secretary cancels one
 * meeting. Its open duties and their pending reminders go with it; the row stays (status CANCELLED)
 * so the series never brings the day back.
 */
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { audit } from '../audit.ts';
import { deriveDuties } from './derive-duties.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { meetingOnDay } from './ensure-meetings.ts';
import { lockFor } from '../lock.ts';
import { guardSchedule, type ScheduleGuardError } from './schedule-guard.ts';

/**
 * Error codes: those of {@link guardSchedule}, and
 * - NO_MEETING_ON_DAY: the committee does not meet on that day (or it was cancelled already).
 */
export type CancelMeetingError = ScheduleGuardError | DomainError<'NO_MEETING_ON_DAY'>;

/** Cancels the meeting in one audited transaction; returns how many open duties were dropped. */
export async function cancelMeeting(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; committeeId: string; day: LocalDate },
): Promise<Result<{ meetingId: string; code: string; day: LocalDate; dutiesDropped: number }, CancelMeetingError>> {
  const now = deps.now();
  return transact(deps, async (tx) => {
    const guard = await guardSchedule(tx, input.actor.personId, input.committeeId, now, [input.day]);
    if (!guard.ok) return guard;
    const committee = guard.value;
    await lockFor(tx, `meetings:${committee.id}`);
    const meeting = await meetingOnDay(tx, committee, input.day);
    if (!meeting) return err('NO_MEETING_ON_DAY', { committee: committee.code, day: input.day });
    const after = await tx.meeting.update({ where: { id: meeting.id }, data: { status: 'CANCELLED' } });
    await audit(tx, input.actor, { action: 'meeting.cancel', subjectType: 'Meeting', subjectId: meeting.id, committeeId: committee.id, before: meeting, after }, now);
    const duties = await deriveDuties(tx, committee, { ...after, day: input.day }, input.actor, now);
    return ok({ meetingId: meeting.id, code: committee.code, day: input.day, dutiesDropped: duties.dropped });
  });
}
