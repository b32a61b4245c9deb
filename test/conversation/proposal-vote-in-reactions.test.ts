/**
 * Issue 16: a for/against vote on a proposal still in its reaction period. 002 art. 9.1: "Partijen uit
 * het Inkoopnetwerk stemmen voor of tegen een Uitgewerkt voorstel"; art. 5.6: "Partijen krijgen twee
 * weken de tijd om op de Voorlopige voorstellen te reageren via de website. Op basis van deze reacties
 * besluit de Fysieke overlegtafel de Voorlopige voorstellen aan te merken als Uitgewerkte voorstellen."
 * Before this fix the poll opened without a word.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const clock = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

async function say(person: string, text: string): Promise<string> {
  return renderReplies(await handle(deps(), { sender: { personId: demoId.person(person) }, text }));
}

describe('a vote during the reaction period (002 art. 9.1 and 5.6)', () => {
  it('is refused with the article, and no poll is opened', async () => {
    await say('marloes-visser', '/gremium voorstel INKOOP Tarieven 2027');
    const out = await say('marloes-visser', '/gremium peiling openen INKOOP vraag="Stemt u in met Tarieven 2027?" sluit=30-11-2026');
    expect(out).toContain('art. 9.1');
    expect(out).toContain('Partijen uit het Inkoopnetwerk stemmen voor of tegen een Uitgewerkt voorstel');
    expect(out).toContain('9 december 2026');
    expect(await database.db.poll.count()).toBe(0);
  });
});
