/**
 * A committee's schedule as the services need it: its meeting series (RRULE, first day, start time)
 * and its deadline policy, read from the Committee row and checked once, here.
 */
import type { CommitteeTask } from '../../domain/schedule/tasks.ts';
import type { Db } from '../../db/database.ts';
import type { DeadlinePolicy } from '../../domain/registry/words.ts';
import { isClockTime, type ClockTime } from '../../domain/schedule/clock.ts';
import type { MeetingSeries } from '../../domain/schedule/series.ts';
import type { Tx } from '../deps.ts';
import { seriesOf } from './meeting-lookup.ts';

/** What the schedule services read of a committee. */
export interface CommitteeSchedule {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  /** The committee's language for channel posts. */
  readonly language: 'nl' | 'en';
  /** Null when the committee has no fixed rhythm (KBO, SBO): only one-off meetings then. */
  readonly series: MeetingSeries | null;
  /** Start time of its meetings when none is given ("14:00"). */
  readonly meetingTime: ClockTime;
  /** How long its meetings last, in minutes (the region workbook's Duur). */
  readonly meetingMinutes: number;
  readonly policy: DeadlinePolicy;
}

/** The Committee columns {@link toCommitteeSchedule} reads. */
export const SCHEDULE_SELECT = {
  id: true, code: true, name: true, language: true, rhythmRule: true, seriesStart: true, meetingTime: true, meetingMinutes: true, deadlinePolicy: true,
} as const;

type ScheduleRow = {
  id: string; code: string; name: string; language: string; rhythmRule: string | null;
  seriesStart: Date | null; meetingTime: string; meetingMinutes?: number; deadlinePolicy: unknown;
};

/**
 * Turns a committee row into its schedule. A rule that no longer parses leaves the committee
 * without a series (its one-off meetings still work) rather than stopping every reminder.
 */
export function toCommitteeSchedule(row: ScheduleRow): CommitteeSchedule {
  const meetingTime = isClockTime(row.meetingTime) ? row.meetingTime : '14:00';
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    language: row.language === 'en' ? 'en' : 'nl',
    // The same reading of the series as meetingOn() (decisions), so both materialise the same days.
    series: seriesOf({ ...row, meetingTime }),
    meetingTime,
    meetingMinutes: row.meetingMinutes !== undefined && row.meetingMinutes > 0 ? row.meetingMinutes : 120,
    policy: toPolicy(row.deadlinePolicy),
  };
}

/** Reads one committee's schedule; null when there is no such committee. */
export async function loadCommitteeSchedule(db: Db | Tx, committeeId: string): Promise<CommitteeSchedule | null> {
  const row = await db.committee.findUnique({ where: { id: committeeId }, select: SCHEDULE_SELECT });
  return row ? toCommitteeSchedule(row) : null;
}

const DAY_FIELDS = ['agendaDaysBefore', 'papersDaysBefore', 'minutesDaysAfter', 'decisionListDaysAfter', 'reactionDays'] as const;

/** The stored policy JSON with every field checked: a malformed field is left out, never guessed. */
export function toPolicy(json: unknown): DeadlinePolicy {
  if (typeof json !== 'object' || json === null) return {};
  const raw = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of DAY_FIELDS) {
    const v = raw[field];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) out[field] = v;
  }
  if (typeof raw.responsible === 'string') out.responsible = raw.responsible;
  if (Array.isArray(raw.remindDaysBefore) && raw.remindDaysBefore.every((n) => Number.isInteger(n) && n >= 0)) {
    out.remindDaysBefore = raw.remindDaysBefore as number[];
  }
  // The Taken column's tasks as the workbook wrote them (read-sheets.ts); one that does not read is left out.
  if (Array.isArray(raw.tasks)) out.tasks = raw.tasks.filter(isTask);
  return out as DeadlinePolicy;
}

/** True for a stored CommitteeTask (domain/schedule/tasks.ts). */
function isTask(v: unknown): v is CommitteeTask {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  const when = t.when as Record<string, unknown> | undefined;
  return typeof t.name === 'string' && (t.holder === null || typeof t.holder === 'string') && typeof when === 'object' && when !== null
    && ((when.kind === 'MEETING' && Number.isInteger(when.days)) || (when.kind === 'YEARLY' && Number.isInteger(when.month) && Number.isInteger(when.day)));
}
