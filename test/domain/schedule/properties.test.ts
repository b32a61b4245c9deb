import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../../src/domain/local-date.ts';
import type { IsoWeekday } from '../../../src/domain/schedule/clock.ts';
import { amsterdamDay, amsterdamTime, isoWeekday, weekdayOrdinalInMonth } from '../../../src/domain/schedule/clock.ts';
import type { HolidayCalendar } from '../../../src/domain/schedule/holidays.ts';
import { isWorkingDay } from '../../../src/domain/schedule/holidays.ts';
import { DEFAULT_SHIFT_RULES, deadlinesForMeeting, dutyState, reminderDays } from '../../../src/domain/schedule/deadlines.ts';
import { occurrences, parseSeries } from '../../../src/domain/schedule/series.ts';

const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const anyDay = fc.integer({ min: 0, max: 365 * 16 }).map((n) => addDays('2020-01-01', n));
const anyCalendar: fc.Arbitrary<HolidayCalendar> = fc.record({
  liberationDay: fc.constantFrom('EVERY_YEAR', 'LUSTRUM_ONLY'),
  goodFriday: fc.boolean(),
});
const anyTime = fc
  .tuple(fc.integer({ min: 7, max: 21 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('before deadlines (property)', () => {
  it('are always working days, never after the naive date, and the latest such day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 60 }), anyCalendar, (meetingDay, days, calendar) => {
        const rules = { ...DEFAULT_SHIFT_RULES, calendar };
        for (const d of deadlinesForMeeting({ agendaDaysBefore: days, papersDaysBefore: days }, meetingDay, rules)) {
          expect(d.naiveDue).toBe(addDays(meetingDay, -days));
          expect(isWorkingDay(d.due, calendar)).toBe(true);
          expect(d.due <= d.naiveDue).toBe(true);
          for (let x = addDays(d.due, 1); x <= d.naiveDue; x = addDays(x, 1)) expect(isWorkingDay(x, calendar)).toBe(false);
        }
      }),
    );
  });

  it('after deadlines stay on the naive date by default', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 60 }), (meetingDay, days) => {
        for (const d of deadlinesForMeeting({ minutesDaysAfter: days, decisionListDaysAfter: days }, meetingDay)) {
          expect(d.due).toBe(addDays(meetingDay, days));
        }
      }),
    );
  });
});

describe('reminders and states (property)', () => {
  it('reminders are sorted, unique working days on or before the deadline', () => {
    fc.assert(
      fc.property(anyDay, fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 5 }), (due, before) => {
        const days = reminderDays(due, before);
        expect(days).toEqual([...new Set(days)].sort());
        for (const d of days) {
          expect(d <= due).toBe(true);
          expect(isWorkingDay(d)).toBe(true);
        }
      }),
    );
  });

  it('a duty is DONE iff done, else OVERDUE iff today is past the deadline', () => {
    fc.assert(
      fc.property(anyDay, anyDay, fc.boolean(), (due, today, done) => {
        const state = dutyState(due, done ? new Date(0) : null, today);
        if (done) expect(state).toBe('DONE');
        else expect(state === 'OVERDUE').toBe(today > due);
      }),
    );
  });
});

describe('occurrences (property)', () => {
  const anyRule = fc.record({
    code: fc.constantFrom(...CODES),
    ordinal: fc.constantFrom(1, 2, 3, 4, -1),
  });

  it('are sorted, unique, on the requested weekday and ordinal, at the local start time', () => {
    fc.assert(
      fc.property(anyRule, anyDay, fc.integer({ min: 0, max: 400 }), anyTime, ({ code, ordinal }, from, span, startTime) => {
        const parsed = parseSeries({ rrule: `FREQ=MONTHLY;BYDAY=${ordinal > 0 ? '+' : ''}${ordinal}${code}`, dtstart: '2019-01-01', startTime });
        if (!parsed.ok) throw new Error('fixture');
        const to = addDays(from, span);
        const ms = occurrences(parsed.value, from, to);
        const weekday = (CODES.indexOf(code) + 1) as IsoWeekday;
        ms.forEach((m, i) => {
          const prev = ms[i - 1];
          if (prev) expect(prev.startsAt.getTime()).toBeLessThan(m.startsAt.getTime());
          expect(m.day >= from && m.day <= to).toBe(true);
          expect(isoWeekday(m.day)).toBe(weekday);
          if (ordinal > 0) expect(weekdayOrdinalInMonth(m.day)).toBe(ordinal);
          else expect(addDays(m.day, 7).slice(0, 7)).not.toBe(m.day.slice(0, 7));
          expect(amsterdamDay(m.startsAt)).toBe(m.day);
          expect(amsterdamTime(m.startsAt)).toBe(startTime);
        });
        // One meeting per month: no month is skipped or doubled within the range.
        expect(new Set(ms.map((m) => m.day.slice(0, 7))).size).toBe(ms.length);
      }),
    );
  });

  it('stay sorted and unique with random cancellations, moves and extras', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: -10, max: 10 })), { maxLength: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), anyTime), { maxLength: 4 }),
        (from, cancelOffsets, moveOffsets, extraOffsets) => {
          const parsed = parseSeries({ rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', dtstart: '2019-01-01', startTime: '14:00' });
          if (!parsed.ok) throw new Error('fixture');
          const cancelled = cancelOffsets.map((n) => addDays(from, n));
          const moved = moveOffsets.map(([n, shift]) => ({ originalDay: addDays(from, n), newDay: addDays(from, n + shift) }));
          const extra = extraOffsets.map(([n, time]) => ({ day: addDays(from, n), time }));
          const to = addDays(from, 120);
          const ms = occurrences(parsed.value, from, to, { cancelled, moved, extra });
          ms.forEach((m, i) => {
            const prev = ms[i - 1];
            if (prev) expect(prev.startsAt.getTime()).toBeLessThan(m.startsAt.getTime());
            expect(m.day >= from && m.day <= to).toBe(true);
            if (m.kind === 'REGULAR') {
              expect(cancelled).not.toContain(m.day);
              expect(moved.map((x) => x.originalDay)).not.toContain(m.day);
            }
          });
        },
      ),
    );
  });
});
