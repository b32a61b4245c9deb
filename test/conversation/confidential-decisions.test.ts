/**
 * Issue 16, seed 002 art. 5.7: "Informatie met betrekking tot kosten, prijzen, innovatieve voorstellen
 * of andere informatie waarvan Aanbieder deze als vertrouwelijk bestempeld, worden niet gepubliceerd."
 * The decision list keeps it out by itself, whoever calls it: `gremium export-decisions` writes a file
 * that leaves Gremium, so without a reader with a seat in the partnership a decision on a confidential
 * proposal's poll says only "#1" with its outcome and ratio (art. 9.1: "De stemverhouding in de Fysieke
 * overlegtafel wordt genotuleerd"), and a confidential title elsewhere in a decision becomes its number;
 * in a channel the chat's decision list does the same.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { renderDecisionList } from '../../src/conversation/decisions/lists.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { exportDecisions } from '../../src/services/decisions/export-decisions.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
let dir: string;
let clock = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });
const INKOOP = demoId.committee('INKOOP');
const inChannel = { platform: 'slack', channel: 'C-INKOOP', direct: false } as const;

async function say(person: string, text: string, origin?: typeof inChannel): Promise<string> {
  return renderReplies(await handle(deps(), { sender: { personId: demoId.person(person) }, text, ...(origin ? { origin } : {}) }));
}

/** The decision list of 22 December written to a file as `readerId` (none: for anyone), its text. */
async function exported(readerId: string | null, name: string): Promise<string> {
  const file = path.join(dir, name);
  const r = await exportDecisions(deps(), { committeeId: INKOOP, day: '2026-12-22', file, render: (l, f) => renderDecisionList('nl', l, f), readerId });
  expect(r).toMatchObject({ ok: true, value: { decisions: 3 } });
  return fs.readFile(file, 'utf8');
}

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gremium-confidential-'));
  await say('marloes-visser', '/gremium voorstel INKOOP Prijsopbouw Weerribben gepubliceerd=25-11-2026 vertrouwelijk=ja');
  await say('arjen-dijkstra', '/gremium signaal INKOOP Innovatie Wijkzorg vertrouwelijk=ja');
  await say('marloes-visser', '/gremium vergadering toevoegen INKOOP 2026-12-22');
  clock = new Date('2026-12-10T10:00:00Z');
  await say('marloes-visser', '/gremium voorstel uitgewerkt INKOOP #1');
  const questions = ['Akkoord met een uurtarief van 92 euro?', 'Verder met Innovatie Wijkzorg?', 'Vergaderen we in januari in Steenwijk?'];
  for (const [i, question] of questions.entries()) {
    await say('marloes-visser', `/gremium peiling openen INKOOP vraag="${question}" sluit=20-12-2026 vergadering=2026-12-22${i === 0 ? ' voorstel=#1' : ''}`);
  }
  for (const poll of await database.db.poll.findMany({ where: { committeeId: INKOOP }, orderBy: { number: 'asc' } })) {
    await say('arjen-dijkstra', `/gremium stem ${poll.id} voor`);
    await say('marloes-visser', `/gremium peiling sluiten ${poll.id}`);
  }
});
afterAll(async () => {
  await database?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('confidential proposals on the decision list (002 art. 5.7)', () => {
  it('the file for anyone names the confidential proposal by its number only, with its outcome and ratio', async () => {
    expect((await database.db.proposal.findFirstOrThrow({ where: { number: 1, committeeId: INKOOP } })).pollId).not.toBeNull();
    const md = await exported(null, 'public.md');
    expect(md).not.toContain('92 euro');
    expect(md).not.toContain('Innovatie Wijkzorg');
    expect(md).not.toContain('Prijsopbouw');
    expect(md).toContain('| 1 | #1 | positief advies (niet bindend) | 1-0-0 |');
    expect(md).toContain('Verder met #2?');
    expect(md).toContain('Vergaderen we in januari in Steenwijk?');
    // CSV too: the same list.
    const file = path.join(dir, 'public.csv');
    await exportDecisions(deps(), { committeeId: INKOOP, day: '2026-12-22', file, render: (l, f) => renderDecisionList('en', l, f) });
    expect(await fs.readFile(file, 'utf8')).not.toMatch(/92 euro|Innovatie Wijkzorg/u);
  });

  it('a reader without a seat in the partnership gets the same; a member of the Inkoopnetwerk the whole list', async () => {
    expect(await exported(demoId.person('sanne-bakker'), 'outsider.md')).not.toMatch(/92 euro|Innovatie Wijkzorg/u);
    const member = await exported(demoId.person('arjen-dijkstra'), 'member.md');
    expect(member).toContain('Akkoord met een uurtarief van 92 euro?');
    expect(member).toContain('Verder met Innovatie Wijkzorg?');
  });

  it('in chat: in the channel by number, privately to a member in full, to an outsider by number', async () => {
    expect(await say('arjen-dijkstra', 'besluitenlijst INKOOP 22 december', inChannel)).not.toMatch(/92 euro|Innovatie Wijkzorg/u);
    expect(await say('arjen-dijkstra', 'besluitenlijst INKOOP 22 december')).toContain('Akkoord met een uurtarief van 92 euro?');
    expect(await say('sanne-bakker', 'besluitenlijst INKOOP 22 december')).not.toMatch(/92 euro|Innovatie Wijkzorg/u);
  });
});
