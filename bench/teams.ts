/**
 * `npm run bench:teams`: 50 concurrent Teams users sending signed message activities (a question)
 * and card actions (Action.Execute invokes) to Gremium's endpoint, beside a bare botbuilder bot that
 * only answers "ok", in the same run with the same authentication (real JWT checks against loopback
 * OpenID metadata) and the same fake Bot Connector. Reports p50/p99 to the HTTP response on PGlite
 * and PostgreSQL (a throwaway cluster, or BENCH_POSTGRES_URL). Loopback only; stops itself.
 * Target: Gremium's p99 <= 1.5x the bare bot's.
 *
 * Env: BENCH_TEAMS_REQUESTS (per target, default 1500), BENCH_TEAMS_SKIP_POSTGRES=1.
 */
import { openDatabase, type Database, type DatabaseTarget } from '../src/db/database.ts';
import { IN_MEMORY } from '../src/db/pglite.ts';
import { startBareTeamsBot } from '../src/platforms/teams/bench-floor.ts';
import { startTeamsBot } from '../src/platforms/teams/index.ts';
import { loadDemoData } from '../src/services/load-demo-data.ts';
import { APP_ID, cardAction, channelMention, type TeamsUser } from '../test/platforms/teams/activities.ts';
import { FakeMicrosoft } from '../test/platforms/teams/fake-microsoft.ts';
import { benchPostgres } from './support/postgres.ts';
import { ms, percentile, printTable } from './support/stats.ts';

const USERS = 50;
const REQUESTS = Number(process.env.BENCH_TEAMS_REQUESTS ?? 1500);
const CARD_SHARE = 0.3;

const users: TeamsUser[] = Array.from({ length: USERS }, (_, i) => ({
  id: `29:bench-user-${i}`,
  aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `Bench ${i}`,
  email: `bench${i}@example.invalid`,
}));

/** Sends REQUESTS activities from USERS concurrent clients; latencies in ms, and non-200 count. */
async function load(url: string, ms: FakeMicrosoft, token: string): Promise<{ latencies: number[]; failures: number; seconds: number }> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    users.map(async (user) => {
      while (next < REQUESTS) {
        const n = next++;
        const activity = n % Math.round(1 / CARD_SHARE) === 0
          ? cardAction(ms.serviceUrl, user, '/gremium lijst SBO')
          : channelMention(ms.serviceUrl, user, 'wie vertegenwoordigt Combinatie Noord in het SBO?');
        const t0 = performance.now();
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(activity) });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status !== 200) failures += 1;
      }
    }),
  );
  return { latencies, failures, seconds: (performance.now() - started) / 1000 };
}

async function benchOn(label: string, target: DatabaseTarget): Promise<Record<string, string | number>[]> {
  const database: Database = await openDatabase(target);
  const fake = new FakeMicrosoft();
  await fake.start();
  const deps = { db: database.db, now: () => new Date(), logError: () => undefined };
  try {
    await loadDemoData(deps);
    const jan = await database.db.person.findFirstOrThrow({ where: { name: 'Jan de Vries' } });
    await database.db.platformIdentity.createMany({ data: users.map((u) => ({ platform: 'teams', externalId: u.aadObjectId, personId: jan.id })), skipDuplicates: true });
    const auth = { appId: APP_ID, appPassword: 'bench', tenantId: '', endpoints: fake.endpoints, outboundToken: () => 'bench-token' };
    const gremium = await startTeamsBot({ deps, auth, port: 0, host: '127.0.0.1' });
    const bare = await startBareTeamsBot(auth);
    const token = fake.token(APP_ID);
    try {
      // Warm both (JIT, key cache, Prisma), then measure bare, Gremium, bare again (the floor drifts).
      await load(bare.url, fake, token);
      await load(gremium.server.url, fake, token);
      const rows: Record<string, string | number>[] = [];
      const runs: [string, string][] = [['bare botbuilder', bare.url], ['Gremium', gremium.server.url], ['bare botbuilder (again)', bare.url]];
      const p99s: Record<string, number> = {};
      for (const [name, url] of runs) {
        const r = await load(url, fake, token);
        p99s[name] = percentile(r.latencies, 99);
        rows.push({ db: label, bot: name, requests: r.latencies.length, 'non-200': r.failures, 'req/s': Math.round(r.latencies.length / r.seconds), p50: ms(percentile(r.latencies, 50)), p99: ms(percentile(r.latencies, 99)) });
      }
      const floor = Math.min(p99s['bare botbuilder']!, p99s['bare botbuilder (again)']!);
      rows.push({ db: label, bot: 'Gremium p99 / bare p99', requests: '', 'non-200': '', 'req/s': '', p50: '', p99: `${(p99s.Gremium! / floor).toFixed(2)}x (target <= 1.5x)` });
      return rows;
    } finally {
      await gremium.close();
      await bare.close();
    }
  } finally {
    await fake.stop();
    await database.close();
  }
}

async function main(): Promise<void> {
  console.log(`Teams bench: ${USERS} concurrent users, ${REQUESTS} requests per bot (${Math.round(CARD_SHARE * 100)}% Action.Execute invokes), auth on, loopback.`);
  const rows = await benchOn('PGlite', { kind: 'pglite', dir: IN_MEMORY });
  if (process.env.BENCH_TEAMS_SKIP_POSTGRES !== '1') {
    const pgServer = await benchPostgres();
    try {
      rows.push(...(await benchOn('PostgreSQL', { kind: 'postgres', url: pgServer.url, poolSize: 10 })));
    } finally {
      await pgServer.done();
    }
  }
  printTable(rows);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
