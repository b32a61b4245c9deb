/** The scheduler forgets handled inbound requests after a day, so the deduplication table stays small. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pino } from 'pino';
import { startScheduler } from '../../src/scheduler/cron.ts';
import { combinePosters } from '../../src/scheduler/poster.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

it('drops claims older than a day on its tick and keeps recent ones', async () => {
  const now = new Date('2026-11-25T10:00:00Z');
  await database.db.processedEvent.createMany({
    data: [
      { key: 'slack:old', platform: 'slack', at: new Date('2026-11-23T10:00:00Z') },
      { key: 'teams:recent', platform: 'teams', at: new Date('2026-11-25T09:55:00Z') },
    ],
  });
  const scheduler = startScheduler({
    deps: createServiceDeps({ db: database.db, now: () => now, caches: database.caches }), poster: combinePosters([]), instanceId: 'prune-test', tickSeconds: 3600, workers: 1, idleMs: 50,
    dispatch: { leaseMs: 60_000, channelGapMs: 0, channels: 10, perChannel: 10 }, logger: pino({ level: 'silent' }),
  });
  try {
    await scheduler.tick();
  } finally {
    await scheduler.stop();
  }
  expect((await database.db.processedEvent.findMany({ orderBy: { key: 'asc' } })).map((e) => e.key)).toEqual(['teams:recent']);
});
