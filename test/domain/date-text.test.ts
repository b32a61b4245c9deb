import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../src/domain/date-text.ts';

const today = '2026-11-25';

describe('dates as people type them', () => {
  it.each([
    ['2025-03-01', '2025-03-01'],
    ['1-3-2025', '2025-03-01'],
    ['01/03/2025', '2025-03-01'],
    ['1.3.2025', '2025-03-01'],
    ['1 maart 2025', '2025-03-01'],
    ['1 March 2025', '2025-03-01'],
    ['March 1, 2025', '2025-03-01'],
    ['1st of March 2025', '2025-03-01'],
    ['12 maart', '2026-03-12'],
    ['12 mrt 2027', '2027-03-12'],
    ['vandaag', '2026-11-25'],
    ['tomorrow', '2026-11-26'],
    ['gisteren', '2026-11-24'],
    ['29 februari 2028', '2028-02-29'],
  ])('reads %s', (typed, expected) => {
    expect(parseDateText(typed, today)).toBe(expected);
  });

  it.each(['29 februari 2027', '31-4-2026', '2025-02-30', 'maart', 'de volgende keer', '13-13-2025', '__proto__', 'constructor 1', ''])(
    'refuses %s',
    (typed) => {
      expect(parseDateText(typed, today)).toBeNull();
    },
  );

  it('reads back every real date written in each accepted form', () => {
    const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
        expect(parseDateText(`${day}-${m}-${y}`, today)).toBe(iso);
        expect(parseDateText(`${day} ${months[m - 1]} ${y}`, today)).toBe(iso);
        expect(parseDateText(iso, today)).toBe(iso);
      }),
    );
  });
});
