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
import { clearServiceCaches, createServiceCaches, type ServiceCaches, type ServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';

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
  /**
   * `reset()`, then the demo region as `loadDemoData(deps)` writes it. The first call (and any call
   * at another `deps.now()`) runs loadDemoData itself and keeps a copy of every table; later calls
   * at the same `now` put that copy back in one statement batch, which is what loadDemoData would
   * write again (its ids are fixed by demoIds() and its times by `now`), at a tenth of the cost.
   */
  resetToDemo(deps: ServiceDeps): Promise<void>;
}

/** The schema that holds a file's copy of the demo, beside `public`. */
const SNAPSHOT = 'test_demo_copy';

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
  const names = tables.map((t) => t.tablename);
  const serials = await serialColumns(database);
  const empty = inTransaction([...deleteAll(names), ...serials.map((s) => `SELECT setval('${s.sequence}', 1, false)`)]);
  const restore = inTransaction([
    ...deleteAll(names),
    ...names.map((t) => `INSERT INTO public."${t}" SELECT * FROM ${SNAPSHOT}."${t}"`),
    ...serials.map((s) => `SELECT setval('${s.sequence}', COALESCE((SELECT max("${s.column}") FROM public."${s.table}"), 0) + 1, false)`),
  ]);
  const caches = createServiceCaches();
  const reset = async () => {
    await database.sql.exec(empty);
    clearServiceCaches(caches);
  };
  // The copy of the demo, and the `now` it was loaded at.
  let copiedAt: string | null = null;
  return {
    ...database,
    caches,
    reset,
    resetToDemo: async (deps) => {
      const at = deps.now().toISOString();
      if (copiedAt === at) {
        await database.sql.exec(restore);
        clearServiceCaches(caches);
        return;
      }
      await reset();
      await loadDemoData(deps);
      await database.sql.exec(
        [`DROP SCHEMA IF EXISTS ${SNAPSHOT} CASCADE`, `CREATE SCHEMA ${SNAPSHOT}`]
          .concat(names.map((t) => `CREATE TABLE ${SNAPSHOT}."${t}" AS TABLE public."${t}"`))
          .join(';\n'),
      );
      copiedAt = at;
    },
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

/** Every column whose default is a sequence (the audit's id), with its sequence. */
function serialColumns(database: Database): Promise<{ table: string; column: string; sequence: string }[]> {
  return database.sql.query(
    `SELECT c.table_name AS "table", c.column_name AS "column", pg_get_serial_sequence(format('%I', c.table_name), c.column_name) AS "sequence"
       FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.column_default LIKE 'nextval(%'`,
  );
}

/**
 * Empties every table with DELETE, not TRUNCATE: for the few hundred rows a test writes it is many
 * times faster (TRUNCATE makes new files for every table and index). Foreign keys are not checked
 * meanwhile (see {@link inTransaction}), so the order does not matter.
 */
function deleteAll(tables: readonly string[]): string[] {
  return tables.map((t) => `DELETE FROM public."${t}"`);
}

/**
 * One batch in one transaction, with foreign keys and triggers off (session_replication_role, as
 * pg_restore does): the batch leaves the tables as consistent as it found them, or as the copy was.
 */
function inTransaction(statements: readonly string[]): string {
  return ['BEGIN', 'SET LOCAL session_replication_role = replica', ...statements, 'COMMIT'].join(';\n');
}
