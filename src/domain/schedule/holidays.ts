/**
 * Dutch public holidays and working days, for moving deadlines (DOMAIN.md: "A deadline that falls
 * on a weekend or holiday moves to the previous working day for "before" deadlines").
 *
 * Which days count. We follow the Algemene termijnenwet, the Dutch law on deadlines that end on a
 * closed day. Art. 3 lid 1 lists the "algemeen erkende feestdagen": "de Nieuwjaarsdag, de
 * Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de
 * verjaardag van de Koning wordt gevierd en de vijfde mei"; lid 2 adds Goede Vrijdag. So we count:
 * - every holiday date-holidays ('NL') types `public` (Nieuwjaar, Pasen, Tweede paasdag,
 *   Koningsdag - Saturday 26 April when the 27th is a Sunday -, Hemelvaartsdag, Pinksteren,
 *   Tweede pinksterdag, Kerstmis, Tweede kerstdag);
 * - Bevrijdingsdag (5 May) EVERY year. date-holidays types it `school`, because many collective
 *   agreements give the day off only in lustrum years (2025, 2030); the law lists it every year.
 *   `liberationDay: 'LUSTRUM_ONLY'` follows the CAO reading instead;
 * - Goede Vrijdag (date-holidays: `school`), per lid 2. Many offices are open that day, but a
 *   "before" deadline that counts one closed day too many only comes earlier, never too late, so
 *   the safe default counts it; `goodFriday: false` opts out.
 * We never count observances (Dodenherdenking, Prinsjesdag, Sinterklaas...), Oudejaarsdag (`bank`)
 * or the bridge days a royal decree may add for the Atw (they change every three years).
 */
import Holidays from 'date-holidays';
import type { LocalDate } from '../local-date.ts';
import { addDays } from '../local-date.ts';
import { isWeekend } from './clock.ts';

/** Which optional days a committee's calendar closes on; see the module comment for the reasons. */
export interface HolidayCalendar {
  /** `EVERY_YEAR` (Algemene termijnenwet, default) or only in years divisible by 5 (many CAOs). */
  readonly liberationDay: 'EVERY_YEAR' | 'LUSTRUM_ONLY';
  /** Count Goede Vrijdag as a holiday (default true: Algemene termijnenwet art. 3 lid 2). */
  readonly goodFriday: boolean;
}

/** The default reading: Algemene termijnenwet art. 3 lid 1 and 2 (5 May every year, Goede Vrijdag). */
export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar = { liberationDay: 'EVERY_YEAR', goodFriday: true };

/** Safety bound on walking to a working day; no real calendar has this many closed days in a row. */
const MAX_WALK = 31;

/** date-holidays' Dutch calendar, made at its first use: most starts (a question about members) never read a holiday. */
let nl: Holidays | undefined;

/** One year's holiday dates per calendar reading, memoised: the data never changes at runtime. */
const cache = new Map<string, ReadonlySet<LocalDate>>();

function holidaysOf(year: number, calendar: HolidayCalendar): ReadonlySet<LocalDate> {
  const key = `${year}|${calendar.liberationDay}|${calendar.goodFriday}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const days = new Set<LocalDate>();
  for (const h of (nl ??= new Holidays('NL')).getHolidays(year, 'nl')) {
    const day = h.date.slice(0, 10);
    if (h.type === 'public') days.add(day);
    // Goede Vrijdag is "easter -2" in date-holidays; match the rule, not the translated name.
    if (calendar.goodFriday && h.rule === 'easter -2') days.add(day);
  }
  // "de vijfde mei" (Algemene termijnenwet art. 3 lid 1) - whatever type date-holidays gives it.
  if (calendar.liberationDay === 'EVERY_YEAR' || year % 5 === 0) days.add(`${String(year).padStart(4, '0')}-05-05`);
  cache.set(key, days);
  return days;
}

/**
 * True when `day` is a Dutch public holiday in the given reading; by default that includes
 * Bevrijdingsdag every year and Goede Vrijdag (see the module comment).
 */
export function isDutchPublicHoliday(day: LocalDate, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): boolean {
  return holidaysOf(Number(day.slice(0, 4)), calendar).has(day);
}

/** True on Monday to Friday when the day is no Dutch public holiday. */
export function isWorkingDay(day: LocalDate, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): boolean {
  return !isWeekend(day) && !isDutchPublicHoliday(day, calendar);
}

/**
 * `day` itself when it is a working day, else the nearest working day before it
 * (Monday 6 April 2026, Tweede paasdag, goes back over the weekend and Goede Vrijdag to Thursday 2 April).
 */
export function previousWorkingDay(day: LocalDate, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): LocalDate {
  return walk(day, -1, calendar);
}

/** `day` itself when it is a working day, else the nearest working day after it. */
export function nextWorkingDay(day: LocalDate, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): LocalDate {
  return walk(day, 1, calendar);
}

function walk(day: LocalDate, step: 1 | -1, calendar: HolidayCalendar): LocalDate {
  let d = day;
  for (let i = 0; i <= MAX_WALK; i++) {
    if (isWorkingDay(d, calendar)) return d;
    d = addDays(d, step);
  }
  throw new Error(`no working day within ${MAX_WALK} days of ${day}`);
}
