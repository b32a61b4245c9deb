import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutraliseCell, restoreCell } from '../../src/domain/spreadsheet-cell.ts';

describe('spreadsheet cells (OWASP CSV injection)', () => {
  it('prefixes a cell that starts like a formula with an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseCell('Jan de Vries')).toBe('Jan de Vries');
    expect(neutraliseCell("'quoted")).toBe("'quoted");
  });
  it('reads back exactly what was written, for any text', () => {
    fc.assert(fc.property(fc.string(), (text) => restoreCell(neutraliseCell(text)) === text && !/^[=+\-@\t\r]/.test(neutraliseCell(text))));
  });
});
