/**
 * The membership spreadsheet's columns (DOMAIN.md, "Membership spreadsheet"): which header means
 * which column, in Dutch or English, with case, accents and punctuation ignored.
 */
import { headerKey, mapColumns, type ColumnMap, type HeaderIssue, type SheetLanguage, type SheetLayout } from '../region/sheet-layout.ts';

export type { SheetLanguage } from '../region/sheet-layout.ts';

/** The columns of the layout, in the order the export writes them. */
export const MEMBERSHIP_COLUMNS = [
  'committee',
  'name',
  'email',
  'organisation',
  'onBehalfOf',
  'role',
  'from',
  'until',
  'mandate',
  'substitute',
] as const;
/** One of {@link MEMBERSHIP_COLUMNS}. */
export type MembershipColumn = (typeof MEMBERSHIP_COLUMNS)[number];

/** Each column's header in Dutch and English, plus other spellings people use. */
export const COLUMN_HEADERS: Readonly<Record<MembershipColumn, { nl: string; en: string; also: readonly string[] }>> = {
  committee: { nl: 'Gremium', en: 'Committee', also: ['overleg', 'commissie'] },
  name: { nl: 'Naam', en: 'Name', also: ['volledige naam', 'full name'] },
  email: { nl: 'E-mail', en: 'Email', also: ['e-mailadres', 'emailadres', 'email address', 'mail'] },
  organisation: { nl: 'Organisatie', en: 'Organisation', also: ['organization', 'werkgever', 'employer'] },
  onBehalfOf: { nl: 'Namens', en: 'On behalf of', also: ['vertegenwoordigt', 'represents', 'behalf of'] },
  role: { nl: 'Rol', en: 'Role', also: ['functie in gremium'] },
  from: { nl: 'Van', en: 'From', also: ['vanaf', 'begin', 'start', 'startdatum', 'start date'] },
  until: { nl: 'Tot', en: 'Until', also: ['tot en met', 't/m', 'tm', 'einde', 'einddatum', 'end', 'end date', 'to'] },
  mandate: { nl: 'Mandaat', en: 'Mandate', also: ['gemandateerd', 'mandated'] },
  substitute: { nl: 'Vervanger', en: 'Substitute', also: ['plaatsvervanger', 'deputy'] },
};

/** Columns without which no row can be read. The others may be left out (see MembershipRow). */
export const REQUIRED_COLUMNS: readonly MembershipColumn[] = ['committee', 'name', 'organisation', 'role', 'from'];

const BY_KEY: ReadonlyMap<string, { column: MembershipColumn; lang: SheetLanguage | null }> = (() => {
  const map = new Map<string, { column: MembershipColumn; lang: SheetLanguage | null }>();
  for (const column of MEMBERSHIP_COLUMNS) {
    const h = COLUMN_HEADERS[column];
    for (const other of h.also) map.set(headerKey(other), { column, lang: null });
    map.set(headerKey(h.en), { column, lang: 'en' });
    map.set(headerKey(h.nl), { column, lang: 'nl' });
  }
  return map;
})();

/** The column a header names, or null for a column the layout does not know. */
export function columnOfHeader(header: string): MembershipColumn | null {
  return BY_KEY.get(headerKey(header))?.column ?? null;
}

/** Where each known column sits in the file and what its header says there (language: most headers', Dutch on a tie). */
export type HeaderMap = ColumnMap<MembershipColumn>;

/**
 * A problem with the header row: IMPORT_MISSING_COLUMN (a required column is absent) or
 * IMPORT_DUPLICATE_COLUMN (two headers name the same column; reported at the second).
 */
export type HeaderProblem = HeaderIssue;

/** The membership columns as a sheet layout, read by the one header reader the region sheets use too. */
const MEMBERSHIP_LAYOUT: SheetLayout<MembershipColumn> = Object.fromEntries(
  MEMBERSHIP_COLUMNS.map((c) => [c, { ...COLUMN_HEADERS[c], required: REQUIRED_COLUMNS.includes(c) }]),
) as SheetLayout<MembershipColumn>;

/** Reads the header row. Unknown headers (a "Remarks" column) are ignored, not refused. */
export function mapHeaders(cells: readonly string[]): { map: HeaderMap; problems: HeaderProblem[] } {
  return mapColumns(MEMBERSHIP_LAYOUT, cells);
}

/** The header row the export writes, in Dutch or English. */
export function headerRow(lang: SheetLanguage): string[] {
  return MEMBERSHIP_COLUMNS.map((c) => COLUMN_HEADERS[c][lang]);
}

/** Sort position of a header as written (layout order; unknown headers last), for reports. */
export function columnOrder(header: string): number {
  const column = columnOfHeader(header);
  return column === null ? MEMBERSHIP_COLUMNS.length : MEMBERSHIP_COLUMNS.indexOf(column);
}
