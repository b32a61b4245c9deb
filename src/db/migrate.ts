/**
 * Applies prisma/migrations at start-up, in-process and in well under a second, writing Prisma's own
 * `_prisma_migrations` bookkeeping so that `prisma migrate status` and `migrate deploy` agree with it.
 * The Prisma CLI would cost a child process and a second database connection, which PGlite cannot
 * give (one process per data directory).
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The raw SQL the applier needs from either database. */
export interface SqlRunner {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one parameterised query and returns its rows. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * The nearest prisma/migrations above `from`. Found from this module rather than the working directory,
 * and by walking up rather than a fixed `../..`, because this module runs from src/db and, bundled,
 * from dist/ (scripts/build.mjs).
 */
function findMigrations(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'prisma', 'migrations');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`prisma/migrations not found above ${from}`);
  }
}

/** The folder holding the migrations. */
export const MIGRATIONS_DIR = findMigrations(path.dirname(fileURLToPath(import.meta.url)));

/** Prisma's advisory lock key for migrations: the CLI and this applier exclude each other. */
const PRISMA_MIGRATE_LOCK = 72707369;

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** A migration in the folder: its name, its SQL and the checksum Prisma records for it. */
interface Migration {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

/** The migrations in `dir`, oldest first. */
function readMigrations(dir: string): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const APPLIED = `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;

/**
 * Whether every migration is applied as it is now, read in one statement without the lock: a start on
 * an up-to-date database (nearly every start) costs one statement instead of four (issue 12 point 3).
 * A migration's bookkeeping row is written only after the migration committed, so a complete list
 * means a complete schema. No bookkeeping table yet, or anything else: false, and the locked path
 * below decides (and reports a changed migration).
 */
async function allApplied(db: SqlRunner, migrations: readonly Migration[]): Promise<boolean> {
  try {
    const applied = new Map((await db.query<{ migration_name: string; checksum: string }>(APPLIED)).map((row) => [row.migration_name, row.checksum]));
    return migrations.every((migration) => applied.get(migration.name) === migration.checksum);
  } catch {
    return false;
  }
}

/** Applies every migration not yet applied, oldest first; returns the names it applied. */
export async function applyMigrations(db: SqlRunner, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = readMigrations(dir);
  if (await allApplied(db, migrations)) return [];
  await db.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
  try {
    await db.exec(BOOKKEEPING);
    const done = await db.query<{ migration_name: string; checksum: string }>(APPLIED);
    const applied = new Map(done.map((row) => [row.migration_name, row.checksum]));
    const ran: string[] = [];
    for (const { name, sql, checksum } of migrations) {
      if (applied.has(name)) {
        if (applied.get(name) !== checksum) {
          throw new Error(`Migration ${name} was changed after it was applied; add a new migration instead.`);
        }
        continue;
      }
      await db.exec(`BEGIN;\n${sql}\n;COMMIT;`).catch(async (error: unknown) => {
        await db.exec('ROLLBACK').catch(() => undefined);
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
      });
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), checksum, name],
      );
      ran.push(name);
    }
    return ran;
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]);
  }
}
