/**
 * Issue 16: 002 art. 5.7 "Informatie met betrekking tot kosten, prijzen, innovatieve voorstellen of
 * andere informatie waarvan Aanbieder deze als vertrouwelijk bestempeld, worden niet gepubliceerd."
 * A proposal marked `vertrouwelijk=ja` keeps its title out of the channel, its reminders, the public
 * calendar feed and every answer to someone outside the partnership: there it is "#n".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { committeeCalendar } from '../../src/platforms/calendar/ics.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createDueReminders } from '../../src/scheduler/create-due-reminders.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const clock = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });
const INKOOP = demoId.committee('INKOOP');
const SECRET = 'Prijsopbouw begeleiding 78 euro';
const inChannel = { platform: 'slack', channel: 'C-INKOOP', direct: false } as const;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  await database.db.committeeChannel.create({ data: { committeeId: INKOOP, platform: 'slack', channel: 'C-INKOOP' } });
});
afterAll(async () => database?.close());

async function say(person: string, text: string, origin?: typeof inChannel): Promise<string> {
  return renderReplies(await handle(deps(), { sender: { personId: demoId.person(person) }, text, ...(origin ? { origin } : {}) }));
}

describe('a confidential proposal (002 art. 5.7)', () => {
  it('is submitted and published as provisional; in the channel only its number shows', async () => {
    const submitted = await say('arjen-dijkstra', `/gremium voorstel indienen INKOOP ${SECRET} vertrouwelijk=ja`, inChannel);
    expect(submitted).toContain('Voorstel #1 ingediend bij het Inkoopnetwerk Steenwijkerland namens Stichting Weerribben Zorg');
    expect(submitted).toContain('Het is vertrouwelijk en wordt niet gepubliceerd (002 art. 5.7).');
    expect(submitted).not.toContain('Prijsopbouw');
    const registered = await say('marloes-visser', `/gremium voorstel INKOOP ${SECRET}`, inChannel);
    expect(registered).toContain('Voorlopig voorstel "#1" van het Inkoopnetwerk Steenwijkerland geregistreerd');
    expect(registered).not.toContain('Prijsopbouw');
    const row = await database.db.proposal.findFirstOrThrow({ where: { number: 1, committeeId: INKOOP } });
    expect(row).toMatchObject({ confidential: true, stage: 'PROVISIONAL' });
  });

  it('never reaches the calendar feed, the reminders, the deadlines answer or the audit snapshots', async () => {
    const ics = (await committeeCalendar(deps(), INKOOP)).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:Laatste dag reacties op voorstel "#1" INKOOP');
    expect(ics).not.toContain('Prijsopbouw');
    await createDueReminders(deps(), new Date('2026-12-07T08:00:00Z'));
    const outbox = await database.db.outboxMessage.findMany();
    expect(outbox.length).toBeGreaterThan(0);
    expect(JSON.stringify(outbox.map((m) => m.payload))).not.toContain('Prijsopbouw');
    const entries = await database.db.auditEntry.findMany({ where: { action: { startsWith: 'proposal.' } } });
    expect(JSON.stringify(entries.map((e) => e.after))).not.toContain('Prijsopbouw');
  });

  it('shows its title privately to the partnership only; to others it is "#1", and by its title it is unknown', async () => {
    expect(await say('marloes-visser', '/gremium voorstellen INKOOP')).toContain(`Voorstel "${SECRET}" (#1) (INKOOP)`);
    expect(await say('marloes-visser', '/gremium voorstellen INKOOP', inChannel)).not.toContain('Prijsopbouw');
    const outsider = await say('sanne-bakker', '/gremium voorstellen INKOOP');
    expect(outsider).toContain('Voorstel #1 (INKOOP): voorlopig voorstel');
    expect(outsider).not.toContain('Prijsopbouw');
    expect(await say('sanne-bakker', `/gremium voorstel status ${SECRET}`)).toContain(`Ik ken geen voorstel "${SECRET}"`);
  });

  it('its title may not stand in a poll question (the card goes to the channel)', async () => {
    await database.db.proposal.updateMany({ where: { number: 1, committeeId: INKOOP }, data: { stage: 'WORKED_OUT' } });
    const out = await say('marloes-visser', `/gremium peiling openen INKOOP vraag="Akkoord met ${SECRET}?" sluit=20-12-2026`);
    expect(out).toContain('Voorstel #1 is vertrouwelijk; de titel komt niet in de vraag');
    expect(await database.db.poll.count()).toBe(0);
    expect(await say('marloes-visser', '/gremium peiling openen INKOOP vraag="Akkoord met voorstel 1?" sluit=20-12-2026 voorstel=#1')).not.toContain('niets gewijzigd');
    expect(await database.db.poll.count()).toBe(1);
  });
});
