/**
 * The test database helper itself, on both databases (this file is in the "pglite" and "postgres"
 * projects): each project really gets its own kind, migrations are applied, reset empties the tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DB_KIND, type TestDatabase } from './db.ts';

describe(`openTestDatabase on ${TEST_DB_KIND}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('runs on the kind its vitest project asks for', () => {
    expect(['pglite', 'postgres']).toContain(process.env.GREMIUM_TEST_DB);
    expect(TEST_DB_KIND).toBe(process.env.GREMIUM_TEST_DB);
    expect(database.kind).toBe(TEST_DB_KIND);
  });

  it('is migrated', async () => {
    const applied = await database.sql.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    expect(applied.length).toBeGreaterThan(0);
    expect(await database.db.organisation.count()).toBe(0);
  });

  it('reset empties every table and restarts identities', async () => {
    await database.db.organisation.create({ data: { name: 'Gemeente Utrecht', kind: 'MUNICIPALITY' } });
    const first = await database.db.auditEntry.create({
      data: { actorLabel: 'system', action: 'test', subjectType: 'Organisation', subjectId: 'x' },
    });
    await database.reset();
    expect(await database.db.organisation.count()).toBe(0);
    expect(await database.db.auditEntry.count()).toBe(0);
    const again = await database.db.auditEntry.create({
      data: { actorLabel: 'system', action: 'test', subjectType: 'Organisation', subjectId: 'x' },
    });
    expect(again.id).toBe(first.id);
  });
});
