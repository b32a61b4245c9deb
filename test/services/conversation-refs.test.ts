/**
 * Conversation references (Teams): many people speaking in one channel at the same moment (a vote
 * burst) each get remembered, nobody's write fails, the channel keeps the 60 most recent, and a
 * personal chat is stored for the person it belongs to.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { findConversation, rememberConversation } from '../../src/services/channels/conversation-refs.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const deps = () => createServiceDeps({ db: database.db, caches: database.caches });
const reference = { conversation: { id: '19:channel@thread.skype' }, serviceUrl: 'https://smba.example/' };

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => database.reset());

it('remembers 100 speakers writing at once, keeping the last 60 of them, without a failed write', async () => {
  const speakers = Array.from({ length: 100 }, (_, i) => `29:speaker-${i}`);
  // Each speaker on deps of their own: as many bot instances, none skips a write on what another wrote.
  const results = await Promise.allSettled(speakers.map((userId) =>
    rememberConversation(createServiceDeps({ db: database.db }), { platform: 'teams', conversationId: '19:channel@thread.skype', reference, userId })));
  expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
  const stored = await findConversation(deps(), { platform: 'teams', conversationId: '19:channel@thread.skype' });
  expect(stored?.reference).toEqual(reference);
  expect(stored?.userIds).toHaveLength(60);
  expect(new Set(stored?.userIds).size).toBe(60);
  expect(stored?.userIds.every((u) => speakers.includes(u))).toBe(true);
});

it('moves a speaker seen before to the end, and stores a personal chat for its person', async () => {
  const remember = (userId: string, personalOf: string | null = null) =>
    rememberConversation(createServiceDeps({ db: database.db }), { platform: 'teams', conversationId: 'a:chat', reference: { conversation: { id: 'a:chat' } }, userId, personalOf });
  await remember('29:a');
  await remember('29:b');
  await remember('29:a', 'object-a');
  expect((await findConversation(deps(), { platform: 'teams', conversationId: 'a:chat' }))?.userIds).toEqual(['29:b', '29:a']);
  const personal = await database.db.conversationRef.findUniqueOrThrow({ where: { id: 'teams:user:object-a' } });
  expect(personal.reference).toEqual({ reference: { conversation: { id: 'a:chat' } }, userIds: ['29:a'] });
});
