/**
 * A real database for service and conversation tests: PGlite by default (a copy of the run's migrated
 * template, test/support/pglite-template.ts), or a fresh database on the PostgreSQL server named by
 * TEST_POSTGRES_URL when GREMIUM_TEST_DB=postgres.
 * Start one per test file (PGlite takes seconds to start) and `reset()` between tests.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database, type OpenOptions } from '../../src/db/database.ts';
import { IN_MEMORY } from '../../src/db/pglite.ts';
import { clearServiceCaches, createServiceCaches, type ServiceCaches } from '../../src/services/deps.ts';

/** Which database this test run uses: "pglite" or "postgres". */
export const TEST_DB_KIND: 'pglite' | 'postgres' = process.env.GREMIUM_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/** A test database with a reset that empties every table. */
export interface TestDatabase extends Database {
  /**
   * The service caches that go with this database, as one process would hold them: tests build their
   * deps with `createServiceDeps({ db, now, caches })`, so calls in a test share what was read.
   */
  readonly caches: ServiceCaches;
  /** Empties every table and the caches (what was cached of the old rows would otherwise be served). */
  reset(): Promise<void>;
}

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) throw new Error('GREMIUM_TEST_DB=postgres needs TEST_POSTGRES_URL (npm test starts a server and sets it)');
  const name = `gremium_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Opens a migrated, empty database of the run's kind (`options.onStatement` sees every statement). */
export async function openTestDatabase(options: OpenOptions = {}): Promise<TestDatabase> {
  let database: Database;
  let drop: () => Promise<void> = async () => undefined;
  if (TEST_DB_KIND === 'postgres') {
    const created = await createPostgresDatabase();
    drop = created.drop;
    database = await openDatabase({ kind: 'postgres', url: created.url, poolSize: 10 }, options);
  } else {
    // A copy of the run's migrated template (test/support/pglite-template.ts), else a new cluster.
    const template = inject('pgliteTemplate');
    if (template) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-test-db-'));
      fs.cpSync(template, dir, { recursive: true });
      drop = async () => fs.rmSync(dir, { recursive: true, force: true });
      database = await openDatabase({ kind: 'pglite', dir }, options);
    } else {
      database = await openDatabase({ kind: 'pglite', dir: IN_MEMORY }, options);
    }
  }
  const tables = await database.sql.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  const truncate = `TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`;
  const caches = createServiceCaches();
  return {
    ...database,
    caches,
    reset: async () => {
      await database.sql.exec(truncate);
      clearServiceCaches(caches);
    },
    close: async () => {
      await database.close();
      await drop();
    },
  };
}
