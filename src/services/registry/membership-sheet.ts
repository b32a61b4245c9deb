/**
 * Reading and writing membership spreadsheets (.xlsx and .csv) with exceljs, as text cells with
 * their row numbers. CSV comes from Dutch Excel with ';' as often as with ',', sometimes with a
 * UTF-8 byte-order mark and sometimes in Windows-1252; all of those are read.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { LocalDate } from '../../domain/local-date.ts';
import type { SheetRow } from '../../domain/registry/membership-rows.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { neutraliseCell, restoreCell } from '../../domain/spreadsheet-cell.ts';
import { decode, guessDelimiter } from './csv-text.ts';

export { decode, guessDelimiter } from './csv-text.ts';

/**
 * A new exceljs workbook. exceljs is loaded here, on first use, not with this module: it costs about
 * 25 MiB and a quarter second of CPU, which a chat or a bot that never reads a sheet should not pay.
 */
async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

/** The file types the membership import and export handle. */
export type SheetFormat = 'xlsx' | 'csv';

/**
 * Why a file could not be read: FILE_NOT_FOUND (no such file), UNSUPPORTED_FILE_TYPE (not .xlsx
 * or .csv, e.g. .xls or .ods), FILE_UNREADABLE (an .xlsx that is no workbook, or has no sheet).
 */
export type SheetError = DomainError<'FILE_NOT_FOUND' | 'UNSUPPORTED_FILE_TYPE' | 'FILE_UNREADABLE'>;

/** A cell to write: text, or a calendar date (a real date cell in .xlsx, YYYY-MM-DD in .csv). */
export type SheetCell = string | { readonly date: LocalDate };

/** The format a file name asks for, or null when it is neither .xlsx nor .csv. */
export function sheetFormat(file: string): SheetFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : null;
}

/** Reads the first worksheet (xlsx) or the whole file (csv) as text cells. */
export async function readSheet(file: string): Promise<Result<SheetRow[], SheetError>> {
  const format = sheetFormat(file);
  if (format === null) return err('UNSUPPORTED_FILE_TYPE', { file: path.basename(file), ext: path.extname(file).toLowerCase() });
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return err('FILE_NOT_FOUND', { file });
  }
  const workbook = await newWorkbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (format === 'csv') {
      const text = decode(bytes);
      sheet = await workbook.csv.read(Readable.from([text]), {
        parserOptions: { delimiter: guessDelimiter(text) },
        map: (value: unknown) => value, // keep text: exceljs would read 1-3-2025 as March 1st, US style
      });
    } else {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      sheet = workbook.worksheets[0];
    }
  } catch {
    return err('FILE_UNREADABLE', { file: path.basename(file) });
  }
  if (sheet === undefined) return err('FILE_UNREADABLE', { file: path.basename(file) });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push({ row: rowNumber, cells: Array.from(values, (v) => (format === 'csv' ? restoreCell : same)(cellText(v as ExcelJS.CellValue))) });
  });
  return ok(rows);
}

/** Writes a header and rows: xlsx with a bold, frozen header; csv with a BOM so Excel reads UTF-8. */
export async function writeSheet(
  file: string,
  header: readonly string[],
  rows: readonly (readonly SheetCell[])[],
  options: { sheetName: string; delimiter: ',' | ';' },
): Promise<void> {
  const format = sheetFormat(file);
  if (format === null) throw new Error(`writeSheet: unsupported file type ${file}`);
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const cells of rows) {
    // A text cell of an .xlsx file is never a formula; in a CSV file it would be (OWASP), so it is neutralised.
    const row = sheet.addRow(cells.map((c) => (typeof c === 'string' ? (format === 'csv' ? neutraliseCell(c) : c) : format === 'xlsx' ? utcDate(c.date) : c.date)));
    if (format === 'xlsx') {
      cells.forEach((c, i) => {
        if (typeof c !== 'string') row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
      });
    }
  }
  if (format === 'csv') {
    await workbook.csv.writeFile(file, { formatterOptions: { delimiter: options.delimiter, writeBOM: true } });
    return;
  }
  header.forEach((title, i) => {
    const widest = Math.max(title.length, ...rows.slice(0, 500).map((r) => cellWidth(r[i])));
    sheet.getColumn(i + 1).width = Math.min(60, widest + 2);
  });
  await workbook.xlsx.writeFile(file);
}

function utcDate(day: LocalDate): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

function cellWidth(cell: SheetCell | undefined): number {
  return cell === undefined ? 0 : typeof cell === 'string' ? cell.length : 10;
}

/** A cell as text: dates as YYYY-MM-DD (Excel stores them as UTC days), links and formulas by what they show. */
const same = (text: string) => text;

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}
