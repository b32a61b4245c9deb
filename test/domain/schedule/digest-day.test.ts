/** The weekly digest's day words and ISO week keys (issue 17, point 5). */
import { describe, expect, it } from 'vitest';
import { isoWeekdayOf, isoWeekOf, parseDigestChoice, weekdayName, weekdayOfName } from '../../../src/domain/schedule/digest-day.ts';

describe('digest day', () => {
  it('reads weekdays in Dutch and English, short forms in a command, and the words that turn it off', () => {
    expect(['maandag', 'Monday', 'ma', 'mon'].map(parseDigestChoice)).toEqual([1, 1, 1, 1]);
    expect(['vrijdag', 'FRIDAY', 'vrijdags', 'fridays', 'fri.'].map(parseDigestChoice)).toEqual([5, 5, 5, 5, 5]);
    expect(['zondag', 'sunday'].map(parseDigestChoice)).toEqual([7, 7]);
    expect(['uit', 'off', 'geen', 'stop'].map(parseDigestChoice)).toEqual(['off', 'off', 'off', 'off']);
    expect(['vrijdagmiddag', 'someday', 'morgen', '5'].map(parseDigestChoice)).toEqual([null, null, null, null]);
  });

  it('in a sentence only a weekday written out counts', () => {
    expect(weekdayOfName('woensdagen')).toBe(3);
    expect(weekdayOfName('do')).toBeNull();
    expect(weekdayOfName('sat')).toBeNull();
  });

  it('names the day in each language', () => {
    expect(weekdayName('nl', 5)).toBe('vrijdag');
    expect(weekdayName('en', 5)).toBe('Friday');
  });

  it('keys by ISO week, also across the turn of the year', () => {
    expect(isoWeekdayOf('2026-11-30')).toBe(1);
    expect(isoWeekOf('2026-11-30')).toBe('2026-W49');
    expect(isoWeekOf('2026-12-28')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
  });
});
