/**
 * `npm run bench:votes`: a committee with 500 member seats and 20 open polls; every seat votes on
 * every poll (10,000 stances) plus 500 changes of vote racing their first vote, concurrently through
 * the castStance service, on PGlite and on PostgreSQL. Beside it, the raw `pg` INSERT rate into a
 * simple table on the same PostgreSQL in the same run (target: the service >= 0.3x of raw).
 * At the end: 0 lost and 0 doubled votes (one stance per (poll, seat), the expected count, every
 * accepted cast audited).
 *
 * BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) uses that server; otherwise a throwaway cluster is
 * started. BENCH_CONCURRENCY (default 50) callers at a time.
 */
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database.ts';
import { IN_MEMORY } from '../src/db/pglite.ts';
import type { StanceChoice } from '../src/domain/decisions/index.ts';
import { castStance, stanceStatement } from '../src/services/decisions/cast-stance.ts';
import { pollRoster } from '../src/services/decisions/poll-roster.ts';
import { openPoll } from '../src/services/decisions/open-poll.ts';
import { benchPostgres } from './support/postgres.ts';
import { printTable } from './support/stats.ts';
import { createServiceDeps } from '../src/services/deps.ts';

const SEATS = 500;
const POLLS = 20;
const REVOTES = 500;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const POOL = 10;
const now = () => new Date('2026-11-25T10:00:00Z');
const CHOICES: readonly StanceChoice[] = ['FOR', 'AGAINST', 'ABSTAIN'];

/** Runs `tasks` with at most `limit` in flight. */
async function pool<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) results[i] = await task(i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

/** 500 members, a secretary and 20 open polls; returns the poll ids. */
async function generate(database: Database): Promise<string[]> {
  const { db } = database;
  const since = new Date('2024-01-01T00:00:00Z');
  await db.organisation.create({ data: { id: 'gemeente', name: 'Gemeente Bench', kind: 'MUNICIPALITY' } });
  await db.organisation.createMany({ data: Array.from({ length: SEATS }, (_, i) => ({ id: `o${i}`, name: `Partij ${i}`, kind: 'PROVIDER' as const })) });
  await db.committee.create({ data: { id: 'c', code: 'BENCH', name: 'Bench', partnership: 'Bench', decisionRule: 'MAJORITY', substituteRule: 'SAME_ORGANISATION', rhythmNote: '-', sourceRef: 'bench' } });
  await db.person.createMany({ data: [{ id: 'sec', name: 'Secretaris' }, ...Array.from({ length: SEATS }, (_, i) => ({ id: `p${i}`, name: `Lid ${i}` }))] });
  await db.seat.createMany({
    data: [
      { id: 'ssec', committeeId: 'c', personId: 'sec', onBehalfOfId: 'gemeente', role: 'SECRETARY' as const, startsOn: since },
      ...Array.from({ length: SEATS }, (_, i) => ({ id: `s${i}`, committeeId: 'c', personId: `p${i}`, onBehalfOfId: `o${i}`, role: 'MEMBER' as const, startsOn: since })),
    ],
  });
  return openPolls(database, 'Voorstel');
}

/** Opens POLLS polls through the service. */
async function openPolls(database: Database, label: string): Promise<string[]> {
  const deps = createServiceDeps({ db: database.db, now });
  const polls: string[] = [];
  for (let p = 0; p < POLLS; p++) {
    const opened = await openPoll(deps, { actor: { personId: 'sec', label: 'Secretaris' }, committeeId: 'c', question: `${label} ${p}`, closesAt: new Date('2026-12-31T12:00:00Z'), meetingDay: null });
    if (!opened.ok) throw new Error(`openPoll: ${opened.error.code}`);
    polls.push(opened.value.pollId);
  }
  return polls;
}

interface Run {
  readonly accepted: number;
  readonly refused: number;
  readonly seconds: number;
  readonly stances: number;
  readonly distinct: number;
  readonly audits: number;
}

/** Every seat on every poll, plus REVOTES changes of vote placed right after the first vote they change. */
function plan(polls: string[]): { poll: string; seat: number; choice: StanceChoice }[] {
  const casts = POLLS * SEATS;
  const jobs = Array.from({ length: casts + REVOTES }, (_, i) => {
    const k = i < casts ? i : ((i - casts) * 7919) % casts;
    // Interleave: poll-major order would serialise on one poll row; spread over all polls.
    return { poll: polls[k % POLLS]!, seat: Math.floor(k / POLLS), choice: CHOICES[(k + (i < casts ? 0 : 1)) % 3]! };
  });
  // Put the revotes among the first votes so both race for the same (poll, seat).
  const order = jobs.map((_, i) => i);
  for (let r = 0; r < REVOTES; r++) {
    const j = casts + r;
    const k = ((r * 7919) % casts);
    order.splice(order.indexOf(k) + 1, 0, order.splice(order.indexOf(j), 1)[0]!);
  }
  return order.map((i) => jobs[i]!);
}

/** Casts the plan concurrently through castStance and checks the result. */
async function vote(database: Database, polls: string[]): Promise<Run> {
  const deps = createServiceDeps({ db: database.db, now });
  const jobs = plan(polls);
  const started = performance.now();
  const results = await pool(jobs.length, CONCURRENCY, async (n) => {
    const job = jobs[n]!;
    return castStance(deps, { actor: { personId: `p${job.seat}`, label: `Lid ${job.seat}` }, pollId: job.poll, choice: job.choice });
  });
  const seconds = (performance.now() - started) / 1000;
  const accepted = results.filter((r) => r.ok).length;
  const [row] = await database.sql.query<{ stances: string; distinct: string }>(
    `SELECT count(*)::text AS stances, count(DISTINCT ("pollId", "seatId"))::text AS distinct FROM "Stance"`,
  );
  const audits = await database.db.auditEntry.count({ where: { action: 'stance.cast' } });
  return { accepted, refused: results.length - accepted, seconds, stances: Number(row!.stances), distinct: Number(row!.distinct), audits };
}

/** Diagnostic: castStance's own statement over plain `pg` (no Prisma), same plan, on fresh polls. */
async function rawStatement(database: Database, url: string): Promise<number> {
  const polls = await openPolls(database, 'Rauw');
  const deps = createServiceDeps({ db: database.db, now });
  const rosters = new Map(await Promise.all(polls.map(async (id) => [id, (await pollRoster(deps, id))!] as const)));
  const jobs = plan(polls);
  const client = new pg.Pool({ connectionString: url, max: POOL });
  const started = performance.now();
  await pool(jobs.length, CONCURRENCY, (n) => {
    const job = jobs[n]!;
    const personId = `p${job.seat}`;
    const { name, text, values } = stanceStatement(rosters.get(job.poll)!, { actor: { personId, label: `Lid ${job.seat}` }, pollId: job.poll, choice: job.choice }, { seatId: `s${job.seat}`, personId, as: 'HOLDER' }, now());
    return client.query({ name, text, values });
  });
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return jobs.length / seconds;
}

/** Raw pg: plain INSERTs into a simple table, same count and concurrency, same pool size. */
async function rawInserts(url: string, count: number): Promise<number> {
  const client = new pg.Pool({ connectionString: url, max: POOL });
  await client.query('CREATE TABLE bench_raw (id serial PRIMARY KEY, poll text NOT NULL, seat text NOT NULL, choice text NOT NULL)');
  const started = performance.now();
  await pool(count, CONCURRENCY, (i) => client.query('INSERT INTO bench_raw (poll, seat, choice) VALUES ($1, $2, $3)', [`poll${i % POLLS}`, `s${i}`, 'FOR']));
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return count / seconds;
}

async function main(): Promise<void> {
  const expected = POLLS * SEATS;
  const rows: Record<string, string | number>[] = [];
  let failed = false;
  const record = (label: string, run: Run) => {
    const lost = expected - run.distinct;
    const doubled = run.stances - run.distinct;
    failed ||= lost !== 0 || doubled !== 0 || run.refused !== 0 || run.audits !== run.accepted;
    rows.push({ database: label, 'casts': run.accepted + run.refused, accepted: run.accepted, 'votes/s': Math.round(run.accepted / run.seconds), seconds: run.seconds.toFixed(1), stances: run.stances, lost, doubled, 'audited': run.audits });
    return run.accepted / run.seconds;
  };

  process.stderr.write(`PGlite: ${SEATS} seats, ${POLLS} polls, ${expected + REVOTES} casts, concurrency ${CONCURRENCY}...\n`);
  const lite = await openDatabase({ kind: 'pglite', dir: IN_MEMORY });
  try {
    record('PGlite (castStance)', await vote(lite, await generate(lite)));
  } finally {
    await lite.close();
  }

  process.stderr.write('PostgreSQL: starting...\n');
  const server = await benchPostgres();
  try {
    const database = await openDatabase({ kind: 'postgres', url: server.url, poolSize: POOL });
    let service = 0;
    let statement = 0;
    try {
      service = record('PostgreSQL (castStance)', await vote(database, await generate(database)));
      statement = await rawStatement(database, server.url);
    } finally {
      await database.close();
    }
    const raw = await rawInserts(server.url, expected + REVOTES);
    rows.push({ database: 'PostgreSQL (same statement, raw pg)', casts: expected + REVOTES, accepted: expected + REVOTES, 'votes/s': Math.round(statement), seconds: ((expected + REVOTES) / statement).toFixed(1), stances: '-', lost: '-', doubled: '-', audited: '-' });
    rows.push({ database: 'PostgreSQL (raw pg INSERT)', casts: expected + REVOTES, accepted: expected + REVOTES, 'votes/s': Math.round(raw), seconds: ((expected + REVOTES) / raw).toFixed(1), stances: '-', lost: '-', doubled: '-', audited: '-' });
    printTable(rows);
    const ratio = service / raw;
    process.stdout.write(`\nservice / raw INSERT on PostgreSQL: ${ratio.toFixed(2)}x (target >= 0.30x) ${ratio >= 0.3 ? 'OK' : 'BELOW TARGET'}\n`);
    process.stdout.write(`service / its own statement over raw pg: ${(service / statement).toFixed(2)}x (the service's own work: roster, domain rules, result); statement / raw INSERT: ${(statement / raw).toFixed(2)}x (what the lock, checks and audit cost)\n`);
    process.stdout.write(`lost and doubled votes: ${failed ? 'FAILED (see table)' : '0 lost, 0 doubled, every accepted vote audited'}\n`);
  } finally {
    await server.done();
  }
  if (failed) process.exitCode = 1;
}

await main();
