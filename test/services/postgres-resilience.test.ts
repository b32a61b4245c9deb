/**
 * When PostgreSQL drops Gremium's idle connections (a server restart, an administrator, a network
 * cut), the bot must not crash: the next request opens a fresh connection and is answered. And the
 * bot does not drop them itself after a short quiet spell: the next question would wait for a new one.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { POOL_IDLE_MS, postgresAdapter } from '../../src/db/postgres.ts';
import { openTestDatabase, TEST_DB_KIND, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

it.skipIf(TEST_DB_KIND !== 'postgres')('survives PostgreSQL terminating its idle connections', async () => {
  await Promise.all([database.db.person.count(), database.db.committee.count(), database.db.seat.count()]);
  const name = (await database.sql.query<{ current_database: string }>('SELECT current_database()'))[0]!.current_database;
  const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await admin.connect();
  const killed = await admin.query('SELECT array_agg(pid) AS pids FROM (SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()) t', [name]);
  const pids = (killed.rows[0].pids ?? []) as number[];
  expect(pids.length).toBeGreaterThan(0);
  // pg_terminate_backend only signals: wait until the server reports those backends gone.
  for (let gone = false; !gone; ) {
    gone = (await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ANY($1)', [pids])).rows[0].n === 0;
  }
  await admin.end();
  // The first query may meet a connection that died while checked out; the one after must work.
  await database.db.person.count().catch(() => undefined);
  expect(await database.db.person.count()).toBe(0);
});

it.skipIf(TEST_DB_KIND !== 'postgres')('keeps its connections open through a quiet spell, and closes them after five minutes', async () => {
  const { pool } = postgresAdapter(process.env.TEST_POSTGRES_URL!);
  // Only the pool's idle timer is faked: the queries' network I/O is real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    const first = (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    // pg's own default closed a connection after 10 s unused: the bench's paced runs began with a stall.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(pool.totalCount).toBe(1);
    expect((await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid).toBe(first);
    await vi.advanceTimersByTimeAsync(POOL_IDLE_MS + 1_000);
    expect(pool.totalCount).toBe(0);
  } finally {
    vi.useRealTimers();
    await pool.end();
  }
});
