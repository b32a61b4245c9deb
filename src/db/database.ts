/**
 * The one way the application gets a database: the embedded PGlite directory by default, PostgreSQL
 * when a postgres URL is given. Migrations are applied before the client is handed out.
 */
import { PrismaClient } from './client.ts';
import { applyMigrations, type SqlRunner } from './migrate.ts';
import { pgliteAdapter, startPglite } from './pglite.ts';
import { attachStatementRunner } from './raw-sql.ts';

/** The Prisma client type every service receives. */
export type Db = PrismaClient;

/** Where the data lives. */
export type DatabaseTarget = { kind: 'pglite'; dir: string } | { kind: 'postgres'; url: string; poolSize?: number };

/** An open database: the client, what it runs on, and how to close it. */
export interface Database {
  readonly db: Db;
  readonly kind: DatabaseTarget['kind'];
  /** Raw SQL on the same database (migrations, test resets, benchmarks). */
  readonly sql: SqlRunner;
  close(): Promise<void>;
}

/** Opens the target, applies pending migrations and returns a ready client. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'pglite') {
    const { pglite, close } = startPglite(target.dir);
    const db = new PrismaClient({ adapter: pgliteAdapter(pglite) });
    const sql: SqlRunner = {
      exec: async (text) => void (await pglite.exec(text)),
      query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
    };
    try {
      // PGlite opens its directory on its own thread while this one compiles Prisma's query compiler
      // ($connect); the migrations' queries wait in the thread's queue until PGlite is open.
      await Promise.all([pglite.ready, db.$connect(), applyMigrations(sql)]);
    } catch (error) {
      await db.$disconnect().catch(() => undefined);
      await close();
      throw error;
    }
    attachStatementRunner(db, async (statement) => {
      const result = statement.name ? await pglite.queryNamed(statement.name, statement.text, statement.values) : await pglite.query(statement.text, statement.values);
      return { rowCount: Math.max(result.affectedRows ?? 0, result.rows.length), rows: result.rows };
    });
    return {
      db,
      kind: 'pglite',
      sql,
      close: async () => {
        await db.$disconnect();
        await close();
      },
    };
  }
  // Loaded only for PostgreSQL: the embedded database's start does not pay for pg and adapter-pg.
  const { postgresAdapter } = await import('./postgres.ts');
  const { adapter, pool } = postgresAdapter(target.url, target.poolSize);
  const sql: SqlRunner = {
    exec: async (text) => void (await pool.query(text)),
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
  };
  try {
    await applyMigrations(sql);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = new PrismaClient({ adapter });
  attachStatementRunner(db, async (statement) => {
    const result = await pool.query({ ...statement });
    return { rowCount: result.rowCount ?? 0, rows: result.rows };
  });
  return {
    db,
    kind: 'postgres',
    sql,
    close: async () => {
      await db.$disconnect();
      // The adapter may already have begun ending the pool without waiting for it; wait until every
      // connection is really closed, so that whoever drops or stops the database next meets none.
      if (!pool.ending) await pool.end();
      for (let waited = 0; pool.totalCount > 0 && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
