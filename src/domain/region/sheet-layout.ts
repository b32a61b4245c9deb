/**
 * The header rows of the region workbook's sheets (DOMAIN.md, "Region workbook"): which header means
 * which column, in Dutch or English, case, accents and punctuation ignored, as the membership
 * spreadsheet reads its own (membership-headers.ts, through the same mapColumns). One layout per
 * sheet; the Leden sheet keeps the membership layout itself.
 */
import { normalizeName } from '../names.ts';

/** The languages a header row can be written in. */
export type SheetLanguage = 'nl' | 'en';

/** One column: its header in Dutch and English, other spellings people use, and whether it must be there. */
export interface ColumnSpec {
  readonly nl: string;
  readonly en: string;
  readonly also?: readonly string[];
  readonly required?: boolean;
}

/** A sheet's columns in the order the export writes them. */
export type SheetLayout<C extends string> = { readonly [K in C]: ColumnSpec };

/** Where each known column sits and what its header says in the file (or would say, when absent). */
export interface ColumnMap<C extends string> {
  /** 0-based cell index per column present in the file. */
  readonly index: Readonly<Partial<Record<C, number>>>;
  /** The header as written; for an absent column, its name in the file's language. */
  readonly label: Readonly<Record<C, string>>;
  readonly lang: SheetLanguage;
}

/** A problem with a header row: a required column missing, or one named twice. */
export interface HeaderIssue {
  readonly code: 'IMPORT_MISSING_COLUMN' | 'IMPORT_DUPLICATE_COLUMN';
  readonly column: string;
}

/** A header's comparison key: "E-mail" and "email", "Stem per" and "stem-per" meet. */
export function headerKey(value: string): string {
  return normalizeName(value.replace(/[/.()|]/g, ' ')).replace(/[ .@]/g, '');
}

/** Reads a header row against a layout. Unknown headers ("Opmerkingen") are ignored, not refused. */
export function mapColumns<C extends string>(layout: SheetLayout<C>, cells: readonly string[]): { map: ColumnMap<C>; problems: HeaderIssue[] } {
  const columns = Object.keys(layout) as C[];
  const byKey = new Map<string, { column: C; lang: SheetLanguage | null }>();
  for (const column of columns) {
    const spec = layout[column];
    for (const other of spec.also ?? []) byKey.set(headerKey(other), { column, lang: null });
    byKey.set(headerKey(spec.en), { column, lang: 'en' });
    byKey.set(headerKey(spec.nl), { column, lang: 'nl' });
  }
  const index: Partial<Record<C, number>> = {};
  const written: Partial<Record<C, string>> = {};
  const problems: HeaderIssue[] = [];
  let nl = 0;
  let en = 0;
  cells.forEach((cell, i) => {
    const hit = cell.trim() === '' ? undefined : byKey.get(headerKey(cell));
    if (hit === undefined) return;
    if (hit.lang === 'nl') nl += 1;
    if (hit.lang === 'en') en += 1;
    if (index[hit.column] !== undefined) {
      problems.push({ code: 'IMPORT_DUPLICATE_COLUMN', column: cell.trim() });
      return;
    }
    index[hit.column] = i;
    written[hit.column] = cell.trim();
  });
  const lang: SheetLanguage = en > nl ? 'en' : 'nl';
  const label = Object.fromEntries(columns.map((c) => [c, written[c] ?? layout[c][lang]])) as Record<C, string>;
  for (const column of columns) {
    if (layout[column].required && index[column] === undefined) problems.push({ code: 'IMPORT_MISSING_COLUMN', column: label[column] });
  }
  return { map: { index, label, lang }, problems };
}

/** The header row the export writes. */
export function layoutHeader<C extends string>(layout: SheetLayout<C>, lang: SheetLanguage): string[] {
  return (Object.keys(layout) as C[]).map((c) => layout[c][lang]);
}

/** Splits a list cell on `;` (DOMAIN.md: "`;` inside a cell separates a list"), dropping empty items. */
export function listItems(value: string): string[] {
  return value
    .split(';')
    .map((v) => v.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((v) => v !== '');
}

/** Joins list items the way {@link listItems} reads them. */
export function listCell(items: readonly string[]): string {
  return items.join('; ');
}
