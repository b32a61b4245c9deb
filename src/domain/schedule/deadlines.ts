/**
 * Deadline duties derived from a meeting day and a committee's {@link DeadlinePolicy}.
 *
 * The duties in the sources:
 * - 000 (KBO Achterhoek): "De agenda: min 3 weken voorafgaand aan het overleg" -> AGENDA, 21 days BEFORE;
 *   "Het verslag: max 3 weken na het overleg." -> MINUTES, 21 days AFTER.
 * - 004 (BOSD Flevoland): "uiterlijk zeven dagen voor het overleg versturen van de agenda en
 *   bestuurlijke stukken en deze publiceren op de regionale website" -> AGENDA and PAPERS, 7 days BEFORE.
 * - 004 (DOSD): "Van de besluiten die het DOSD neemt wordt een besluitenlijst opgesteld." -> DECISION_LIST AFTER.
 * - 002 (Steenwijkerland): "Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te
 *   reageren via de website." -> REACTIONS, 14 days after publication.
 *
 * Weekends and holidays (DOMAIN.md): "A deadline that falls on a weekend or holiday moves to the
 * previous working day for "before" deadlines and stays for "after" deadlines unless the committee
 * says otherwise." "At least N days before" can only be met earlier, never later, so a before
 * deadline moves back; an after deadline is a latest date and staying keeps it as promised.
 */
import type { LocalDate } from '../local-date.ts';
import { addDays } from '../local-date.ts';
import type { DeadlinePolicy } from '../registry/words.ts';
import { daysBetween } from './clock.ts';
import type { HolidayCalendar } from './holidays.ts';
import { taskKind, type TaskKind } from './tasks.ts';
import { DEFAULT_HOLIDAY_CALENDAR, nextWorkingDay, previousWorkingDay } from './holidays.ts';

/** The deadline duties, in the order they are listed to users. */
export const DUTIES = ['AGENDA', 'PAPERS', 'MINUTES', 'DECISION_LIST', 'REACTIONS'] as const;
/** A deadline duty: publish the agenda, send papers, publish minutes, share the decision list, close reactions. */
export type Duty = (typeof DUTIES)[number];

/**
 * Every kind a Duty row carries that a person marks done: the fixed duties, a committee's own tasks
 * (tasks.ts), and the warm handover when a seat ends (001: "Bij wisseling van personen wordt gezorgd
 * voor een warme overdracht"), due on the seat's last day.
 */
export type DutyKind = Duty | TaskKind | 'HANDOVER';

/** Whether a deadline counts back from the meeting (agenda) or forward from it (minutes). */
export type DeadlineDirection = 'BEFORE' | 'AFTER';

/** One duty's deadline for one meeting (or one provisional proposal, for REACTIONS). */
export interface Deadline {
  /** A fixed duty, or a committee task from the Taken column (tasks.ts). */
  readonly duty: Duty | TaskKind;
  /** A task's name as the workbook writes it; absent for the fixed duties. */
  readonly title?: string;
  /** The day the duty must be done by, inclusive, after moving off closed days. */
  readonly due: LocalDate;
  /** The day the policy's day count gives, before any move; equal to `due` when nothing moved. */
  readonly naiveDue: LocalDate;
  readonly direction: DeadlineDirection;
  /** The policy's day count (21 for "3 weken"). */
  readonly days: number;
  /** Who carries the duty, from the policy ("ORO-voorzitter", "programmamanager"). */
  readonly responsible?: string;
}

/** How deadlines on weekends and holidays move; configurable per committee (DOMAIN.md). */
export interface ShiftRules {
  /** Default `PREVIOUS_WORKING_DAY`. */
  readonly before: 'PREVIOUS_WORKING_DAY' | 'NONE';
  /** Default `NONE` ("stays"); `NEXT_WORKING_DAY` follows the Algemene termijnenwet instead. */
  readonly after: 'NONE' | 'NEXT_WORKING_DAY';
  readonly calendar: HolidayCalendar;
}

/** DOMAIN.md's rule: before moves back to a working day, after stays. */
export const DEFAULT_SHIFT_RULES: ShiftRules = {
  before: 'PREVIOUS_WORKING_DAY',
  after: 'NONE',
  calendar: DEFAULT_HOLIDAY_CALENDAR,
};

/** Reminders go out 7 and 2 days before a deadline unless the policy says otherwise. */
export const DEFAULT_REMIND_DAYS_BEFORE: readonly number[] = [7, 2];

/** A duty is DUE_SOON from this many days before its deadline (the first default reminder). */
export const DUE_SOON_DAYS = 7;

/** Where a duty stands on a given day. */
export type DutyState = 'OPEN' | 'DUE_SOON' | 'OVERDUE' | 'DONE';

/** Policy field, duty and direction, in listing order; REACTIONS hangs off a proposal, not a meeting. */
const MEETING_DUTIES = [
  ['agendaDaysBefore', 'AGENDA', 'BEFORE'],
  ['papersDaysBefore', 'PAPERS', 'BEFORE'],
  ['minutesDaysAfter', 'MINUTES', 'AFTER'],
  ['decisionListDaysAfter', 'DECISION_LIST', 'AFTER'],
] as const satisfies readonly (readonly [keyof DeadlinePolicy, Duty, DeadlineDirection])[];

/**
 * The deadlines a meeting on `meetingDay` creates under `policy`; duties the policy leaves out
 * are absent. A BEFORE deadline on a weekend or holiday moves to the previous working day
 * (Sunday -> Friday; Tweede paasdag Monday -> Thursday), an AFTER deadline stays, per `rules`.
 * A negative or fractional day count is a configuration bug and throws.
 */
export function deadlinesForMeeting(
  policy: DeadlinePolicy,
  meetingDay: LocalDate,
  rules: ShiftRules = DEFAULT_SHIFT_RULES,
): Deadline[] {
  const out: Deadline[] = [];
  for (const [field, duty, direction] of MEETING_DUTIES) {
    const days = policy[field];
    if (days === undefined) continue;
    out.push(makeDeadline(duty, direction, meetingDay, days, policy.responsible, rules));
  }
  for (const task of policy.tasks ?? []) {
    if (task.when.kind !== 'MEETING') continue;
    const direction = task.when.days < 0 ? 'BEFORE' : 'AFTER';
    const made = makeDeadline(taskKind(task.name), direction, meetingDay, Math.abs(task.when.days), task.holder ?? undefined, rules);
    out.push({ ...made, title: task.name });
  }
  return out;
}

/**
 * When reactions to a provisional proposal close: `reactionDays` (Inkoopnetwerk: 14) after the
 * day it was published (002: "Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen
 * te reageren via de website."). An AFTER deadline, so it stays on a weekend unless `rules` say
 * otherwise. Null when the committee has no reaction period.
 */
export function reactionDeadline(
  provisionalPublishedOn: LocalDate,
  policy: DeadlinePolicy,
  rules: ShiftRules = DEFAULT_SHIFT_RULES,
): Deadline | null {
  if (policy.reactionDays === undefined) return null;
  return makeDeadline('REACTIONS', 'AFTER', provisionalPublishedOn, policy.reactionDays, policy.responsible, rules);
}

/**
 * The days to remind people of a deadline `due`: `n` days before for each `n` (default 7 and 2),
 * each moved back to a working day so nobody is pinged on a Sunday about a Monday deadline.
 * Ascending, unique, never after `due`. A negative or fractional `n` is a bug and throws.
 */
export function reminderDays(
  due: LocalDate,
  remindDaysBefore: readonly number[] = DEFAULT_REMIND_DAYS_BEFORE,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): LocalDate[] {
  const days = remindDaysBefore.map((n) => previousWorkingDay(addDays(due, -checkDays(n)), calendar));
  return [...new Set(days)].sort();
}

/**
 * Where a duty stands on `today` (an Amsterdam day: pass `amsterdamDay(now)`): DONE once
 * `doneAt` is set (late or not), OVERDUE after `due`, DUE_SOON from `soonDays` (default
 * {@link DUE_SOON_DAYS}) before `due` up to and including `due`, else OPEN.
 */
export function dutyState(
  due: LocalDate,
  doneAt: Date | null,
  today: LocalDate,
  soonDays: number = DUE_SOON_DAYS,
): DutyState {
  if (doneAt !== null) return 'DONE';
  const left = daysBetween(today, due);
  if (left < 0) return 'OVERDUE';
  return left <= soonDays ? 'DUE_SOON' : 'OPEN';
}

function makeDeadline(
  duty: Duty | TaskKind,
  direction: DeadlineDirection,
  from: LocalDate,
  days: number,
  responsible: string | undefined,
  rules: ShiftRules,
): Deadline {
  const naiveDue = addDays(from, direction === 'BEFORE' ? -checkDays(days) : checkDays(days));
  let due = naiveDue;
  if (direction === 'BEFORE' && rules.before === 'PREVIOUS_WORKING_DAY') due = previousWorkingDay(naiveDue, rules.calendar);
  if (direction === 'AFTER' && rules.after === 'NEXT_WORKING_DAY') due = nextWorkingDay(naiveDue, rules.calendar);
  const base = { duty, due, naiveDue, direction, days };
  return responsible === undefined ? base : { ...base, responsible };
}

function checkDays(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`deadline day count must be a whole number >= 0, got ${n}`);
  return n;
}
