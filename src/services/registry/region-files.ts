/**
 * A region workbook on disk (DOMAIN.md: ".xlsx with three sheets, or a folder with three .csv
 * files named after the sheets"): read as text sheets, written back the same way. A folder is what
 * goes into git (CSV is reviewable line by line); an .xlsx is what a secretary mails around.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { sheetOfName } from '../../domain/region/layouts.ts';
import type { RawSheet } from '../../domain/region/workbook.ts';
import type { SheetRow } from '../../domain/registry/membership-rows.ts';
import { err, ok, type Result } from '../../domain/result.ts';
import { decode, parseCsv } from './csv-text.ts';
import type { SheetError } from './membership-sheet.ts';

/** exceljs, loaded only for .xlsx: its load time would otherwise be paid by every start (csv-text.ts). */
async function excel(): Promise<{ ExcelJS: typeof ExcelJS; cellText: (value: ExcelJS.CellValue) => string }> {
  const [{ default: lib }, { cellText }] = await Promise.all([import('exceljs'), import('./membership-sheet.ts')]);
  return { ExcelJS: lib, cellText };
}

function rowsOf(sheet: ExcelJS.Worksheet, cellText: (value: ExcelJS.CellValue) => string): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push({ row: rowNumber, cells: Array.from(values, (v) => cellText(v as ExcelJS.CellValue)) });
  });
  return rows;
}

async function readCsv(file: string): Promise<SheetRow[]> {
  return parseCsv(decode(await fs.readFile(file)));
}

/**
 * Reads a workbook: an .xlsx (every worksheet), or a folder (every .csv file in it whose name is a
 * sheet's, "Gremia.csv" or "Committees.csv"; other files are left alone). FILE_NOT_FOUND, UNSUPPORTED_FILE_TYPE
 * (neither a folder nor an .xlsx) and FILE_UNREADABLE as for a membership file.
 */
export async function readRegionFiles(location: string): Promise<Result<RawSheet[], SheetError>> {
  let stat;
  try {
    stat = await fs.stat(location);
  } catch {
    return err('FILE_NOT_FOUND', { file: location });
  }
  try {
    if (stat.isDirectory()) {
      const names = (await fs.readdir(location)).filter((n) => /\.csv$/i.test(n) && sheetOfName(n) !== null).sort();
      const sheets: RawSheet[] = [];
      for (const name of names) sheets.push({ name: name.replace(/\.csv$/i, ''), rows: await readCsv(path.join(location, name)) });
      return ok(sheets);
    }
    if (path.extname(location).toLowerCase() !== '.xlsx') {
      return err('UNSUPPORTED_FILE_TYPE', { file: path.basename(location), ext: path.extname(location).toLowerCase() });
    }
    return ok(await readXlsx(location));
  } catch {
    return err('FILE_UNREADABLE', { file: path.basename(location) });
  }
}

async function readXlsx(file: string): Promise<RawSheet[]> {
  const { ExcelJS: lib, cellText } = await excel();
  const workbook = new lib.Workbook();
  await workbook.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: rowsOf(sheet, cellText) }));
}

/** Where a workbook goes: an .xlsx file, or a folder of .csv files (any other name is a folder). */
export function regionFormat(location: string): 'xlsx' | 'folder' {
  return path.extname(location).toLowerCase() === '.xlsx' ? 'xlsx' : 'folder';
}

/**
 * Writes the sheets: one .xlsx with a bold, frozen header per sheet, or a folder (created when
 * missing) with one .csv per sheet, UTF-8 with a BOM so Excel reads accents, ';' for Dutch and ','
 * for English as each Excel expects. Throws the file system's error (the caller names it).
 */
export async function writeRegionFiles(location: string, sheets: readonly RawSheet[], lang: 'nl' | 'en'): Promise<string[]> {
  if (regionFormat(location) === 'xlsx') {
    const { ExcelJS: lib } = await excel();
    const workbook = new lib.Workbook();
    for (const s of sheets) {
      const sheet = workbook.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      s.rows.forEach((r, i) => {
        const row = sheet.addRow([...r.cells]);
        if (i === 0) row.font = { bold: true };
      });
      (s.rows[0]?.cells ?? []).forEach((title, i) => {
        const widest = Math.max(title.length, ...s.rows.slice(1, 500).map((r) => (r.cells[i] ?? '').length));
        sheet.getColumn(i + 1).width = Math.min(60, widest + 2);
      });
    }
    await workbook.xlsx.writeFile(location);
    return [location];
  }
  await fs.mkdir(location, { recursive: true });
  const written: string[] = [];
  for (const s of sheets) {
    const file = path.join(location, `${s.name}.csv`);
    await fs.writeFile(file, `\uFEFF${s.rows.map((r) => r.cells.map((c) => csvCell(c, lang)).join(lang === 'nl' ? ';' : ',')).join('\r\n')}\r\n`, 'utf8');
    written.push(file);
  }
  return written;
}

/** A CSV field: quoted when it holds the separator, a quote or a line break (RFC 4180). */
function csvCell(value: string, lang: 'nl' | 'en'): string {
  const separator = lang === 'nl' ? ';' : ',';
  return value.includes(separator) || /["\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
