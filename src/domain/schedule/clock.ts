/**
 * Europe/Amsterdam time for the schedule domain. Every committee in the sources meets in the
 * Netherlands, so meeting times and deadline days are Amsterdam wall-clock values (DOMAIN.md:
 * "Time zone Europe/Amsterdam."). Nothing here reads the system clock: `now` is always a
 * parameter, so a scheduler and a test call the same function (STYLE.md).
 */
import { DateTime } from 'luxon';
import type { LocalDate } from '../local-date.ts';

/** The IANA zone every committee meets in. */
export const AMSTERDAM_ZONE = 'Europe/Amsterdam';

/** A wall-clock time of day, `HH:mm` on a 24-hour clock (`14:00`). */
export type ClockTime = string & { readonly __brand?: 'ClockTime' };

/** The current instant, injected; production passes `() => new Date()`, tests a fixed one. */
export type Clock = () => Date;

/** ISO weekday as luxon and ISO 8601 number it: Monday 1 ... Sunday 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Named ISO weekdays, so rules read as words (`WEEKDAY.THURSDAY`). */
export const WEEKDAY = {
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
} as const satisfies Record<string, IsoWeekday>;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A clock that always answers the same instant; for tests and replays. */
export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant);
  return () => new Date(at.getTime());
}

/** True when `value` is a valid `HH:mm` time from `00:00` to `23:59`. */
export function isClockTime(value: string): value is ClockTime {
  return CLOCK_TIME.test(value);
}

const HOUR_MS = 3_600_000;
/** From here on Amsterdam's offset from UTC is a whole number of hours (+1 or +2), so its day changes on a UTC hour. */
const WHOLE_HOUR_OFFSETS_FROM = Date.UTC(1946, 0, 1);
/** The last hour asked about and its day: every turn asks for today, and luxon's zone lookup costs a tenth of a millisecond. */
let lastHour: { readonly hour: number; readonly day: LocalDate } | null = null;

/** The Amsterdam calendar day an instant falls on (23:30Z in summer is already the next day). */
export function amsterdamDay(now: Date): LocalDate {
  const ms = now.getTime();
  const hour = Math.floor(ms / HOUR_MS);
  if (lastHour?.hour === hour && ms >= WHOLE_HOUR_OFFSETS_FROM) return lastHour.day;
  const day = DateTime.fromJSDate(now, { zone: AMSTERDAM_ZONE }).toISODate();
  if (day === null) throw new RangeError(`amsterdamDay: invalid instant ${String(now)}`);
  if (ms >= WHOLE_HOUR_OFFSETS_FROM) lastHour = { hour, day };
  return day;
}

/** The Amsterdam wall-clock time of an instant, `HH:mm`. */
export function amsterdamTime(now: Date): ClockTime {
  return DateTime.fromJSDate(now, { zone: AMSTERDAM_ZONE }).toFormat('HH:mm');
}

/**
 * The instant at which Amsterdam clocks show `time` on `day`.
 *
 * Around the DST changes we follow RFC 5545 section 3.3.5, the standard our RRULE series come
 * from, so calendars and the bot agree:
 * - a time that does not exist (last Sunday of March, 02:00-02:59: clocks jump from 02:00 CET
 *   to 03:00 CEST) is read with the offset before the gap, so `02:30` becomes 01:30Z, which
 *   Amsterdam clocks show as 03:30 CEST;
 * - a time that exists twice (last Sunday of October, 02:00-02:59 happens in CEST and again in
 *   CET) means the first of the two, the CEST one.
 * Committees meet in office hours, so this only matters for odd data; it is defined, not guessed.
 *
 * A malformed day or time is a bug in the caller (both are validated at the boundary), so it throws.
 */
export function atAmsterdam(day: LocalDate, time: ClockTime): Date {
  const m = CLOCK_TIME.exec(time);
  if (!m) throw new RangeError(`atAmsterdam: invalid time ${time}`);
  const local = DateTime.fromISO(`${day}T${time}`, { zone: AMSTERDAM_ZONE });
  if (!local.isValid) throw new RangeError(`atAmsterdam: invalid day ${day}`);
  // Luxon resolves a time in the gap exactly as RFC 5545 asks (offset before the gap) but an
  // ambiguous time to the later offset; getPossibleOffsets lists both, and we take the earlier.
  const candidates = local.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  const chosen = candidates[0] ?? local;
  return chosen.toJSDate();
}

/**
 * The wall-clock time `time` becomes on `day` in Amsterdam: itself, except in the hour the clocks skip
 * on the last Sunday of March (02:30 does not exist then and becomes 03:30). A time typed by a person
 * that comes back changed does not exist, and must be refused rather than silently moved.
 */
export function existingLocalTime(day: LocalDate, time: ClockTime): ClockTime {
  const local = DateTime.fromISO(`${day}T${time}`, { zone: AMSTERDAM_ZONE });
  return local.isValid ? (local.toFormat('HH:mm') as ClockTime) : time;
}

/** ISO weekday of a calendar day (Monday 1 ... Sunday 7); no time zone is involved. */
export function isoWeekday(day: LocalDate): IsoWeekday {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const js = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return (js === 0 ? 7 : js) as IsoWeekday;
}

/** True on Saturdays and Sundays. */
export function isWeekend(day: LocalDate): boolean {
  return isoWeekday(day) >= WEEKDAY.SATURDAY;
}

/**
 * Which occurrence of its weekday a day is within its month: 1 for the first Tuesday, 3 for the
 * third Thursday (004: "Het BOSD komt maandelijks bijeen op de derde donderdag van de maand.").
 */
export function weekdayOrdinalInMonth(day: LocalDate): number {
  const dayOfMonth = Number(day.slice(8, 10));
  return Math.floor((dayOfMonth - 1) / 7) + 1;
}

/**
 * The `n`-th `weekday` of a month (n = 1..5), or null when the month has no such day
 * (a fifth Thursday exists only in some months). Negative `n` counts from the end (-1 = last).
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: IsoWeekday, n: number): LocalDate | null {
  if (n === 0 || !Number.isInteger(n)) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const matches: number[] = [];
  for (let d = 1; d <= daysInMonth; d++) {
    const js = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    if ((js === 0 ? 7 : js) === weekday) matches.push(d);
  }
  const pick = n > 0 ? matches[n - 1] : matches[matches.length + n];
  if (pick === undefined) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(pick).padStart(2, '0')}`;
}

/** Whole calendar days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const ms = (day: LocalDate): number => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}
