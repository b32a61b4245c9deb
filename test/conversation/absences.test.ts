/**
 * Issue 17, points 1 and 2, through handle() on the demo region as the console, Slack and Teams send it:
 * notice for a period (with or without a substitute), by the member or by the secretary for the member,
 * withdrawal in part, every meeting of the period answering "who represents" with the substitute, and
 * what each committee's rule asks of the party (001: "Bij verhindering zorgen Gemeente of
 * jeugdhulpcombinaties voor een adequate vervanger"; 000 art. 4: "mits deze collega goed geïnformeerd is").
 * On main each of the first two sentences was refused (tried as a user, issue 17).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });
const people: Record<string, string> = {};

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await database.resetToDemo(deps());
  for (const p of await database.db.person.findMany({ select: { id: true, name: true } })) people[p.name] = p.id;
});

/**
 * A sentence that asks for a change is first proposed with its command (issue 15, point 2): nothing is
 * written until the command runs, which this does as the person's click on the button.
 */
async function say(as: string, text: string): Promise<Reply[]> {
  const before = await database.db.auditEntry.count();
  const replies = await handle(deps(), { sender: { personId: people[as]! }, text });
  const confirm = replies.length === 1 && replies[0]!.kind === 'card' && /^(Zal ik dit vastleggen\?|Shall I record this\?)$/u.test(replies[0]!.title) ? replies[0] : null;
  if (!confirm || confirm.kind !== 'card') return replies;
  expect(await database.db.auditEntry.count()).toBe(before);
  return handle(deps(), { sender: { personId: people[as]! }, text: confirm.actions![0]!.command });
}
const textOf = (r: Reply | undefined) => (r && (r.kind === 'text' || r.kind === 'error') ? r.text : '');
const toWhom = (replies: Reply[]) => replies.map((r) => {
  const to = 'to' in r ? r.to : undefined;
  return to && 'personId' in to ? Object.keys(people).find((n) => people[n] === to.personId) : 'asker';
});

const represents = async (day: string) => renderReplies(await say('Karin Smit', `wie vertegenwoordigt Combinatie Noord in het SBO op ${day}?`));
const oroRepresents = async (day: string) => renderReplies(await say('Jan de Vries', `wie vertegenwoordigt Combinatie Noord in het ORO op ${day}?`));

describe('notice for a period (point 1)', () => {
  it('takes "Ik ben verhinderd bij het SBO van 1 januari tot 1 april 2027, Piet Jansen vervangt mij" for every meeting in it', async () => {
    const replies = await say('Jan de Vries', 'Ik ben verhinderd bij het SBO van 1 januari tot 1 april 2027, Piet Jansen vervangt mij');
    expect(textOf(replies[0])).toBe('U bent afgemeld voor het SBO van 1 januari 2027 tot en met 1 april 2027; Piet Jansen vervangt u namens Combinatie Noord en stemt in uw plaats (vergaderingen: 11 maart 2027).');
    expect(toWhom(replies)).toEqual(['asker', 'Sanne Bakker', 'Piet Jansen']);
    expect(textOf(replies[1])).toContain('Jan de Vries is afgemeld voor het SBO van 1 januari 2027 tot en met 1 april 2027; vervanger: Piet Jansen');
    expect(await represents('11 maart 2027')).toContain('Jan de Vries vervangen door Piet Jansen op 11 maart 2027');
    expect(await database.db.absence.count({ where: { status: 'ACCEPTED' } })).toBe(1);
  });

  it('covers every ORO meeting of a period, and a meeting added to it later', async () => {
    const replies = await say('Karin Smit', '/gremium verhinderd ORO 2027-01-01 tot=2027-03-31 vervanger="Piet Jansen" reden=ouderschapsverlof');
    expect(textOf(replies[0])).toContain('(vergaderingen: 13 januari 2027, 10 februari 2027 en 10 maart 2027)');
    for (const day of ['13 januari 2027', '10 februari 2027', '10 maart 2027']) expect(await oroRepresents(day)).toContain(`Karin Smit vervangen door Piet Jansen op ${day}`);
    expect(await oroRepresents('14 april 2027')).not.toContain('vervangen door');
    const added = await say('Sanne Bakker', '/gremium vergadering toevoegen ORO 2027-02-24');
    expect(added[0]!.kind).toBe('text');
    const declared = await database.db.substitutionDeclaration.findMany({ where: { status: 'ACCEPTED', meeting: { day: new Date('2027-02-24T00:00:00Z') } } });
    expect(declared).toMatchObject([{ substituteId: people['Piet Jansen'], reason: 'ouderschapsverlof' }]);
  });

  it('lets the secretary record a member\'s absence for a period (the member is told), and refuses anyone else', async () => {
    const refused = await say('Piet Jansen', '/gremium verhinderd SBO 2027-03-11 tot=2027-06-30 lid="Jan de Vries"');
    expect(refused[0]).toMatchObject({ kind: 'error', code: 'NOT_COMMITTEE_SECRETARY' });
    const replies = await say('Sanne Bakker', '/gremium verhinderd SBO 2027-03-11 tot=2027-06-30 vervanger="Piet Jansen" lid="Jan de Vries"');
    expect(textOf(replies[0])).toMatch(/^Jan de Vries is afgemeld voor het SBO van 11 maart 2027 tot en met 30 juni 2027; Piet Jansen vervangt Jan de Vries namens Combinatie Noord/);
    expect(toWhom(replies)).toEqual(['asker', 'Jan de Vries', 'Piet Jansen']);
    expect(textOf(replies[1])).toMatch(/^Sanne Bakker heeft u afgemeld voor het SBO van 11 maart 2027 tot en met 30 juni 2027; vervanger: Piet Jansen/);
    expect(await represents('11 maart 2027')).toContain('Jan de Vries vervangen door Piet Jansen op 11 maart 2027');
  });

  it('withdraws one meeting of a period or all of it, by the member or the secretary', async () => {
    await say('Karin Smit', '/gremium verhinderd ORO 2027-01-01 tot=2027-03-31 vervanger="Piet Jansen"');
    const one = await say('Karin Smit', '/gremium verhinderd intrekken ORO 2027-02-10');
    expect(textOf(one[0])).toBe('Uw afmelding voor het ORO op 10 februari 2027 is ingetrokken; u neemt zelf weer deel.');
    expect(await oroRepresents('10 februari 2027')).not.toContain('vervangen door');
    expect(await oroRepresents('10 maart 2027')).toContain('Karin Smit vervangen door Piet Jansen');
    // The period is split around the day: a meeting added on it later stays hers.
    const periods = await database.db.absence.findMany({ where: { status: 'ACCEPTED' }, orderBy: { startsOn: 'asc' } });
    expect(periods.map((a) => [a.startsOn.toISOString().slice(0, 10), a.endsOn.toISOString().slice(0, 10)])).toEqual([['2027-01-01', '2027-02-09'], ['2027-02-11', '2027-03-31']]);
    const rest = await say('Sanne Bakker', '/gremium verhinderd intrekken ORO 2027-01-01 tot=2027-03-31 lid="Karin Smit"');
    expect(textOf(rest[0])).toBe('De afmelding van Karin Smit voor het ORO van 1 januari 2027 tot en met 31 maart 2027 is ingetrokken.');
    expect(toWhom(rest)).toEqual(['asker', 'Karin Smit']);
    expect(await oroRepresents('13 januari 2027')).not.toContain('vervangen door');
    expect(await database.db.absence.count({ where: { status: 'ACCEPTED' } })).toBe(0);
  });

  it('understands a withdrawal in a sentence', async () => {
    await say('Karin Smit', '/gremium verhinderd ORO 2027-01-01 tot=2027-03-31 vervanger="Piet Jansen"');
    const replies = await say('Karin Smit', 'ik trek mijn afmelding voor het ORO van 13 januari 2027 in');
    expect(textOf(replies[0])).toBe('Uw afmelding voor het ORO op 13 januari 2027 is ingetrokken; u neemt zelf weer deel.');
  });

  it('refuses a reversed or too long period and a substitute whose mandate ends halfway, changing nothing', async () => {
    const reversed = await say('Jan de Vries', '/gremium verhinderd SBO 2027-06-30 tot=2027-03-11');
    expect(reversed[0]).toMatchObject({ kind: 'error', code: 'ABSENCE_PERIOD_REVERSED' });
    const long = await say('Jan de Vries', '/gremium verhinderd SBO 2027-01-01 tot=2028-06-30');
    expect(long[0]).toMatchObject({ kind: 'error', code: 'ABSENCE_PERIOD_TOO_LONG' });
    await database.db.mandate.updateMany({ where: { personId: people['Piet Jansen'] }, data: { endsOn: new Date('2027-01-31T00:00:00Z') } });
    const ended = await say('Karin Smit', '/gremium verhinderd SBO 2026-12-01 tot=2027-03-31 vervanger="Piet Jansen" lid="Jan de Vries"');
    expect(ended[0]).toMatchObject({ kind: 'error', code: 'NOT_COMMITTEE_SECRETARY' });
    const mandate = await say('Jan de Vries', '/gremium verhinderd SBO 2026-12-01 tot=2027-03-31 vervanger="Piet Jansen"');
    expect(mandate[0]).toMatchObject({ kind: 'error', code: 'SUBSTITUTE_NO_MANDATE' });
    expect(textOf(mandate[0])).toContain('11 maart 2027');
    expect(await database.db.absence.count()).toBe(0);
    expect(await database.db.substitutionDeclaration.count()).toBe(0);
  });
});

describe('what the committee\'s rule asks of the party (point 2)', () => {
  it('answers notice without a substitute in the SBO with a request for one, quoting 001', async () => {
    const replies = await say('Jan de Vries', '/gremium verhinderd SBO 2027-03-11');
    expect(textOf(replies[0])).toContain('U bent afgemeld voor het SBO op 11 maart 2027.');
    expect(textOf(replies[0])).toContain('Het SBO vraagt een vervanger: "Bij verhindering zorgen Gemeente of jeugdhulpcombinaties voor een adequate vervanger die hem/haar rechtsgeldig kan vertegenwoordigen" (001 SBO, Bezetting, Randvoorwaarden).');
    expect(textOf(replies[0])).toContain('/gremium verhinderd SBO 2027-03-11 vervanger=<naam>');
  });

  it('asks the ORO member for a substitute for a period, and tells the member too when the secretary gave notice', async () => {
    const replies = await say('Sanne Bakker', 'Karin Smit is verhinderd bij het ORO van 1 januari tot en met 31 maart 2027');
    expect(toWhom(replies)).toEqual(['asker', 'Karin Smit']);
    for (const r of replies) expect(textOf(r)).toContain('"zorgen zij voor een adequate vervanger die hem/haar op inhoud kan vervangen in het ORO" (001 ORO, Bezetting)');
    expect(textOf(replies[0])).toContain('/gremium verhinderd ORO 2027-01-01 tot=2027-03-31 lid="Karin Smit" vervanger=<naam>');
  });

  it('asks in English for an English sentence, and asks nothing where the rule does not (BOSD)', async () => {
    const sbo = await say('Jan de Vries', "I can't attend the SBO on 11 March 2027");
    expect(textOf(sbo[0])).toContain('The SBO asks for a substitute (Dutch source: "Bij verhindering zorgen');
    const bosd = await say('Gert van Dam', 'Ik ben verhinderd bij de BOSD van 21 januari 2027');
    expect(textOf(bosd[0])).toBe('U bent afgemeld voor het BOSD op 21 januari 2027.');
  });

  it('tells KBO member and substitute that the colleague must be well informed (000 art. 4)', async () => {
    const replies = await say('Jan de Vries', 'Ik ben verhinderd bij het KBO van 17 december, Piet Jansen vervangt mij');
    expect(toWhom(replies)).toEqual(['asker', 'Femke Hendriks', 'Piet Jansen']);
    expect(textOf(replies[0])).toContain('Zorg dat Piet Jansen goed geïnformeerd is: "Bij afwezigheid van een bestuurder kan hij/zij worden vervangen door een collega uit de eigen organisatie/coalitie/gemeente, mits deze collega goed geïnformeerd is." (000 Spelregels KBO, 4).');
    expect(textOf(replies[2])).toContain('Laat u door Jan de Vries goed informeren voor het KBO');
  });
});
