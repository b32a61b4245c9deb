/**
 * Materialises a committee's meeting series as Meeting rows for a horizon, with their duties.
 * Idempotent and safe with several instances: rows are keyed by (committee, originalDay) and
 * inserted with ON CONFLICT DO NOTHING, so a series day that a secretary moved (the row keeps its
 * originalDay) or cancelled (status CANCELLED) is never brought back.
 *
 * Like meetingOn() (decisions), materialising writes no audit entry: it records no one's decision,
 * only days the series and the policy already imply. Changes people make (add, move, cancel, done)
 * are audited by their services.
 *
 * Demo data and production both rely on this lazily: the scheduler's tick, the ICS feed and the
 * schedule questions call it for the range they need; nothing materialises the whole future.
 */
import type { Prisma } from '../../db/client.ts';
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { atAmsterdam } from '../../domain/schedule/clock.ts';
import { occurrences } from '../../domain/schedule/series.ts';
import { taskKind, taskSlug, yearlyTaskDays } from '../../domain/schedule/tasks.ts';
import { SCHEDULE_SELECT, toCommitteeSchedule, type CommitteeSchedule } from './committee-schedule.ts';
import { dutyRow, wantedDeadlines } from './derive-duties.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { transact } from '../transact.ts';
import { meetingOn } from './meeting-lookup.ts';

/** What a run created. */
export interface EnsureResult {
  readonly meetings: number;
  readonly duties: number;
}

/** The stable id of a meeting standing for a series (or one-off) day. */
export function meetingId(committeeId: string, originalDay: LocalDate): string {
  return `meeting_${committeeId}_${originalDay}`;
}

/**
 * Creates the missing series meetings with a day in [from, to] and the missing duties of every
 * scheduled meeting in that range, for one committee or all, in one transaction.
 */
export async function ensureMeetings(
  deps: ServiceDeps,
  input: { from: LocalDate; to: LocalDate; committeeId?: string },
): Promise<EnsureResult> {
  return transact(deps, async (tx) => {
    const rows = await tx.committee.findMany({ where: input.committeeId ? { id: input.committeeId } : {}, select: SCHEDULE_SELECT });
    const committees = rows.map(toCommitteeSchedule);
    const seriesRows = committees.flatMap((c) =>
      c.series ? occurrences(c.series, input.from, input.to).map((m) => seriesMeetingRow(c, m.day)) : [],
    );
    const createdMeetings = seriesRows.length === 0 ? { count: 0 } : await tx.meeting.createMany({ data: seriesRows, skipDuplicates: true });
    const duties = await createMissingDuties(tx, committees, input.from, input.to);
    return { meetings: createdMeetings.count, duties };
  }, { timeout: 60_000 });
}

async function createMissingDuties(tx: Tx, committees: readonly CommitteeSchedule[], from: LocalDate, to: LocalDate): Promise<number> {
  const byId = new Map(committees.map((c) => [c.id, c]));
  const meetings = await tx.meeting.findMany({
    where: { committeeId: { in: [...byId.keys()] }, status: { not: 'CANCELLED' }, day: { gte: fromLocalDate(from), lte: fromLocalDate(to) } },
    select: { id: true, committeeId: true, day: true, status: true, duties: { select: { kind: true } } },
  });
  const data: Prisma.DutyCreateManyInput[] = meetings.flatMap((m) => {
    const committee = byId.get(m.committeeId)!;
    const have = new Set(m.duties.map((d) => d.kind));
    return wantedDeadlines(committee, { ...m, day: toLocalDate(m.day) })
      .filter((d) => !have.has(d.duty))
      .map((d) => dutyRow(m.committeeId, m.id, d));
  });
  data.push(...yearlyTaskRows(committees, from, to));
  if (data.length === 0) return 0;
  const created = await tx.duty.createMany({ data, skipDuplicates: true });
  return created.count;
}

/**
 * The rows of the committees' yearly tasks due in [from, to] (002 art. 7.4: "In ieder geval jaarlijks
 * wordt samenstelling aan de hand van de 80-20 regel geëvalueerd."), keyed by committee, task and year.
 */
function yearlyTaskRows(committees: readonly CommitteeSchedule[], from: LocalDate, to: LocalDate) {
  return committees.flatMap((c) => (c.policy.tasks ?? []).flatMap((task) => yearlyTaskDays(task, from, to).map((due) => ({
    id: `duty_${c.id}_${taskSlug(task.name)}_${due.slice(0, 4)}`, committeeId: c.id, meetingId: null, kind: taskKind(task.name),
    due: fromLocalDate(due), responsible: task.holder, title: task.name,
  }))));
}

function seriesMeetingRow(c: CommitteeSchedule, day: LocalDate) {
  return {
    id: meetingId(c.id, day), committeeId: c.id, day: fromLocalDate(day), originalDay: fromLocalDate(day),
    startsAt: atAmsterdam(day, c.meetingTime), status: 'SCHEDULED' as const, kind: 'REGULAR',
  };
}

/**
 * The meeting a committee holds on `day` (not cancelled), materialising the series occurrence when
 * needed: the decisions facet's meetingOn(), so both facets materialise alike. Null when none.
 */
export async function meetingOnDay(tx: Tx, committee: CommitteeSchedule, day: LocalDate) {
  return meetingOn(tx, committee.id, day);
}
