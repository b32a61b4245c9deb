/**
 * Issue 16, the impasse procedure of seed 004 (Flevoland), appendix 2, as a case with a state and a
 * deadline per step, reminders to who must act (exactly once, through the outbox), and the question
 * "waar staan we met de impasse over X?". Each step quotes the appendix:
 * - stap 1 "Betrokken partijen maken allen een impassedocument op en sturen dat naar elkaar."
 * - stap 2a "... plan dan zo spoedig mogelijk maar uiterlijk binnen 2 weken een gesprek in ..."
 * - stap 2b "... zenden de argumenten binnen 2 weken naar de andere partijen;" and "binnen 2 weken
 *   nadat de argumenten zijn verzonden wordt een afspraak ingepland ..."
 * - stap 4 "Deze persoon dient binnen 3 weken door betrokken partijen aangewezen te worden, om
 *   vervolgens daarna binnen 2 weken een nieuwe vergadering in te plannen."
 * - stap 5 "Als binnen 3 maanden nadat het eerste gesprek is gevoerd met een derde persoon ... vallen we
 *   terug op artikel 15 van de Centrumregeling, geschillenregeling."
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
import { sayAndClick } from '../support/confirm-click.ts';

let database: TestDatabase;
let clock = new Date('2026-12-01T09:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });
const BOSD = demoId.committee('BOSD');
const SUBJECT = 'verdeling jeugdhulpbudget';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  // The members of both parties and the secretary are reachable on Slack.
  for (const [account, person] of [['U-HASAN', 'hasan-yilmaz'], ['U-RIANNE', 'rianne-de-graaf'], ['U-ARNOLD', 'arnold-koster'], ['U-LOTTE', 'lotte-mulder']] as const) {
    await database.db.platformIdentity.create({ data: { platform: 'slack', externalId: account, personId: demoId.person(person) } });
  }
});
afterAll(async () => database?.close());

/** Sends as the person; a sentence's confirmation is clicked (test/support/confirm-click.ts). */
async function say(person: string, text: string): Promise<string> {
  const send = (line: string) => handle(deps(), { sender: { personId: demoId.person(person) }, text: line });
  return renderReplies(await sayAndClick(send, () => database.db.auditEntry.count(), text));
}
const theCase = () => database.db.impasseCase.findFirstOrThrow({ where: { subject: SUBJECT } });

describe('the impasse procedure (004 appendix 2)', () => {
  it('a party starts it in a sentence; step 1 asks each party for its impasse document; the members are reminded once', async () => {
    const out = await say('hasan-yilmaz', 'We starten een impasse in de BOSD over verdeling jeugdhulpbudget tussen Almere en Lelystad');
    expect(out).toContain('Impasse "verdeling jeugdhulpbudget" in het BOSD gestart met 2 partijen. Nu stap 1: elke partij maakt een impassedocument en stuurt het naar de anderen (004 bijlage 2).');
    expect(await theCase()).toMatchObject({ step: 'STEP1_DOCUMENTS', stepDue: null });
    expect(await database.db.auditEntry.count({ where: { action: 'impasse.start' } })).toBe(1);
    await createDueReminders(deps(), clock);
    await createDueReminders(deps(), new Date('2026-12-01T10:00:00Z'));
    const rows = await database.db.outboxMessage.findMany({ where: { key: { startsWith: 'impasse:' } } });
    // Both Almere and both Lelystad members, once each.
    expect(rows.map((r) => r.channel).sort()).toEqual(['U-ARNOLD', 'U-HASAN', 'U-RIANNE']);
    expect(JSON.stringify(rows[0]!.payload)).toContain('Betrokken partijen maken allen een impassedocument op en sturen dat naar elkaar.');
  });

  it('step 1: the bot records who delivered; "waar staan we met de impasse over X?" says who has not', async () => {
    expect(await say('hasan-yilmaz', '/gremium impasse document BOSD verdeling jeugdhulpbudget')).toContain('Gemeente Almere heeft het impassedocument ingeleverd (impasse "verdeling jeugdhulpbudget"). Nog niet: Gemeente Lelystad.');
    const status = await say('lotte-mulder', 'waar staan we met de impasse over verdeling jeugdhulpbudget?');
    expect(status).toContain('Impassedocument ingeleverd: Gemeente Almere; nog niet: Gemeente Lelystad');
    expect(status).toContain('(004 bijlage 2, stap 1)');
    // A member does not deliver for another party.
    expect(await say('hasan-yilmaz', '/gremium impasse document BOSD verdeling jeugdhulpbudget namens="Gemeente Lelystad"')).toContain('Er is niets gewijzigd.');
    expect(await say('arnold-koster', 'our impasse document about verdeling jeugdhulpbudget has been sent')).toContain('Every party has delivered. Now step 2: the parties compare the impasse documents.');
    expect((await theCase()).step).toBe('STEP2_COMPARE');
  });

  it('step 2a: the documents differ: a talk within 2 weeks, a deadline in the deadlines answer and the ICS feed', async () => {
    expect(await say('hasan-yilmaz', '/gremium impasse stap BOSD verschillend verdeling jeugdhulpbudget')).toContain('Alleen de secretaris of voorzitter van het BOSD');
    const out = await say('lotte-mulder', '/gremium impasse stap BOSD verschillend verdeling jeugdhulpbudget');
    expect(out).toContain('nu stap 2a: een gesprek over de verschillende impassedocumenten, uiterlijk 15 december 2026.');
    expect(out).toContain('"Indien het impasse-document niet overeenkomt, plan dan zo spoedig mogelijk maar uiterlijk binnen 2 weken een gesprek in om het daarover te hebben;" (004 bijlage 2, stap 2a)');
    expect(await say('lotte-mulder', 'welke deadlines lopen volgende week?')).not.toContain('impasse');
    clock = new Date('2026-12-14T09:00:00Z');
    expect(await say('lotte-mulder', 'welke deadlines lopen deze week?')).toContain('15 december 2026: impasse over "verdeling jeugdhulpbudget" BOSD, stap 2a: een gesprek over de verschillende impassedocumenten - open (nog 1 dag)');
    const ics = (await committeeCalendar(deps(), BOSD)).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:Impasse over "verdeling jeugdhulpbudget" BOSD: stap 2a: een gesprek over de verschillende impassedocumenten');
    // It is the parties' step: not on the secretary's own list of chores.
    expect(await say('lotte-mulder', 'wat staat er voor mij open?')).not.toContain('impasse');
  });

  it('the 2a step is reminded to the parties on its reminder day, once; late, the secretary hears once', async () => {
    clock = new Date('2026-12-11T08:00:00Z');
    await createDueReminders(deps(), clock);
    await createDueReminders(deps(), new Date('2026-12-11T09:00:00Z'));
    const step2a = (await database.db.outboxMessage.findMany({ where: { key: { contains: ':STEP2A_TALK:' } } })).map((r) => r.key);
    expect(step2a.filter((k) => k.includes(':2026-12-11:'))).toHaveLength(3);
    await createDueReminders(deps(), new Date('2026-12-16T08:00:00Z'));
    await createDueReminders(deps(), new Date('2026-12-17T08:00:00Z'));
    const late = await database.db.outboxMessage.findMany({ where: { key: { contains: ':STEP2A_TALK:overdue' } } });
    expect(late.map((r) => r.channel)).toEqual(['U-LOTTE']);
    expect(JSON.stringify(late[0]!.payload)).toContain('De termijn van stap 2a');
  });

  it('2a -> 4 -> 5 -> article 15: a mediator within 3 weeks, a meeting within 2, then 3 months from the first mediated talk', async () => {
    clock = new Date('2026-12-17T09:00:00Z');
    expect(await say('lotte-mulder', '/gremium impasse stap BOSD geen-overeenstemming verdeling jeugdhulpbudget')).toContain('nu stap 4: de partijen wijzen een derde persoon (bemiddelaar) aan, uiterlijk 7 januari 2027.');
    expect(await say('lotte-mulder', '/gremium impasse stap BOSD gelijk verdeling jeugdhulpbudget')).toContain('Dat past niet bij stap 4');
    expect(await say('lotte-mulder', '/gremium impasse stap BOSD bemiddelaar verdeling jeugdhulpbudget')).toContain('Noem de bemiddelaar');
    expect(await say('lotte-mulder', '/gremium impasse stap BOSD bemiddelaar verdeling jeugdhulpbudget bemiddelaar="Mr. A. de Wit"')).toContain('nu stap 4: een vergadering met de bemiddelaar inplannen, uiterlijk 31 december 2026.');
    const talk = await say('lotte-mulder', '/gremium impasse step BOSD talk-held verdeling jeugdhulpbudget date=2026-12-22');
    expect(talk).toContain('now step 5: mediation; without agreement the dispute clause (article 15) applies, by 22 March 2027.');
    expect(await theCase()).toMatchObject({ step: 'STEP5_MEDIATION', mediator: 'Mr. A. de Wit' });
    const status = await say('lotte-mulder', 'where are we with the impasse about verdeling jeugdhulpbudget?');
    expect(status).toContain('Mediator: Mr. A. de Wit');
    expect(await say('lotte-mulder', '/gremium impasse stap BOSD geen-overeenstemming verdeling jeugdhulpbudget')).toContain('nu geschillenregeling (artikel 15 van de Centrumregeling)');
    const closed = await theCase();
    expect(closed.closedAt).not.toBeNull();
    // Every step's deadline was closed on the way: none stays open.
    expect(await database.db.duty.count({ where: { kind: { startsWith: 'IMPASSE_' }, doneAt: null } })).toBe(0);
    // Step 1 -> 2 by the deliveries, then the five steps recorded.
    expect(await database.db.auditEntry.count({ where: { action: 'impasse.step' } })).toBe(6);
  });
});
