import { describe, expect, it } from 'vitest';
import {
  isDutchPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
} from '../../../src/domain/schedule/holidays.ts';

const CAO = { liberationDay: 'LUSTRUM_ONLY', goodFriday: false } as const;

describe('isDutchPublicHoliday', () => {
  it.each([
    ['2027-04-27', 'Koningsdag 2027 (Tuesday)'],
    ['2025-04-26', 'Koningsdag 2025, Saturday because the 27th is a Sunday'],
    ['2026-05-14', 'Hemelvaartsdag 2026'],
    ['2027-05-06', 'Hemelvaartsdag 2027'],
    ['2026-04-06', 'Tweede paasdag 2026'],
    ['2026-05-25', 'Tweede pinksterdag 2026'],
    ['2026-12-25', 'Kerstmis'],
    ['2026-12-26', 'Tweede kerstdag'],
    ['2027-01-01', 'Nieuwjaar'],
    ['2026-05-05', 'Bevrijdingsdag, every year by default'],
    ['2026-04-03', 'Goede Vrijdag, by default'],
  ])('%s is a holiday (%s)', (day) => {
    expect(isDutchPublicHoliday(day)).toBe(true);
    expect(isWorkingDay(day)).toBe(false);
  });

  it.each([
    ['2025-04-27', 'Sunday 27 April 2025: Koningsdag moved to the Saturday'],
    ['2026-05-04', 'Dodenherdenking is an observance'],
    ['2026-09-15', 'Prinsjesdag is an observance'],
    ['2026-12-31', 'Oudejaarsdag'],
  ])('%s is no holiday (%s)', (day) => {
    expect(isDutchPublicHoliday(day)).toBe(false);
  });

  it('the CAO reading counts 5 May only in lustrum years and skips Goede Vrijdag', () => {
    expect(isDutchPublicHoliday('2026-05-05', CAO)).toBe(false);
    expect(isDutchPublicHoliday('2025-05-05', CAO)).toBe(true);
    expect(isDutchPublicHoliday('2030-05-05', CAO)).toBe(true);
    expect(isDutchPublicHoliday('2026-04-03', CAO)).toBe(false);
    expect(isDutchPublicHoliday('2026-04-06', CAO)).toBe(true);
  });
});

describe('working days', () => {
  it('weekends are not working days', () => {
    expect(isWorkingDay('2026-06-06')).toBe(false);
    expect(isWorkingDay('2026-06-07')).toBe(false);
    expect(isWorkingDay('2026-06-08')).toBe(true);
  });

  it('previousWorkingDay keeps a working day and walks back over closed days', () => {
    expect(previousWorkingDay('2026-06-10')).toBe('2026-06-10');
    expect(previousWorkingDay('2026-06-07')).toBe('2026-06-05');
    // Tweede paasdag, Sunday, Saturday, Goede Vrijdag -> Thursday.
    expect(previousWorkingDay('2026-04-06')).toBe('2026-04-02');
    expect(previousWorkingDay('2026-04-06', CAO)).toBe('2026-04-03');
    // Tweede kerstdag 2026 is a Saturday; Kerstmis a Friday.
    expect(previousWorkingDay('2026-12-27')).toBe('2026-12-24');
  });

  it('nextWorkingDay walks forward', () => {
    expect(nextWorkingDay('2026-04-03')).toBe('2026-04-07');
    expect(nextWorkingDay('2026-05-14')).toBe('2026-05-15');
  });
});
