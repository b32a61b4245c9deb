/**
 * The weekly digest's day (issue 17, point 5: "a weekly digest message per person on a day they choose
 * ... opt-out"): the weekday words people type, in Dutch and English, the word that turns it off, and
 * the ISO week a digest is keyed by. Pure; the day is an ISO weekday (1 Monday ... 7 Sunday), as
 * Person.digestDay stores it (null: no digest).
 */
import { DateTime } from 'luxon';
import type { LocalDate } from '../local-date.ts';
import { WEEKDAY, type ClockTime, type IsoWeekday } from './clock.ts';

/** Monday: a person who never chose gets the digest at the start of the week. */
export const DEFAULT_DIGEST_DAY: IsoWeekday = WEEKDAY.MONDAY;

/** Amsterdam time from which a day's digests are made: the start of an office day, not midnight. */
export const DIGEST_FROM: ClockTime = '08:00';

/** What a person may choose: a weekday, or `off`. */
export type DigestChoice = IsoWeekday | 'off';

const DAY_WORDS: Readonly<Record<string, IsoWeekday>> = {
  maandag: 1, ma: 1, monday: 1, mon: 1,
  dinsdag: 2, di: 2, tuesday: 2, tue: 2, tues: 2,
  woensdag: 3, wo: 3, wednesday: 3, wed: 3,
  donderdag: 4, do: 4, thursday: 4, thu: 4, thurs: 4,
  vrijdag: 5, vr: 5, friday: 5, fri: 5,
  zaterdag: 6, za: 6, saturday: 6, sat: 6,
  zondag: 7, zo: 7, sunday: 7, sun: 7,
};

const lookupDay = (word: string): IsoWeekday | null => (Object.hasOwn(DAY_WORDS, word) ? DAY_WORDS[word]! : null);

/** The words that turn the digest off. */
const OFF_WORDS: ReadonlySet<string> = new Set(['uit', 'nee', 'geen', 'stop', 'off', 'no', 'none', 'never', 'nooit']);

const DAY_NAMES: Readonly<Record<'nl' | 'en', readonly string[]>> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** The choice a typed word stands for ("vrijdag", "Friday", "fri", "uit", "off"), or null. */
export function parseDigestChoice(word: string): DigestChoice | null {
  const w = word.trim().toLowerCase().replace(/[.!]+$/u, '');
  if (OFF_WORDS.has(w)) return 'off';
  // "vrijdags", "vrijdagen", "fridays": the plural people say for a weekly habit.
  return lookupDay(w) ?? lookupDay(w.replace(/(?:en|s)$/u, '')) ?? null;
}

/**
 * A weekday written out in full ("vrijdag", "Fridays"), or null: what a sentence names its day with
 * (short forms such as "do" or "sat" are ordinary words in a sentence).
 */
export function weekdayOfName(word: string): IsoWeekday | null {
  const w = word.trim().toLowerCase();
  const full = (x: string) => (x.length >= 6 ? lookupDay(x) : null);
  return full(w) ?? full(w.replace(/(?:en|s)$/u, ''));
}

/** A weekday's name in `lang` ("vrijdag", "Friday"). */
export function weekdayName(lang: 'nl' | 'en', day: IsoWeekday): string {
  return DAY_NAMES[lang][day - 1]!;
}

/** The ISO weekday of a calendar day. */
export function isoWeekdayOf(day: LocalDate): IsoWeekday {
  return DateTime.fromISO(day, { zone: 'utc' }).weekday as IsoWeekday;
}

/** The ISO week a day falls in, `2026-W49` (28 December 2026 and 1 January 2027 are both in 2026-W53). */
export function isoWeekOf(day: LocalDate): string {
  const d = DateTime.fromISO(day, { zone: 'utc' });
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
}
