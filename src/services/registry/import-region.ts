/**
 * `gremium region check | import`: a region's own workbook (DOMAIN.md, "Region workbook") checked
 * and planned against the registry, then applied in one audited transaction. A workbook with any
 * problem is refused whole and nothing is written. The plan shown is the plan applied: the import
 * refuses when the registry changed between the two (its revision, the newest audit id, moved).
 */
import { randomUUID } from 'node:crypto';
import { checkRegion } from '../../domain/region/check-region.ts';
import { planIsEmpty, type NewId, type RegionPlan } from '../../domain/region/region-plan.ts';
import type { RegistryState } from '../../domain/region/records.ts';
import type { RawSheet, RegionProblem } from '../../domain/region/workbook.ts';
import { ok, type DomainError, type Result } from '../../domain/result.ts';
import type { Db } from '../../db/database.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { lockFor } from '../lock.ts';
import { readRegionFiles } from './region-files.ts';
import { loadRegistryState } from './region-state.ts';
import type { SheetError } from './membership-sheet.ts';
import { writeRegionPlan } from './write-region-plan.ts';
import { transact } from '../transact.ts';

/**
 * Why nothing was imported. REGION_REFUSED: the workbook has problems, all in `problems`
 * (params.count). REGION_CHANGED_MEANWHILE: someone changed the registry after the plan was shown;
 * check again. FILE_NOT_FOUND, UNSUPPORTED_FILE_TYPE, FILE_UNREADABLE: the workbook cannot be read.
 */
export type RegionRefused = DomainError<'REGION_REFUSED' | 'REGION_CHANGED_MEANWHILE' | SheetError['code']> & {
  readonly problems: readonly RegionProblem[];
};

/** A workbook on disk (an .xlsx or a folder of .csv files), or sheets already read. */
export type RegionSource = { readonly location: string } | { readonly sheets: readonly RawSheet[] };

/** A checked workbook: its plan, and the registry revision it was planned against. */
export interface RegionChecked {
  readonly plan: RegionPlan;
  /** Names to show the plan with: committee codes, organisation and person names, by id. */
  readonly names: ReadonlyMap<string, string>;
  readonly revision: bigint;
  /** True when importing would change nothing. */
  readonly unchanged: boolean;
}

async function sheetsOf(source: RegionSource): Promise<Result<readonly RawSheet[], RegionRefused>> {
  if ('sheets' in source) return ok(source.sheets);
  const read = await readRegionFiles(source.location);
  return read.ok ? read : { ok: false, error: { ...read.error, problems: [] } };
}

async function revisionOf(db: Db | Tx): Promise<bigint> {
  const newest = await db.auditEntry.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return newest?.id ?? 0n;
}

function refused(problems: readonly RegionProblem[]): { ok: false; error: RegionRefused } {
  return { ok: false, error: { code: 'REGION_REFUSED', params: { count: problems.length }, problems } };
}

const randomId: NewId = () => randomUUID();

/** Checks a workbook and plans it against the registry, writing nothing. */
export async function checkRegionWorkbook(deps: ServiceDeps, source: RegionSource, newId: NewId = randomId): Promise<Result<RegionChecked, RegionRefused>> {
  const sheets = await sheetsOf(source);
  if (!sheets.ok) return sheets;
  const revision = await revisionOf(deps.db);
  const state = await loadRegistryState(deps.db);
  const checked = checkRegion(sheets.value, state, { now: deps.now(), newId });
  if (!checked.ok) return refused(checked.problems);
  return ok({ plan: checked.plan, names: namesOf(state, checked.plan), revision, unchanged: planIsEmpty(checked.plan) });
}

/** Every id the plan mentions, with the name people know it by. */
function namesOf(state: RegistryState, plan: RegionPlan): Map<string, string> {
  const names = new Map<string, string>();
  for (const o of [...state.organisations, ...plan.organisations.added]) names.set(o.id, o.name);
  for (const c of [...state.committees, ...plan.committees.added]) names.set(c.id, c.code);
  for (const p of [...state.people, ...plan.people.added]) names.set(p.id, p.name);
  return names;
}

/** What an import wrote. */
export interface RegionImported {
  readonly plan: RegionPlan;
  readonly names: ReadonlyMap<string, string>;
  /** Audit entries written, one per changed row. */
  readonly entries: number;
}

/** Options of {@link importRegion}. */
export interface ImportRegionInput {
  readonly actor: Actor;
  /** The plan shown and agreed to; without it the import plans and applies in one go. */
  readonly checked?: RegionChecked;
  readonly newId?: NewId;
  /** One audit action for every entry (the demo's "demo.create"). */
  readonly action?: string;
  /** Applies only when the registry has no committee yet (the demo on a first start). */
  readonly onlyIntoEmpty?: boolean;
}

/** The import runs in one transaction; a region's few thousand rows take seconds, leave room for more. */
const TRANSACTION = { timeout: 600_000, maxWait: 60_000 };

/**
 * Imports a workbook in one transaction: lock, re-check, write every change with its audit entry.
 * Resolves to `null` plan entries when `onlyIntoEmpty` finds committees already.
 */
export async function importRegion(deps: ServiceDeps, source: RegionSource, input: ImportRegionInput): Promise<Result<RegionImported | null, RegionRefused>> {
  // A checked plan is applied as it was shown; the workbook is not read again.
  const sheets = input.checked ? ok([]) : await sheetsOf(source);
  if (!sheets.ok) return sheets;
  const now = deps.now();
  return transact(deps, async (tx): Promise<Result<RegionImported | null, RegionRefused>> => {
    // Two imports (or two instances loading the demo) at once on one PostgreSQL: the second waits.
    await lockFor(tx, 'region-import');
    if (input.onlyIntoEmpty && (await tx.committee.count()) > 0) return ok(null);
    let plan: RegionPlan;
    let names: ReadonlyMap<string, string>;
    if (input.checked) {
      if ((await revisionOf(tx)) !== input.checked.revision) return { ok: false as const, error: { code: 'REGION_CHANGED_MEANWHILE' as const, problems: [] } };
      ({ plan, names } = input.checked);
    } else {
      const state = await loadRegistryState(tx);
      const checked = checkRegion(sheets.value, state, { now, newId: input.newId ?? randomId });
      if (!checked.ok) return refused(checked.problems);
      plan = checked.plan;
      names = namesOf(state, plan);
    }
    const entries = await writeRegionPlan(tx, plan, { actor: input.actor, at: now, ...(input.action ? { action: input.action } : {}) });
    return ok({ plan, names, entries });
  }, TRANSACTION);
}
