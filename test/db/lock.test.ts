/**
 * The data-directory lock under a crowd: many processes that start together on a stale lock (its
 * owner killed) end with exactly one owner; the others are told the directory is in use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDirectory } from '../../src/db/lock.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-lock-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** lock.ts as plain JavaScript, so each contender is a bare `node` process (tsx would cost 100 x its start). */
function compiledLock(): string {
  const source = fs.readFileSync(path.join(ROOT, 'src/db/lock.ts'), 'utf8');
  const file = path.join(work, 'lock.mjs');
  fs.writeFileSync(file, transformSync(source, { loader: 'ts', format: 'esm' }).code);
  return file;
}

/**
 * A contender: says it is ready, waits (blocked on stdin, no CPU) for the common start signal, tries
 * the lock, says what happened, and stays until stdin closes, so an owner keeps the lock while the
 * others look.
 */
function contenderScript(lockModule: string): string {
  const file = path.join(work, 'contender.mjs');
  fs.writeFileSync(
    file,
    `import fs from 'node:fs';
import { lockDataDirectory } from ${JSON.stringify(lockModule)};
const dir = process.argv[2];
process.stdout.write('ready\\n');
fs.readSync(0, Buffer.alloc(1));
let said;
try { lockDataDirectory(dir); said = 'owner'; } catch (e) { said = e.code === 'DATA_DIRECTORY_BUSY' ? 'busy' : 'error ' + e.message; }
process.stdout.write(said + '\\n');
try { while (fs.readSync(0, Buffer.alloc(1)) > 0); } catch {}
`,
  );
  return file;
}

interface Contender {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly said: Promise<string>;
  readonly exited: Promise<void>;
}

function start(script: string, dir: string): Contender {
  const child = spawn(process.execPath, [script, dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  let markReady: () => void = () => undefined;
  let answer: (said: string) => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const said = new Promise<string>((resolve) => (answer = resolve));
  child.stdout?.on('data', (chunk) => {
    out += chunk;
    const lines = out.split('\n');
    if (lines.length > 1) markReady();
    if (lines.length > 2) answer(lines[1] as string);
  });
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => {
      markReady();
      answer(`exited early: ${out}`);
      resolve();
    });
  });
  return { child, ready, said, exited };
}

/** A pid no process has: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('close', resolve));
  return child.pid as number;
}

describe('the data-directory lock', () => {
  it('gives a stale lock to exactly one of 100 processes starting at once', async () => {
    const script = contenderScript(compiledLock());
    const dir = path.join(work, 'data');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'gremium.lock'), String(await deadPid()));
    const contenders = Array.from({ length: 100 }, () => start(script, dir));
    await Promise.all(contenders.map((c) => c.ready));
    for (const c of contenders) c.child.stdin?.write('g');
    const results = await Promise.all(contenders.map((c) => c.said));
    for (const c of contenders) c.child.stdin?.end();
    await Promise.all(contenders.map((c) => c.exited));
    const counts = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r]: (acc[r] ?? 0) + 1 }), {});
    expect(counts).toEqual({ owner: 1, busy: 99 });
    // The owner released the lock when it exited: the directory is free again.
    expect(fs.existsSync(path.join(dir, 'gremium.lock'))).toBe(false);
  }, 240_000);

  it('keeps no exit listener once released, however often a process locks and releases', () => {
    const dir = path.join(work, 'again');
    fs.mkdirSync(dir);
    const before = process.listenerCount('exit');
    for (let i = 0; i < 20; i++) {
      const release = lockDataDirectory(dir);
      expect(process.listenerCount('exit')).toBe(before + 1);
      release();
      expect(fs.existsSync(path.join(dir, 'gremium.lock'))).toBe(false);
    }
    expect(process.listenerCount('exit')).toBe(before);
  });
});
