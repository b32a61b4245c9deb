/**
 * `npm run bench:start` (issue 12): what starting Gremium costs beside the floor, and whether a
 * running bot's memory stays put.
 *
 * 1. Start. One console question on an existing embedded database, as a user types it:
 *    `gremium chat --as "Sanne Bakker"` with one line on stdin, process start to exit; beside bare
 *    PGlite opening the same directory in-process and running one query (bench/support/bare-pglite.mjs).
 *    Runs alternate (floor, Gremium, floor, ...) so both meet the same machine; the medians of
 *    BENCH_START_RUNS (default 7) of wall time, CPU time (all threads) and peak RSS, and their ratios.
 *    Targets: 1.5x the floor's wall time, 1.25x its peak memory.
 * 2. Serve. `gremium serve` on that directory with Slack on (a fake Web API on loopback): its RSS
 *    when idle after start, then after BENCH_SERVE_TURNS (default 10,000) signed slash commands, each
 *    answered at the fake's response_url, idle again. Target: no growth beyond 10%.
 *
 * Gremium runs as `npm ci` leaves it: bin/gremium.mjs on the bundle in dist/ (built here first when
 * stale). BENCH_START_GREMIUM=<checkout> measures another checkout's bin/gremium.mjs instead (before
 * and after figures); BENCH_START_SKIP_SERVE=1 measures the start only.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from './support/both-databases.ts';
import { measureServe } from './support/serve-memory.ts';
import { percentile, printTable } from './support/stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const GREMIUM = path.resolve(process.env.BENCH_START_GREMIUM ?? ROOT);
const RUNS = Number(process.env.BENCH_START_RUNS ?? 7);
const QUESTION = 'wie vertegenwoordigt Combinatie Noord in het SBO?';
const EXPECTED = /Jan de Vries/;
const USAGE = fileURLToPath(new URL('./support/usage.mjs', import.meta.url));
const BARE = fileURLToPath(new URL('./support/bare-pglite.mjs', import.meta.url));

/** One measured process: wall time from spawn to exit, its CPU time and peak RSS, its output. */
interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakMiB: number;
  readonly out: string;
}

/** Runs `node <args>` in `cwd` with `stdin` as its input, measured by bench/support/usage.mjs. */
function measure(args: string[], cwd: string, stdin: string): Promise<Run> {
  const file = path.join(os.tmpdir(), `gremium-usage-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  // Nothing from the caller's environment may send Gremium elsewhere (PostgreSQL, another directory).
  const env = { ...process.env, BENCH_USAGE_FILE: file, DATABASE_URL: undefined, GREMIUM_DB_DIR: undefined, GREMIUM_LOG_LEVEL: 'warn' };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', USAGE, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${out}`));
      const usage = JSON.parse(fs.readFileSync(file, 'utf8')) as { cpuMs: number; peakRssKiB: number };
      fs.rmSync(file, { force: true });
      resolve({ wallMs, cpuMs: usage.cpuMs, peakMiB: usage.peakRssKiB / 1024, out });
    });
    child.stdin.end(stdin);
  });
}

const chat = (dir: string) => measure([path.join(GREMIUM, 'bin/gremium.mjs'), 'chat', '--db', dir, '--as', 'Sanne Bakker'], GREMIUM, `${QUESTION}\n`);
const bare = (dir: string) => measure([BARE, dir], ROOT, '');

/** Builds the bundle when it is missing or stale, as `npm start` does; says what will run. */
async function prepareBundle(): Promise<string> {
  const script = path.join(GREMIUM, 'scripts/build.mjs');
  if (!fs.existsSync(script)) return 'TypeScript through tsx (that checkout has no build)';
  const { build, freshBundle } = (await import(script)) as { build: () => Promise<void>; freshBundle: (root: string) => string | null };
  if (!freshBundle(GREMIUM)) await build();
  return freshBundle(GREMIUM) ? 'the bundle in dist/' : 'TypeScript through tsx (the bundle is stale)';
}

const median = (values: number[]) => percentile(values, 50);

async function benchStart(dir: string): Promise<void> {
  const runs = { bare: [] as Run[], gremium: [] as Run[] };
  for (let i = 0; i < RUNS; i++) {
    runs.bare.push(await bare(dir));
    const run = await chat(dir);
    if (!EXPECTED.test(run.out)) throw new Error(`unexpected answer:\n${run.out}`);
    runs.gremium.push(run);
  }
  const row = (label: string, list: Run[]) => ({
    process: label,
    'wall (median)': `${(median(list.map((r) => r.wallMs)) / 1000).toFixed(2)} s`,
    'wall (min-max)': `${(Math.min(...list.map((r) => r.wallMs)) / 1000).toFixed(2)}-${(Math.max(...list.map((r) => r.wallMs)) / 1000).toFixed(2)} s`,
    'CPU (median)': `${(median(list.map((r) => r.cpuMs)) / 1000).toFixed(2)} s`,
    'peak RSS (median)': `${median(list.map((r) => r.peakMiB)).toFixed(0)} MiB`,
  });
  printTable([row('bare PGlite: open + one query', runs.bare), row('gremium chat: one question', runs.gremium)]);
  const ratio = (pick: (r: Run) => number) => median(runs.gremium.map(pick)) / median(runs.bare.map(pick));
  const wall = ratio((r) => r.wallMs);
  const memory = ratio((r) => r.peakMiB);
  console.log('');
  console.log(`ratios (medians): wall ${wall.toFixed(2)}x (target <= 1.5x: ${wall <= 1.5 ? 'met' : 'NOT met'}), ` +
    `CPU ${ratio((r) => r.cpuMs).toFixed(2)}x, peak memory ${memory.toFixed(2)}x (target <= 1.25x: ${memory <= 1.25 ? 'met' : 'NOT met'})`);
}

async function main(): Promise<void> {
  const runs = await prepareBundle();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-bench-start-'));
  const dir = path.join(work, 'db');
  try {
    console.log(`Start bench: ${RUNS} runs each, alternating; Gremium runs ${runs} (${GREMIUM}).`);
    const first = await chat(dir);
    if (!EXPECTED.test(first.out)) throw new Error(`unexpected answer:\n${first.out}`);
    console.log(`first start (creates the database, loads the demo data, answers): ${(first.wallMs / 1000).toFixed(2)} s wall, ${(first.cpuMs / 1000).toFixed(2)} s CPU, ${first.peakMiB.toFixed(0)} MiB peak`);
    console.log(`then, on that existing database, "${QUESTION}":\n`);
    await benchStart(dir);
    if (process.env.BENCH_START_SKIP_SERVE === '1') return;
    console.log('');
    await measureServe(GREMIUM, dir);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

runMain(main);
