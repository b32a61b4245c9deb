/**
 * The Slack adapter passes the shared adapter contract (test/platforms/contract.ts): commands as
 * signed slash commands, questions as direct messages, each demo person a Slack user linked by
 * e-mail; the texts are what the recorded Block Kit shows.
 */
import { afterAll, beforeAll } from 'vitest';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { adapterContract } from '../contract.ts';
import { visibleText } from './fake-slack.ts';
import { directMessage, slashCommand } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';

let database: TestDatabase;
let h: Harness;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  h = await startHarness(deps());
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

adapterContract('slack', () => ({
  send: async (text, asPerson) => {
    const person = await database.db.person.findFirstOrThrow({ where: { name: asPerson } });
    const user = `U${person.id.slice(-8).toUpperCase()}`;
    h.fake.users.set(user, { email: person.email ?? undefined, locale: 'nl-NL' });
    const command = text.match(/^\/gremium\s*(.*)$/s);
    const body = command ? slashCommand({ user, text: command[1]!, responseUrl: h.fake.responseUrl(user) }) : directMessage(user, text);
    const { calls } = await h.turn(body);
    return calls.filter((c) => /^(respond\/|chat\.post)/.test(c.method)).map((c) => visibleText(c.args));
  },
}));
