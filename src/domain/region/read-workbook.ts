/**
 * Reading a whole region workbook: finds each sheet by its Dutch or English name, reads the rows of
 * each, and collects every problem. The Leden sheet is read by the membership import's own reader
 * (membership-rows.ts), so a region's members follow the same rules as a membership import.
 */
import { parseMembershipSheet } from '../registry/membership-rows.ts';
import { COLUMN_HEADERS, MEMBERSHIP_COLUMNS, type MembershipColumn } from '../registry/membership-headers.ts';
import { REGION_SHEETS, SHEET_NAMES, sheetOfName, type RegionSheet } from './layouts.ts';
import { readCommittees, readMandates, readOrganisations, readPeople } from './read-sheets.ts';
import type { RawSheet, RegionProblem, RegionWorkbook } from './workbook.ts';

/** Reads the sheets of a workbook (an .xlsx's worksheets, or a folder's .csv files). Unknown sheets are ignored. */
export function readRegionWorkbook(sheets: readonly RawSheet[]): { workbook: RegionWorkbook; problems: RegionProblem[] } {
  const problems: RegionProblem[] = [];
  const found: Partial<Record<RegionSheet, RawSheet>> = {};
  for (const sheet of sheets) {
    const which = sheetOfName(sheet.name);
    if (which === null) continue;
    if (found[which] !== undefined) {
      problems.push({ sheet: sheet.name, row: 1, column: '', code: 'REGION_DUPLICATE_SHEET', params: { sheet: sheet.name } });
      continue;
    }
    found[which] = sheet;
  }
  for (const which of REGION_SHEETS) {
    const names = SHEET_NAMES[which];
    if (names.required && found[which] === undefined) {
      problems.push({ sheet: names.nl, row: 1, column: '', code: 'REGION_MISSING_SHEET', params: { sheet: names.nl, english: names.en } });
    }
  }
  const sheetNames = Object.fromEntries(REGION_SHEETS.map((s) => [s, found[s]?.name ?? SHEET_NAMES[s].nl])) as Record<RegionSheet, string>;
  const empty = (which: RegionSheet): RawSheet => ({ name: sheetNames[which], rows: [] });

  const organisations = readOrganisations(found.organisations ?? empty('organisations'), found.organisations ? problems : []);
  const committees = readCommittees(found.committees ?? empty('committees'), found.committees ? problems : []);
  const people = readPeople(found.people ?? empty('people'), found.people ? problems : []);
  const mandates = readMandates(found.mandates ?? empty('mandates'), found.mandates ? problems : []);
  const members = found.members ?? empty('members');
  const parsed = found.members ? parseMembershipSheet(members.rows) : null;
  for (const p of parsed?.problems ?? []) {
    // The membership reader speaks of a file; inside a workbook an empty sheet is REGION_EMPTY_SHEET.
    if (p.code === 'IMPORT_EMPTY_FILE') problems.push({ sheet: members.name, row: 1, column: '', code: 'REGION_EMPTY_SHEET', params: { sheet: members.name } });
    else problems.push({ sheet: members.name, ...p });
  }
  const memberLabels = parsed?.headers?.label ?? (Object.fromEntries(MEMBERSHIP_COLUMNS.map((c) => [c, COLUMN_HEADERS[c].nl])) as Record<MembershipColumn, string>);
  return {
    workbook: {
      organisations: organisations.rows,
      committees: committees.rows,
      people: people.rows,
      mandates: mandates.rows,
      members: parsed?.rows ?? [],
      membersIncomplete: parsed?.incomplete ?? [],
      labels: {
        organisations: organisations.labels,
        committees: committees.labels,
        members: memberLabels,
        people: people.labels,
        mandates: mandates.labels,
      },
      hasPeopleSheet: found.people !== undefined,
      hasMandatesSheet: found.mandates !== undefined,
      sheetNames,
    },
    problems,
  };
}
