/**
 * Loads the demo region (demo/region, DOMAIN.md's committees with invented members) on the first
 * start of an empty database, so every committee works end to end from the first message. The
 * demo is a region workbook like any other and goes through the same import (import-region.ts).
 * Idempotent: once any committee exists it does nothing, so a region's own registry is never mixed
 * with demo rows.
 */
import { DEMO_WORKBOOK, demoIds } from '../../demo/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { importRegion } from './import-region.ts';

/** What was loaded; all counts 0 when the database already had committees. */
export interface LoadDemoDataResult {
  readonly loaded: boolean;
  readonly committees: number;
  readonly organisations: number;
  readonly people: number;
  readonly seats: number;
  readonly mandates: number;
  /** One-off meetings of committees without (or beside) a rhythm; series meetings are materialised lazily. */
  readonly meetings: number;
}

const NOTHING: LoadDemoDataResult = { loaded: false, committees: 0, organisations: 0, people: 0, seats: 0, mandates: 0, meetings: 0 };

/**
 * Imports the demo workbook in one audited transaction (one audit entry per row, action
 * `demo.create`, actor "demo data"), unless a committee exists. Throws when the demo workbook itself
 * has a problem (a bug in demo/region, caught by its test) without writing anything.
 */
export async function loadDemoData(deps: ServiceDeps): Promise<LoadDemoDataResult> {
  if ((await deps.db.committee.count()) > 0) return NOTHING;
  const result = await importRegion(deps, { location: DEMO_WORKBOOK }, {
    actor: { personId: null, label: 'demo data' },
    action: 'demo.create',
    newId: demoIds(),
    onlyIntoEmpty: true,
  });
  if (!result.ok) {
    const lines = result.error.problems.map((p) => `${p.sheet} row ${p.row} ${p.column}: ${p.code} ${JSON.stringify(p.params)}`);
    throw new Error(`the demo workbook ${DEMO_WORKBOOK} is refused (${result.error.code}):\n${lines.join('\n')}`);
  }
  if (result.value === null) return NOTHING;
  const { plan } = result.value;
  return {
    loaded: true,
    committees: plan.committees.added.length,
    organisations: plan.organisations.added.length,
    people: plan.people.added.length,
    seats: plan.seats.added.length,
    mandates: plan.mandates.added.length,
    meetings: plan.meetings.added.length,
  };
}
