/**
 * When PostgreSQL drops Gremium's idle connections (a server restart, an administrator, a network
 * cut), the bot must not crash: the next request opens a fresh connection and is answered.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
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
