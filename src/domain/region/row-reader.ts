/**
 * Reading one row of a region sheet: its cells by column, and every problem in it reported at the
 * sheet, row and column, so that one pass lists them all. Shared by the sheet readers.
 */
import type { LocalDate } from '../local-date.ts';
import { cellTextProblem, cleanCell, parseDate, parseYesNo, type ImportProblemCode, type SheetRow } from '../registry/membership-rows.ts';
import type { RegionProblemCode } from './region-problems.ts';
import { mapColumns, type ColumnMap, type SheetLayout } from './sheet-layout.ts';
import type { RawSheet, RegionProblem } from './workbook.ts';
import type { WordTable } from './words.ts';

/** What a sheet reader gets per row. `failed` turns true at the first problem of the row. */
export interface RowReader<C extends string> {
  readonly row: number;
  /** True when the sheet has the column. */
  has(c: C): boolean;
  cell(c: C): string;
  problem(c: C, code: ImportProblemCode | RegionProblemCode, params?: RegionProblem['params']): void;
  required(c: C): string;
  /** A required name: kept to the name limit (src/domain/user-text.ts). */
  name(c: C): string;
  yesNo(c: C): boolean;
  date(c: C, need: boolean): LocalDate | null;
  /** A word of `table`; '' gives `empty`. An unknown word is reported with a suggestion and the choices. */
  word<V extends string, E extends V | null>(c: C, table: WordTable<V>, code: RegionProblemCode, empty: E): V | E;
  readonly failed: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True when `value` looks like an e-mail address. */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** A reader for one row. */
export function rowReader<C extends string>(sheet: string, line: SheetRow, map: ColumnMap<C>, problems: RegionProblem[]): RowReader<C> {
  let failed = false;
  const cell = (c: C) => {
    const i = map.index[c];
    return i === undefined ? '' : cleanCell(line.cells[i] ?? '');
  };
  const problem = (c: C, code: ImportProblemCode | RegionProblemCode, params: RegionProblem['params'] = {}) => {
    failed = true;
    problems.push({ sheet, row: line.row, column: map.label[c], code, params });
  };
  // Every cell once, before any is read: no cell over a message's length or with a control character.
  for (const c of Object.keys(map.index) as C[]) {
    const text = cellTextProblem(cell(c), 'message');
    if (text) problem(c, text.code, text.params);
  }
  return {
    row: line.row,
    has: (c) => map.index[c] !== undefined,
    cell,
    problem,
    required(c) {
      const v = cell(c);
      if (v === '') problem(c, 'IMPORT_MISSING_VALUE');
      return v;
    },
    name(c) {
      const v = this.required(c);
      const text = cellTextProblem(v, 'name');
      if (text) problem(c, text.code, text.params);
      return v;
    },
    yesNo(c) {
      const v = cell(c);
      const b = parseYesNo(v);
      if (b === null) problem(c, 'IMPORT_INVALID_YES_NO', { value: v });
      return b ?? false;
    },
    date(c, need) {
      const v = need ? this.required(c) : cell(c);
      if (v === '') return null;
      const d = parseDate(v);
      if (d === null) problem(c, 'IMPORT_INVALID_DATE', { value: v });
      return d;
    },
    word(c, table, code, empty) {
      const v = cell(c);
      if (v === '') return empty;
      const hit = table.read(v);
      if (hit.ok) return hit.value;
      const params: RegionProblem['params'] = { value: v, choices: table.choices(map.lang) };
      problem(c, code, hit.suggestion === null ? params : { ...params, suggestion: hit.suggestion });
      return empty;
    },
    get failed() {
      return failed;
    },
  };
}

/** A sheet's rows, and its column labels as written (layout names when absent). */
export interface SheetRead<T, C extends string> {
  readonly rows: T[];
  readonly labels: Readonly<Record<C, string>>;
}

/**
 * Reads a sheet with a layout: the first non-empty row is the header, blank rows are skipped, and
 * `read` turns each other row into a value (null when not even its name can be read).
 */
export function readSheetRows<C extends string, T>(
  sheet: RawSheet,
  layout: SheetLayout<C>,
  problems: RegionProblem[],
  read: (r: RowReader<C>) => T | null,
): SheetRead<T, C> {
  const defaults = Object.fromEntries((Object.keys(layout) as C[]).map((c) => [c, layout[c].nl])) as Record<C, string>;
  const filled = sheet.rows.filter((r) => r.cells.some((c) => cleanCell(c) !== ''));
  const head = filled[0];
  if (head === undefined) {
    problems.push({ sheet: sheet.name, row: 1, column: '', code: 'REGION_EMPTY_SHEET', params: { sheet: sheet.name } });
    return { rows: [], labels: defaults };
  }
  const { map, problems: headerProblems } = mapColumns(layout, head.cells);
  for (const p of headerProblems) problems.push({ sheet: sheet.name, row: head.row, column: p.column, code: p.code, params: {} });
  if (headerProblems.some((p) => p.code === 'IMPORT_MISSING_COLUMN')) return { rows: [], labels: map.label };
  const rows: T[] = [];
  for (const line of filled.slice(1)) {
    const reader = rowReader(sheet.name, line, map, problems);
    // A row with problems is kept (with stand-in values) so that other rows and sheets naming it do
    // not report it as unknown too; any problem refuses the workbook, so it is never written.
    const value = read(reader);
    if (value !== null) rows.push(value);
  }
  return { rows, labels: map.label };
}
