/**
 * The one way the application gets a database: the embedded PGlite directory by default, PostgreSQL
 * when a postgres URL is given. Migrations are applied before the client is handed out.
 */
import type { PrismaClient } from './client.ts';
import { applyMigrations, type SqlRunner } from './migrate.ts';
import { startPglite } from './pglite-start.ts';
import { attachStatementRunner, type StatementRunner } from './raw-sql.ts';

/**
 * Prisma's client (and its query compiler) and the PGlite adapter, loaded by openDatabase once the
 * embedded database's thread has started: PGlite opens its directory (about a second) while they
 * load, and a start does not pay for them before PGlite is on its way (issue 12 point 3).
 */
const loadPrisma = () => import('./client.ts');
const loadPgliteAdapter = () => import('./pglite.ts');

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

/** How to open a database beyond where it is. */
export interface OpenOptions {
  /**
   * Called with the text of every statement the application sends, through Prisma and through the
   * plain-SQL runner alike (not migrations): for tests that count what an operation costs.
   */
  readonly onStatement?: (text: string) => void;
}

/** A Prisma client on `adapter`, reporting its statements to `onStatement` when given. */
async function prismaClient(adapter: NonNullable<ConstructorParameters<typeof PrismaClient>[0]>['adapter'], onStatement: OpenOptions['onStatement']): Promise<Db> {
  const { PrismaClient } = await loadPrisma();
  if (!onStatement) return new PrismaClient({ adapter });
  const db = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', (event) => onStatement(event.query));
  return db as unknown as Db;
}

/** Wraps a runner so that it reports each statement to `onStatement` first. */
function observed(runner: StatementRunner, onStatement: OpenOptions['onStatement']): StatementRunner {
  if (!onStatement) return runner;
  return (statement) => {
    onStatement(statement.text);
    return runner(statement);
  };
}

/** Opens the target, applies pending migrations and returns a ready client. */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  if (target.kind === 'pglite') {
    const { pglite, close } = startPglite(target.dir);
    let db: PrismaClient | undefined;
    try {
      const sql: SqlRunner = {
        exec: async (text) => void (await pglite.exec(text)),
        query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
      };
      const { pgliteAdapter } = await loadPgliteAdapter();
      db = await prismaClient(pgliteAdapter(pglite), options.onStatement);
      // The migrations' queries wait in the thread's queue until PGlite is open. Prisma connects at its
      // first query, not here: its query compiler (WebAssembly, about 70 ms of this thread's time) is not
      // compiled by a start whose statements are all plain SQL, as a console question's are (issue 12 point 3).
      await Promise.all([pglite.ready, applyMigrations(sql)]);
      attachStatementRunner(db, observed(async (statement) => {
        const result = statement.name ? await pglite.queryNamed(statement.name, statement.text, statement.values) : await pglite.query(statement.text, statement.values);
        return { rowCount: Math.max(result.affectedRows ?? 0, result.rows.length), rows: result.rows };
      }, options.onStatement));
      const client = db;
      return {
        db: client,
        kind: 'pglite',
        sql,
        close: async () => {
          await client.$disconnect();
          await close();
        },
      };
    } catch (error) {
      await db?.$disconnect().catch(() => undefined);
      await close();
      throw error;
    }
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
  const db = await prismaClient(adapter, options.onStatement);
  attachStatementRunner(db, observed(async (statement) => {
    const result = await pool.query({ ...statement });
    return { rowCount: result.rowCount ?? 0, rows: result.rows };
  }, options.onStatement));
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
