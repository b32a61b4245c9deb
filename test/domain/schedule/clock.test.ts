import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addDays } from '../../../src/domain/local-date.ts';
import {
  amsterdamDay,
  amsterdamTime,
  atAmsterdam,
  daysBetween,
  fixedClock,
  isClockTime,
  isoWeekday,
  isWeekend,
  nthWeekdayOfMonth,
  weekdayOrdinalInMonth,
  WEEKDAY,
} from '../../../src/domain/schedule/clock.ts';

describe('amsterdamDay / amsterdamTime', () => {
  it('reads the Amsterdam day, not the UTC day, from an injected clock', () => {
    const clock = fixedClock('2026-06-30T22:30:00Z'); // 00:30 CEST on 1 July
    expect(amsterdamDay(clock())).toBe('2026-07-01');
    expect(amsterdamTime(clock())).toBe('00:30');
    const winter = fixedClock('2026-12-31T23:30:00Z'); // 00:30 CET on New Year's Day
    expect(amsterdamDay(winter())).toBe('2027-01-01');
  });

  it('a fixed clock hands out copies, so callers cannot move it', () => {
    const clock = fixedClock('2026-01-01T12:00:00Z');
    clock().setUTCFullYear(1999);
    expect(clock().toISOString()).toBe('2026-01-01T12:00:00.000Z');
  });
});

describe('amsterdamDay remembers the last hour asked about', () => {
  // The day is kept per UTC hour (Amsterdam's offset is a whole number of hours since 1946), so the
  // answer must not depend on what was asked before: each instant against luxon, asked right after
  // another instant of the same or a neighbouring hour, from 1800 (an offset of +0:17:30 until 1892 in the zone data) to 2100.
  const luxonDay = (at: Date) => DateTime.fromJSDate(at, { zone: 'Europe/Amsterdam' }).toISODate();
  it('gives the same day as the zone itself, whatever was asked before', () => {
    const instant = fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 3_599_999 }), fc.integer({ min: -1, max: 1 }), (at, within, hours) => {
        const hourStart = Math.floor(at.getTime() / 3_600_000) * 3_600_000;
        amsterdamDay(new Date(hourStart + hours * 3_600_000 + within));
        expect(amsterdamDay(at)).toBe(luxonDay(at));
      }),
      { numRuns: 5_000 },
    );
  });

  it('changes day at midnight in winter and in summer, also within one UTC hour of the change', () => {
    for (const [before, after, dayBefore, dayAfter] of [
      ['2026-01-15T22:59:59.999Z', '2026-01-15T23:00:00Z', '2026-01-15', '2026-01-16'],
      ['2026-07-15T21:59:59.999Z', '2026-07-15T22:00:00Z', '2026-07-15', '2026-07-16'],
      ['2026-03-28T22:59:59.999Z', '2026-03-28T23:00:00Z', '2026-03-28', '2026-03-29'],
      ['2026-10-24T21:59:59.999Z', '2026-10-24T22:00:00Z', '2026-10-24', '2026-10-25'],
    ] as const) {
      expect(amsterdamDay(new Date(before))).toBe(dayBefore);
      expect(amsterdamDay(new Date(after))).toBe(dayAfter);
      expect(amsterdamDay(new Date(before))).toBe(dayBefore);
    }
  });
});

describe('atAmsterdam', () => {
  it('14:00 is 13:00Z in winter and 12:00Z in summer', () => {
    expect(atAmsterdam('2026-01-15', '14:00').toISOString()).toBe('2026-01-15T13:00:00.000Z');
    expect(atAmsterdam('2026-07-16', '14:00').toISOString()).toBe('2026-07-16T12:00:00.000Z');
  });

  it('on the spring change day (29 March 2026) 14:00 is already CEST', () => {
    expect(atAmsterdam('2026-03-28', '14:00').toISOString()).toBe('2026-03-28T13:00:00.000Z');
    expect(atAmsterdam('2026-03-29', '14:00').toISOString()).toBe('2026-03-29T12:00:00.000Z');
  });

  it('on the autumn change day (25 October 2026) 14:00 is already CET', () => {
    expect(atAmsterdam('2026-10-24', '14:00').toISOString()).toBe('2026-10-24T12:00:00.000Z');
    expect(atAmsterdam('2026-10-25', '14:00').toISOString()).toBe('2026-10-25T13:00:00.000Z');
  });

  it('a time in the spring gap uses the offset before the gap (02:30 -> 03:30 CEST)', () => {
    const at = atAmsterdam('2026-03-29', '02:30');
    expect(at.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(amsterdamTime(at)).toBe('03:30');
  });

  it('a time that happens twice in autumn means the first, in CEST', () => {
    expect(atAmsterdam('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('throws on malformed input, which the boundary should have refused', () => {
    expect(() => atAmsterdam('2026-02-30', '14:00')).toThrow(RangeError);
    expect(() => atAmsterdam('2026-02-10', '24:00')).toThrow(RangeError);
  });

  it('round-trips every day and time outside the spring gap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 15 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (offset, h, m) => {
        const day = addDays('2020-01-01', offset);
        const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const at = atAmsterdam(day, time);
        expect(amsterdamDay(at)).toBe(day);
        // The gap: 02:00-02:59 on the last Sunday of March.
        const inGap = h === 2 && day.slice(5, 7) === '03' && day.slice(8) >= '25' && isoWeekday(day) === WEEKDAY.SUNDAY;
        expect(amsterdamTime(at)).toBe(inGap ? `03:${time.slice(3)}` : time);
      }),
    );
  });
});

describe('weekday helpers', () => {
  it('numbers ISO weekdays and spots weekends', () => {
    expect(isoWeekday('2026-10-15')).toBe(WEEKDAY.THURSDAY);
    expect(isoWeekday('2026-06-07')).toBe(WEEKDAY.SUNDAY);
    expect(isWeekend('2026-06-06')).toBe(true);
    expect(isWeekend('2026-06-05')).toBe(false);
  });

  it('finds the third Thursday of a month with five Thursdays (October 2026 -> 15th)', () => {
    expect(nthWeekdayOfMonth(2026, 10, WEEKDAY.THURSDAY, 3)).toBe('2026-10-15');
    expect(nthWeekdayOfMonth(2026, 10, WEEKDAY.THURSDAY, 5)).toBe('2026-10-29');
    expect(nthWeekdayOfMonth(2026, 10, WEEKDAY.THURSDAY, -1)).toBe('2026-10-29');
    expect(nthWeekdayOfMonth(2026, 11, WEEKDAY.THURSDAY, 5)).toBeNull();
    expect(weekdayOrdinalInMonth('2026-10-15')).toBe(3);
  });

  it('validates clock times and counts days', () => {
    expect(isClockTime('14:00')).toBe(true);
    expect(isClockTime('9:00')).toBe(false);
    expect(isClockTime('23:60')).toBe(false);
    expect(daysBetween('2026-03-01', '2026-03-29')).toBe(28);
    expect(daysBetween('2026-03-29', '2026-03-01')).toBe(-28);
  });
});
