import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/services/registry/csv-text.ts';

describe('CSV as Excel writes it', () => {
  it('reads quoted fields, doubled quotes, separators and line breaks inside quotes, CRLF and LF', () => {
    const text = 'Naam;Aliassen;Bron\r\nGemeente A;"A; Gem. A";"Het ""convenant"", art. 3"\r\n\r\nB;"twee\nregels";x\n';
    expect(parseCsv(text)).toEqual([
      { row: 1, cells: ['Naam', 'Aliassen', 'Bron'] },
      { row: 2, cells: ['Gemeente A', 'A; Gem. A', 'Het "convenant", art. 3'] },
      { row: 4, cells: ['B', 'twee\nregels', 'x'] },
    ]);
  });

  it('guesses the separator from the header: English Excel writes commas', () => {
    expect(parseCsv('Name,Aliases\n"Municipality of Oss","Oss; Os"')).toEqual([
      { row: 1, cells: ['Name', 'Aliases'] },
      { row: 2, cells: ['Municipality of Oss', 'Oss; Os'] },
    ]);
  });
});
