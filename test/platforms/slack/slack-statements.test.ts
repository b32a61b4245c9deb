/**
 * What a member's question costs the database once Gremium knows her (issue 12, point 5): the request's
 * claim reads the registry's revision in the same statement, so the names and the sender come from
 * memory and the answer's own reads follow. Counted on the real Bolt app on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceDeps } from '../../../src/services/deps.ts';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { visibleText } from './fake-slack.ts';
import { slashCommand } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';

let database: TestDatabase;
let h: Harness;
const statements: string[] = [];
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase({ onStatement: (text) => void statements.push(text) });
  await loadDemoData(deps());
  h = await startHarness(deps());
  h.fake.users.set('U0JAN', { email: 'jan.devries@jeugdzorgnoord.example', locale: 'nl-NL' });
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

/** Jan's question as a slash command: what he sees, and the statements it took. */
async function ask(): Promise<{ answer: string; statements: string[] }> {
  const before = statements.length;
  const { calls } = await h.turn(slashCommand({ user: 'U0JAN', text: 'wie vertegenwoordigt Combinatie Noord in het SBO?', responseUrl: h.fake.responseUrl(`q-${Math.random()}`) }));
  const answer = calls.filter((c) => c.method.startsWith('respond/')).map((c) => visibleText(c.args)).join('\n');
  return { answer, statements: statements.slice(before) };
}

describe('a known member asks a question on Slack', () => {
  it('takes two statements: the claim, which reads the registry revision, and the answer', async () => {
    const first = await ask();
    expect(first.answer).toContain('Jan de Vries');
    // The first turn linked Jan by his e-mail, an audited registry change: the next reads the names again.
    await ask();
    const warm = await ask();
    expect(warm.answer).toBe(first.answer);
    expect(warm.statements).toHaveLength(2);
    expect(warm.statements[0]).toContain('"ProcessedEvent"');
    expect(warm.statements[0]).toContain('"RegistryRevision"');
    expect(warm.statements[1]).toContain('FROM "Seat" s');
  });
});
