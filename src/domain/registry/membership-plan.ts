/**
 * What importing resolved membership rows changes: which seats to create, which to update, which
 * mandates to add, and which rows claim a seat twice. Pure: existing seats and mandates are passed
 * in, so importing the same file twice plans nothing the second time.
 */
import { periodsOverlap, type LocalDate } from '../local-date.ts';
import { scopeCovers } from '../decisions/mandate-check.ts';
import type { ImportProblem } from './membership-rows.ts';
import type { ResolvedRow } from './membership-resolve.ts';
import type { MandateFacts, SeatFacts } from './words.ts';

/** The scope of a mandate the import creates for a row with Mandaat = ja. */
export const IMPORTED_MANDATE_SCOPE = 'bestuurlijk';

/** A seat's identity within its committee: holder, organisation and role (the start comes apart). */
export function seatKey(s: { committeeId: string; personId: string; onBehalfOfId: string; role: string }): string {
  return `${s.committeeId}|${s.personId}|${s.onBehalfOfId}|${s.role}`;
}

/** A period tied to a row and a seat key, for overlap checks. */
export interface KeyedPeriod {
  readonly row: number;
  readonly key: string;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
}

/**
 * In-file duplicates: each row whose period overlaps an earlier row's with the same key, paired
 * with the first such earlier row.
 */
export function duplicateRows(items: readonly KeyedPeriod[]): { row: number; otherRow: number }[] {
  const byKey = groupBy(items, (i) => i.key);
  const out: { row: number; otherRow: number }[] = [];
  for (const group of byKey.values()) {
    group.sort((a, b) => a.row - b.row);
    for (let i = 1; i < group.length; i += 1) {
      const item = group[i] as KeyedPeriod;
      for (let j = 0; j < i; j += 1) {
        const other = group[j] as KeyedPeriod;
        if (periodsOverlap(item, other)) {
          out.push({ row: item.row, otherRow: other.row });
          break;
        }
      }
    }
  }
  return out;
}

/**
 * True when an unrevoked mandate of the person for the organisation, whose scope covers the
 * committee, runs for the whole period [from, until] (an open period needs an open mandate).
 */
export function mandateCovers(
  m: MandateFacts,
  seat: { personId: string; onBehalfOfId: string; from: LocalDate; until: LocalDate | null },
  committeeCode: string,
): boolean {
  return (
    !m.revoked &&
    m.personId === seat.personId &&
    m.organisationId === seat.onBehalfOfId &&
    scopeCovers(m.scope, committeeCode) &&
    m.from <= seat.from &&
    (m.until === null || (seat.until !== null && seat.until <= m.until))
  );
}

/** The changes an import makes, in row order. */
export interface MembershipPlan {
  readonly creates: (SeatFacts & { row: number })[];
  readonly updates: { row: number; before: SeatFacts; after: SeatFacts }[];
  readonly unchanged: number;
  readonly mandates: (MandateFacts & { row: number })[];
  /** IMPORT_DUPLICATE_SEAT and IMPORT_DUPLICATE_EXISTING_SEAT; when any, nothing may be applied. */
  readonly problems: ImportProblem[];
}

/**
 * Plans resolved rows against the existing seats (at least those of the rows' committees) and
 * mandates. A row updates the seat with the same key and start; otherwise it creates one.
 */
export function planMembership(
  rows: readonly ResolvedRow[],
  existing: { seats: readonly SeatFacts[]; mandates: readonly MandateFacts[] },
  fromColumn: string,
  newId: () => string,
): MembershipPlan {
  const plan: { -readonly [K in keyof MembershipPlan]: MembershipPlan[K] } = {
    creates: [],
    updates: [],
    unchanged: 0,
    mandates: [],
    problems: [],
  };
  const seatsByKey = groupBy(existing.seats, seatKey);
  const identity = new Map(existing.seats.map((s) => [`${seatKey(s)}|${s.from}`, s]));
  const inFile = new Set(rows.map((r) => `${seatKey(r)}|${r.from}`));
  const mandates = groupBy(existing.mandates, (m) => `${m.personId}|${m.organisationId}`);
  const periods: KeyedPeriod[] = [];

  for (const row of rows) {
    const key = seatKey(row);
    const before = identity.get(`${key}|${row.from}`);
    const after: SeatFacts = {
      id: before?.id ?? newId(),
      committeeId: row.committeeId,
      personId: row.personId,
      onBehalfOfId: row.onBehalfOfId,
      role: row.role,
      from: row.from,
      until: row.until === undefined ? (before?.until ?? null) : row.until,
      substituteId: row.substituteId === undefined ? (before?.substituteId ?? null) : row.substituteId,
    };
    periods.push({ row: row.row, key, from: after.from, until: after.until });
    for (const other of seatsByKey.get(key) ?? []) {
      // A seat the file also lists is checked as that row, with the file's period.
      if (other.from === row.from || inFile.has(`${key}|${other.from}`) || !periodsOverlap(after, other)) continue;
      plan.problems.push({
        row: row.row,
        column: fromColumn,
        code: 'IMPORT_DUPLICATE_EXISTING_SEAT',
        params: { from: other.from, until: other.until ?? '' },
      });
    }
    if (before === undefined) plan.creates.push({ ...after, row: row.row });
    else if (before.until !== after.until || before.substituteId !== after.substituteId) plan.updates.push({ row: row.row, before, after });
    else plan.unchanged += 1;

    if (row.mandate) {
      const mine = mandates.get(`${row.personId}|${row.onBehalfOfId}`) ?? [];
      if (!mine.some((m) => mandateCovers(m, after, row.committeeCode))) {
        const m: MandateFacts & { row: number } = {
          id: newId(),
          personId: row.personId,
          organisationId: row.onBehalfOfId,
          from: after.from,
          until: after.until,
          scope: IMPORTED_MANDATE_SCOPE,
          revoked: false,
          row: row.row,
        };
        plan.mandates.push(m);
        mandates.set(`${row.personId}|${row.onBehalfOfId}`, [...mine, m]);
      }
    }
  }
  for (const d of duplicateRows(periods)) {
    plan.problems.push({ row: d.row, column: fromColumn, code: 'IMPORT_DUPLICATE_SEAT', params: { otherRow: d.otherRow } });
  }
  return plan;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}
