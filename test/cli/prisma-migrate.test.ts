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

/** Runs the Prisma CLI until it prints `until` (it may keep PGlite open afterwards), then stops it. */
function prisma(args: string[], env: NodeJS.ProcessEnv, until: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/prisma/build/index.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`prisma ${args.join(' ')} did not print ${until}:\n${out}`));
    }, 90_000);
    const seen = (d: Buffer) => {
      out += d;
      if (until.test(out)) {
        clearTimeout(timer);
        child.kill('SIGTERM');
        resolve(out);
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', () => {
      clearTimeout(timer);
      if (until.test(out)) resolve(out);
      else reject(new Error(`prisma ${args.join(' ')} ended without ${until}:\n${out}`));
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
      const out = await prisma(['migrate', 'deploy'], { DATABASE_URL: url.toString() }, /migrations have been successfully applied|No pending migrations/);
      expect(out).toMatch(new RegExp(`${MIGRATIONS} migrations? found`));
      const pool = new pg.Pool({ connectionString: url.toString() });
      const ran = await applyMigrations({ exec: async (s) => void (await pool.query(s)), query: async (s, p) => (await pool.query(s, p)).rows });
      expect(ran).toEqual([]);
      const tables = await pool.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'Seat'`);
      expect(tables.rows[0].n).toBe(1);
      await pool.end();
      const status = await prisma(['migrate', 'status'], { DATABASE_URL: url.toString() }, /Database schema is up to date|have not yet been applied/);
      expect(status).toMatch(/Database schema is up to date/);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 180_000);
});

describe.skipIf(TEST_DB_KIND !== 'pglite')('migrations on the embedded database', () => {
  it('Gremium applies them at start, and `prisma migrate status` finds the database up to date', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-migrate-'));
    try {
      const database = await openDatabase({ kind: 'pglite', dir: path.join(dir, 'db') });
      expect(await database.db.seat.count()).toBe(0);
      await database.close();
      const env = { DATABASE_URL: '', GREMIUM_DB_DIR: path.join(dir, 'db') };
      const status = await prisma(['migrate', 'status'], env, /Database schema is up to date|have not yet been applied|Error/);
      expect(status).toMatch(new RegExp(`${MIGRATIONS} migrations? found`));
      expect(status).toMatch(/Database schema is up to date/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
