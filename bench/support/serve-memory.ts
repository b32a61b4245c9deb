/**
 * The second half of `npm run bench:start`: `gremium serve` on an existing embedded database with
 * Slack on, its RSS when idle after start and after 1,000, 5,000 and BENCH_SERVE_TURNS signed slash
 * commands (default 10,000), each answered at a fake Slack's response_url. Target: idle RSS grows by
 * no more than 10%, judged once RSS has settled (settledRss); the reading 3 s after a burst is printed too. At each point it also asks the process (bench/support/heap-probe.mjs) for a full
 * garbage collection and reports RSS and the main thread's heap in use after it: RSS alone mixes
 * what is in use with garbage not yet collected and heap V8 keeps for the next burst, while the heap
 * in use after a full collection is what a leak makes grow.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/database.ts';
import { startFakeSlack } from '../../test/platforms/slack/fake-slack.ts';
import { BOT, sign, SIGNING_SECRET, slashCommand } from '../../test/platforms/slack/fixtures.ts';
import { printTable } from './stats.ts';

const TURNS = Number(process.env.BENCH_SERVE_TURNS ?? 10_000);
const CHECKPOINTS = [...new Set([1_000, 5_000, TURNS].filter((n) => n <= TURNS))];
const PROBE = fileURLToPath(new URL('./heap-probe.mjs', import.meta.url));
const CONCURRENCY = 10;
const SETTLE_MS = 3_000;
const QUESTION = 'wie vertegenwoordigt Combinatie Noord in het SBO?';
const FORM = 'application/x-www-form-urlencoded';

/** The process's resident set now (Linux /proc), in MiB. */
function rssMiB(pid: number): number {
  const kib = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kib) / 1024;
}

/** Idle RSS: the median of five readings over a second, after SETTLE_MS without work. */
async function idleRss(pid: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    readings.push(rssMiB(pid));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return readings.sort((a, b) => a - b)[2]!;
}

/** How long settledRss waits at most, and how close its last readings must be. */
const SETTLE_LIMIT_MS = 90_000;
/** Idle means at least this long without a request: V8's memory reducer has run by then (see settledRss). */
const QUIET_MS = 30_000;
const SETTLE_SPAN = 0.01;

/**
 * Settled idle RSS: read every 2 s, with nothing forced, for at least {@link QUIET_MS} and then until
 * the last three readings lie within 1% of each other (or 90 s have passed). V8 gives back the pages of a burst only after its memory
 * reducer runs (about 8 s after the last full collection, once allocation is low) and returns them to
 * the system on a background thread, so a reading 3 s after a burst still holds its garbage.
 */
async function settledRss(pid: number): Promise<{ rss: number; seconds: number }> {
  const started = performance.now();
  const readings: number[] = [rssMiB(pid)];
  while (performance.now() - started < SETTLE_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    readings.push(rssMiB(pid));
    const last = readings.slice(-3);
    const quiet = performance.now() - started + SETTLE_MS >= QUIET_MS;
    if (quiet && last.length === 3 && Math.max(...last) / Math.min(...last) - 1 < SETTLE_SPAN) break;
  }
  return { rss: readings[readings.length - 1]!, seconds: (performance.now() - started) / 1000 + SETTLE_MS / 1000 };
}

/** After a full garbage collection (heap-probe.mjs): RSS and the main thread's heap in use, in MiB. */
async function afterFullGc(child: ChildProcess, file: string): Promise<{ rss: number; heapUsed: number }> {
  fs.rmSync(file, { force: true });
  child.kill('SIGUSR2');
  for (let waited = 0; !fs.existsSync(file); waited += 50) {
    if (waited > 30_000) throw new Error('gremium serve did not answer the heap probe');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // the file is written in one call; let it land
  const probe = JSON.parse(fs.readFileSync(file, 'utf8')) as { rss: number; heapUsed: number };
  return { rss: probe.rss / 1048576, heapUsed: probe.heapUsed / 1048576 };
}

/** Starts `gremium serve`; resolves with the process and its Slack port once every part has started. */
function startServe(root: string, dir: string, apiUrl: string, heapFile: string): Promise<{ child: ChildProcess; port: number }> {
  const env = {
    ...process.env, BENCH_HEAP_FILE: heapFile, DATABASE_URL: '', GREMIUM_LOG_LEVEL: 'warn', GREMIUM_ENV: 'production', MICROSOFT_APP_ID: '',
    SLACK_BOT_TOKEN: BOT.token, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: '', SLACK_API_URL: apiUrl,
    GREMIUM_SLACK_PORT: '0', GREMIUM_CALENDAR_PORT: '0',
  };
  const args = ['--expose-gc', '--import', PROBE, path.join(root, 'bin/gremium.mjs'), 'serve', '--db', dir];
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const seen = (d: Buffer) => {
      out += d;
      const port = /Slack: http:\/\/[^:]+:(\d+)\//.exec(out)?.[1];
      if (port && /calendar: http/.test(out)) resolve({ child, port: Number(port) });
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.on('exit', (code) => reject(new Error(`gremium serve exited with ${code}:\n${out}`)));
  });
}

/** Sends `count` signed slash commands from CONCURRENCY clients; each must be acked with 200. */
async function sendTurns(port: number, from: number, count: number, users: string[], responseUrl: (id: string) => string): Promise<void> {
  let next = from;
  const end = from + count;
  const client = async () => {
    for (let i = next++; i < end; i = next++) {
      const signed = sign(slashCommand({ user: users[i % users.length]!, text: QUESTION, responseUrl: responseUrl(String(i)) }), FORM);
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: signed.body, headers: signed.headers });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`turn ${i}: HTTP ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
}

/** Measures `gremium serve` of the checkout at `root` on the existing embedded database `dir`. */
export async function measureServe(root: string, dir: string): Promise<void> {
  const fake = await startFakeSlack();
  try {
    // The people who talk, read before serve takes the directory (one process per embedded database).
    const database = await openDatabase({ kind: 'pglite', dir });
    const people = await database.db.person.findMany({ where: { email: { not: null } }, take: 50, orderBy: { name: 'asc' } });
    await database.close();
    const users = people.map((p, i) => {
      const id = `U${String(i).padStart(6, '0')}`;
      fake.users.set(id, { email: p.email!, locale: 'nl-NL' });
      return id;
    });
    const answered = () => fake.calls.filter((c) => c.method.startsWith('respond/')).length;
    const untilAnswered = async (count: number) => {
      for (let waited = 0; answered() < count; waited += 50) {
        if (waited > 120_000) throw new Error(`only ${answered()} of ${count} answers arrived`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    console.log(`Serve bench: gremium serve with Slack (fake Web API on loopback), ${TURNS} slash commands from ${CONCURRENCY} clients; RSS idle ${SETTLE_MS / 1000} s after each phase, then settled (nothing forced), then after a full GC.`);
    const heapFile = path.join(os.tmpdir(), `gremium-heap-${process.pid}.json`);
    const started = performance.now();
    const { child, port } = await startServe(root, dir, fake.apiUrl, heapFile);
    const startSeconds = (performance.now() - started) / 1000;
    try {
      const rows: Record<string, string>[] = [];
      const pct = (value: number, base: number) => `${((value / base - 1) * 100).toFixed(1)}%`;
      const base = await idleRss(child.pid!);
      const baseSettled = await settledRss(child.pid!);
      const baseGc = await afterFullGc(child, heapFile);
      const point = (when: string, rss: number, settled: { rss: number; seconds: number }, gc: { rss: number; heapUsed: number }, note: string) => ({
        when, 'RSS 3 s idle': `${rss.toFixed(0)} MiB`, growth: when === 'after start' ? '' : pct(rss, base),
        'RSS settled': `${settled.rss.toFixed(0)} MiB (${settled.seconds.toFixed(0)} s)`, 'growth settled': when === 'after start' ? '' : pct(settled.rss, baseSettled.rss),
        'RSS after GC': `${gc.rss.toFixed(0)} MiB`, 'growth after GC': when === 'after start' ? '' : pct(gc.rss, baseGc.rss),
        'heap in use after GC': `${gc.heapUsed.toFixed(1)} MiB`, note,
      });
      rows.push(point('after start', base, baseSettled, baseGc, `started in ${startSeconds.toFixed(2)} s`));
      let done = 0;
      for (const upTo of CHECKPOINTS) {
        const t0 = performance.now();
        await sendTurns(port, done, upTo - done, users, fake.responseUrl);
        await untilAnswered(upTo);
        const turnsPerSecond = ((upTo - done) / (performance.now() - t0)) * 1000;
        done = upTo;
        const rss = await idleRss(child.pid!);
        const settled = await settledRss(child.pid!);
        const gc = await afterFullGc(child, heapFile);
        // Judged on the settled idle RSS: the 3 s reading still holds the burst's uncollected garbage.
        const verdict = done === TURNS ? `; target settled idle RSS growth <= 10%: ${settled.rss / baseSettled.rss - 1 <= 0.1 ? 'met' : 'NOT met'}` : '';
        rows.push(point(`after ${done.toLocaleString('en')} turns`, rss, settled, gc, `${turnsPerSecond.toFixed(0)} turns/s answered${verdict}`));
      }
      printTable(rows);
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(heapFile, { force: true });
    }
  } finally {
    await fake.close();
  }
}
