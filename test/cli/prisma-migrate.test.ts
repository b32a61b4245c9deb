/**
 * The migrations deploy to both databases, and Gremium's in-process migration runner and the
 * Prisma CLI agree on what has been applied: a database migrated by one is up to date for the other.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { TEST_DB_KIND } from '../support/db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MIGRATIONS = fs.readdirSync(path.join(ROOT, 'prisma/migrations')).filter((d) => /^\d+_/.test(d)).length;

/**
 * How long a Prisma CLI command may take before the test calls it hung. Each needs a few seconds
 * (20 s for `migrate deploy` on a busy two-core machine); before issue 12 `prisma -v` printed its
 * versions and then never exited, because the database it had opened kept the process alive.
 */
const CLI_LIMIT_MS = 150_000;

/** Runs the Prisma CLI to its end, as `npx prisma` would; rejects if it has not exited in time. */
function prisma(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/prisma/build/index.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`prisma ${args.join(' ')} had not exited after ${CLI_LIMIT_MS / 1000} s:\n${out}`));
    }, CLI_LIMIT_MS);
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

describe.skipIf(TEST_DB_KIND !== 'postgres')('migrations on PostgreSQL', () => {
  it('`prisma migrate deploy` applies them, and Gremium then finds nothing left to apply', async () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await admin.connect();
    const name = `gremium_migrate_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_POSTGRES_URL!);
    url.pathname = `/${name}`;
    try {
      const deploy = await prisma(['migrate', 'deploy'], { DATABASE_URL: url.toString() });
      expect(deploy.code, deploy.out).toBe(0);
      expect(deploy.out).toMatch(new RegExp(`${MIGRATIONS} migrations? found`));
      const pool = new pg.Pool({ connectionString: url.toString() });
      const ran = await applyMigrations({ exec: async (s) => void (await pool.query(s)), query: async (s, p) => (await pool.query(s, p)).rows });
      expect(ran).toEqual([]);
      const tables = await pool.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'Seat'`);
      expect(tables.rows[0].n).toBe(1);
      await pool.end();
      const status = await prisma(['migrate', 'status'], { DATABASE_URL: url.toString() });
      expect(status.code, status.out).toBe(0);
      expect(status.out).toMatch(/Database schema is up to date/);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 300_000);
});

describe.skipIf(TEST_DB_KIND !== 'pglite')('migrations on the embedded database', () => {
  it('Gremium applies them at start, and `prisma migrate status` finds the database up to date', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-migrate-'));
    try {
      const database = await openDatabase({ kind: 'pglite', dir: path.join(dir, 'db') });
      expect(await database.db.seat.count()).toBe(0);
      await database.close();
      const env = { DATABASE_URL: '', GREMIUM_DB_DIR: path.join(dir, 'db') };
      const status = await prisma(['migrate', 'status'], env);
      expect(status.code, status.out).toBe(0);
      expect(status.out).toMatch(new RegExp(`${MIGRATIONS} migrations? found`));
      expect(status.out).toMatch(/Database schema is up to date/);
      // It closed the database it opened: the lock is gone and Gremium can open the directory again.
      expect(fs.existsSync(path.join(dir, 'db', 'gremium.lock'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('`prisma migrate deploy` creates a new embedded database and exits; Gremium then finds nothing left to apply', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-deploy-'));
    try {
      const deploy = await prisma(['migrate', 'deploy'], { DATABASE_URL: '', GREMIUM_DB_DIR: path.join(dir, 'db') });
      expect(deploy.code, deploy.out).toBe(0);
      expect(deploy.out).toMatch(/migrations have been successfully applied/);
      const database = await openDatabase({ kind: 'pglite', dir: path.join(dir, 'db') });
      try {
        expect(await applyMigrations(database.sql)).toEqual([]);
      } finally {
        await database.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe.skipIf(TEST_DB_KIND !== 'pglite')('the Prisma CLI without a database (npm ci runs it)', () => {
  // In parallel: each is a process of its own. (`generate` is left out: it would rewrite the client
  // the other test files are using; `npm ci` runs it.)
  it('`prisma -v` and `prisma validate` exit 0 with nothing set in the environment', async () => {
    const bare = { DATABASE_URL: undefined, GREMIUM_DB_DIR: undefined };
    const [version, validate] = await Promise.all([prisma(['-v'], bare), prisma(['validate'], bare)]);
    expect(version.code, version.out).toBe(0);
    expect(version.out).toMatch(/Schema Engine Adapter\s*: pglite-prisma-adapter/);
    expect(validate.code, validate.out).toBe(0);
  }, 300_000);
});
