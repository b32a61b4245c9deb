/**
 * Reads of the schedule for questions and the calendar feed: deadlines in a period, a person's open
 * duties, the next meeting, a committee's meetings. Each first materialises the series for the
 * period it reads (ensureMeetings, idempotent), so answers never depend on a scheduler having run.
 */
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import { addDays, type LocalDate } from '../../domain/local-date.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { dutyState, type DutyState } from '../../domain/schedule/deadlines.ts';
import { chairCommitteeCode, holdsDuty } from '../../domain/schedule/duty-holders.ts';
import type { ServiceDeps } from '../deps.ts';
import { ensureMeetings } from './ensure-meetings.ts';
import { namedHolders } from './duty-holders.ts';
import { loadActorFacts } from '../identity/load-actor.ts';
import { activeOn } from '../registry/seat-filters.ts';

/** How far ahead the series is materialised for reads (a yearly rhythm still shows its next meeting). */
export const READ_HORIZON_DAYS = 400;

/** A duty as answers show it. */
export interface DutyView {
  readonly id: string;
  readonly committee: { readonly id: string; readonly code: string; readonly name: string };
  readonly meetingDay: LocalDate | null;
  readonly kind: string;
  readonly due: LocalDate;
  readonly responsible: string | null;
  /** A task's name as the workbook writes it, or a warm handover's "leaver -> successor"; null for fixed duties. */
  readonly title: string | null;
  /** The people the duty names as its holders (a handover); a task's holder is resolved on reading (duty-holders.ts). */
  readonly holderIds: readonly string[];
  readonly doneAt: Date | null;
  readonly state: DutyState;
}

/** A meeting as answers and the calendar show it. */
export interface MeetingView {
  readonly id: string;
  readonly committee: { readonly id: string; readonly code: string; readonly name: string };
  readonly day: LocalDate;
  readonly startsAt: Date;
  readonly status: 'SCHEDULED' | 'CANCELLED' | 'HELD';
  readonly kind: string;
  readonly originalDay: LocalDate | null;
}

const COMMITTEE = { select: { id: true, code: true, name: true } } as const;

/** Duties due in [from, to] (inclusive) of the given committees (all when absent), done ones included. */
export async function listDuties(
  deps: ServiceDeps,
  input: { from: LocalDate; to: LocalDate; committeeIds?: readonly string[]; materialise?: boolean; openOnly?: boolean },
): Promise<DutyView[]> {
  // Duties lie up to some weeks from their meeting: materialise meetings around the period. An old
  // period is read as it stands: what the scheduler materialised is what anyone was ever reminded of.
  if (input.materialise !== false) await ensureMeetings(deps, { from: addDays(input.from, -60), to: addDays(input.to, 60) });
  const today = amsterdamDay(deps.now());
  const rows = await deps.db.duty.findMany({
    where: {
      due: { gte: fromLocalDate(input.from), lte: fromLocalDate(input.to) },
      ...(input.committeeIds ? { committeeId: { in: [...input.committeeIds] } } : {}),
      ...(input.openOnly ? { doneAt: null } : {}),
      OR: [{ meetingId: null }, { meeting: { status: { not: 'CANCELLED' } } }],
    },
    include: { committee: COMMITTEE, meeting: { select: { day: true } } },
    orderBy: [{ due: 'asc' }, { committeeId: 'asc' }, { kind: 'asc' }],
  });
  return rows.map((d) => ({
    id: d.id, committee: d.committee, meetingDay: d.meeting ? toLocalDate(d.meeting.day) : null, kind: d.kind,
    due: toLocalDate(d.due), responsible: d.responsible, title: d.title, holderIds: d.holderIds, doneAt: d.doneAt, state: dutyState(toLocalDate(d.due), d.doneAt, today),
  }));
}

/** The first day any duty can be due on: reading "overdue however old" from here needs no other bound. */
const EARLIEST: LocalDate = '1900-01-01';

/**
 * The open duties the person carries (secretary, chair, agenda committee, named chair; see
 * duty-holders.ts): overdue ones from the last `backDays` (every overdue one, however old, when
 * `backDays` is null) and those due in the next `aheadDays`; overdue ones first.
 */
export async function dutiesOfPerson(deps: ServiceDeps, input: { personId: string; backDays?: number | null; aheadDays?: number }): Promise<DutyView[]> {
  const today = amsterdamDay(deps.now());
  const actor = await loadActorFacts(deps.db, input.personId);
  if (!actor) return [];
  const back = input.backDays === null ? null : (input.backDays ?? 30);
  const recent = await listDuties(deps, { from: addDays(today, -(back ?? 30)), to: addDays(today, input.aheadDays ?? 30) });
  // Older than the window: the open duties as they stand (issue 17: an overdue duty does not go away by ageing).
  const older = back === null ? await listDuties(deps, { from: EARLIEST, to: addDays(today, -31), materialise: false, openOnly: true }) : [];
  const duties = [...older, ...recent];
  const codes = await deps.db.committee.findMany({ select: { id: true, code: true } });
  const idOf = new Map(codes.map((c) => [c.code, c.id]));
  const holders = await namedHolders(deps.db, duties.map((d) => ({ ...d, committeeId: d.committee.id })), today);
  // A reaction period (REACTIONS) is the parties' time to react, not a chore anyone marks done; an
  // impasse step (IMPASSE_*) is the parties' to take, reminded to them (src/scheduler/impasse-reminders.ts).
  return duties.filter((d) => d.doneAt === null && d.kind !== 'REACTIONS' && !d.kind.startsWith('IMPASSE_') && holdsDuty(
    // An administrator holds every duty in principle, but "what is due for me" lists only their own.
    { ...actor, isAdmin: false },
    { committeeId: d.committee.id, kind: d.kind, responsibleCommitteeId: idOf.get(chairCommitteeCode(d.responsible) ?? '') ?? null, holderIds: holders.get(d.id) ?? [] },
    today,
  ));
}

/** Meetings of one committee with a day in [from, to], cancelled ones included (the calendar shows them as such). */
export async function listMeetings(deps: ServiceDeps, input: { committeeId: string; from: LocalDate; to: LocalDate }): Promise<MeetingView[]> {
  await ensureMeetings(deps, input);
  const rows = await deps.db.meeting.findMany({
    where: { committeeId: input.committeeId, day: { gte: fromLocalDate(input.from), lte: fromLocalDate(input.to) } },
    include: { committee: { select: { ...COMMITTEE.select, rhythmRule: true } } },
    orderBy: { startsAt: 'asc' },
  });
  return rows.map(({ committee: { rhythmRule, ...committee }, ...m }) => ({
    id: m.id, committee, day: toLocalDate(m.day), startsAt: m.startsAt, status: m.status,
    // A committee without a fixed rhythm meets on the dates it sets (KBO: "de data worden per jaar
    // vastgesteld"): each is one of its meetings, not an extra one beside a series.
    kind: m.kind === 'EXTRA' && rhythmRule === null ? 'REGULAR' : m.kind,
    originalDay: m.originalDay ? toLocalDate(m.originalDay) : null,
  }));
}

/** The committee's first scheduled meeting starting at or after now, within {@link READ_HORIZON_DAYS}; null when none. */
export async function nextMeetingOf(deps: ServiceDeps, committeeId: string): Promise<MeetingView | null> {
  const now = deps.now();
  const today = amsterdamDay(now);
  const meetings = await listMeetings(deps, { committeeId, from: today, to: addDays(today, READ_HORIZON_DAYS) });
  return meetings.find((m) => m.status !== 'CANCELLED' && m.startsAt.getTime() >= now.getTime()) ?? null;
}

/** Duties of one committee with a due day in [from, to], for the calendar feed. */
export async function committeeDuties(deps: ServiceDeps, input: { committeeId: string; from: LocalDate; to: LocalDate }): Promise<DutyView[]> {
  return listDuties(deps, { from: input.from, to: input.to, committeeIds: [input.committeeId] });
}

/** The committees a person holds a seat in today (any role). */
export async function committeesOfPerson(deps: ServiceDeps, personId: string): Promise<string[]> {
  const seats = await deps.db.seat.findMany({
    where: { personId, ...activeOn(amsterdamDay(deps.now())) },
    select: { committeeId: true },
  });
  return [...new Set(seats.map((s) => s.committeeId))];
}
