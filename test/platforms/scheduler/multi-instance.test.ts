/**
 * Three real `gremium scheduler` processes on one PostgreSQL against a fake Slack Web API on
 * loopback that enforces one message per second per channel: every reminder is posted exactly once,
 * also when one process is killed with SIGKILL in the middle of a run (its leases are taken over).
 * PGlite cannot be shared between processes, so this runs on the postgres project only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../support/db.ts';
import { startFakeSlackOutboxApi, type FakeSlackOutboxApi } from '../../support/fake-slack-outbox-api.ts';
import { freshDatabase, leasedBy, outboxStatus, seedReminders, startSchedulerProcess, waitUntil, type SchedulerProcess } from '../../support/scheduler-cluster.ts';

const onPostgres = TEST_DB_KIND === 'postgres';
let slack: FakeSlackOutboxApi;
let db: { url: string; drop: () => Promise<void> };
let processes: SchedulerProcess[] = [];

beforeAll(async () => {
  if (!onPostgres) return;
  slack = await startFakeSlackOutboxApi({ perChannelMs: 1000 });
  db = await freshDatabase(process.env.TEST_POSTGRES_URL!);
  const env = {
    DATABASE_URL: db.url, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slack.url, GREMIUM_TICK_SECONDS: '5',
    GREMIUM_DISPATCH_WORKERS: '2', GREMIUM_DISPATCH_IDLE_MS: '100', GREMIUM_OUTBOX_LEASE_SECONDS: '8', GREMIUM_CHANNEL_GAP_MS: '1000',
    // At most 2 x 20 of the 100 channels per instance: two instances can never hold them all, so each
    // of the three holds leases while a run goes on (with 50, the first to poll took every channel and
    // the victim sometimes held none at any moment the test looked).
    GREMIUM_DISPATCH_CHANNELS: '20',
  };
  processes = ['s1', 's2', 's3'].map((name) => startSchedulerProcess(name, env));
}, 120_000);

afterAll(async () => {
  for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGTERM');
  await Promise.all(processes.map((p) => p.exited));
  await slack?.close();
  await db?.drop();
}, 60_000);

/** How often each key was posted. */
function postCounts(keys: readonly string[]) {
  const seen = new Map<string, number>();
  for (const p of slack.posts) if (p.key) seen.set(p.key, (seen.get(p.key) ?? 0) + 1);
  return { doubles: keys.filter((k) => (seen.get(k) ?? 0) > 1), missing: keys.filter((k) => !seen.has(k)) };
}

describe('three scheduler processes on one PostgreSQL', () => {
  it.skipIf(!onPostgres)('post 1,000 due reminders exactly once each, at Slack\'s pace per channel', async () => {
    const keys = await seedReminders(db.url, 'first', 100, 10);
    await waitUntil(() => postCounts(keys).missing.length === 0, 90_000, '1,000 posts');
    // A message is marked SENT after its post: once every one is, the run is over (no sleep standing in for that).
    await waitUntil(async () => (await outboxStatus(db.url, 'first:')).SENT === 1000, 30_000, 'every message marked sent');
    expect(postCounts(keys)).toEqual({ doubles: [], missing: [] });
    expect(await outboxStatus(db.url, 'first:')).toEqual({ SENT: 1000 });
    expect(slack.posts.every((p) => p.token === 'xoxb-test')).toBe(true);
    // Work was shared: more than one instance marked messages sent.
    const byChannel = new Map<string, number[]>();
    for (const p of slack.posts) byChannel.set(p.channel, [...(byChannel.get(p.channel) ?? []), p.at]);
    for (const times of byChannel.values()) for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1000);
  }, 120_000);

  it.skipIf(!onPostgres)('after kill -9 of one process mid-run, its leases are taken over and still every reminder goes out exactly once', async () => {
    const before = slack.posts.length;
    const keys = await seedReminders(db.url, 'second', 100, 10);
    const victim = processes[0]!;
    // Kill it while it holds leases on messages it has not posted yet.
    await waitUntil(async () => slack.posts.length - before >= 150 && (await leasedBy(db.url, victim.name)) > 0, 30_000, 'the victim to hold leases mid-run');
    victim.child.kill('SIGKILL');
    expect(await victim.exited).toBeNull();
    expect(await leasedBy(db.url, victim.name)).toBeGreaterThan(0);
    await waitUntil(() => postCounts(keys).missing.length === 0, 120_000, 'the survivors to finish');
    await waitUntil(async () => (await outboxStatus(db.url, 'second:')).SENT === 1000, 30_000, 'every message marked sent');
    expect(postCounts(keys)).toEqual({ doubles: [], missing: [] });
    expect(await outboxStatus(db.url, 'second:')).toEqual({ SENT: 1000 });
  }, 180_000);
});
