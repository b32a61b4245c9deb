/**
 * A `.env` file in the working directory is read (README, "Running it"): its values count, a variable
 * set in the environment wins over the file, and a wrong value in it is named like any other.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEnvFile } from '../../src/config.ts';
import { TEST_DB_KIND } from '../support/db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-env-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('.env', () => {
  it('is read into the environment, and what is already set wins', () => {
    const file = path.join(dir, 'unit.env');
    fs.writeFileSync(file, 'GREMIUM_TEST_FROM_FILE=file\nGREMIUM_TEST_BOTH=file\n');
    process.env.GREMIUM_TEST_BOTH = 'environment';
    try {
      expect(readEnvFile(file)).toBe(true);
      expect(process.env.GREMIUM_TEST_FROM_FILE).toBe('file');
      expect(process.env.GREMIUM_TEST_BOTH).toBe('environment');
      expect(readEnvFile(path.join(dir, 'missing.env'))).toBe(false);
    } finally {
      delete process.env.GREMIUM_TEST_FROM_FILE;
      delete process.env.GREMIUM_TEST_BOTH;
    }
  });

  it.skipIf(TEST_DB_KIND !== 'pglite')('a wrong value in .env stops gremium with the variable named', async () => {
    fs.writeFileSync(path.join(dir, '.env'), 'GREMIUM_LOG_LEVEL=loud\n');
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '' };
    delete env.GREMIUM_LOG_LEVEL;
    const { code, err } = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/gremium.mjs'), 'chat', '--as', 'x', '--db', path.join(dir, 'db')], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let text = '';
      child.stderr.on('data', (d) => (text += d));
      child.on('exit', (exit) => resolve({ code: exit, err: text }));
    });
    expect(code).toBe(1);
    expect(err).toContain('GREMIUM_LOG_LEVEL');
  }, 60_000);
});
