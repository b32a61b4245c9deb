import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatchOutbox } from '../../src/scheduler/dispatch-outbox.ts';
import { RateLimitedError, type OutboxPost, type Poster } from '../../src/scheduler/poster.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
const T0 = new Date('2026-12-03T08:00:00Z');
let clock = T0;
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });
const NO_GAP = { channelGapMs: 0, leaseMs: 60_000 };

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await database.reset();
  clock = T0;
});

/** A poster recording what it posted; `behave` may throw per call. */
function recorder(behave: (m: OutboxPost, n: number) => void = () => undefined, posted: string[] = []): Poster & { posted: string[] } {
  let n = 0;
  return { platforms: ['slack'], posted, async post(m) { behave(m, n++); posted.push(m.key); } };
}

const payload = [{ kind: 'text', text: 'herinnering' }];
async function enqueue(keys: readonly string[], channel = 'C1', dueAt = T0) {
  await database.db.outboxMessage.createMany({ data: keys.map((key) => ({ key, platform: 'slack', channel, payload, dueAt })) });
}
const row = (key: string) => database.db.outboxMessage.findUniqueOrThrow({ where: { key } });

describe('dispatching the outbox', () => {
  it('posts each due message once, in order per channel, and leaves future ones', async () => {
    await enqueue(['a1', 'a2'], 'C1');
    await enqueue(['b1'], 'C2');
    await enqueue(['later'], 'C3', new Date(T0.getTime() + 3_600_000));
    const poster = recorder();
    const stats = await dispatchOutbox(deps(), poster, T0, 'one', NO_GAP);
    expect(stats).toMatchObject({ claimed: 3, sent: 3 });
    expect(poster.posted.filter((k) => k.startsWith('a'))).toEqual(['a1', 'a2']);
    expect(await dispatchOutbox(deps(), poster, T0, 'two', NO_GAP)).toMatchObject({ claimed: 0 });
    expect((await row('a1'))).toMatchObject({ status: 'SENT', leasedBy: 'one', sentAt: T0 });
    expect((await row('later')).status).toBe('PENDING');
  });

  it('two dispatchers running at once never post the same message', async () => {
    const keys = Array.from({ length: 200 }, (_, i) => `k${i}`);
    for (let c = 0; c < 20; c++) await enqueue(keys.slice(c * 10, c * 10 + 10), `C${c}`);
    const posted: string[] = [];
    const a = recorder(undefined, posted);
    const b = recorder(undefined, posted);
    const opts = { ...NO_GAP, channels: 7, perChannel: 3 };
    for (let round = 0; round < 10; round++) await Promise.all([dispatchOutbox(deps(), a, T0, 'A', opts), dispatchOutbox(deps(), b, T0, 'B', opts)]);
    expect(posted.length).toBe(200);
    expect(new Set(posted).size).toBe(200);
  });

  it('a lease still running is left alone; an expired one is taken over', async () => {
    await enqueue(['crashed']);
    // Instance "dead" claimed it and was killed before marking it sent.
    await database.db.outboxMessage.update({ where: { key: 'crashed' }, data: { leasedBy: 'dead', leaseUntil: new Date(T0.getTime() + 30_000) } });
    const poster = recorder();
    expect(await dispatchOutbox(deps(), poster, T0, 'alive', NO_GAP)).toMatchObject({ claimed: 0 });
    clock = new Date(T0.getTime() + 31_000);
    const stats = await dispatchOutbox(deps(), poster, clock, 'alive', NO_GAP);
    expect(stats).toMatchObject({ claimed: 1, takenOver: 1, sent: 1 });
    expect(await row('crashed')).toMatchObject({ status: 'SENT', leasedBy: 'alive' });
  });

  it('a taken-over message the platform already shows is marked sent without posting it again', async () => {
    await enqueue(['posted-before-crash']);
    await database.db.outboxMessage.update({ where: { key: 'posted-before-crash' }, data: { leasedBy: 'dead', leaseUntil: new Date(T0.getTime() - 1) } });
    const poster = { ...recorder(), wasPosted: async (m: OutboxPost) => m.key === 'posted-before-crash' };
    const stats = await dispatchOutbox(deps(), poster, T0, 'alive', NO_GAP);
    expect(stats).toMatchObject({ alreadyPosted: 1, sent: 0 });
    expect(poster.posted).toEqual([]);
    expect((await row('posted-before-crash')).status).toBe('SENT');
  });

  it('a 429 is retried after the time it asks, without counting a failed attempt', async () => {
    await enqueue(['r1', 'r2']);
    const poster = recorder((m, n) => {
      if (n === 0) throw new RateLimitedError(5_000);
    });
    expect(await dispatchOutbox(deps(), poster, T0, 'x', NO_GAP)).toMatchObject({ claimed: 2, rateLimited: 1, sent: 0 });
    expect(await row('r1')).toMatchObject({ status: 'PENDING', attempts: 0, leasedBy: null, leaseUntil: null, dueAt: new Date(T0.getTime() + 5_000) });
    // The rest of the channel waits too, so order is kept.
    expect((await row('r2')).dueAt).toEqual(new Date(T0.getTime() + 5_000));
    clock = new Date(T0.getTime() + 4_000);
    expect(await dispatchOutbox(deps(), poster, clock, 'x', NO_GAP)).toMatchObject({ claimed: 0 });
    clock = new Date(T0.getTime() + 5_000);
    expect(await dispatchOutbox(deps(), poster, clock, 'x', NO_GAP)).toMatchObject({ sent: 2 });
    expect(poster.posted).toEqual(['r1', 'r2']);
  });

  it('other errors back off and end FAILED after the last attempt', async () => {
    await enqueue(['broken']);
    const poster = recorder(() => {
      throw new Error('channel_not_found');
    });
    for (let attempt = 1; attempt <= 3; attempt++) {
      const stats = await dispatchOutbox(deps(), poster, clock, 'x', { ...NO_GAP, maxAttempts: 3 });
      expect(stats.claimed).toBe(1);
      const r = await row('broken');
      expect(r).toMatchObject({ attempts: attempt, lastError: 'channel_not_found', status: attempt < 3 ? 'PENDING' : 'FAILED' });
      clock = new Date(r.dueAt.getTime() + 1);
    }
    expect(await dispatchOutbox(deps(), poster, new Date(T0.getTime() + 86_400_000), 'x', NO_GAP)).toMatchObject({ claimed: 0 });
  });

  it('keeps the gap between two posts to one channel, also across dispatch calls', async () => {
    await enqueue(['g1', 'g2'], 'C1', new Date('2020-01-01T00:00:00Z'));
    const times: number[] = [];
    const poster = recorder(() => void times.push(Date.now()));
    clock = new Date();
    await dispatchOutbox(createServiceDeps({ db: database.db, now: () => new Date(), caches: database.caches }), poster, new Date(), 'x', { channelGapMs: 300, perChannel: 1 });
    expect(await dispatchOutbox(createServiceDeps({ db: database.db, now: () => new Date(), caches: database.caches }), poster, new Date(), 'x', { channelGapMs: 300 })).toMatchObject({ claimed: 0 });
    await new Promise((r) => setTimeout(r, 320));
    await dispatchOutbox(createServiceDeps({ db: database.db, now: () => new Date(), caches: database.caches }), poster, new Date(), 'x', { channelGapMs: 300 });
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(300);
  });
});
