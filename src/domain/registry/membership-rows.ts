/**
 * Reading the membership spreadsheet's cells into typed rows (DOMAIN.md, "Membership spreadsheet").
 * Pure: no database. A row with any problem yields problems only; the caller refuses the file as a
 * whole when any problem exists, so nothing here has to guess.
 */
import type { LocalDate } from '../local-date.ts';
import { localDate } from '../local-date.ts';
import { mapHeaders, type HeaderMap, type MembershipColumn, type SheetLanguage } from './membership-headers.ts';
import { normalizeName } from '../names.ts';
import type { SeatRole } from './words.ts';
import type { DomainError } from '../result.ts';
import type { CompositionErrorCode } from './composition.ts';
import { checkText, type TextKind } from '../user-text.ts';

/** One spreadsheet row as text cells, with its 1-based row number in the file. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** Every reason a membership file is refused. Each is reported at a row and a column. */
export const IMPORT_PROBLEM_CODES = [
  /** The file has no header row at all. */
  'IMPORT_EMPTY_FILE',
  /** A required column (Gremium, Naam, Organisatie, Rol, Van) has no header. */
  'IMPORT_MISSING_COLUMN',
  /** Two headers name the same column. */
  'IMPORT_DUPLICATE_COLUMN',
  /** A required cell is empty. */
  'IMPORT_MISSING_VALUE',
  /** Van/Tot holds something that is not a date (2025-03-01, 1-3-2025 or a date cell). */
  'IMPORT_INVALID_DATE',
  /** Tot lies before Van. */
  'IMPORT_END_BEFORE_START',
  /** Rol is none of lid, adviseur, voorzitter, secretaris, agendacommissie (or English). */
  'IMPORT_UNKNOWN_ROLE',
  /** Mandaat is none of ja/nee/yes/no (empty means no). */
  'IMPORT_INVALID_YES_NO',
  /** E-mail is no e-mail address. */
  'IMPORT_INVALID_EMAIL',
  /** No committee has this code, name or alias (params: value, suggestion?). */
  'IMPORT_UNKNOWN_COMMITTEE',
  /** Several committees answer to this name (params: value, candidates). */
  'IMPORT_AMBIGUOUS_COMMITTEE',
  /** No organisation has this name or alias (params: value, suggestion?). */
  'IMPORT_UNKNOWN_ORGANISATION',
  /** Several organisations answer to this name (params: value, candidates). */
  'IMPORT_AMBIGUOUS_ORGANISATION',
  /** Several known people share this name and no e-mail tells them apart (params: value). */
  'IMPORT_AMBIGUOUS_PERSON',
  /** The substitute is neither a known person nor named in the file (params: value, suggestion?). */
  'IMPORT_UNKNOWN_SUBSTITUTE',
  /** Several people share the substitute's name (params: value). */
  'IMPORT_AMBIGUOUS_SUBSTITUTE',
  /** The substitute is the seat holder. */
  'IMPORT_SUBSTITUTE_IS_HOLDER',
  /** Two rows give the same person the same seat for overlapping periods (params: otherRow). */
  'IMPORT_DUPLICATE_SEAT',
  /** The row overlaps an existing seat with another start date (params: from, until). */
  'IMPORT_DUPLICATE_EXISTING_SEAT',
  /** A name over its limit, or any cell over a message's (params: length, limit; src/domain/user-text.ts). */
  'IMPORT_TEXT_TOO_LONG',
  /** A cell holds a control or bidi character (params: position in the cell, character). */
  'IMPORT_CONTROL_CHARACTER',
] as const;
/** One of {@link IMPORT_PROBLEM_CODES}. */
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** A reason to refuse the file, where it is: spreadsheet row (header = 1) and header as written. */
export interface ImportProblem {
  readonly row: number;
  readonly column: string;
  /** An import problem, or a composition rule of the committee that refuses the row's seat. */
  readonly code: ImportProblemCode | CompositionErrorCode;
  readonly params: NonNullable<DomainError['params']>;
}

/** The names in a row, read even when other cells fail, so that every problem can be reported. */
export interface RowNames {
  readonly row: number;
  readonly committee: string;
  readonly name: string;
  /** Lower-case; null when empty, invalid or the column is absent. */
  readonly email: string | null;
  readonly organisation: string;
  /** Null when empty: the seat is on behalf of `organisation`. */
  readonly onBehalfOf: string | null;
  /** Null: no substitute. Undefined: no Vervanger column, so an existing seat keeps its substitute. */
  readonly substitute: string | null | undefined;
}

/** A row that passed every cell check. Names are still names; resolving them needs the registry. */
export interface MembershipRow extends RowNames {
  readonly role: SeatRole;
  readonly from: LocalDate;
  /** Null: open-ended. Undefined: the file has no Tot column, so an existing seat keeps its end. */
  readonly until: LocalDate | null | undefined;
  readonly mandate: boolean;
}

/** Trims and folds the spaces spreadsheets carry (non-breaking, doubled) into single spaces. */
export function cleanCell(value: string): string {
  return value.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/** Parses 2025-03-01, 1-3-2025, 1/3/2025 or 1.3.2025 (day first, as in Dutch) to a date, or null. */
export function parseDate(value: string): LocalDate | null {
  const v = cleanCell(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(v);
  if (iso) return localDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(v);
  if (dmy) return localDate(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
  return null;
}

const ROLE_WORDS: Readonly<Record<string, SeatRole>> = {
  lid: 'MEMBER', member: 'MEMBER', deelnemer: 'MEMBER',
  adviseur: 'ADVISER', adviser: 'ADVISER', advisor: 'ADVISER', adviserend: 'ADVISER', adviserendlid: 'ADVISER',
  voorzitter: 'CHAIR', chair: 'CHAIR', chairman: 'CHAIR', chairperson: 'CHAIR', chairwoman: 'CHAIR',
  secretaris: 'SECRETARY', secretary: 'SECRETARY', secretariaat: 'SECRETARY',
  agendacommissie: 'AGENDA_COMMITTEE', agendacommittee: 'AGENDA_COMMITTEE', lidagendacommissie: 'AGENDA_COMMITTEE',
};

/** Parses a role in Dutch or English ("lid", "Agenda committee", "AGENDA_COMMITTEE"), or null. */
export function parseRole(value: string): SeatRole | null {
  return ROLE_WORDS[normalizeName(value).replace(/ /g, '')] ?? null;
}

/** The role as the export writes it. */
export const ROLE_LABELS: Readonly<Record<SheetLanguage, Readonly<Record<SeatRole, string>>>> = {
  nl: { MEMBER: 'lid', ADVISER: 'adviseur', CHAIR: 'voorzitter', SECRETARY: 'secretaris', AGENDA_COMMITTEE: 'agendacommissie' },
  en: { MEMBER: 'member', ADVISER: 'adviser', CHAIR: 'chair', SECRETARY: 'secretary', AGENDA_COMMITTEE: 'agenda committee' },
};

/** Yes/no as the export writes it. */
export const YES_NO: Readonly<Record<SheetLanguage, { yes: string; no: string }>> = {
  nl: { yes: 'ja', no: 'nee' },
  en: { yes: 'yes', no: 'no' },
};

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', '']);

/** Parses ja/nee, yes/no (and j/n, true/false, 1/0, x); an empty cell is no. Null when neither. */
export function parseYesNo(value: string): boolean | null {
  const v = normalizeName(value);
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What is wrong with a cell's text, as an import problem, or null: a name (`kind` "name") within the
 * name limit, any other cell within a message's, and none with a refused character
 * (src/domain/user-text.ts). The membership and the region readers check every cell with it.
 */
export function cellTextProblem(value: string, kind: TextKind): { code: ImportProblemCode; params: ImportProblem['params'] } | null {
  const checked = checkText(kind, value);
  if (checked.ok) return null;
  const { field: _field, ...params } = checked.error.params ?? {};
  return { code: checked.error.code === 'TEXT_TOO_LONG' ? 'IMPORT_TEXT_TOO_LONG' : 'IMPORT_CONTROL_CHARACTER', params };
}

/** The membership columns that hold names: they are stored, so they keep to the name limit. */
const NAME_COLUMNS: ReadonlySet<MembershipColumn> = new Set(['committee', 'name', 'email', 'organisation', 'onBehalfOf', 'substitute']);

/** Reads a sheet: the first non-empty row is the header; blank rows are skipped. */
export function parseMembershipSheet(sheet: readonly SheetRow[]): {
  /** Rows without cell problems. */
  rows: MembershipRow[];
  /** The names of rows with cell problems, to check them against the registry too. */
  incomplete: RowNames[];
  problems: ImportProblem[];
  headers: HeaderMap | null;
} {
  const filled = sheet.filter((r) => r.cells.some((c) => cleanCell(c) !== ''));
  const head = filled[0];
  if (head === undefined) {
    return { rows: [], incomplete: [], problems: [{ row: 1, column: '', code: 'IMPORT_EMPTY_FILE', params: {} }], headers: null };
  }
  const { map, problems: headerProblems } = mapHeaders(head.cells);
  const problems: ImportProblem[] = headerProblems.map((p) => ({ row: head.row, column: p.column, code: p.code, params: {} }));
  if (problems.some((p) => p.code === 'IMPORT_MISSING_COLUMN')) return { rows: [], incomplete: [], problems, headers: map };
  const rows: MembershipRow[] = [];
  const incomplete: RowNames[] = [];
  for (const line of filled.slice(1)) {
    const result = parseRow(line, map);
    if ('problems' in result) {
      problems.push(...result.problems);
      incomplete.push(result.names);
    } else rows.push(result);
  }
  return { rows, incomplete, problems, headers: map };
}

function parseRow(line: SheetRow, map: HeaderMap): MembershipRow | { names: RowNames; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const has = (c: MembershipColumn) => map.index[c] !== undefined;
  const cell = (c: MembershipColumn) => {
    const i = map.index[c];
    return i === undefined ? '' : cleanCell(line.cells[i] ?? '');
  };
  const problem = (c: MembershipColumn, code: ImportProblemCode, params: ImportProblem['params'] = {}) =>
    problems.push({ row: line.row, column: map.label[c], code, params });
  const required = (c: MembershipColumn) => {
    const v = cell(c);
    if (v === '') problem(c, 'IMPORT_MISSING_VALUE');
    return v;
  };
  const date = (c: MembershipColumn, need: boolean): LocalDate | null => {
    const v = need ? required(c) : cell(c);
    if (v === '') return null;
    const d = parseDate(v);
    if (d === null) problem(c, 'IMPORT_INVALID_DATE', { value: v });
    return d;
  };

  for (const c of Object.keys(map.index) as MembershipColumn[]) {
    const text = cellTextProblem(cell(c), NAME_COLUMNS.has(c) ? 'name' : 'message');
    if (text) problem(c, text.code, text.params);
  }
  const committee = required('committee');
  const name = required('name');
  const rawEmail = cell('email').replace(/^mailto:/i, '').toLowerCase();
  if (rawEmail !== '' && !EMAIL.test(rawEmail)) problem('email', 'IMPORT_INVALID_EMAIL', { value: rawEmail });
  const organisation = required('organisation');
  const onBehalfOf = cell('onBehalfOf');
  const roleText = required('role');
  const role = roleText === '' ? null : parseRole(roleText);
  if (roleText !== '' && role === null) problem('role', 'IMPORT_UNKNOWN_ROLE', { value: roleText });
  const from = date('from', true);
  const until = date('until', false);
  if (from !== null && until !== null && until < from) problem('until', 'IMPORT_END_BEFORE_START', { from, until });
  const mandateText = cell('mandate');
  const mandate = parseYesNo(mandateText);
  if (mandate === null) problem('mandate', 'IMPORT_INVALID_YES_NO', { value: mandateText });
  const substitute = cell('substitute');

  const names: RowNames = {
    row: line.row,
    committee,
    name,
    email: rawEmail === '' || !EMAIL.test(rawEmail) ? null : rawEmail,
    organisation,
    onBehalfOf: onBehalfOf === '' ? null : onBehalfOf,
    substitute: has('substitute') ? (substitute === '' ? null : substitute) : undefined,
  };
  if (problems.length > 0 || role === null || from === null || mandate === null) return { names, problems };
  return { ...names, role, from, until: has('until') ? until : undefined, mandate };
}
