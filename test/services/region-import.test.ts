/**
 * A region nobody here has seen (Twente, test/domain/region/helpers.ts), written as a workbook,
 * imported into an empty database: it answers member and rule questions, refuses a poll where its
 * rule says no decisions, and publishes its rhythm with deadlines in the calendar feed. Then the
 * round trip through files (a folder of .csv and an .xlsx) changes nothing, and a changed workbook
 * ends what it no longer lists, in one audited transaction.
 */
import { createServiceDeps } from '../../src/services/deps.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { writeRegionWorkbook } from '../../src/domain/region/write-workbook.ts';
import { committeeCalendar } from '../../src/platforms/calendar/ics.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { exportRegion } from '../../src/services/registry/export-region.ts';
import { checkRegionWorkbook, importRegion } from '../../src/services/registry/import-region.ts';
import { readRegionFiles, writeRegionFiles } from '../../src/services/registry/region-files.ts';
import { loadRegistryState } from '../../src/services/registry/region-state.ts';
import { TWENTE_NL, withCell } from '../domain/region/helpers.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-region-'));
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });
const actor = { personId: null, label: 'region import twente' };

beforeAll(async () => {
  database = await openTestDatabase();
  const result = await importRegion(deps(), { sheets: TWENTE_NL }, { actor });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function ask(name: string, text: string): Promise<string> {
  const person = await database.db.person.findFirstOrThrow({ where: { name } });
  return renderReplies(await handle(deps(), { sender: { personId: person.id }, text }));
}

describe('a region imported into an empty database', () => {
  it('holds its committees with their rules, and every change is audited', async () => {
    const boj = await database.db.committee.findUniqueOrThrow({ where: { code: 'BOJ' }, include: { seats: true } });
    expect(boj).toMatchObject({ decisionRule: 'MAJORITY', votePer: 'PARTY', mandateRequired: true, seatsPerParty: 1, rhythmRule: 'FREQ=MONTHLY;BYDAY=+3TH', meetingTime: '15:00', meetingMinutes: 90 });
    expect(boj.seats).toHaveLength(4);
    const entries = await database.db.auditEntry.findMany({ where: { actorLabel: 'region import twente' } });
    expect(new Set(entries.map((e) => e.action))).toEqual(new Set(['organisation.create', 'person.create', 'committee.create', 'seat.create', 'mandate.create']));
    expect(entries.filter((e) => e.subjectType === 'Seat')).toHaveLength(5);
  });

  it('answers who sits in a committee and who represents a party', async () => {
    const members = await ask('Tom Wevers', 'wie zitten er in het BOJ?');
    expect(members).toContain('Ilse Nijhuis');
    expect(members).toContain('Femke Kamphuis');
    const represents = await ask('Tom Wevers', 'wie vertegenwoordigt Coalitie Jeugd Twente in het BOJ?');
    expect(represents).toContain('Femke Kamphuis');
  });

  it('refuses a poll in the committee whose rule says no decisions', async () => {
    const out = await ask('Tom Wevers', '/gremium peiling openen KO vraag="Gaan we akkoord?" sluit=2026-12-10');
    expect(out).toMatch(/^⚠/);
    expect(out).toContain('KO');
    expect(await database.db.poll.count()).toBe(0);
  });

  it('publishes its rhythm with the agenda deadlines in the calendar feed', async () => {
    const boj = await database.db.committee.findUniqueOrThrow({ where: { code: 'BOJ' } });
    const ics = await committeeCalendar(deps(), boj.id);
    // Third Thursday of December 2026 at 15:00 Amsterdam (14:00Z), 90 minutes.
    expect(ics).toContain('DTSTART:20261217T140000Z');
    expect(ics).toContain('DTEND:20261217T153000Z');
    // Agenda 14 days before: Thursday 3 December.
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20261203/);
  });
});

describe('the round trip', () => {
  it('exports to a folder of .csv files and to an .xlsx, and importing either changes nothing', async () => {
    for (const location of [path.join(dir, 'twente'), path.join(dir, 'twente.xlsx')]) {
      const exported = await exportRegion(deps(), { location });
      expect(exported.ok).toBe(true);
      const checked = await checkRegionWorkbook(deps(), { location });
      expect(checked.ok && checked.value.unchanged).toBe(true);
    }
    expect(fs.readdirSync(path.join(dir, 'twente')).sort()).toEqual(['Gremia.csv', 'Leden.csv', 'Mandaten.csv', 'Organisaties.csv', 'Personen.csv']);
  });

  it('applies a changed workbook as it was shown: the rule changes, an unlisted seat ends yesterday', async () => {
    const sheets = writeRegionWorkbook(await loadRegistryState(database.db), 'en');
    const [orgs, committees, members, ...rest] = sheets;
    const changed = [
      orgs!,
      withCell(committees!, committees!.rows.findIndex((r) => r.cells[0] === 'BOJ') + 1, 'Decision rule', 'consensus'),
      { ...members!, rows: members!.rows.filter((r) => !r.cells.includes('Tom Wevers')) },
      ...rest,
    ];
    const location = path.join(dir, 'changed');
    await writeRegionFiles(location, changed, 'en');
    expect((await readRegionFiles(location)).ok).toBe(true);
    const checked = await checkRegionWorkbook(deps(), { location });
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    expect(checked.value.plan.committees.changed.map((c) => c.after.decisionRule)).toEqual(['CONSENSUS']);
    expect(checked.value.plan.seats.ended).toHaveLength(1);
    const imported = await importRegion(deps(), { location }, { actor, checked: checked.value });
    expect(imported.ok).toBe(true);
    const tom = await database.db.seat.findFirstOrThrow({ where: { person: { name: 'Tom Wevers' } } });
    expect(tom.endsOn?.toISOString().slice(0, 10)).toBe('2026-11-24');
    expect(await database.db.auditEntry.count({ where: { action: 'seat.end', subjectId: tom.id } })).toBe(1);
    // Applying the same checked plan again is refused: the registry moved on since it was shown.
    const again = await importRegion(deps(), { location }, { actor, checked: checked.value });
    expect(again).toMatchObject({ ok: false, error: { code: 'REGION_CHANGED_MEANWHILE' } });
  });

  it('refuses a broken workbook whole, writing nothing', async () => {
    const before = await database.db.auditEntry.count();
    const broken = [TWENTE_NL[0]!, withCell(TWENTE_NL[1]!, 2, 'Besluitregel', 'meerderhied'), TWENTE_NL[2]!];
    const result = await importRegion(deps(), { sheets: broken }, { actor });
    expect(result).toMatchObject({ ok: false, error: { code: 'REGION_REFUSED', problems: [{ sheet: 'Gremia', row: 2, column: 'Besluitregel', code: 'REGION_UNKNOWN_DECISION_RULE' }] } });
    expect(await database.db.auditEntry.count()).toBe(before);
  });
});
