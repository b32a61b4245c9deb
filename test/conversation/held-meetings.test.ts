/**
 * Issue 17, point 5 (part): past meetings can be entered with their attendance, so the Fysieke
 * overlegtafel's rule can be reached (002 art. 7.5: "het meer dan driemaal in één kalenderjaar missen van
 * een Fysieke overlegtafel"). On main the demo FOT had no meetings and a past day was refused (MEETING_IN_PAST).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

const say = async (person: string, text: string) => renderReplies(await handle(deps(), { sender: { personId: demoId.person(person) }, text }));

describe('held meetings entered afterwards', () => {
  it('takes four past FOT meetings with attendance and flags the party that missed more than three', async () => {
    expect(await say('marloes-visser', '/gremium vergadering toevoegen FOT 2026-02-10')).toContain('ligt in het verleden');
    expect(await say('marloes-visser', '/gremium vergadering toevoegen FOT 2026-12-10 gehouden=ja')).toContain('ligt nog in de toekomst');
    const days = ['2026-02-10', '2026-04-14', '2026-06-09', '2026-09-08'];
    for (const day of days) {
      expect(await say('marloes-visser', `/gremium vergadering toevoegen FOT ${day} gehouden=ja`)).toContain(`Leg de aanwezigheid vast met: /gremium aanwezigheid FOT ${day}`);
    }
    const outs: string[] = [];
    for (const day of days) outs.push(await say('marloes-visser', `/gremium aanwezigheid FOT ${day} Arjen Dijkstra afwezig`));
    expect(outs[2]).toContain('Stichting Weerribben Zorg miste in 2026 3 vergaderingen, waarvan 3 zonder opgaaf van reden.');
    expect(outs[3]).toContain('Stichting Weerribben Zorg miste in 2026 4 vergaderingen (meer dan 3)');
    expect(await say('jan-de-vries', '/gremium vergadering toevoegen FOT 2026-03-10 gehouden=ja')).toContain('Alleen de secretaris');
  });
});
