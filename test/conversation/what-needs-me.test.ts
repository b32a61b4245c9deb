/**
 * Issue 17, point 3: one complete "wat staat er voor mij open?" / "what needs me?" through handle() on
 * the demo region: polls waiting for my seat's vote, my duties (overdue first, however old: on main an
 * overdue duty older than 30 days was dropped), my notices and the substitutes my party must still
 * arrange, where I stand in, and a secretary's coming meetings.
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

describe('what needs me', () => {
  beforeAll(async () => {
    await say('sanne-bakker', '/gremium peiling openen SBO vraag="Akkoord met de begroting 2027?" sluit=2026-12-09');
    await say('jan-de-vries', '/gremium verhinderd SBO 2026-12-10');
    await say('karin-smit', '/gremium verhinderd ORO 2026-12-09 vervanger="Piet Jansen"');
  });

  it('lists the poll waiting for my vote, my duties overdue first however old, and the substitute my party must arrange', async () => {
    const out = await say('jan-de-vries', 'wat staat er voor mij open?');
    expect(out).toContain('Open voor Jan de Vries');
    expect(out).toMatch(/Peilingen die op uw stem wachten:\n {2}• SBO: Akkoord met de begroting 2027\? \(sluit 9 december 2026 23:59\) - \/gremium peiling \w+/);
    // 69 days late: on main "wat staat er voor mij open?" left out everything overdue by more than 30 days.
    const overdue = out.indexOf('17 september 2026: de agenda KBO (vergadering 8 oktober 2026), agendacommissie/SDA - te laat (69 dagen te laat)');
    const open = out.indexOf('26 november 2026: de agenda KBO (vergadering 17 december 2026)');
    expect(overdue).toBeGreaterThan(0);
    expect(open).toBeGreaterThan(overdue);
    expect(out).toContain('SBO op 10 december 2026: nog geen vervanger; uw partij zorgt voor een vervanger: /gremium verhinderd SBO 2026-12-10 vervanger=<naam>');
    expect(out).toContain('[Gedaan: agenda KBO: /gremium gedaan agenda KBO 2026-10-08]');
  });

  it('says where I stand in, and in English when asked in English', async () => {
    const out = await say('piet-jansen', 'what needs me?');
    expect(out).toContain('What needs Piet Jansen');
    expect(out).toContain('You stand in for:\n  • Karin Smit at the ORO on 9 December 2026');
    expect(await say('karin-smit', 'wat staat er voor mij open?')).toContain('ORO op 9 december 2026: vervanger Piet Jansen');
  });

  it("lists a secretary's coming meetings", async () => {
    const out = await say('sanne-bakker', 'wat staat er voor mij open?');
    expect(out).toContain('Komende vergaderingen waarvan u secretaris bent:\n  • ORO op 9 december 2026 om 10:00\n  • SBO op 10 december 2026 om 15:00');
  });
});
