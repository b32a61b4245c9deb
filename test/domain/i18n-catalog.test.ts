/** Every message exists in Dutch and English, reads as a sentence, and leaves no placeholder unfilled. */
import { describe, expect, it } from 'vitest';
import { allCodes, t } from '../../src/i18n/index.ts';

const SAMPLE = {
  name: 'X', suggestions: '"Y"', matches: ['A', 'B'], value: 'v', option: 'van', quote: '"', word: 'w', suggestion: 's',
  argument: 'committee', usage: '/gremium help', committee: 'SBO', organisation: 'Combinatie Noord', from: '1 maart 2025',
  until: '31 december 2025', person: 'Jan de Vries', seats: 'lid', reference: 'AB12', row: 3, column: 'Naam', count: 2,
  day: '1 maart 2025', role: 'lid', people: '2', since: 'x', problem: 'EXPIRED', scope: 'bestuurlijk', file: 'a.xlsx', rows: 5,
  created: 1, updated: 2, unchanged: 3, emails: 0, mandates: 1, ext: '.ods', otherRow: 4, total: 10, done: 5,
};

describe('message catalogs', () => {
  const codes = allCodes();
  it('has messages', () => expect(codes.length).toBeGreaterThan(50));
  it.each(codes)('%s reads in Dutch and in English, differently', (code) => {
    const nl = t('nl', code, SAMPLE);
    const en = t('en', code, SAMPLE);
    for (const text of [nl, en]) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|\[object Object\]|\$\{|NaN/);
    }
    if (nl.length > 12) expect(nl).not.toBe(en);
  });
});
