/** A PostgreSQL for a benchmark: BENCH_POSTGRES_URL when set, else a throwaway cluster (scripts/postgres.mjs). */
import pg from 'pg';
// @ts-expect-error plain ESM script without types
import { startThrowawayPostgres } from '../../scripts/postgres.mjs';

/** A fresh database on the server, and how to drop it (and stop the server when we started it). */
export async function benchPostgres(): Promise<{ url: string; done: () => Promise<void> }> {
  const given = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  const server: { url: string; stop: () => Promise<void> } = given ? { url: given, stop: async () => undefined } : await startThrowawayPostgres();
  const name = `gremium_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    done: async () => {
      const c = new pg.Client({ connectionString: server.url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      await server.stop();
    },
  };
}
