/**
 * CSV as Dutch and English Excel write it (RFC 4180: quoted fields, doubled quotes, line breaks in
 * quotes; ';' or ',' or tab as separator; UTF-8 with or without BOM, or Windows-1252), read without
 * a spreadsheet library: the demo region is read on every first start, and a library's load time
 * (exceljs: seconds on a busy machine) would be paid by every start.
 */

/** UTF-8 (with or without BOM), else Windows-1252, which Dutch Excel's "CSV" still writes. */
export function decode(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** The separator of the first line: whichever of ';', ',' and tab occurs most outside quotes. */
export function guessDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  return counts['\t'] > counts[','] ? '\t' : ',';
}

/** The records of a CSV text, each with its 1-based number; records with only empty fields are left out. */
export function parseCsv(text: string, delimiter = guessDelimiter(text)): { row: number; cells: string[] }[] {
  const records: { row: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  const endRecord = () => {
    cells.push(field);
    if (cells.some((c) => c !== '')) records.push({ row, cells });
    cells = [];
    field = '';
    row += 1;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) endRecord();
  return records;
}
