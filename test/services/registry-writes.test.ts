import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addSeat } from '../../src/services/registry/add-seat.ts';
import { endSeat } from '../../src/services/registry/end-seat.ts';
import { recordMandate } from '../../src/services/registry/record-mandate.ts';
import { revokeMandate } from '../../src/services/registry/revoke-mandate.ts';
import { findRepresentation } from '../../src/services/registry/find-representatives.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createRegistryFixture, type RegistryFixture } from '../support/registry-fixture.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
let f: RegistryFixture;
const now = () => new Date('2026-11-25T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await database.reset();
  f = await createRegistryFixture(database.db);
});

const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });
const counts = async () => ({ seats: await database.db.seat.count(), mandates: await database.db.mandate.count(), audits: await database.db.auditEntry.count() });

describe('adding and ending seats', () => {
  it('lets the secretary add a seat, in one transaction with its audit entry', async () => {
    const result = await addSeat(deps(), {
      actor: { personId: f.secretaryId, label: 'Sanne Bakker' }, committeeId: f.committeeId, personId: f.colleagueId,
      onBehalfOfId: f.combinationId, role: 'ADVISER', from: '2027-01-01', until: null, substituteId: null,
    });
    expect(result.ok).toBe(true);
    const entries = await database.db.auditEntry.findMany();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'seat.create', actorId: f.secretaryId, actorLabel: 'Sanne Bakker', committeeId: f.committeeId, before: null });
    expect(entries[0]!.after).toMatchObject({ role: 'ADVISER', startsOn: '2027-01-01T00:00:00.000Z', endsOn: null });
  });

  it('refuses anyone but the secretary or an administrator, and changes nothing', async () => {
    const before = await counts();
    const result = await addSeat(deps(), {
      actor: { personId: f.outsiderId, label: 'Olga' }, committeeId: f.committeeId, personId: f.colleagueId,
      onBehalfOfId: f.combinationId, role: 'MEMBER', from: '2027-01-01', until: null, substituteId: null,
    });
    // The refusal names who may instead: the SBO's secretary today.
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_COMMITTEE_SECRETARY', params: { committee: 'SBO', holders: 'Sanne Bakker' } } });
    expect(await counts()).toEqual(before);
    const byAdmin = await addSeat(deps(), {
      actor: { personId: f.adminId, label: 'Beheerder' }, committeeId: f.committeeId, personId: f.colleagueId,
      onBehalfOfId: f.combinationId, role: 'MEMBER', from: '2027-01-01', until: null, substituteId: null,
    });
    expect(byAdmin.ok).toBe(true);
  });

  it('refuses a seat that overlaps the same seat, and an end before the start', async () => {
    const before = await counts();
    const dup = await addSeat(deps(), {
      actor: { personId: f.secretaryId, label: 'S' }, committeeId: f.committeeId, personId: f.memberId,
      onBehalfOfId: f.combinationId, role: 'MEMBER', from: '2026-12-01', until: null, substituteId: null,
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'DUPLICATE_SEAT', params: { from: '2024-01-01' } } });
    const backwards = await addSeat(deps(), {
      actor: { personId: f.secretaryId, label: 'S' }, committeeId: f.committeeId, personId: f.colleagueId,
      onBehalfOfId: f.combinationId, role: 'MEMBER', from: '2027-01-01', until: '2026-01-01', substituteId: null,
    });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'PERIOD_END_BEFORE_START' } });
    expect(await counts()).toEqual(before);
  });

  it('two concurrent identical adds end with one seat', async () => {
    const input = {
      actor: { personId: f.secretaryId, label: 'S' }, committeeId: f.committeeId, personId: f.colleagueId,
      onBehalfOfId: f.combinationId, role: 'ADVISER' as const, from: '2027-01-01', until: null, substituteId: null,
    };
    const results = await Promise.all([addSeat(deps(), input), addSeat(deps(), input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await database.db.seat.count({ where: { personId: f.colleagueId } })).toBe(1);
  });

  it('ends a seat so that it no longer answers "who represents" after its last day', async () => {
    const result = await endSeat(deps(), { actor: { personId: f.secretaryId, label: 'S' }, seatId: f.memberSeatId, until: '2026-12-31' });
    expect(result.ok).toBe(true);
    const onLastDay = (await findRepresentation(deps(), { committeeId: f.committeeId, organisationId: f.combinationId, day: '2026-12-31' })).seats;
    const dayAfter = (await findRepresentation(deps(), { committeeId: f.committeeId, organisationId: f.combinationId, day: '2027-01-01' })).seats;
    expect(onLastDay.map((s) => s.person.name)).toEqual(['Jan de Vries']);
    expect(dayAfter).toEqual([]);
    const entry = await database.db.auditEntry.findFirstOrThrow({ where: { action: 'seat.end' } });
    expect(entry.before).toMatchObject({ endsOn: null });
    expect(entry.after).toMatchObject({ endsOn: '2026-12-31T00:00:00.000Z' });
  });
});

describe('mandates', () => {
  it('records a mandate that then shows as valid on the seat, and revokes it', async () => {
    const recorded = await recordMandate(deps(), {
      actor: { personId: f.secretaryId, label: 'S' }, personId: f.colleagueId, organisationId: f.combinationId, from: '2026-01-01', until: null, scope: 'SBO',
    });
    expect(recorded).toMatchObject({ ok: true, value: { scope: 'SBO' } });
    const revoked = await revokeMandate(deps(), { actor: { personId: f.secretaryId, label: 'S' }, personId: f.colleagueId, organisationId: f.combinationId });
    expect(revoked).toEqual({ ok: true, value: { revoked: 1, kept: 0 } });
    const again = await revokeMandate(deps(), { actor: { personId: f.secretaryId, label: 'S' }, personId: f.colleagueId, organisationId: f.combinationId });
    expect(again).toMatchObject({ ok: false, error: { code: 'MANDATE_NOT_FOUND' } });
    expect((await database.db.auditEntry.findMany()).map((e) => e.action)).toEqual(['mandate.create', 'mandate.revoke']);
  });

  it('shows the mandate state of a member on a date', async () => {
    const [seat] = (await findRepresentation(deps(), { committeeId: f.committeeId, organisationId: f.combinationId, day: '2026-11-25' })).seats;
    expect(seat?.mandate).toEqual({ valid: true, until: '2027-12-31' });
    const [later] = (await findRepresentation(deps(), { committeeId: f.committeeId, organisationId: f.combinationId, day: '2028-02-01' })).seats;
    expect(later?.mandate).toEqual({ valid: false, problem: 'EXPIRED' });
  });

  it('refuses a mandate from someone who is no secretary where the organisation sits', async () => {
    const before = await counts();
    const result = await recordMandate(deps(), {
      actor: { personId: f.outsiderId, label: 'O' }, personId: f.colleagueId, organisationId: f.combinationId, from: '2026-01-01', until: null, scope: 'bestuurlijk',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_MANDATE_MANAGER' } });
    expect(await counts()).toEqual(before);
  });
});
