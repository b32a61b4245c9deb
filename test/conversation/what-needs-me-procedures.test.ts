/**
 * Issue 16 and 17 point 5: "wat staat er voor mij open?" / "what needs me?" and the Slack App Home list
 * the procedures waiting for the asker's party:
 * - a provisional proposal in its reaction period that my party has not reacted to, with its last day
 *   (002 art. 5.6: "Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren via
 *   de website."); a confidential one by its number where others read along (art. 5.7: "... worden
 *   niet gepubliceerd.");
 * - an impasse step my party must act in, with its last day (004 appendix 2, stap 1: "Betrokken
 *   partijen maken allen een impassedocument op en sturen dat naar elkaar.").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { homeView } from '../../src/platforms/slack/views.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { loadHomeOverview } from '../../src/services/schedule/load-home-overview.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
let clock = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });
const inChannel = { platform: 'slack', channel: 'C-INKOOP', direct: false } as const;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

async function say(person: string, text: string, origin?: typeof inChannel): Promise<string> {
  return renderReplies(await handle(deps(), { sender: { personId: demoId.person(person) }, text, ...(origin ? { origin } : {}) }));
}
const home = async (person: string) => JSON.stringify(homeView('nl', person, await loadHomeOverview(deps(), { personId: demoId.person(person), day: '2026-11-25' })));

describe('what needs me: proposals waiting for my party and impasse steps of my party', () => {
  beforeAll(async () => {
    await say('marloes-visser', '/gremium voorstel INKOOP Tarieven 2027 gepubliceerd=25-11-2026');
    await say('marloes-visser', '/gremium voorstel INKOOP Prijzen 2028 gepubliceerd=25-11-2026 vertrouwelijk=ja');
  });

  it('art. 5.6: a provisional proposal my party has not reacted to, with its last day and the command to react', async () => {
    const out = await say('arjen-dijkstra', 'wat staat er voor mij open?');
    expect(out).toContain('Voorstellen die op de reactie van uw partij wachten (002 art. 5.6):');
    expect(out).toContain('INKOOP: voorstel "Tarieven 2027" (#1), reageer namens Stichting Weerribben Zorg uiterlijk 9 december 2026 - /gremium reactie INKOOP "Tarieven 2027" tekst=<reactie>');
    expect(out).toContain('INKOOP: voorstel "Prijzen 2028" (#2)');
    const en = await say('chantal-mulder', 'what needs me?');
    expect(en).toContain("Proposals waiting for your party's reaction (002 art. 5.6):");
    expect(en).toContain('INKOOP: proposal "Tarieven 2027" (#1), react for Jeugdpraktijk Steenwijk by 9 December 2026 - /gremium reaction INKOOP "Tarieven 2027" text=<reaction>');
    // The secretary has no party: nothing to react to.
    expect(await say('marloes-visser', 'wat staat er voor mij open?')).not.toContain('reageer namens');
  });

  it('art. 5.7: in a channel a confidential proposal is named by its number; the App Home, the person\'s own, shows the title', async () => {
    const out = await say('arjen-dijkstra', 'wat staat er voor mij open?', inChannel);
    expect(out).toContain('INKOOP: voorstel #2, reageer namens Stichting Weerribben Zorg uiterlijk 9 december 2026 - /gremium reactie INKOOP #2 tekst=<reactie>');
    expect(out).not.toContain('Prijzen 2028');
    const view = await home('arjen-dijkstra');
    expect(view).toContain('Voorstellen die op de reactie van uw partij wachten');
    expect(view).toContain('voorstel \\"Prijzen 2028\\" (#2)');
  });

  it('once my party reacted, or the period is over, it is no longer waiting for me', async () => {
    await say('arjen-dijkstra', '/gremium reactie INKOOP Tarieven 2027 tekst="wij steunen het"');
    const out = await say('arjen-dijkstra', 'wat staat er voor mij open?');
    expect(out).not.toContain('"Tarieven 2027"');
    expect(out).toContain('"Prijzen 2028"');
    expect(await say('chantal-mulder', 'what needs me?')).toContain('"Tarieven 2027"');
    clock = new Date('2026-12-10T10:00:00Z');
    expect(await say('chantal-mulder', 'what needs me?')).not.toContain('react for');
  });

  it('004 appendix 2: the impasse step my party must act in, with its last day; not once delivered, and not for the secretary', async () => {
    await say('hasan-yilmaz', '/gremium impasse starten BOSD de tarieven partijen="Gemeente Almere; Gemeente Lelystad"');
    const step1 = await say('hasan-yilmaz', 'wat staat er voor mij open?');
    expect(step1).toContain('Impasses waarin uw partij aan zet is (004 bijlage 2):');
    expect(step1).toContain('BOSD: impasse over "de tarieven" (Gemeente Almere), stap 1: elke partij maakt een impassedocument en stuurt het naar de anderen - /gremium impasse document BOSD "de tarieven"');
    await say('hasan-yilmaz', '/gremium impasse document BOSD de tarieven');
    expect(await say('hasan-yilmaz', 'wat staat er voor mij open?')).not.toContain('impasse over');
    expect(await say('arnold-koster', 'what needs me?')).toContain('BOSD: impasse about "de tarieven" (Gemeente Lelystad), step 1: each party writes an impasse document and sends it to the others - /gremium impasse document BOSD "de tarieven"');
    await say('arnold-koster', '/gremium impasse document BOSD de tarieven');
    await say('lotte-mulder', '/gremium impasse stap BOSD verschillend de tarieven');
    // Step 2a is both parties' talk, with its last day.
    expect(await say('hasan-yilmaz', 'wat staat er voor mij open?')).toContain('BOSD: impasse over "de tarieven" (Gemeente Almere), stap 2a: een gesprek over de verschillende impassedocumenten, uiterlijk 24 december 2026');
    expect(await home('hasan-yilmaz')).toContain('stap 2a: een gesprek over de verschillende impassedocumenten, uiterlijk 24 december 2026');
    expect(await say('lotte-mulder', 'wat staat er voor mij open?')).not.toContain('impasse over');
  });
});
