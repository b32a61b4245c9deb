/**
 * Real `gremium scheduler` processes on one PostgreSQL, for the multi-instance test and the
 * reminders benchmark: a fresh database, outbox rows seeded directly, child processes started with
 * `node bin/gremium.mjs scheduler` and killed with any signal (SIGKILL included).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../src/db/database.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A fresh, migrated database on the server of `adminUrl`; drop() removes it. */
export async function freshDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `gremium_sched_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  await database.close();
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Inserts `channels` x `perChannel` due reminder messages (keys `<prefix>:<channel>:<n>`) in one
 * statement (columns as arrays, unnest), so they become due at once and seeding takes a fraction
 * of the time a benchmark measures (the clock runs from before the insert).
 */
export async function seedReminders(url: string, prefix: string, channels: number, perChannel: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const ids: string[] = [];
  const keys: string[] = [];
  const chans: string[] = [];
  const payloads: string[] = [];
  const ns: number[] = [];
  for (let c = 0; c < channels; c++) {
    const channel = `C${String(c).padStart(4, '0')}`;
    for (let n = 0; n < perChannel; n++) {
      const key = `${prefix}:${channel}:${n}`;
      ids.push(`ob_${key}`);
      keys.push(key);
      chans.push(channel);
      payloads.push(JSON.stringify([{ kind: 'text', text: `Herinnering ${key}` }]));
      ns.push(n);
    }
  }
  // dueAt in the past; createdAt orders a channel's messages as numbered.
  await client.query(
    `INSERT INTO "OutboxMessage" (id, key, platform, channel, payload, "dueAt", "createdAt")
     SELECT id, key, 'slack', channel, payload::jsonb, now() - interval '1 minute', now() - interval '1 minute' + n * interval '1 millisecond'
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) AS t(id, key, channel, payload, n)`,
    [ids, keys, chans, payloads, ns],
  );
  await client.end();
  return keys;
}

/** Outbox counts by status, of the messages whose key starts with `prefix` (all without one). */
export async function outboxStatus(url: string, prefix = ''): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ status: string; n: string }>(`SELECT status, count(*) AS n FROM "OutboxMessage" WHERE starts_with(key, $1) GROUP BY status`, [prefix]);
  await client.end();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Unsent messages still leased by an instance whose name starts with `instance`. */
export async function leasedBy(url: string, instance: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "OutboxMessage" WHERE status = 'PENDING' AND "leasedBy" LIKE $1`, [`${instance}#%`]);
  await client.end();
  return Number(rows[0]!.n);
}

/** One scheduler child process. */
export interface SchedulerProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
}

/** Starts `node bin/gremium.mjs scheduler --instance <name>` with the given environment. */
export function startSchedulerProcess(name: string, env: Record<string, string>): SchedulerProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'gremium.mjs'), 'scheduler', '--instance', name], {
    cwd: ROOT,
    env: { ...process.env, GREMIUM_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { name, child, exited, output: () => out };
}

/** Waits until `check` holds, polling every 100 ms; throws after `timeoutMs`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
