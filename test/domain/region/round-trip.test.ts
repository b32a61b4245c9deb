import { describe, expect, it } from 'vitest';
import { checkRegion } from '../../../src/domain/region/check-region.ts';
import { EMPTY_REGISTRY, type RegistryState } from '../../../src/domain/region/records.ts';
import { planIsEmpty, type RegionPlan } from '../../../src/domain/region/region-plan.ts';
import type { RawSheet } from '../../../src/domain/region/workbook.ts';
import { writeRegionWorkbook } from '../../../src/domain/region/write-workbook.ts';
import { COMMITTEES_NL, MEMBERS_NL, ORGANISATIONS_NL, sheet, TWENTE_NL, withCell } from './helpers.ts';

const NOW = new Date('2026-11-25T09:00:00Z');
let n = 0;
const options = { now: NOW, newId: (kind: string) => `${kind}-${++n}` };

function planOf(sheets: RawSheet[], state: RegistryState): RegionPlan {
  const result = checkRegion(sheets, state, options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
  return result.plan;
}

/** The registry after applying a plan to an empty one. */
function applied(plan: RegionPlan): RegistryState {
  return {
    organisations: plan.organisations.added,
    committees: plan.committees.added,
    people: plan.people.added,
    seats: plan.seats.added,
    mandates: plan.mandates.added,
    meetings: plan.meetings.added,
  };
}

const TWENTE_WITH_EXTRAS: RawSheet[] = [
  ORGANISATIONS_NL,
  withCell(withCell(COMMITTEES_NL, 3, 'Ritme', ''), 3, 'Bron', 'Convenant art. 5'),
  MEMBERS_NL,
  sheet('Personen', ['Naam', 'E-mail', 'Organisatie', 'Taal', 'Beheerder'], ['Anna Admin', 'anna@twente.example', '', 'en', 'ja']),
  sheet(
    'Mandaten',
    ['Naam', 'E-mail', 'Organisatie', 'Van', 'Tot', 'Reikwijdte', 'Ingetrokken op', 'Ingetrokken door'],
    ['Femke Kamphuis', '', 'Coalitie Jeugd Twente', '2025-01-01', '2025-12-31', 'bestuurlijk', '', ''],
    ['Ilse Nijhuis', 'ilse.nijhuis@enschede.example', 'Gemeente Enschede', '2024-01-01', '', 'algemeen', '2025-06-16T08:30:00.000Z', 'Anna Admin'],
  ),
];

describe('export then import (the round trip)', () => {
  it('plans nothing for a workbook written from the registry it is planned against, in Dutch and in English', () => {
    for (const workbook of [TWENTE_NL, TWENTE_WITH_EXTRAS]) {
      const state = applied(planOf(workbook, EMPTY_REGISTRY));
      for (const lang of ['nl', 'en'] as const) {
        const again = planOf(writeRegionWorkbook(state, lang), state);
        expect(planIsEmpty(again), JSON.stringify(again, null, 1)).toBe(true);
      }
    }
  });

  it('keeps a revocation to the minute and a mandate of its own period', () => {
    const state = applied(planOf(TWENTE_WITH_EXTRAS, EMPTY_REGISTRY));
    expect(state.mandates.find((m) => m.scope === 'algemeen')).toMatchObject({ revokedAt: '2025-06-16T08:30:00.000Z' });
    const written = writeRegionWorkbook(state, 'nl').find((s) => s.name === 'Mandaten');
    expect(written?.rows.map((r) => r.cells.join('|'))).toContain('Ilse Nijhuis|ilse.nijhuis@enschede.example|Gemeente Enschede|2024-01-01||algemeen|2025-06-16T08:30:00.000Z|Anna Admin');
  });
});

describe('importing a changed workbook', () => {
  it('says what is added, changed and ended', () => {
    const state = applied(planOf(TWENTE_NL, EMPTY_REGISTRY));
    const sheets = writeRegionWorkbook(state, 'nl');
    const members = sheets[2] as RawSheet;
    // Tom Wevers leaves the BOJ (his row goes), the BOJ now decides by consensus, and a provider joins.
    const changed: RawSheet[] = [
      { ...(sheets[0] as RawSheet), rows: [...(sheets[0] as RawSheet).rows, { row: 99, cells: ['Zorg Plus BV', 'aanbieder', '', '', '', 'Twente'] }] },
      withCell(sheets[1] as RawSheet, 2, 'Besluitregel', 'consensus'),
      { ...members, rows: members.rows.filter((r) => !r.cells.includes('Tom Wevers')) },
      ...sheets.slice(3),
    ];
    const plan = planOf(changed, state);
    expect(plan.organisations.added.map((o) => o.name)).toEqual(['Zorg Plus BV']);
    expect(plan.committees.changed.map((c) => [c.before.decisionRule, c.after.decisionRule])).toEqual([['MAJORITY', 'CONSENSUS']]);
    expect(plan.seats.ended.map((e) => e.after.until)).toEqual(['2026-11-24']);
    expect(plan.seats.added).toEqual([]);
  });
});
