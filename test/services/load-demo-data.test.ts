import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromLocalDate } from '../../src/db/dates.ts';
import { DEMO_WORKBOOK } from '../../src/demo/index.ts';
import { checkRegion } from '../../src/domain/region/check-region.ts';
import { EMPTY_REGISTRY } from '../../src/domain/region/records.ts';
import type { DecisionRule } from '../../src/domain/registry/words.ts';
import { createServiceDeps, type ServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { readRegionFiles } from '../../src/services/registry/region-files.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

/** DOMAIN.md's committee table, read independently of src/demo: code -> decision rule. */
const DOMAIN_TABLE: Record<string, DecisionRule> = {
  SBO: 'CONSENSUS',
  ORO: 'MAJORITY',
  STUURGROEP: 'ABSOLUTE_MAJORITY',
  AAO: 'COMMON_AGREEMENT',
  'CM-NOORD': 'ADVISORY',
  'CM-ZUID': 'ADVISORY',
  KBO: 'NO_DECISIONS',
  INKOOP: 'FOR_AGAINST_ADVICE',
  FOT: 'FOR_AGAINST_ADVICE',
  BOSD: 'COMMON_AGREEMENT',
  DOSD: 'DECISION_LIST',
  CONTROL: 'DECISION_LIST',
  OBV: 'ADVISORY',
};

const TODAY = '2026-11-25';

/** Seats running on `day` (inclusive periods). */
function activeOn(day: string) {
  const d = fromLocalDate(day);
  return { startsOn: { lte: d }, OR: [{ endsOn: null }, { endsOn: { gte: d } }] };
}

let database: TestDatabase;
let deps: ServiceDeps;
let first: Awaited<ReturnType<typeof loadDemoData>>;

beforeAll(async () => {
  database = await openTestDatabase();
  deps = createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T09:00:00Z'), caches: database.caches });
  first = await loadDemoData(deps);
});

afterAll(async () => {
  await database.close();
});

describe('the demo data set', () => {
  it('is a region workbook without problems', async () => {
    const sheets = await readRegionFiles(DEMO_WORKBOOK);
    if (!sheets.ok) throw new Error(sheets.error.code);
    expect(sheets.value.map((s) => s.name).sort()).toEqual(['Gremia', 'Leden', 'Mandaten', 'Organisaties', 'Personen']);
    const checked = checkRegion(sheets.value, EMPTY_REGISTRY, { now: new Date(), newId: (kind, hint) => `${kind}:${hint}:${Math.random()}` });
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });
});

describe('loadDemoData', () => {
  it('loads everything once and counts what it loaded', async () => {
    expect(first.loaded).toBe(true);
    expect(first.committees).toBe(Object.keys(DOMAIN_TABLE).length);
    const db = database.db;
    expect(await db.committee.count()).toBe(first.committees);
    expect(await db.organisation.count()).toBe(first.organisations);
    expect(await db.person.count()).toBe(first.people);
    expect(await db.seat.count()).toBe(first.seats);
    expect(await db.mandate.count()).toBe(first.mandates);
    expect(first.seats).toBeGreaterThan(150);
  });

  it('loads nothing on the second call', async () => {
    const before = await database.db.auditEntry.count();
    const second = await loadDemoData(deps);
    expect(second).toEqual({ loaded: false, committees: 0, organisations: 0, people: 0, seats: 0, mandates: 0, meetings: 0 });
    expect(await database.db.auditEntry.count()).toBe(before);
    expect(await database.db.seat.count()).toBe(first.seats);
  });

  it("has every committee of DOMAIN.md's table with its decision rule", async () => {
    const rows = await database.db.committee.findMany({ include: { escalatesTo: { select: { code: true } } } });
    expect(Object.fromEntries(rows.map((c) => [c.code, c.decisionRule]))).toEqual(DOMAIN_TABLE);
    const byCode = new Map(rows.map((c) => [c.code, c]));
    expect(byCode.get('ORO')?.escalatesTo?.code).toBe('SBO');
    expect(byCode.get('BOSD')?.rhythmRule).toBe('FREQ=MONTHLY;BYDAY=+3TH');
    expect(byCode.get('DOSD')?.rhythmRule).toBe('FREQ=MONTHLY;BYDAY=+1TU');
    expect(byCode.get('SBO')?.substituteRule).toBe('SAME_ORGANISATION_WITH_MANDATE');
    expect(byCode.get('INKOOP')?.substituteRule).toBe('NAMED_SUBSTITUTE');
    expect(byCode.get('KBO')?.deadlinePolicy).toMatchObject({ agendaDaysBefore: 21, minutesDaysAfter: 21 });
    expect(byCode.get('BOSD')?.deadlinePolicy).toMatchObject({ agendaDaysBefore: 7, papersDaysBefore: 7, responsible: 'programmamanager' });
    expect(byCode.get('INKOOP')?.deadlinePolicy).toMatchObject({ reactionDays: 14 });
  });

  it('has Combinatie Noord with a penvoerder and members', async () => {
    const noord = await database.db.organisation.findUniqueOrThrow({
      where: { name: 'Combinatie Noord' },
      include: { penvoerder: true, members: true },
    });
    expect(noord.kind).toBe('COMBINATION');
    expect(noord.aliases).toEqual(expect.arrayContaining(['Combination North', 'Noord']));
    expect(noord.penvoerder?.name).toBe('Jeugdzorg Noord BV');
    expect(noord.members.map((m) => m.name)).toEqual(expect.arrayContaining(['Jeugdzorg Noord BV', 'Stichting Opgroeien Maasland']));
    const almere = await database.db.organisation.findUniqueOrThrow({ where: { name: 'Gemeente Almere' } });
    expect(almere.aliases).toEqual(expect.arrayContaining(['Almere', 'Municipality of Almere']));
  });

  it('seats Jan de Vries in at least three places, and Piet Jansen but not Karin Smit holds a mandate for Combinatie Noord', async () => {
    const db = database.db;
    const jan = await db.person.findUniqueOrThrow({ where: { email: 'jan.devries@jeugdzorgnoord.example' }, include: { seats: { where: activeOn(TODAY), include: { committee: true } } } });
    expect(jan.name).toBe('Jan de Vries');
    expect(jan.seats.length).toBeGreaterThanOrEqual(3);
    expect(new Set(jan.seats.map((s) => s.committee.code))).toEqual(new Set(['SBO', 'CM-NOORD', 'KBO']));
    const noordMandates = await db.mandate.findMany({
      where: { organisation: { name: 'Combinatie Noord' }, revokedAt: null, ...activeOn(TODAY) },
      include: { person: true },
    });
    const holders = noordMandates.map((m) => m.person.name);
    expect(holders).toEqual(expect.arrayContaining(['Jan de Vries', 'Piet Jansen']));
    expect(holders).not.toContain('Karin Smit');
    expect(await db.mandate.count({ where: { person: { name: 'Karin Smit' } } })).toBe(0);
    expect(await db.mandate.count({ where: { revokedAt: { not: null } } })).toBeGreaterThanOrEqual(1);
    expect(await db.mandate.count({ where: { endsOn: { lt: fromLocalDate(TODAY) } } })).toBeGreaterThanOrEqual(1);
  });

  it('seats 6 aldermen and 6 combination directors as SBO members today', async () => {
    const members = await database.db.seat.findMany({
      where: { committee: { code: 'SBO' }, role: 'MEMBER', ...activeOn(TODAY) },
      include: { onBehalfOf: true },
    });
    expect(members.filter((s) => s.onBehalfOf.kind === 'MUNICIPALITY')).toHaveLength(6);
    expect(members.filter((s) => s.onBehalfOf.kind === 'COMBINATION')).toHaveLength(6);
    expect(members).toHaveLength(12);
  });

  it('rotates the KBO seat of Gemeente Doetinchem, and has seats starting in the future', async () => {
    const doetinchemOn = async (day: string) =>
      database.db.seat.findMany({
        where: { committee: { code: 'KBO' }, role: 'MEMBER', onBehalfOf: { name: 'Gemeente Doetinchem' }, ...activeOn(day) },
        include: { person: true },
      });
    const then = await doetinchemOn('2025-03-01');
    const now = await doetinchemOn(TODAY);
    expect(then).toHaveLength(1);
    expect(now).toHaveLength(1);
    expect(then[0]?.person.name).not.toBe(now[0]?.person.name);
    expect(await database.db.seat.count({ where: { startsOn: fromLocalDate('2027-01-01') } })).toBeGreaterThanOrEqual(1);
  });

  it('names the secretaries and the administrator', async () => {
    const secretaries = await database.db.seat.findMany({ where: { role: 'SECRETARY', ...activeOn(TODAY) }, include: { person: true, committee: true } });
    const secretaryOf = (code: string) => secretaries.filter((s) => s.committee.code === code).map((s) => s.person.name);
    for (const code of ['SBO', 'ORO', 'STUURGROEP']) expect(secretaryOf(code)).toEqual(['Sanne Bakker']);
    expect(secretaryOf('BOSD')).toHaveLength(1);
    expect(new Set([secretaryOf('KBO')[0], secretaryOf('INKOOP')[0], secretaryOf('DOSD')[0], secretaryOf('BOSD')[0]]).size).toBe(4);
    const admin = await database.db.person.findUniqueOrThrow({ where: { email: 'beheer@gremium.example' } });
    expect(admin).toMatchObject({ name: 'Beheerder Gremium', isAdmin: true });
    expect(await database.db.person.count({ where: { language: 'en' } })).toBeGreaterThanOrEqual(1);
  });

  it('gives every Inkoopnetwerk member a named substitute', async () => {
    const members = await database.db.seat.findMany({ where: { committee: { code: 'INKOOP' }, role: 'MEMBER' } });
    expect(members.length).toBeGreaterThan(0);
    for (const s of members) expect(s.substituteId).not.toBeNull();
  });

  it('points every seat at an existing person and organisation', async () => {
    const seats = await database.db.seat.findMany({ include: { person: true, onBehalfOf: true, committee: true } });
    expect(seats).toHaveLength(first.seats);
    for (const s of seats) {
      expect(s.person.id).toBe(s.personId);
      expect(s.onBehalfOf.id).toBe(s.onBehalfOfId);
    }
  });

  it('writes one audit entry per created row, by "demo data"', async () => {
    const total = first.organisations + first.people + first.committees + first.seats + first.mandates + first.meetings;
    const entries = await database.db.auditEntry.findMany({ where: { action: 'demo.create' } });
    expect(entries).toHaveLength(total);
    expect(entries.every((e) => e.actorId === null && e.actorLabel === 'demo data')).toBe(true);
    const seatEntries = entries.filter((e) => e.subjectType === 'Seat');
    expect(seatEntries).toHaveLength(first.seats);
    expect(seatEntries.every((e) => e.committeeId !== null)).toBe(true);
  });
});
