import { describe, expect, it } from 'vitest';
import type { DeadlinePolicy } from '../../../src/domain/registry/words.ts';
import {
  DEFAULT_SHIFT_RULES,
  deadlinesForMeeting,
  dutyState,
  reactionDeadline,
  reminderDays,
} from '../../../src/domain/schedule/deadlines.ts';
import { amsterdamDay, fixedClock } from '../../../src/domain/schedule/clock.ts';

// 000: "De agenda: min 3 weken voorafgaand aan het overleg" / "Het verslag: max 3 weken na het overleg."
const KBO: DeadlinePolicy = { agendaDaysBefore: 21, minutesDaysAfter: 21, responsible: 'agendacommissie' };
// 004: "uiterlijk zeven dagen voor het overleg versturen van de agenda en bestuurlijke stukken"
const BOSD: DeadlinePolicy = { agendaDaysBefore: 7, papersDaysBefore: 7 };
// 002: "Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren via de website."
const INKOOPNETWERK: DeadlinePolicy = { reactionDays: 14 };
const CAO_CALENDAR = { liberationDay: 'LUSTRUM_ONLY', goodFriday: false } as const;

const dues = (policy: DeadlinePolicy, day: string): Record<string, string> =>
  Object.fromEntries(deadlinesForMeeting(policy, day).map((d) => [d.duty, d.due]));

describe('deadlinesForMeeting', () => {
  it('KBO: agenda 21 days before, minutes 21 days after, with the responsible party', () => {
    expect(deadlinesForMeeting(KBO, '2026-10-15')).toEqual([
      { duty: 'AGENDA', due: '2026-09-24', naiveDue: '2026-09-24', direction: 'BEFORE', days: 21, responsible: 'agendacommissie' },
      { duty: 'MINUTES', due: '2026-11-05', naiveDue: '2026-11-05', direction: 'AFTER', days: 21, responsible: 'agendacommissie' },
    ]);
  });

  it('a committee without duties gets no deadlines', () => {
    expect(deadlinesForMeeting({}, '2026-10-15')).toEqual([]);
  });

  it('a before deadline on a Sunday moves to the Friday', () => {
    const [agenda] = deadlinesForMeeting({ agendaDaysBefore: 2 }, '2026-06-09');
    expect(agenda).toMatchObject({ naiveDue: '2026-06-07', due: '2026-06-05' });
  });

  it('a before deadline on Tweede paasdag moves back over the weekend to Thursday', () => {
    expect(dues(BOSD, '2026-04-13')).toEqual({ AGENDA: '2026-04-02', PAPERS: '2026-04-02' });
    const cao = { ...DEFAULT_SHIFT_RULES, calendar: CAO_CALENDAR };
    expect(deadlinesForMeeting(BOSD, '2026-04-13', cao)[0]?.due).toBe('2026-04-03'); // Goede Vrijdag open
  });

  it('BOSD papers due on Hemelvaartsdag (14 May 2026) go out on Wednesday 13 May', () => {
    expect(dues(BOSD, '2026-05-21')).toEqual({ AGENDA: '2026-05-13', PAPERS: '2026-05-13' });
  });

  it('a before deadline on Koningsdag 2027 moves to Monday 26 April', () => {
    expect(dues({ agendaDaysBefore: 21 }, '2027-05-18')).toEqual({ AGENDA: '2027-04-26' });
  });

  it('an after deadline stays on a weekend unless the committee says otherwise', () => {
    const policy: DeadlinePolicy = { decisionListDaysAfter: 5 };
    expect(dues(policy, '2026-06-02')).toEqual({ DECISION_LIST: '2026-06-07' });
    const next = deadlinesForMeeting(policy, '2026-06-02', { ...DEFAULT_SHIFT_RULES, after: 'NEXT_WORKING_DAY' });
    expect(next[0]).toMatchObject({ naiveDue: '2026-06-07', due: '2026-06-08' });
  });

  it('a committee may keep before deadlines where they fall', () => {
    const none = deadlinesForMeeting({ agendaDaysBefore: 2 }, '2026-06-09', { ...DEFAULT_SHIFT_RULES, before: 'NONE' });
    expect(none[0]?.due).toBe('2026-06-07');
  });

  it('throws on a day count that is a configuration bug', () => {
    expect(() => deadlinesForMeeting({ agendaDaysBefore: -1 }, '2026-06-09')).toThrow(RangeError);
    expect(() => deadlinesForMeeting({ minutesDaysAfter: 1.5 }, '2026-06-09')).toThrow(RangeError);
  });
});

describe('reactionDeadline', () => {
  it('Inkoopnetwerk: 14 days after publication, staying on Goede Vrijdag', () => {
    expect(reactionDeadline('2026-03-20', INKOOPNETWERK)).toEqual({
      duty: 'REACTIONS', due: '2026-04-03', naiveDue: '2026-04-03', direction: 'AFTER', days: 14,
    });
  });

  it('is null for a committee without a reaction period', () => {
    expect(reactionDeadline('2026-03-20', KBO)).toBeNull();
  });
});

describe('reminderDays', () => {
  it('reminds 7 and 2 days before, moved off weekends', () => {
    expect(reminderDays('2026-06-15')).toEqual(['2026-06-08', '2026-06-12']);
  });

  it('moves a reminder off Tweede paasdag and the Easter weekend', () => {
    expect(reminderDays('2026-04-08')).toEqual(['2026-04-01', '2026-04-02']);
  });

  it('takes the policy days, deduplicated and sorted, 0 meaning the due day itself', () => {
    expect(reminderDays('2026-06-17', [0, 14, 7, 7])).toEqual(['2026-06-03', '2026-06-10', '2026-06-17']);
    expect(reminderDays('2026-06-17', [])).toEqual([]);
    expect(() => reminderDays('2026-06-17', [-1])).toThrow(RangeError);
  });
});

describe('dutyState with an injected clock', () => {
  const today = (iso: string): string => amsterdamDay(fixedClock(iso)());

  it('OPEN, DUE_SOON, OVERDUE, DONE', () => {
    expect(dutyState('2026-06-15', null, today('2026-06-01T10:00:00Z'))).toBe('OPEN');
    expect(dutyState('2026-06-15', null, today('2026-06-08T10:00:00Z'))).toBe('DUE_SOON');
    expect(dutyState('2026-06-15', null, today('2026-06-15T21:59:00Z'))).toBe('DUE_SOON'); // 23:59 CEST
    expect(dutyState('2026-06-15', null, today('2026-06-15T22:00:00Z'))).toBe('OVERDUE'); // 00:00 CEST on the 16th
    expect(dutyState('2026-06-15', new Date('2026-06-20T08:00:00Z'), today('2026-06-25T10:00:00Z'))).toBe('DONE');
  });

  it('takes a custom due-soon window', () => {
    expect(dutyState('2026-06-15', null, '2026-06-12', 2)).toBe('OPEN');
    expect(dutyState('2026-06-15', null, '2026-06-13', 2)).toBe('DUE_SOON');
  });
});
