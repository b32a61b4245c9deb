import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingSeries } from '../../../src/domain/schedule/series.ts';
import {
  isOccurrence,
  nextMeeting,
  occurrences,
  parseSeries,
  validateExceptions,
} from '../../../src/domain/schedule/series.ts';
import { fixedClock } from '../../../src/domain/schedule/clock.ts';
import { isDutchPublicHoliday } from '../../../src/domain/schedule/holidays.ts';

function series(rrule: string, dtstart = '2026-01-01', startTime = '14:00'): MeetingSeries {
  const parsed = parseSeries({ rrule, dtstart, startTime });
  if (!parsed.ok) throw new Error(`fixture: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

// 004: "Het BOSD komt maandelijks bijeen op de derde donderdag van de maand."
const BOSD = series('FREQ=MONTHLY;BYDAY=+3TH');
// 004: "Het Control overleg komt minimaal vier keer per jaar bijeen op de eerste dinsdag van de maand."
const CONTROL = series('RRULE:FREQ=MONTHLY;BYDAY=+1TU');

const days = (s: MeetingSeries, from: string, to: string): string[] => occurrences(s, from, to).map((m) => m.day);
const utc = (s: MeetingSeries, from: string, to: string): string[] =>
  occurrences(s, from, to).map((m) => m.startsAt.toISOString());

describe('parseSeries', () => {
  it('normalises a valid rule', () => {
    expect(CONTROL.rrule).toBe('FREQ=MONTHLY;BYDAY=+1TU');
    const lower = parseSeries({ rrule: ' rrule:freq=weekly;byday=tu ', dtstart: '2026-01-01', startTime: '09:30' });
    expect(lower.ok && lower.value.rrule).toBe('FREQ=WEEKLY;BYDAY=TU');
  });

  it.each([
    ['', 'SYNTAX'],
    ['FREQ=MONTHLY;;BYDAY=TU', 'SYNTAX'],
    ['FREQ=MONTHLY;FREQ=WEEKLY', 'SYNTAX'],
    ['BYDAY=TU', 'FREQUENCY'],
    ['FREQ=MONTLY', 'FREQUENCY'],
    ['FREQ=HOURLY', 'FREQUENCY'],
    ['FREQ=MONTHLY;BYDAY=+3XX', 'VALUE'],
    ['FREQ=MONTHLY;BYDAY=+6TH', 'VALUE'],
    ['FREQ=WEEKLY;BYDAY=+1TU', 'VALUE'],
    ['FREQ=WEEKLY;INTERVAL=0', 'VALUE'],
    ['FREQ=MONTHLY;BYMONTHDAY=40', 'VALUE'],
    ['FREQ=MONTHLY;COUNT=abc', 'VALUE'],
    ['FREQ=MONTHLY;UNTIL=2026', 'VALUE'],
    ['FREQ=MONTHLY;BYHOUR=14', 'UNSUPPORTED_PART'],
    ['FREQ=MONTHLY;FOO=1', 'UNSUPPORTED_PART'],
    ['DTSTART:20260101\nRRULE:FREQ=MONTHLY', 'SYNTAX'],
    ['FREQ=MONTHLY;COUNT=3;UNTIL=20261231', 'COUNT_AND_UNTIL'],
  ])('refuses %j with INVALID_RECURRENCE (%s)', (rrule, reason) => {
    const r = parseSeries({ rrule, dtstart: '2026-01-01', startTime: '14:00' });
    expect(r).toEqual({ ok: false, error: { code: 'INVALID_RECURRENCE', params: { reason, rrule } } });
  });

  it('refuses a bad first day or start time', () => {
    const day = parseSeries({ rrule: 'FREQ=MONTHLY', dtstart: '2026-02-30', startTime: '14:00' });
    expect(!day.ok && day.error.params?.reason).toBe('DTSTART');
    const time = parseSeries({ rrule: 'FREQ=MONTHLY', dtstart: '2026-02-03', startTime: '2pm' });
    expect(!time.ok && time.error.params?.reason).toBe('START_TIME');
  });
});

describe('occurrences', () => {
  it('BOSD meets on the third Thursday, also in a month with five Thursdays (October 2026)', () => {
    expect(days(BOSD, '2026-10-01', '2026-12-31')).toEqual(['2026-10-15', '2026-11-19', '2026-12-17']);
  });

  it('Control/DOSD meet on the first Tuesday', () => {
    expect(days(CONTROL, '2026-01-01', '2026-04-30')).toEqual(['2026-01-06', '2026-02-03', '2026-03-03', '2026-04-07']);
  });

  it('a 14:00 meeting stays 14:00 across the March DST change (13:00Z before, 12:00Z after)', () => {
    expect(utc(BOSD, '2026-03-01', '2026-04-30')).toEqual(['2026-03-19T13:00:00.000Z', '2026-04-16T12:00:00.000Z']);
    const sundays = series('FREQ=WEEKLY;BYDAY=SU');
    expect(utc(sundays, '2026-03-22', '2026-03-29')).toEqual(['2026-03-22T13:00:00.000Z', '2026-03-29T12:00:00.000Z']);
  });

  it('a 14:00 meeting stays 14:00 across the October DST change (12:00Z before, 13:00Z after)', () => {
    expect(utc(BOSD, '2026-10-01', '2026-11-30')).toEqual(['2026-10-15T12:00:00.000Z', '2026-11-19T13:00:00.000Z']);
    const sundays = series('FREQ=WEEKLY;BYDAY=SU');
    expect(utc(sundays, '2026-10-18', '2026-10-25')).toEqual(['2026-10-18T12:00:00.000Z', '2026-10-25T13:00:00.000Z']);
  });

  it('keeps a meeting that falls on a holiday: only the secretary cancels or moves it', () => {
    const lastTuesday = series('FREQ=MONTHLY;BYDAY=-1TU', '2027-01-01');
    expect(days(lastTuesday, '2027-04-01', '2027-04-30')).toEqual(['2027-04-27']);
    expect(isDutchPublicHoliday('2027-04-27')).toBe(true); // Koningsdag
    const secondThursday = series('FREQ=MONTHLY;BYDAY=+2TH');
    expect(days(secondThursday, '2026-05-01', '2026-05-31')).toEqual(['2026-05-14']); // Hemelvaartsdag
    const moved = occurrences(lastTuesday, '2027-04-01', '2027-04-30', {
      moved: [{ originalDay: '2027-04-27', newDay: '2027-04-26', newTime: '10:00' }],
    });
    expect(moved).toEqual([
      { day: '2027-04-26', startTime: '10:00', startsAt: new Date('2027-04-26T08:00:00Z'), kind: 'MOVED', originalDay: '2027-04-27' },
    ]);
  });

  it('drops a cancelled occurrence', () => {
    const ms = occurrences(BOSD, '2026-10-01', '2026-12-31', { cancelled: ['2026-11-19'] });
    expect(ms.map((m) => m.day)).toEqual(['2026-10-15', '2026-12-17']);
  });

  it('moves an occurrence, also across the range edge', () => {
    const exceptions = { moved: [{ originalDay: '2026-12-17', newDay: '2027-01-07' }] };
    expect(occurrences(BOSD, '2026-12-01', '2026-12-31', exceptions)).toEqual([]);
    const jan = occurrences(BOSD, '2027-01-01', '2027-01-31', exceptions);
    expect(jan.map((m) => [m.day, m.kind, m.startsAt.toISOString()])).toEqual([
      ['2027-01-07', 'MOVED', '2027-01-07T13:00:00.000Z'],
      ['2027-01-21', 'REGULAR', '2027-01-21T13:00:00.000Z'],
    ]);
  });

  it('adds one-off extra meetings, sorted in, and keeps one meeting per instant', () => {
    const ms = occurrences(BOSD, '2026-10-01', '2026-10-31', {
      extra: [{ day: '2026-10-29', time: '09:00' }, { day: '2026-10-15' }, { day: '2026-10-01' }],
    });
    expect(ms.map((m) => `${m.day} ${m.startTime} ${m.kind}`)).toEqual([
      '2026-10-01 14:00 EXTRA',
      '2026-10-15 14:00 REGULAR',
      '2026-10-29 09:00 EXTRA',
    ]);
  });

  it('a cancellation wins over a move of the same day; an empty or reversed range gives nothing', () => {
    const both = { cancelled: ['2026-11-19'], moved: [{ originalDay: '2026-11-19', newDay: '2026-11-20' }] };
    expect(days(BOSD, '2026-11-01', '2026-11-30')).toEqual(['2026-11-19']);
    expect(occurrences(BOSD, '2026-11-01', '2026-11-30', both)).toEqual([]);
    expect(occurrences(BOSD, '2026-11-30', '2026-11-01')).toEqual([]);
  });

  it('honours dtstart, COUNT and a date-only UNTIL (inclusive)', () => {
    expect(days(series('FREQ=MONTHLY;BYDAY=+3TH', '2026-06-01'), '2026-01-01', '2026-07-31')).toEqual(['2026-06-18', '2026-07-16']);
    expect(days(series('FREQ=MONTHLY;BYDAY=+1TU;COUNT=2'), '2026-01-01', '2026-12-31')).toEqual(['2026-01-06', '2026-02-03']);
    expect(days(series('FREQ=MONTHLY;BYDAY=+1TU;UNTIL=20260203'), '2026-01-01', '2026-12-31')).toEqual(['2026-01-06', '2026-02-03']);
  });
});

describe('isOccurrence / validateExceptions', () => {
  it('knows which days the rule produces', () => {
    expect(isOccurrence(BOSD, '2026-10-15')).toBe(true);
    expect(isOccurrence(BOSD, '2026-10-22')).toBe(false);
  });

  it('accepts good exceptions and names the bad ones', () => {
    const good = { cancelled: ['2026-10-15'], moved: [{ originalDay: '2026-11-19', newDay: '2026-11-26' }] };
    expect(validateExceptions(BOSD, good)).toEqual({ ok: true, value: good });
    expect(validateExceptions(BOSD, { cancelled: ['2026-10-22'] })).toEqual({
      ok: false,
      error: { code: 'NOT_AN_OCCURRENCE', params: { day: '2026-10-22' } },
    });
    expect(validateExceptions(BOSD, { cancelled: ['2026-10-15'], moved: [{ originalDay: '2026-10-15', newDay: '2026-10-16' }] })).toEqual({
      ok: false,
      error: { code: 'CONFLICTING_EXCEPTION', params: { day: '2026-10-15' } },
    });
    expect(validateExceptions(BOSD, { extra: [{ day: '2026-10-16', time: '25:00' }] })).toEqual({
      ok: false,
      error: { code: 'INVALID_EXCEPTION', params: { day: '25:00', reason: 'TIME' } },
    });
    expect(validateExceptions(BOSD, { extra: [{ day: '16-10-2026' }] })).toEqual({
      ok: false,
      error: { code: 'INVALID_EXCEPTION', params: { day: '16-10-2026', reason: 'DAY' } },
    });
  });
});

describe('nextMeeting with an injected clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers from `now`, never from the system clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('1999-01-01T00:00:00Z')); // would break anything reading Date.now()
    const before = fixedClock('2026-10-15T11:59:00Z'); // 13:59 CEST on meeting day
    expect(nextMeeting(BOSD, before())?.day).toBe('2026-10-15');
    const after = fixedClock('2026-10-15T12:01:00Z'); // the meeting has started
    expect(nextMeeting(BOSD, after())?.day).toBe('2026-11-19');
    const cancelled = nextMeeting(BOSD, before(), { cancelled: ['2026-10-15', '2026-11-19'] });
    expect(cancelled?.startsAt.toISOString()).toBe('2026-12-17T13:00:00.000Z');
  });

  it('returns null when the series has ended', () => {
    const ended = series('FREQ=MONTHLY;BYDAY=+1TU;COUNT=1');
    expect(nextMeeting(ended, fixedClock('2026-03-01T10:00:00Z')())).toBeNull();
  });
});
