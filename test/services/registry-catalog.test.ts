/**
 * The name catalog is cached by the registry's revision (the newest audit id): a change anyone makes,
 * here or in another instance, must show in the next question. The demo data writes a few hundred
 * audit entries, so the ids cross powers of ten (a revision compared as text would see "99" as newest).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { audit } from '../../src/services/audit.ts';
import { currentRevision, loadCatalog } from '../../src/services/registry/registry-catalog.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await database.resetToDemo(deps());
});

/** Adds an organisation the way every write goes: with its audit entry, in one transaction. */
async function addOrganisation(name: string): Promise<void> {
  await database.db.$transaction(async (tx) => {
    const created = await tx.organisation.create({ data: { name, kind: 'PROVIDER' } });
    await audit(tx, { personId: null, label: 'test' }, { action: 'organisation.create', subjectType: 'Organisation', subjectId: created.id, after: created }, now());
  });
}

describe('the registry revision and the cached names', () => {
  it('is the numerically newest audit id', async () => {
    const [newest] = await database.sql.query<{ id: string }>('SELECT max(id)::text AS id FROM "AuditEntry"');
    expect(Number(newest!.id)).toBeGreaterThan(100);
    expect(await currentRevision(database.db)).toBe(BigInt(newest!.id));
    await addOrganisation('Jeugdhulp Zuidwest');
    expect(await currentRevision(database.db)).toBe(BigInt(newest!.id) + 1n);
  });

  it('answers with a name added after the catalog was cached', async () => {
    const before = await loadCatalog(deps());
    expect(before.organisations.some((o) => o.name === 'Jeugdhulp Zuidwest')).toBe(false);
    await addOrganisation('Jeugdhulp Zuidwest');
    const after = await loadCatalog(deps());
    expect(after.organisations.some((o) => o.name === 'Jeugdhulp Zuidwest')).toBe(true);
    const sanne = await database.db.person.findFirstOrThrow({ where: { name: 'Sanne Bakker' } });
    const replies = await handle(deps(), { sender: { personId: sanne.id }, text: 'wie vertegenwoordigt Jeugdhulp Zuidwest in het SBO?' });
    expect(JSON.stringify(replies)).not.toMatch(/bedoelt u|did you mean|onbekend|unknown/i);
    expect(JSON.stringify(replies)).toMatch(/Jeugdhulp Zuidwest/);
  });
});
