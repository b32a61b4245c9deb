/**
 * Calendar dates as ISO strings (`2025-03-01`). Seat periods, mandates and deadlines are days, not
 * instants, so they are kept free of time zones; `src/domain/schedule/clock.ts` turns an instant into the
 * Europe/Amsterdam day.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type LocalDate = string & { readonly __brand?: 'LocalDate' };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date in ISO form (rejects 2025-02-30). */
export function isLocalDate(value: string): value is LocalDate {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** Builds a LocalDate from parts, or null when the parts are no real date. */
export function localDate(year: number, month: number, day: number): LocalDate | null {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isLocalDate(s) ? s : null;
}

/** True when `day` lies in the inclusive period [from, until]; an open `until` never ends. */
export function withinPeriod(day: LocalDate, from: LocalDate, until: LocalDate | null): boolean {
  return from <= day && (until === null || day <= until);
}

/** True when two inclusive periods share at least one day. */
export function periodsOverlap(
  a: { from: LocalDate; until: LocalDate | null },
  b: { from: LocalDate; until: LocalDate | null },
): boolean {
  return (a.until === null || b.from <= a.until) && (b.until === null || a.from <= b.until);
}

/** Adds whole days to a date (negative to go back). */
export function addDays(day: LocalDate, days: number): LocalDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}
