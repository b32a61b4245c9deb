/** A small region nobody here has seen (Twente), as workbook sheets, for the region tests. */
import type { RawSheet } from '../../../src/domain/region/workbook.ts';

/** A sheet from a header and rows of cells; row numbers as in a spreadsheet (header = 1). */
export function sheet(name: string, header: string[], ...rows: string[][]): RawSheet {
  return { name, rows: [header, ...rows].map((cells, i) => ({ row: i + 1, cells })) };
}

export const ORGANISATIONS_NL = sheet(
  'Organisaties',
  ['Naam', 'Soort', 'Aliassen', 'Penvoerder', 'Leden', 'Regio'],
  ['Gemeente Enschede', 'gemeente', 'Enschede', '', '', 'Twente'],
  ['Gemeente Hengelo', 'gemeente', 'Hengelo; Municipality of Hengelo', '', '', 'Twente'],
  ['Stichting Jeugdkracht Twente', 'aanbieder', 'Jeugdkracht', '', '', 'Twente'],
  ['Zorgveld BV', 'zorgaanbieder', 'Zorgveld', '', '', 'Twente'],
  ['Coalitie Jeugd Twente', 'coalitie', 'CJT', 'Jeugdkracht', 'Zorgveld', 'Twente'],
  ['Regio Twente', 'regionaal orgaan', '', '', '', 'Twente'],
);

export const COMMITTEES_NL = sheet(
  'Gremia',
  ['Code', 'Naam', 'Lidwoord', 'Aliassen', 'Besluitregel', 'Stem per', 'Vervanging', 'Mandaat vereist', 'Zetels per partij', 'Samenstelling', 'Ritme', 'Tijd', 'Duur', 'Termijnen', 'Agenda en verslag door', 'Escaleert naar', 'Bron'],
  ['BOJ', 'Bestuurlijk Overleg Jeugd Twente', 'het', 'Bestuurlijk overleg', 'meerderheid', 'partij', 'eigen organisatie', 'ja', '1', 'gemeente 2; combinatie 1', 'derde donderdag van de maand', '15:00', '90', 'agenda -14; stukken -7; verslag +21', 'secretaris', '', 'Convenant Twente art. 3'],
  ['KO', 'Klankbordoverleg', 'het', '', 'geen besluiten', '', 'zelfde organisatie', 'nee', '', '', 'elke twee weken op maandag', '', '', '', 'BOJ-voorzitter', 'BOJ', 'Convenant Twente art. 5'],
);

export const MEMBERS_NL = sheet(
  'Leden',
  ['Gremium', 'Naam', 'E-mail', 'Organisatie', 'Namens', 'Rol', 'Van', 'Tot', 'Mandaat', 'Vervanger'],
  ['BOJ', 'Ilse Nijhuis', 'ilse.nijhuis@enschede.example', 'Gemeente Enschede', '', 'lid', '2026-01-01', '', 'ja', ''],
  ['BOJ', 'Bram Oude Luttikhuis', 'bram@hengelo.example', 'Gemeente Hengelo', '', 'lid', '2026-01-01', '', 'ja', ''],
  ['BOJ', 'Femke Kamphuis', 'femke@jeugdkracht.example', 'Jeugdkracht', 'CJT', 'lid', '2026-01-01', '', 'ja', ''],
  ['BOJ', 'Tom Wevers', 'tom@regiotwente.example', 'Regio Twente', '', 'secretaris', '2026-01-01', '', 'nee', ''],
  ['KO', 'Femke Kamphuis', 'femke@jeugdkracht.example', 'Jeugdkracht', '', 'lid', '2026-02-01', '', 'nee', ''],
);

/** The Twente workbook in Dutch. */
export const TWENTE_NL: RawSheet[] = [ORGANISATIONS_NL, COMMITTEES_NL, MEMBERS_NL];

/** Replaces one row of a sheet (1-based as in the spreadsheet) with other cells. */
export function withRow(s: RawSheet, row: number, cells: string[]): RawSheet {
  return { ...s, rows: s.rows.map((r) => (r.row === row ? { row, cells } : r)) };
}

/** Changes one cell of a sheet, by row number and header. */
export function withCell(s: RawSheet, row: number, header: string, value: string): RawSheet {
  const col = (s.rows[0]?.cells ?? []).indexOf(header);
  if (col < 0) throw new Error(`no column ${header}`);
  return { ...s, rows: s.rows.map((r) => (r.row === row ? { row, cells: r.cells.map((c, i) => (i === col ? value : c)) } : r)) };
}
