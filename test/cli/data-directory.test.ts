/**
 * A data directory Gremium cannot use (a file where the directory should be, a directory it may not
 * write) is refused with a message naming the directory and what to do, never a stack trace.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../support/db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-dir-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function gremium(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/gremium.mjs', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, out, err }));
    child.stdin.end('');
  });
}

describe.skipIf(TEST_DB_KIND !== 'pglite')('an unusable data directory', () => {
  it('a file in the way: exit 1, the directory named in Dutch and English, no stack trace', async () => {
    const file = path.join(dir, 'not-a-directory');
    fs.writeFileSync(file, 'x');
    const target = path.join(file, 'db');
    const { code, err } = await gremium(['chat', '--as', 'Jan de Vries', '--db', target]);
    expect(code).toBe(1);
    expect(err).toContain(`Gremium kan de database in ${target} niet openen`);
    expect(err).toContain(`Gremium cannot open or create the database in ${target}`);
    expect(err).toContain('--db');
    expect(err).not.toMatch(/^\s+at /m);
  }, 60_000);
});
