/**
 * The region workbook as typed rows (DOMAIN.md, "Region workbook"), and the problems that refuse
 * it. Every problem says where it is: sheet (as named in the file), row (header = 1) and column
 * (header as written). Codes are the membership import's IMPORT_* codes where the problem is the
 * same (an empty required cell, a bad date) and REGION_* codes for the rest (region-problems.ts).
 */
import type { LocalDate } from '../local-date.ts';
import type { ImportProblemCode, MembershipRow, RowNames, SheetRow } from '../registry/membership-rows.ts';
import type { MembershipColumn, SheetLanguage } from '../registry/membership-headers.ts';
import type { OrganisationKind } from '../registry/words.ts';
import type { DomainError } from '../result.ts';
import type { CommitteeColumn, MandateColumn, OrganisationColumn, PersonColumn, RegionSheet } from './layouts.ts';
import type { RegionProblemCode } from './region-problems.ts';
import type { CompositionErrorCode } from '../registry/composition.ts';
import type { CommitteeRules } from './records.ts';

/** A sheet as read from a file: its name there and its rows of text cells. */
export interface RawSheet {
  readonly name: string;
  readonly rows: readonly SheetRow[];
}

/** A reason to refuse the workbook, and where it is. */
export interface RegionProblem {
  /** The sheet's name as written in the workbook ('' for the workbook as a whole). */
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly code: ImportProblemCode | RegionProblemCode | CompositionErrorCode;
  readonly params: NonNullable<DomainError['params']>;
}

/** Organisaties: one organisation. Lead and members are names of other rows. */
export interface OrganisationRow {
  readonly row: number;
  readonly name: string;
  readonly kind: OrganisationKind;
  /** False when Soort could not be read (`kind` is then a stand-in, not to be judged by). */
  readonly kindRead: boolean;
  readonly aliases: readonly string[];
  readonly lead: string | null;
  readonly members: readonly string[];
  readonly region: string | null;
}

/** Gremia: one committee with its rules. `escalatesTo` is a code of another row. */
export interface CommitteeRow extends CommitteeRules {
  readonly row: number;
  readonly code: string;
  /** One-off meetings (kind EXTRA); `time` null means the committee's time. */
  readonly meetings: readonly { readonly day: LocalDate; readonly time: string | null }[];
  readonly escalatesTo: string | null;
  readonly sourceRef: string;
}

/** Personen: one person. `organisation` is the employer's name. */
export interface PersonRow {
  readonly row: number;
  readonly name: string;
  readonly email: string | null;
  readonly organisation: string | null;
  readonly language: SheetLanguage | null;
  readonly isAdmin: boolean;
}

/** Mandaten: one written mandate; `revokedAt` (an ISO instant) set when it was withdrawn. */
export interface MandateRow {
  readonly row: number;
  readonly name: string;
  readonly email: string | null;
  readonly organisation: string;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
  readonly scope: string;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
}

/** The workbook's rows that passed their cell checks, per sheet, with each sheet's name in the file. */
export interface RegionWorkbook {
  readonly organisations: readonly OrganisationRow[];
  readonly committees: readonly CommitteeRow[];
  readonly people: readonly PersonRow[];
  readonly mandates: readonly MandateRow[];
  /** Leden rows that passed their cell checks (membership-rows.ts). */
  readonly members: readonly MembershipRow[];
  /** Leden rows with cell problems: their names are still checked, so every problem is listed. */
  readonly membersIncomplete: readonly RowNames[];
  /** Each sheet's column labels as written (layout names when absent), for problems found across sheets. */
  readonly labels: {
    readonly organisations: Readonly<Record<OrganisationColumn, string>>;
    readonly committees: Readonly<Record<CommitteeColumn, string>>;
    readonly members: Readonly<Record<MembershipColumn, string>>;
    readonly people: Readonly<Record<PersonColumn, string>>;
    readonly mandates: Readonly<Record<MandateColumn, string>>;
  };
  /** True when the workbook has a Personen or a Mandaten sheet: it is then the whole list of those. */
  readonly hasPeopleSheet: boolean;
  readonly hasMandatesSheet: boolean;
  /** Each sheet's name as written in the file, for problems; the Dutch name when absent. */
  readonly sheetNames: Readonly<Record<RegionSheet, string>>;
}
