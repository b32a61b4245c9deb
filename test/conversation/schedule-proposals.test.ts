/**
 * Issue 5: "14 days of reactions to a provisional proposal (Inkoopnetwerk)". 002 art. 5.6: "Partijen
 * krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren via de website."
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { committeeCalendar } from '../../src/platforms/calendar/ics.ts';
import { createDueReminders } from '../../src/scheduler/create-due-reminders.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
let clock = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });
const INKOOP = demoId.committee('INKOOP');

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  await database.db.committeeChannel.upsert({
    where: { committeeId_platform: { committeeId: INKOOP, platform: 'slack' } },
    create: { committeeId: INKOOP, platform: 'slack', channel: 'C-INKOOP' },
    update: { channel: 'C-INKOOP' },
  });
  // The secretary is reachable on Slack, so an overdue report would reach her if one were made.
  await database.db.platformIdentity.upsert({
    where: { platform_externalId: { platform: 'slack', externalId: 'U-MARLOES' } },
    create: { platform: 'slack', externalId: 'U-MARLOES', personId: demoId.person('marloes-visser') },
    update: {},
  });
});
afterAll(async () => database?.close());

async function say(person: string, text: string): Promise<string> {
  return renderReplies(await handle(deps(), { sender: { personId: demoId.person(person) }, text }));
}
const reactionDuties = () => database.db.duty.findMany({ where: { kind: 'REACTIONS' }, orderBy: { due: 'asc' } });
const counts = async () => ({ duties: await database.db.duty.count(), audits: await database.db.auditEntry.count() });

describe('reaction period of a provisional proposal', () => {
  it('the INKOOP secretary registers one: due 14 days after publication, a Saturday stays a Saturday', async () => {
    clock = new Date('2026-11-25T10:00:00Z');
    // Published Saturday 28 November: day 14 is Saturday 12 December, an AFTER deadline, not moved.
    const out = await say('marloes-visser', '/gremium voorstel INKOOP Inkoop jeugdhulp 2027 gepubliceerd="28 november"');
    expect(out).toContain('Voorlopig voorstel "Inkoop jeugdhulp 2027" van het Inkoopnetwerk Steenwijkerland geregistreerd (gepubliceerd 28 november 2026)');
    expect(out).toContain('Partijen kunnen 14 dagen reageren, tot en met 12 december 2026');
    const [duty] = await reactionDuties();
    expect(duty).toMatchObject({ committeeId: INKOOP, meetingId: null, kind: 'REACTIONS', responsible: 'Inkoop jeugdhulp 2027', doneAt: null });
    expect(duty!.due.toISOString().slice(0, 10)).toBe('2026-12-12');
    expect(await database.db.auditEntry.count({ where: { action: 'proposal.register', subjectId: duty!.id } })).toBe(1);
    // The same command again registers nothing new.
    expect(await say('marloes-visser', '/gremium voorstel INKOOP Inkoop jeugdhulp 2027 gepubliceerd="28 november"')).toContain('is al geregistreerd');
    expect(await reactionDuties()).toHaveLength(1);
  });

  it('published defaults to today; the English verb works', async () => {
    clock = new Date('2026-11-25T10:00:00Z');
    const out = await say('marloes-visser', '/gremium proposal INKOOP Transport tariffs');
    expect(out).toContain('Provisional proposal "Transport tariffs" of the Inkoopnetwerk Steenwijkerland registered (published 25 November 2026)');
    expect(out).toContain('until 9 December 2026 inclusive');
  });

  it('"welke deadlines lopen deze week?" lists the reactions with their last day', async () => {
    clock = new Date('2026-12-07T09:00:00Z');
    const out = await say('marloes-visser', 'welke deadlines lopen deze week?');
    expect(out).toContain('9 december 2026: reacties op voorstel "Transport tariffs" INKOOP - open (nog 2 dagen)');
    expect(out).toContain('12 december 2026: reacties op voorstel "Inkoop jeugdhulp 2027" INKOOP - open (nog 5 dagen)');
    // The committee's calendar feed shows the last day under the proposal's title.
    const ics = (await committeeCalendar(deps(), INKOOP)).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:Laatste dag reacties op voorstel "Inkoop jeugdhulp 2027" INKOOP');
    // It is not a chore of the secretary's: "what is due for me" leaves it out.
    expect(await say('marloes-visser', 'wat staat er voor mij open?')).not.toContain('reacties op voorstel');
  });

  it('createDueReminders posts a reminder on the reminder day (Saturday 5 Dec moves back to Friday 4 Dec), once, and never an overdue report', async () => {
    const id = (await reactionDuties()).find((d) => d.responsible === 'Inkoop jeugdhulp 2027')!.id;
    const keysOf = async () => (await database.db.outboxMessage.findMany({ where: { key: { startsWith: `duty:${id}:` } } })).map((r) => r.key);
    await createDueReminders(deps(), new Date('2026-12-03T08:00:00Z'));
    expect(await keysOf()).toEqual([]);
    await createDueReminders(deps(), new Date('2026-12-04T08:00:00Z'));
    await createDueReminders(deps(), new Date('2026-12-04T09:00:00Z'));
    expect(await keysOf()).toEqual([`duty:${id}:2026-12-04:slack`]);
    const row = await database.db.outboxMessage.findUniqueOrThrow({ where: { key: `duty:${id}:2026-12-04:slack` } });
    expect(row.channel).toBe('C-INKOOP');
    expect(JSON.stringify(row.payload)).toContain('Herinnering INKOOP: reacties op voorstel \\"Inkoop jeugdhulp 2027\\" tot en met 12 december 2026');
    // After the last day the period has closed by itself: no overdue report to the secretary.
    await createDueReminders(deps(), new Date('2026-12-14T08:00:00Z'));
    expect((await keysOf()).filter((k) => k.includes(':overdue:'))).toEqual([]);
  });

  it('the SBO has no reaction period: refused, naming the committees that have one, nothing changed', async () => {
    clock = new Date('2026-11-25T10:00:00Z');
    const before = await counts();
    const out = await say('sanne-bakker', '/gremium voorstel SBO Nieuwe werkwijze');
    expect(out).toContain('Het SBO kent geen reactietermijn op voorlopige voorstellen; die geldt alleen voor FOT, INKOOP.');
    expect(out).toContain('Er is niets gewijzigd.');
    expect(await counts()).toEqual(before);
  });

  it('a member of the INKOOP is refused; a date that is not a date is refused; nothing changed', async () => {
    clock = new Date('2026-11-25T10:00:00Z');
    const before = await counts();
    expect(await say('arjen-dijkstra', '/gremium voorstel INKOOP Eigen idee')).toContain('Alleen de secretaris van het Inkoopnetwerk Steenwijkerland (of een beheerder)');
    expect(await say('marloes-visser', '/gremium voorstel INKOOP Eigen idee gepubliceerd=gisteravond')).toContain('"gisteravond" is geen datum');
    expect(await counts()).toEqual(before);
  });
});
