/**
 * RFC 5545 RRULE strings for meeting rhythms, checked and expanded into calendar days.
 *
 * The rhythms in the sources are day rules, not time rules:
 * - 004: "Het BOSD komt maandelijks bijeen op de derde donderdag van de maand." -> `FREQ=MONTHLY;BYDAY=+3TH`
 * - 004: "Het Control overleg komt minimaal vier keer per jaar bijeen op de eerste dinsdag van de
 *   maand." and the DOSD meets on the "maandelijkse regiodagen" -> `FREQ=MONTHLY;BYDAY=+1TU`
 * So a rule yields DAYS, and the start time is added afterwards in Amsterdam time (series.ts).
 * The rrule library computes in UTC; we feed it "floating" dates (midnight UTC standing for the
 * local day) and read the day back, so no time zone or DST change can shift a day.
 */
import * as rrulePkg from 'rrule';
import type { DomainError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { LocalDate } from '../local-date.ts';

// rrule 2.8 ships a CommonJS bundle without an `exports` map: native Node ESM (vitest, tsx in ESM
// mode) exposes it only as `default`; CommonJS interop (tsx loading a file through require) gives the
// names directly. Take whichever is there.
const { RRule } = (rrulePkg as unknown as { readonly default?: typeof rrulePkg }).default ?? rrulePkg;

/** Error code: the recurrence cannot be used; `params.reason` says why, `params.rrule` echoes the input. */
export type InvalidRecurrence = DomainError<'INVALID_RECURRENCE'>;

/** Why a recurrence was refused; the conversation layer may explain each one. */
export type RecurrenceProblem =
  /** Not `KEY=VALUE;...`, a key twice, or rejected by the rrule parser. */
  | 'SYNTAX'
  /** FREQ missing, or finer than DAILY (a meeting series is a rhythm of days). */
  | 'FREQUENCY'
  /** DTSTART, TZID, BYHOUR/BYMINUTE/BYSECOND or an unknown part: day and time are separate fields. */
  | 'UNSUPPORTED_PART'
  /** A number out of range (INTERVAL 0, BYMONTHDAY=40, BYDAY=+6TH...). */
  | 'VALUE'
  /** COUNT and UNTIL together, which RFC 5545 forbids. */
  | 'COUNT_AND_UNTIL'
  /** (series.ts) The series' first day is no ISO date. */
  | 'DTSTART'
  /** (series.ts) The series' start time is no `HH:mm`. */
  | 'START_TIME';

/** The rule parts we accept, with the integer range of each list element where numeric. */
const NUMERIC_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  INTERVAL: [1, 1000],
  COUNT: [1, 10000],
  BYMONTHDAY: [-31, 31],
  BYMONTH: [1, 12],
  BYSETPOS: [-366, 366],
  BYWEEKNO: [-53, 53],
  BYYEARDAY: [-366, 366],
};
const OTHER_PARTS = new Set(['FREQ', 'UNTIL', 'BYDAY', 'WKST']);
const DAY_FREQUENCIES = new Set(['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY']);
const WEEKDAY_CODE = /^(MO|TU|WE|TH|FR|SA|SU)$/;
const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL_VALUE = /^\d{8}(T\d{6}Z?)?$/;
const INTEGER = /^[+-]?\d+$/;

function invalid(reason: RecurrenceProblem, rrule: string): { readonly ok: false; readonly error: InvalidRecurrence } {
  return err('INVALID_RECURRENCE', { reason, rrule });
}

/**
 * Checks an RRULE value and returns it normalised (upper case, no `RRULE:` prefix, no spaces).
 * Fails with INVALID_RECURRENCE when the rule is malformed, uses a part we do not support, or
 * has a number out of range; `params.reason` is a {@link RecurrenceProblem}.
 */
export function parseRecurrence(input: string): Result<string, InvalidRecurrence> {
  const rule = input.trim().replace(/^RRULE:/i, '').replace(/\s+/g, '').toUpperCase();
  if (rule === '' || /[\r\n]/.test(input.trim())) return invalid('SYNTAX', input);
  const parts = new Map<string, string>();
  for (const part of rule.split(';')) {
    const [key, value, ...rest] = part.split('=');
    if (!key || !value || rest.length > 0 || parts.has(key)) return invalid('SYNTAX', input);
    parts.set(key, value);
  }
  for (const [key, value] of parts) {
    const range = NUMERIC_PARTS[key];
    if (range) {
      const items = value.split(',');
      const bad = items.some((v) => !INTEGER.test(v) || Number(v) === 0 || Number(v) < range[0] || Number(v) > range[1]);
      if (bad) return invalid('VALUE', input);
    } else if (!OTHER_PARTS.has(key)) {
      return invalid('UNSUPPORTED_PART', input);
    }
  }
  const freq = parts.get('FREQ');
  if (freq === undefined || !DAY_FREQUENCIES.has(freq)) return invalid('FREQUENCY', input);
  if (parts.has('COUNT') && parts.has('UNTIL')) return invalid('COUNT_AND_UNTIL', input);
  const until = parts.get('UNTIL');
  if (until !== undefined && !UNTIL_VALUE.test(until)) return invalid('VALUE', input);
  const wkst = parts.get('WKST');
  if (wkst !== undefined && !WEEKDAY_CODE.test(wkst)) return invalid('VALUE', input);
  const byday = parts.get('BYDAY');
  if (byday !== undefined && !bydayValid(byday, freq)) return invalid('VALUE', input);
  try {
    // Last word to the library: it must parse and build the rule we will expand later.
    new RRule({ ...RRule.parseString(rule), dtstart: floating('2000-01-01') });
  } catch {
    return invalid('SYNTAX', input);
  }
  return ok(rule);
}

/**
 * RFC 5545: an ordinal (`+3TH`) is allowed only with MONTHLY (1..5 within a month) or YEARLY
 * (1..53); `+6TH` never matches and would make the series silently empty, so we refuse it.
 */
function bydayValid(byday: string, freq: string): boolean {
  return byday.split(',').every((item) => {
    const m = BYDAY_ITEM.exec(item);
    if (!m) return false;
    if (m[1] === undefined) return true;
    const n = Math.abs(Number(m[1]));
    if (n === 0) return false;
    if (freq === 'MONTHLY') return n <= 5;
    return freq === 'YEARLY' && n <= 53;
  });
}

/** Midnight UTC standing for a local calendar day ("floating" time for the rrule library). */
function floating(day: LocalDate): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The days in [fromDay, toDay] (inclusive) on which a checked rule, counted from `dtstart`, falls.
 * Ascending and unique. `rule` must come from {@link parseRecurrence}; a bad rule is a bug and throws.
 */
export function recurrenceDays(rule: string, dtstart: LocalDate, fromDay: LocalDate, toDay: LocalDate): LocalDate[] {
  if (toDay < fromDay) return [];
  const expanded = new RRule({ ...RRule.parseString(rule), dtstart: floating(dtstart) });
  const days = expanded.between(floating(fromDay), floating(toDay), true).map((d) => d.toISOString().slice(0, 10));
  return [...new Set(days)].sort();
}
