/**
 * `npm run bench:reminders`: 10,000 due reminders over 500 channels, posted by real `gremium
 * scheduler` processes on one PostgreSQL to a fake Slack Web API that allows one message per second
 * per channel (429 + Retry-After otherwise). The floor is set by that limit: 20 messages per channel
 * need 19 s after the first. Prints the time to finish beside the floor, doubles, missing and 429s.
 *
 * Environment: BENCH_POSTGRES_URL (else a throwaway cluster), BENCH_INSTANCES (2), BENCH_WORKERS
 * per instance (1), BENCH_CLAIM_CHANNELS per claim (250), BENCH_CHANNELS (500), BENCH_PER_CHANNEL (20).
 */
import { openDatabase } from '../src/db/database.ts';
import { startFakeSlackOutboxApi } from '../test/support/fake-slack-outbox-api.ts';
import { outboxStatus, seedReminders, startSchedulerProcess, waitUntil } from '../test/support/scheduler-cluster.ts';
import { printTable } from './support/stats.ts';
import { benchPostgres } from './support/postgres.ts';

const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 2);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const CLAIM_CHANNELS = Number(process.env.BENCH_CLAIM_CHANNELS ?? 250);
const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 500);
const PER_CHANNEL = Number(process.env.BENCH_PER_CHANNEL ?? 20);
const GAP_MS = 1000;

async function main(): Promise<void> {
  const pg = await benchPostgres();
  const slack = await startFakeSlackOutboxApi({ perChannelMs: GAP_MS });
  // Migrate once before the instances start.
  await (await openDatabase({ kind: 'postgres', url: pg.url, poolSize: 2 })).close();
  const env = {
    DATABASE_URL: pg.url, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_API_URL: slack.url, GREMIUM_TICK_SECONDS: '30',
    GREMIUM_DISPATCH_WORKERS: String(WORKERS), GREMIUM_DISPATCH_IDLE_MS: '250', GREMIUM_OUTBOX_LEASE_SECONDS: '60',
    GREMIUM_DISPATCH_CHANNELS: String(CLAIM_CHANNELS), GREMIUM_DISPATCH_PER_CHANNEL: String(PER_CHANNEL), GREMIUM_CHANNEL_GAP_MS: String(GAP_MS),
  };
  const processes = Array.from({ length: INSTANCES }, (_, i) => startSchedulerProcess(`bench${i + 1}`, env));
  try {
    await waitUntil(() => processes.every((p) => p.output().includes('is running')), 60_000, 'the instances to start');
    const seeded = Date.now();
    const keys = await seedReminders(pg.url, 'bench', CHANNELS, PER_CHANNEL);
    await waitUntil(() => new Set(slack.posts.map((p) => p.key)).size >= keys.length, 600_000, 'every reminder to be posted');
    const finished = Math.max(...slack.posts.map((p) => p.at));
    const first = Math.min(...slack.posts.map((p) => p.at));
    await new Promise((r) => setTimeout(r, 2000)); // late doubles would show up here
    const counts = new Map<string, number>();
    for (const p of slack.posts) counts.set(p.key!, (counts.get(p.key!) ?? 0) + 1);
    const doubles = [...counts.values()].filter((n) => n > 1).length;
    const missing = keys.filter((k) => !counts.has(k)).length;
    const floorS = ((PER_CHANNEL - 1) * GAP_MS) / 1000;
    const elapsedS = (finished - seeded) / 1000;
    const status = await outboxStatus(pg.url);
    printTable([{
      reminders: keys.length, channels: CHANNELS, 'instances x workers': `${INSTANCES} x ${WORKERS}`, 'channels/claim': CLAIM_CHANNELS,
      'first post': `${((first - seeded) / 1000).toFixed(2)} s`, finished: `${elapsedS.toFixed(2)} s`, floor: `${floorS.toFixed(2)} s`,
      'vs floor': `${(elapsedS / floorS).toFixed(3)}x`, 'posts/s': (keys.length / elapsedS).toFixed(0),
      doubles, missing, '429s': slack.rateLimited, 'outbox SENT': status.SENT ?? 0,
    }]);
    if (doubles > 0 || missing > 0) process.exitCode = 1;
  } finally {
    for (const p of processes) p.child.kill('SIGTERM');
    await Promise.all(processes.map((p) => p.exited));
    await slack.close();
    await pg.done();
  }
}

await main();
