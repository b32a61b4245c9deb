/**
 * The registry as the region workbook sees it: organisations, committees, people, seats, mandates
 * and one-off meetings, each a plain record with its database id. The import compares the workbook
 * with these (region-plan.ts) and the export writes them (write-workbook.ts); the service layer
 * reads and writes them, so the comparison itself stays pure.
 */
import type { LocalDate } from '../local-date.ts';
import type { SheetLanguage } from '../registry/membership-headers.ts';
import type { DeadlinePolicy, DecisionRule, OrganisationKind, SeatFacts, SubstituteRule } from '../registry/words.ts';
import type { Composition } from './rule-cells.ts';
import type { Article, ChairFrom, VotePer } from './words.ts';

/** An organisation; `memberIds` of a combination include its penvoerder. */
export interface OrganisationRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly aliases: readonly string[];
  readonly region: string | null;
  readonly penvoerderId: string | null;
  readonly memberIds: readonly string[];
}

/** What a committee's row sets besides its code, meetings and escalation: shared by the sheet's row and the stored record. */
export interface CommitteeRules {
  readonly name: string;
  readonly article: Article | null;
  readonly aliases: readonly string[];
  readonly partnership: string;
  readonly purpose: string | null;
  readonly decisionRule: DecisionRule;
  readonly votePer: VotePer;
  readonly substituteRule: SubstituteRule;
  /**
   * The party must arrange a substitute when its member is away (001 SBO: "Bij verhindering zorgen Gemeente
   * of jeugdhulpcombinaties voor een adequate vervanger"): notice without one is answered with a request.
   */
  readonly substituteRequired: boolean;
  readonly mandateRequired: boolean;
  readonly seatsPerParty: number | null;
  readonly composition: Composition;
  readonly ownOrganisationOnly: boolean;
  readonly chairFrom: ChairFrom | null;
  /** Checked RRULE (from a phrase or an RRULE), or null without a fixed rhythm. */
  readonly rhythmRule: string | null;
  /** The rhythm in the source's words: "Ritme volgens de bron" when the sheet has it, else the Ritme cell as written. */
  readonly rhythmNote: string;
  /** First day of the series; null: the import picks January 1st of the current year. */
  readonly seriesStart: LocalDate | null;
  readonly meetingTime: string;
  readonly meetingMinutes: number;
  readonly deadlinePolicy: DeadlinePolicy;
  readonly language: SheetLanguage;
  readonly secretBallot: boolean;
}

/** A committee with every rule the workbook sets. */
export interface CommitteeRecord extends CommitteeRules {
  readonly id: string;
  readonly code: string;
  readonly escalatesToId: string | null;
  readonly sourceRef: string;
}

/** A person. */
export interface PersonRecord {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly organisationId: string | null;
  readonly language: SheetLanguage | null;
  readonly isAdmin: boolean;
}

/** A mandate; `revokedAt` is an ISO instant. */
export interface MandateRecord {
  readonly id: string;
  readonly personId: string;
  readonly organisationId: string;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
  readonly scope: string;
  readonly revokedAt: string | null;
  readonly revokedById: string | null;
}

/**
 * A meeting as the workbook sees it: the series day it stands for (`day`, its originalDay), its
 * Amsterdam start time and kind. The workbook lists the one-off meetings (kind EXTRA) under
 * Vergaderingen; the others only keep the import from adding a meeting on a day that has one.
 */
export interface MeetingRecord {
  readonly committeeId: string;
  readonly day: LocalDate;
  readonly time: string;
  readonly kind: 'REGULAR' | 'MOVED' | 'EXTRA';
  /** False for a cancelled meeting. */
  readonly scheduled: boolean;
}

/** The whole registry as far as the workbook speaks of it. */
export interface RegistryState {
  readonly organisations: readonly OrganisationRecord[];
  readonly committees: readonly CommitteeRecord[];
  readonly people: readonly PersonRecord[];
  readonly seats: readonly SeatFacts[];
  readonly mandates: readonly MandateRecord[];
  readonly meetings: readonly MeetingRecord[];
}

/** A registry with nothing in it (a fresh install, or `region check` without a database). */
export const EMPTY_REGISTRY: RegistryState = { organisations: [], committees: [], people: [], seats: [], mandates: [], meetings: [] };

/** A change to one record: what it was and what it becomes. */
export interface Change<T> {
  readonly before: T;
  readonly after: T;
}

/** True when two records (or values inside them) hold the same data; key order and list order of ids do not matter. */
export function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, k === 'memberIds' && Array.isArray(v) ? [...v].sort() : canonical(v)]),
    );
  }
  return value;
}

/** Records added and changed of one kind, and how many the workbook left as they were. */
export interface Section<T> {
  readonly added: T[];
  readonly changed: Change<T>[];
  readonly unchanged: number;
}

/** The kinds of record that get new ids. */
export type RecordKind = 'organisation' | 'committee' | 'person' | 'seat' | 'mandate';
