/** The console adapter passes the shared adapter contract (test/platforms/contract.ts). */
import { afterAll, beforeAll } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { adapterContract } from './contract.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

adapterContract('console', () => ({
  send: async (text, asPerson) => {
    const person = await database.db.person.findFirstOrThrow({ where: { name: asPerson } });
    return [renderReplies(await handle(deps(), { sender: { personId: person.id }, text }))];
  },
}));
