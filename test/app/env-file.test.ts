/**
 * A `.env` in the working directory is read at start (Node's process.loadEnvFile), and a variable
 * set in the environment wins over the file. Runs the real binary in a directory of its own; each
 * case stops at the configuration check, before any database is opened.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/gremium.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-env-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function gremium(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; err: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GREMIUM_') && k !== 'DATABASE_URL'));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...clean, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, err }));
  });
}

describe('.env', () => {
  it('is read from the working directory, and the environment wins over it', async () => {
    fs.writeFileSync(path.join(dir, '.env'), '# a comment\nGREMIUM_LOG_LEVEL=loud\nGREMIUM_TICK_SECONDS="abc"\n');
    const { code, err } = await gremium(['scheduler', '--db', path.join(dir, 'db')], { GREMIUM_LOG_LEVEL: 'warn' });
    expect(code).toBe(1);
    // The file's tick was read (and refused); its log level lost to the environment's.
    expect(err).toContain('GREMIUM_TICK_SECONDS: must be a number of seconds');
    expect(err).not.toContain('GREMIUM_LOG_LEVEL');
    expect(fs.existsSync(path.join(dir, 'db'))).toBe(false);
  }, 60_000);
});

describe('a wrong environment beside an existing embedded database', () => {
  it('is refused with its message, and the database, which began opening first, is closed unchanged and free', async () => {
    const { openDatabase } = await import('../../src/db/database.ts');
    const db = path.join(dir, 'existing');
    const first = await openDatabase({ kind: 'pglite', dir: db });
    await first.sql.exec(`CREATE TABLE "Kept" (note text); INSERT INTO "Kept" VALUES ('still here')`);
    await first.close();
    fs.rmSync(path.join(dir, '.env'), { force: true });

    const { code, err } = await gremium(['chat', '--db', db, '--as', 'Sanne Bakker'], { GREMIUM_TICK_SECONDS: 'abc' });
    expect(code).toBe(1);
    expect(err).toContain('GREMIUM_TICK_SECONDS: must be a number of seconds');

    // Its lock was released and nothing was loaded into it: no demo region, the table as it was.
    const again = await openDatabase({ kind: 'pglite', dir: db });
    try {
      expect(await again.sql.query(`SELECT note FROM "Kept"`)).toEqual([{ note: 'still here' }]);
      expect(await again.sql.query(`SELECT count(*)::int AS n FROM "Committee"`)).toEqual([{ n: 0 }]);
    } finally {
      await again.close();
    }
  }, 120_000);
});
