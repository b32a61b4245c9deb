/**
 * `gremium import <file>`: reads a membership spreadsheet (DOMAIN.md, "Membership spreadsheet") and
 * brings seats, people and mandates in line with it, in one transaction. A file with any problem is
 * refused as a whole, every problem listed by row and column, and nothing is written. Importing
 * the same file twice changes nothing the second time; so does importing an export.
 */
import { toMandateFacts } from './seat-view.ts';
import { randomUUID } from 'node:crypto';
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import { columnOrder } from '../../domain/registry/membership-headers.ts';
import { planMembership, type MembershipPlan } from '../../domain/registry/membership-plan.ts';
import type { MembershipColumn } from '../../domain/registry/membership-headers.ts';
import { compositionOfChanges } from '../../domain/region/plan-composition.ts';
import { loadRegistryState } from './region-state.ts';
import { resolveRows } from '../../domain/registry/membership-resolve.ts';
import { parseMembershipSheet, type ImportProblem, type SheetRow } from '../../domain/registry/membership-rows.ts';
import type { MandateFacts, SeatFacts } from '../../domain/registry/words.ts';
import { ok, type DomainError, type Result } from '../../domain/result.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { transact } from '../transact.ts';
import { readSheet, type SheetError } from './membership-sheet.ts';
import { writePlan, type WriteCounts } from './write-membership-plan.ts';

/** What an import changed. All zero (but `unchanged`) when the file matched the registry already. */
export interface ImportSummary extends WriteCounts {
  /** Rows whose seat was already exactly as the file says. */
  readonly unchanged: number;
}

/**
 * Why nothing was imported. IMPORT_REFUSED: the file has problems, all listed in `problems`
 * (params.count); FILE_NOT_FOUND, UNSUPPORTED_FILE_TYPE, FILE_UNREADABLE: see SheetError.
 */
export type ImportRefused = DomainError<'IMPORT_REFUSED' | SheetError['code']> & {
  readonly problems: readonly ImportProblem[];
};

/** A file to read, or (tests, other front ends) rows already read. */
export type ImportInput = (
  | { readonly file: string; readonly rows?: undefined }
  | { readonly rows: readonly SheetRow[]; readonly file?: undefined }
) & {
  readonly actor: Actor;
  /** Called as rows are written: (rows done, rows in the file). */
  readonly onProgress?: (done: number, total: number) => void;
};

/** The whole import runs in one transaction; 5,000 rows take seconds, but leave room for big files. */
const TRANSACTION = { timeout: 600_000, maxWait: 60_000 };

/** Imports a membership spreadsheet; see the file comment for the rules. */
export async function importMembership(deps: ServiceDeps, input: ImportInput): Promise<Result<ImportSummary, ImportRefused>> {
  let sheet: readonly SheetRow[];
  if (input.file !== undefined) {
    const read = await readSheet(input.file);
    if (!read.ok) return { ok: false, error: { ...read.error, problems: [] } };
    sheet = read.value;
  } else {
    sheet = input.rows;
  }
  const parsed = parseMembershipSheet(sheet);
  if (parsed.headers === null) return refuse(parsed.problems);
  const labels = parsed.headers.label;
  const total = parsed.rows.length;

  return transact(deps, async (tx) => {
    const registry = await loadRegistry(tx);
    const resolution = resolveRows(parsed.rows, registry, labels, randomUUID, parsed.incomplete);
    const committeeIds = [...new Set(resolution.rows.map((r) => r.committeeId))];
    const existing = await loadSeatsAndMandates(tx, committeeIds);
    const plan = planMembership(resolution.rows, existing, labels.from, randomUUID);
    const composition = await compositionOfPlan(tx, plan, existing, committeeIds, labels);
    const problems = [...parsed.problems, ...resolution.problems, ...plan.problems, ...composition];
    if (problems.length > 0) return refuse(problems);
    input.onProgress?.(plan.unchanged, total);
    const counts = await writePlan(tx, input.actor, deps.now(), resolution, plan, (rows) => input.onProgress?.(rows + plan.unchanged, total));
    input.onProgress?.(total, total);
    return ok({ ...counts, unchanged: plan.unchanged });
  }, TRANSACTION);
}

/** The committees' composition rules applied to the seats the plan adds or changes (plan-composition.ts). */
async function compositionOfPlan(
  tx: Tx,
  plan: MembershipPlan,
  existing: { seats: SeatFacts[]; mandates: MandateFacts[] },
  committeeIds: string[],
  labels: Readonly<Record<MembershipColumn, string>>,
): Promise<ImportProblem[]> {
  if (plan.creates.length + plan.updates.length === 0) return [];
  const state = await loadRegistryState(tx);
  const updated = new Map(plan.updates.map((u) => [u.before.id, u.after]));
  return compositionOfChanges({
    changed: [...plan.creates, ...plan.updates.map((u) => ({ ...u.after, row: u.row }))],
    finalSeats: [...existing.seats.map((s) => updated.get(s.id) ?? s), ...plan.creates],
    committees: state.committees.filter((c) => committeeIds.includes(c.id)),
    organisations: new Map(state.organisations.map((o) => [o.id, o])),
    people: new Map(state.people.map((p) => [p.id, p])),
    mandates: [...existing.mandates, ...plan.mandates],
    sheet: '',
    labels,
  }).map(({ sheet: _sheet, ...p }) => p);
}

function refuse(problems: readonly ImportProblem[]): { ok: false; error: ImportRefused } {
  const sorted = [...problems].sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));
  return { ok: false, error: { code: 'IMPORT_REFUSED', params: { count: sorted.length }, problems: sorted } };
}

async function loadRegistry(tx: Tx): Promise<Parameters<typeof resolveRows>[1]> {
  // One connection per transaction: the queries run one after the other either way.
  const committees = await tx.committee.findMany({ select: { id: true, code: true, name: true, aliases: true } });
  const organisations = await tx.organisation.findMany({ select: { id: true, name: true, aliases: true } });
  const persons = await tx.person.findMany({ select: { id: true, name: true, email: true, organisationId: true } });
  return { committees, organisations, persons };
}

async function loadSeatsAndMandates(tx: Tx, committeeIds: string[]): Promise<{ seats: SeatFacts[]; mandates: MandateFacts[] }> {
  const seats = await tx.seat.findMany({ where: { committeeId: { in: committeeIds } } });
  const mandates = await tx.mandate.findMany({ where: { revokedAt: null } });
  return {
    seats: seats.map((s) => ({
      id: s.id,
      committeeId: s.committeeId,
      personId: s.personId,
      onBehalfOfId: s.onBehalfOfId,
      role: s.role,
      from: toLocalDate(s.startsOn),
      until: toLocalDateOrNull(s.endsOn),
      substituteId: s.substituteId,
    })),
    mandates: mandates.map(toMandateFacts),
  };
}
