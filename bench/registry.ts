/**
 * `npm run bench:registry`: 1,000 committees and 20,000 seats; p50/p99 of "who represents X at Y"
 * through the conversation core (handle(), the same path every platform takes) on PGlite and on
 * PostgreSQL, and the cold start of the console chat on an existing embedded database.
 * Targets (issue 3): p99 < 10 ms per question; cold start to the first answer < 3 s.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { handle } from '../src/conversation/handle.ts';
import { openDatabase, type Database, type DatabaseTarget } from '../src/db/database.ts';
import { benchPostgres } from './support/postgres.ts';
import { ms, percentile, printTable, since } from './support/stats.ts';
import { createServiceDeps } from '../src/services/deps.ts';

const COMMITTEES = 1_000;
const SEATS_PER_COMMITTEE = 20;
const ORGANISATIONS = 3_000;
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 2_000);
const WARMUP = 200;
const now = () => new Date('2026-11-25T10:00:00Z');
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const orgOf = (c: number, i: number) => (c * 7 + i * 13) % ORGANISATIONS;

async function generate(database: Database): Promise<void> {
  const { db } = database;
  const batch = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 2_000) await insert(rows.slice(i, i + 2_000));
  };
  await batch(
    Array.from({ length: ORGANISATIONS }, (_, o) => ({ id: `o${o}`, name: `Organisatie ${pad(o, 4)}`, kind: 'PROVIDER' as const })),
    (data) => db.organisation.createMany({ data }),
  );
  await batch(
    Array.from({ length: COMMITTEES }, (_, c) => ({
      id: `c${c}`, code: `C${pad(c, 4)}`, name: `Commissie ${pad(c, 4)}`, partnership: 'Bench', decisionRule: 'MAJORITY' as const,
      substituteRule: 'SAME_ORGANISATION_WITH_MANDATE' as const, rhythmNote: 'maandelijks', sourceRef: 'bench',
    })),
    (data) => db.committee.createMany({ data }),
  );
  const total = COMMITTEES * SEATS_PER_COMMITTEE;
  await batch(
    Array.from({ length: total }, (_, p) => ({ id: `p${p}`, name: `Persoon ${pad(p, 5)}`, email: `p${p}@bench.example` })),
    (data) => db.person.createMany({ data }),
  );
  const since2024 = new Date('2024-01-01T00:00:00Z');
  await batch(
    Array.from({ length: total }, (_, s) => {
      const c = Math.floor(s / SEATS_PER_COMMITTEE);
      return { id: `s${s}`, committeeId: `c${c}`, personId: `p${s}`, onBehalfOfId: `o${orgOf(c, s % SEATS_PER_COMMITTEE)}`, role: 'MEMBER' as const, startsOn: since2024 };
    }),
    (data) => db.seat.createMany({ data }),
  );
  await batch(
    Array.from({ length: total / 2 }, (_, m) => ({ id: `m${m}`, personId: `p${m * 2}`, organisationId: `o${orgOf(Math.floor((m * 2) / SEATS_PER_COMMITTEE), (m * 2) % SEATS_PER_COMMITTEE)}`, startsOn: since2024, scope: 'bestuurlijk' })),
    (data) => db.mandate.createMany({ data }),
  );
  await db.auditEntry.create({ data: { actorLabel: 'bench', action: 'bench.generate', subjectType: 'Bench', subjectId: 'registry' } });
}

async function measure(database: Database): Promise<{ p50: number; p99: number; perSecond: number; wrong: number }> {
  const deps = createServiceDeps({ db: database.db, now });
  const sender = { personId: 'p0' };
  const latencies: number[] = [];
  let wrong = 0;
  const started = performance.now();
  for (let q = 0; q < WARMUP + QUESTIONS; q++) {
    const s = (q * 7919) % (COMMITTEES * SEATS_PER_COMMITTEE);
    const c = Math.floor(s / SEATS_PER_COMMITTEE);
    const org = `Organisatie ${pad(orgOf(c, s % SEATS_PER_COMMITTEE), 4)}`;
    const text = q % 2 === 0 ? `wie vertegenwoordigt ${org} in het C${pad(c, 4)}?` : `who represents ${org} at the C${pad(c, 4)}?`;
    const t = performance.now();
    const replies = await handle(deps, { sender, text });
    const elapsed = since(t);
    const reply = replies[0];
    if (reply?.kind !== 'card' || !reply.lines?.some((line) => line.startsWith(`Persoon ${pad(s, 5)}`))) wrong++;
    if (q >= WARMUP) latencies.push(elapsed);
  }
  const total = since(started);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), perSecond: ((WARMUP + QUESTIONS) / total) * 1000, wrong };
}

async function coldStart(dir: string): Promise<number[]> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/gremium.mjs', 'chat', '--as', 'p1@bench.example', '--db', dir], { stdio: ['pipe', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('exit', (code) => (code === 0 && out.includes('Persoon 00001') ? resolve() : reject(new Error(`cold start run failed (${code}): ${out}`))));
      child.stdin.end('waar zit Persoon 00001 in?\n');
    });
    runs.push(since(t));
  }
  return runs;
}

async function run(label: string, target: DatabaseTarget) {
  const t = performance.now();
  const database = await openDatabase(target);
  await generate(database);
  const generated = since(t);
  const result = await measure(database);
  await database.close();
  return { label, generated, ...result };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-bench-registry-'));
const rows: Record<string, string | number>[] = [];
const pglite = await run('PGlite (embedded)', { kind: 'pglite', dir: path.join(dir, 'db') });
const cold = await coldStart(path.join(dir, 'db'));
const postgres = await benchPostgres();
const pgResult = await run('PostgreSQL 15', { kind: 'postgres', url: postgres.url });
await postgres.done();
fs.rmSync(dir, { recursive: true, force: true });
for (const r of [pglite, pgResult]) {
  rows.push({ database: r.label, 'generate 20k seats': ms(r.generated), questions: QUESTIONS, p50: ms(r.p50), p99: ms(r.p99), 'questions/s': r.perSecond.toFixed(0), 'wrong answers': r.wrong });
}
console.log(`\n"Who represents X at Y" through handle(): ${COMMITTEES} committees, ${COMMITTEES * SEATS_PER_COMMITTEE} seats (target p99 < 10 ms)\n`);
printTable(rows);
console.log(`\nCold start of \`gremium chat\` on the existing embedded database to its first answer (5 runs, target < 3 s):`);
printTable([{ median: ms(percentile(cold, 50)), best: ms(Math.min(...cold)), worst: ms(Math.max(...cold)) }]);
if (pglite.wrong + pgResult.wrong > 0) process.exitCode = 1;
