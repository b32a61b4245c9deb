/**
 * The whole check of a region workbook, as `gremium region check` and `region import` run it:
 * read every sheet, check across sheets, plan against the registry (empty for a bare check). A
 * workbook with any problem is refused whole; the problems come sorted by sheet, row and column.
 */
import { checkWorkbook } from './check-workbook.ts';
import { REGION_SHEETS, sheetOfName } from './layouts.ts';
import { readRegionWorkbook } from './read-workbook.ts';
import type { RegistryState } from './records.ts';
import { planRegion, type PlanOptions, type RegionPlan } from './region-plan.ts';
import type { RawSheet, RegionProblem, RegionWorkbook } from './workbook.ts';

/** The outcome: the plan when the workbook is sound, else every problem. */
export type RegionCheck =
  | { readonly ok: true; readonly workbook: RegionWorkbook; readonly plan: RegionPlan }
  | { readonly ok: false; readonly problems: readonly RegionProblem[] };

/** Reads, checks and plans a workbook against `state`. */
export function checkRegion(sheets: readonly RawSheet[], state: RegistryState, options: PlanOptions): RegionCheck {
  const { workbook, problems } = readRegionWorkbook(sheets);
  problems.push(...checkWorkbook(workbook));
  const planned = planRegion(workbook, state, options);
  problems.push(...planned.problems);
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, workbook, plan: planned.plan };
}

/** Sheet order of the workbook, then row, then the order in which the problems were found within a row. */
export function sortProblems(problems: readonly RegionProblem[]): RegionProblem[] {
  const order = (sheet: string) => {
    const which = sheetOfName(sheet);
    return which === null ? -1 : REGION_SHEETS.indexOf(which);
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => order(a.p.sheet) - order(b.p.sheet) || a.p.row - b.p.row || a.i - b.i)
    .map(({ p }) => p);
}
