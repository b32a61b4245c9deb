/**
 * What a known member's question costs the database on Teams (issue 12, point 5): the activity's claim
 * reads the registry's revision in the same statement, as on Slack, so the names and the sender come
 * from memory and the answer's own reads follow. Counted on the real CloudAdapter on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JAN, personalMessage } from './activities.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
const statements: string[] = [];
beforeAll(async () => {
  h = await startHarness({ onStatement: (text) => void statements.push(text) });
});
afterAll(async () => h?.close());

describe('a known member asks a question on Teams', () => {
  it('takes two statements: the claim, which reads the registry revision, and the answer', async () => {
    const ask = async () => {
      const before = statements.length;
      const sent = h.ms.sent().length;
      expect((await h.post(personalMessage(h.ms.serviceUrl, JAN, 'wie vertegenwoordigt Combinatie Noord in het SBO?'))).status).toBe(200);
      return { answer: JSON.stringify(h.ms.sent().slice(sent)), statements: statements.slice(before) };
    };
    await ask(); // links Jan by his roster e-mail: an audited registry change
    await ask();
    const warm = await ask();
    expect(warm.answer).toContain('Jan de Vries');
    expect(warm.statements).toHaveLength(2);
    expect(warm.statements[0]).toContain('"ProcessedEvent"');
    expect(warm.statements[0]).toContain('"RegistryRevision"');
    expect(warm.statements[1]).toContain('FROM "Seat" s');
  });
});
