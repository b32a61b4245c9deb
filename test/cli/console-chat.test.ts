/**
 * The console as a user runs it: `gremium chat --as ... --db <dir>` reading one message per line from
 * a pipe, printing each reply followed by one empty line, exiting 0 at end of input; and the embedded
 * database refusing a second process. Runs the real binary; embedded database only (that is what the
 * console uses by default), so the PostgreSQL project skips it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../support/db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-cli-'));
const dbDir = path.join(dir, 'db');

function gremium(args: string[], input: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/gremium.mjs', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

// Each test starts real processes (three for the lock tests), each opening PGlite: on a machine shared
// by several busy people one start has taken over a minute, the default limit of an in-process test.
describe.skipIf(TEST_DB_KIND !== 'pglite')('gremium chat on the embedded database', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    // First start: creates the database and loads the demo data.
    const first = await gremium(['chat', '--as', 'Jan de Vries', '--db', dbDir], 'help\n');
    expect(first.code).toBe(0);
  }, 240_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers each line, each reply followed by one empty line, and exits 0 at end of input', async () => {
    const { code, out } = await gremium(
      ['chat', '--as', 'jan.devries@jeugdzorgnoord.example', '--db', dbDir],
      'wie vertegenwoordigt Combinatie Noord in het SBO?\nwho represents Combination North at the SBO?\n',
    );
    expect(code).toBe(0);
    const blocks = out.split('\n\n').filter((b) => b.trim() !== '');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^Combinatie Noord in het SBO/);
    expect(blocks[0]).toContain('Jan de Vries');
    expect(blocks[1]).toMatch(/^Combinatie Noord at the SBO/);
    expect(out.endsWith('\n\n')).toBe(true);
  });

  it('answers in the language chosen with --lang for commands', async () => {
    const { out } = await gremium(['chat', '--as', 'Jan de Vries', '--lang', 'en', '--db', dbDir], '/gremium lijst ORO\n');
    expect(out).toMatch(/Composition on 25|Composition on \d+ \w+ \d{4}/);
  });

  it('tells an unknown --as who is meant, and exits 2', async () => {
    const { code, err } = await gremium(['chat', '--as', 'Jan de Vris', '--db', dbDir], '');
    expect(code).toBe(2);
    expect(err).toMatch(/Bedoelt u "Jan de Vries/);
  });

  it('refuses a second process on the same data directory with a clear message, and the data survives', async () => {
    const holder = spawn(process.execPath, ['bin/gremium.mjs', 'chat', '--as', 'Jan de Vries', '--db', dbDir], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    // Wait until the first process answers: it holds the lock from then on.
    await new Promise<void>((resolve) => {
      holder.stdout.on('data', () => resolve());
      holder.stdin.write('waar zit Jan de Vries in?\n');
    });
    const second = await gremium(['chat', '--as', 'Jan de Vries', '--db', dbDir], 'waar zit Jan de Vries in?\n');
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/al in gebruik door een ander Gremium-proces/);
    expect(second.err).toMatch(/already in use by another Gremium process/);
    holder.stdin.end();
    await new Promise((r) => holder.on('exit', r));
    const after = await gremium(['chat', '--as', 'Jan de Vries', '--db', dbDir], 'waar zit Jan de Vries in?\n');
    expect(after.code).toBe(0);
    expect(after.out).toContain('SBO');
  });

  it('takes over a lock left by a process that was killed', async () => {
    const holder = spawn(process.execPath, ['bin/gremium.mjs', 'chat', '--as', 'Jan de Vries', '--db', dbDir], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    await new Promise<void>((resolve) => {
      holder.stdout.on('data', () => resolve());
      holder.stdin.write('waar zit Jan de Vries in?\n');
    });
    holder.kill('SIGKILL');
    await new Promise((r) => holder.on('exit', r));
    expect(fs.existsSync(path.join(dbDir, 'gremium.lock'))).toBe(true);
    const after = await gremium(['chat', '--as', 'Jan de Vries', '--db', dbDir], 'wie is de secretaris van het SBO?\n');
    expect(after.code).toBe(0);
    expect(after.out).toContain('Sanne Bakker');
  });
});
