/**
 * What a member's question or vote costs the database once Gremium knows her (issue 12, point 5): the
 * request's claim reads the registry's revision in the same statement, so the names and the sender
 * come from memory and the answer's own reads follow; a vote button's poll id is voted on at once,
 * not looked up first. Counted on the real Bolt app on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../../src/conversation/handle.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { visibleText } from './fake-slack.ts';
import { blockAction, directMessage, slashCommand } from './fixtures.ts';
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

  it('votes with a button without reading the poll by its id first, and confirms privately', async () => {
    const sanne = await database.db.person.findFirstOrThrow({ where: { name: 'Sanne Bakker' } });
    const opened = await handle(deps(), { sender: { personId: sanne.id }, text: '/gremium peiling openen SBO vraag="Jaarplan 2027?" sluit=2099-12-31' });
    const buttons = opened.flatMap((r) => (r.kind === 'card' ? r.actions ?? [] : []));
    const click = async (n: number) => {
      const button = buttons[n % 2]!;
      const before = statements.length;
      const { calls } = await h.turn(blockAction({ user: 'U0JAN', channel: 'C0SBO00001', messageTs: '1.1', actionId: `gremium.command:${button.id}`, value: button.command, responseUrl: h.fake.responseUrl(`v-${n}-${Math.random()}`) }));
      await h.slack.idle();
      const answer = calls.filter((c) => c.method.startsWith('respond/')).map((c) => visibleText(c.args)).join('\n');
      return { answer, statements: statements.slice(before) };
    };
    await click(0); // the poll's roster is read once
    const second = await click(1);
    expect(second.answer).toMatch(/gewijzigd|changed/i);
    expect(await database.db.stance.count()).toBe(1);
    expect(second.statements.some((s) => /SELECT id FROM "Poll" WHERE id = \$1/.test(s))).toBe(false);
    expect(second.statements.filter((s) => s.includes('INSERT INTO "Stance"'))).toHaveLength(1);
  });

  it('reads the registry revision once for a direct message too: with the claim', async () => {
    await ask(); // Jan is known and the names are in memory
    const before = statements.length;
    const { calls } = await h.turn(directMessage('U0JAN', 'wie vertegenwoordigt Combinatie Noord in het SBO?'));
    await h.slack.idle();
    const dm = statements.slice(before);
    expect(calls.filter((c) => c.method === 'chat.postMessage').map((c) => visibleText(c.args)).join('\n')).toContain('Jan de Vries');
    expect(dm.filter((s) => s.includes('"RegistryRevision"'))).toHaveLength(1);
    expect(dm[0]).toContain('"ProcessedEvent"');
  });
});
