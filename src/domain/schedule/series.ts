/**
 * A committee's meeting series: an RRULE of days (recurrence.ts), a first day and an Amsterdam
 * start time, plus the exceptions a secretary enters (cancelled, moved, extra meetings).
 *
 * Example from 004: "Het BOSD komt maandelijks bijeen op de derde donderdag van de maand."
 * -> `{ rrule: 'FREQ=MONTHLY;BYDAY=+3TH', dtstart: '2026-01-01', startTime: '14:00' }`. A 14:00
 * meeting stays 14:00 on Amsterdam clocks all year: 13:00Z in winter (CET), 12:00Z in summer (CEST).
 */
import type { DomainError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { LocalDate } from '../local-date.ts';
import { addDays, isLocalDate } from '../local-date.ts';
import type { ClockTime } from './clock.ts';
import { amsterdamDay, atAmsterdam, isClockTime } from './clock.ts';
import type { InvalidRecurrence } from './recurrence.ts';
import { parseRecurrence, recurrenceDays } from './recurrence.ts';

/** A checked meeting series; build it with {@link parseSeries}. */
export interface MeetingSeries {
  /** Normalised RRULE value without `RRULE:` (`FREQ=MONTHLY;BYDAY=+3TH`), in Amsterdam days. */
  readonly rrule: string;
  /** First day the rule counts from (RFC 5545 DTSTART as a DATE). */
  readonly dtstart: LocalDate;
  /** Amsterdam wall-clock start time of every regular meeting. */
  readonly startTime: ClockTime;
}

/** Raw series fields as a form, seed file or database row gives them. */
export interface SeriesInput {
  readonly rrule: string;
  readonly dtstart: string;
  readonly startTime: string;
}

/** A regular meeting (re)scheduled to another day and/or time. */
export interface MovedOccurrence {
  /** The day the rule produced. */
  readonly originalDay: LocalDate;
  readonly newDay: LocalDate;
  /** Defaults to the series' start time. */
  readonly newTime?: ClockTime;
}

/** A one-off meeting outside the rhythm. */
export interface ExtraMeeting {
  readonly day: LocalDate;
  /** Defaults to the series' start time. */
  readonly time?: ClockTime;
}

/** What a secretary changed in the rhythm. All lists are optional. */
export interface SeriesExceptions {
  /** Regular occurrence days that do not take place. */
  readonly cancelled?: readonly LocalDate[];
  readonly moved?: readonly MovedOccurrence[];
  readonly extra?: readonly ExtraMeeting[];
}

/** How a meeting came to be. */
export type MeetingKind = 'REGULAR' | 'MOVED' | 'EXTRA';

/** One meeting of a series. */
export interface Meeting {
  /** Amsterdam calendar day. */
  readonly day: LocalDate;
  /** Amsterdam wall-clock start time. */
  readonly startTime: ClockTime;
  /** The UTC instant the meeting starts (right for CET and CEST). */
  readonly startsAt: Date;
  readonly kind: MeetingKind;
  /** For a moved meeting: the day the rule had it on. */
  readonly originalDay?: LocalDate;
}

/** No exceptions. */
export const NO_EXCEPTIONS: SeriesExceptions = {};

/**
 * Error code: an exception names a day the series does not produce (cancelling or moving a
 * meeting that was never scheduled). `params.day` is that day.
 */
export type NotAnOccurrence = DomainError<'NOT_AN_OCCURRENCE'>;

/**
 * Error code: one regular day is both cancelled and moved, or moved twice, so which meeting
 * takes place is unclear. `params.day` is that original day.
 */
export type ConflictingException = DomainError<'CONFLICTING_EXCEPTION'>;

/**
 * Error code: an exception's day is no ISO date or its time no `HH:mm`.
 * `params.day` is the offending value, `params.reason` is `DAY` or `TIME`.
 */
export type InvalidException = DomainError<'INVALID_EXCEPTION'>;

/**
 * Checks raw series fields. Fails with INVALID_RECURRENCE when the RRULE is unusable
 * (`params.reason` from recurrence.ts), or with reason `DTSTART` / `START_TIME` when the first
 * day is no ISO date or the start time is no `HH:mm`.
 */
export function parseSeries(input: SeriesInput): Result<MeetingSeries, InvalidRecurrence> {
  if (!isLocalDate(input.dtstart)) return err('INVALID_RECURRENCE', { reason: 'DTSTART', rrule: input.rrule });
  if (!isClockTime(input.startTime)) return err('INVALID_RECURRENCE', { reason: 'START_TIME', rrule: input.rrule });
  const rule = parseRecurrence(input.rrule);
  if (!rule.ok) return rule;
  return ok({ rrule: rule.value, dtstart: input.dtstart, startTime: input.startTime });
}

/** True when the rule (without exceptions) produces a meeting on `day`. */
export function isOccurrence(series: MeetingSeries, day: LocalDate): boolean {
  return recurrenceDays(series.rrule, series.dtstart, day, day).length > 0;
}

/**
 * Meetings whose Amsterdam day lies in [fromDay, toDay] (inclusive), sorted by start instant,
 * at most one per instant. Exceptions apply in this order:
 * 1. a cancelled day removes the regular meeting on that day (cancelling wins over moving);
 * 2. a moved occurrence removes its original day and adds a meeting on the new day/time, also
 *    when only one of the two days is in the range;
 * 3. extra meetings are added.
 * When two meetings share an instant (an extra on a regular slot) one is kept: regular, then
 * moved, then extra. Exceptions are taken as given; check them with {@link validateExceptions}.
 */
export function occurrences(
  series: MeetingSeries,
  fromDay: LocalDate,
  toDay: LocalDate,
  exceptions: SeriesExceptions = NO_EXCEPTIONS,
): Meeting[] {
  if (toDay < fromDay) return [];
  const cancelled = new Set(exceptions.cancelled ?? []);
  const movedAway = new Set((exceptions.moved ?? []).map((m) => m.originalDay));
  const inRange = (day: LocalDate): boolean => fromDay <= day && day <= toDay;
  const meetings: Meeting[] = [];
  for (const day of recurrenceDays(series.rrule, series.dtstart, fromDay, toDay)) {
    if (cancelled.has(day) || movedAway.has(day)) continue;
    meetings.push(meeting(day, series.startTime, 'REGULAR'));
  }
  for (const m of exceptions.moved ?? []) {
    if (cancelled.has(m.originalDay) || !inRange(m.newDay)) continue;
    meetings.push({ ...meeting(m.newDay, m.newTime ?? series.startTime, 'MOVED'), originalDay: m.originalDay });
  }
  for (const x of exceptions.extra ?? []) {
    if (inRange(x.day)) meetings.push(meeting(x.day, x.time ?? series.startTime, 'EXTRA'));
  }
  return uniqueByInstant(meetings);
}

/**
 * The first meeting starting at or after `now`, looking `horizonDays` ahead (default 400, so a
 * yearly rhythm is found), or null. Answers "Wanneer is het volgende KBO?".
 */
export function nextMeeting(
  series: MeetingSeries,
  now: Date,
  exceptions: SeriesExceptions = NO_EXCEPTIONS,
  horizonDays = 400,
): Meeting | null {
  const today = amsterdamDay(now);
  const upcoming = occurrences(series, today, addDays(today, horizonDays), exceptions);
  return upcoming.find((m) => m.startsAt.getTime() >= now.getTime()) ?? null;
}

/**
 * Checks a secretary's exceptions against the series. Fails with INVALID_EXCEPTION when a day
 * or time is malformed, NOT_AN_OCCURRENCE when a cancelled or moved day is not produced by the
 * rule, or CONFLICTING_EXCEPTION when one day is cancelled and moved, or moved twice.
 */
export function validateExceptions(
  series: MeetingSeries,
  exceptions: SeriesExceptions,
): Result<SeriesExceptions, InvalidException | NotAnOccurrence | ConflictingException> {
  const malformed = findMalformed(exceptions);
  if (malformed) return err('INVALID_EXCEPTION', malformed);
  const cancelled = new Set<LocalDate>();
  for (const day of exceptions.cancelled ?? []) {
    if (!isOccurrence(series, day)) return err('NOT_AN_OCCURRENCE', { day });
    cancelled.add(day);
  }
  const moved = new Set<LocalDate>();
  for (const m of exceptions.moved ?? []) {
    if (!isOccurrence(series, m.originalDay)) return err('NOT_AN_OCCURRENCE', { day: m.originalDay });
    if (cancelled.has(m.originalDay) || moved.has(m.originalDay)) {
      return err('CONFLICTING_EXCEPTION', { day: m.originalDay });
    }
    moved.add(m.originalDay);
  }
  return ok(exceptions);
}

function findMalformed(x: SeriesExceptions): { day: string; reason: 'DAY' | 'TIME' } | null {
  const days = [
    ...(x.cancelled ?? []),
    ...(x.moved ?? []).flatMap((m) => [m.originalDay, m.newDay]),
    ...(x.extra ?? []).map((e) => e.day),
  ];
  const badDay = days.find((d) => !isLocalDate(d));
  if (badDay !== undefined) return { day: badDay, reason: 'DAY' };
  const times = [...(x.moved ?? []).map((m) => m.newTime), ...(x.extra ?? []).map((e) => e.time)];
  const badTime = times.find((t) => t !== undefined && !isClockTime(t));
  return badTime === undefined ? null : { day: badTime, reason: 'TIME' };
}

function meeting(day: LocalDate, startTime: ClockTime, kind: MeetingKind): Meeting {
  return { day, startTime, startsAt: atAmsterdam(day, startTime), kind };
}

const PRIORITY: Readonly<Record<MeetingKind, number>> = { REGULAR: 0, MOVED: 1, EXTRA: 2 };

function uniqueByInstant(meetings: readonly Meeting[]): Meeting[] {
  const sorted = [...meetings].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || PRIORITY[a.kind] - PRIORITY[b.kind],
  );
  return sorted.filter((m, i) => i === 0 || sorted[i - 1]?.startsAt.getTime() !== m.startsAt.getTime());
}
