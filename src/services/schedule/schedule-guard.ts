/** The guard every schedule write starts with: the committee exists and the actor may manage it. */
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { loadCommitteeSchedule, type CommitteeSchedule } from './committee-schedule.ts';
import type { Tx } from '../deps.ts';
import { permit, type PermissionError } from '../authorize.ts';

/**
 * Error codes:
 * - NOT_COMMITTEE_SECRETARY: the actor is neither the committee's secretary today nor an administrator.
 * - MEETING_IN_PAST: the day lies before today (Amsterdam); past meetings are history.
 */
export type ScheduleGuardError = DomainError<'MEETING_IN_PAST'> | PermissionError;

/** Loads the committee and checks the actor may change its meetings; the days given must not be past. */
export async function guardSchedule(
  tx: Tx,
  actorId: string,
  committeeId: string,
  now: Date,
  days: readonly LocalDate[],
  past: 'refuse' | 'allow' = 'refuse',
): Promise<Result<CommitteeSchedule, ScheduleGuardError>> {
  const committee = await loadCommitteeSchedule(tx, committeeId);
  if (!committee) throw new Error(`guardSchedule: no committee ${committeeId}`);
  const today = amsterdamDay(now);
  const allowed = await permit(tx, actorId, 'meeting.plan', { committeeId }, today);
  if (!allowed.ok) return allowed;
  // A meeting that was held is entered as history (addMeeting's `held`): then a past day is the point.
  const earlier = past === 'refuse' ? days.find((d) => d < today) : undefined;
  if (earlier !== undefined) return err('MEETING_IN_PAST', { committee: committee.code, day: earlier });
  return ok(committee);
}
