/**
 * The decisions facet through handle(), on the demo data, as the console, Slack and Teams send it:
 * poll cards with buttons, votes, closing, notice with a substitute, absentees and decision lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import type { CardReply, Reply } from '../../src/conversation/reply.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });
const people: Record<string, string> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  for (const p of await database.db.person.findMany({ select: { id: true, name: true } })) people[p.name] = p.id;
});
afterAll(async () => database?.close());

async function say(as: string, text: string, language?: 'nl' | 'en'): Promise<{ replies: Reply[]; out: string }> {
  const replies = await handle(deps(), { sender: { personId: people[as]! }, text, ...(language ? { language } : {}) });
  return { replies, out: renderReplies(replies) };
}
const cards = (replies: Reply[]) => replies.filter((r): r is CardReply => r.kind === 'card');
const audits = () => database.db.auditEntry.count();

describe('a poll in the ORO, in Dutch', () => {
  let pollId = '';
  it('opens a poll card with one button per option, for the asker and the committee channel', async () => {
    const { replies } = await say('Sanne Bakker', '/gremium peiling openen ORO vraag="Akkoord met het werkplan 2027?" sluit=8-12-2026 vergadering=9-12-2026');
    const [mine, channel] = cards(replies);
    expect(mine!.key).toMatchObject({ kind: 'poll', pollId: expect.any(String) });
    pollId = (mine!.key as { pollId: string }).pollId;
    expect(mine!.refresh).toBe(`/gremium peiling ${pollId}`);
    expect(mine!.fields).toEqual(expect.arrayContaining([{ label: 'Vraag', value: 'Akkoord met het werkplan 2027?' }, { label: 'Sluit', value: '8 december 2026 23:59' }]));
    expect(mine!.actions!.map((a) => a.command)).toEqual([`/gremium stem ${pollId} voor`, `/gremium stem ${pollId} tegen`, `/gremium stem ${pollId} onthouding`]);
    const oro = await database.db.committee.findUniqueOrThrow({ where: { code: 'ORO' } });
    expect(channel).toMatchObject({ key: { kind: 'poll', pollId }, to: { committeeId: oro.id } });
  });

  it('takes a vote from a button as a private acknowledgement plus the refreshed card', async () => {
    const button = cards((await say('Sanne Bakker', `/gremium peiling ${pollId}`)).replies)[0]!.actions![0]!;
    const { replies } = await say('Piet Jansen', button.command);
    expect(replies[0]).toMatchObject({ kind: 'text', private: true });
    expect(replies[0]!.kind === 'text' && replies[0]!.text).toMatch(/Uw stem "voor" voor Combinatie Noord is vastgelegd/);
    const card = cards(replies)[0]!;
    expect(card.key).toEqual({ kind: 'poll', pollId });
    // The ORO votes per party (001 ORO "op basis van gelijkwaardigheid"): the card counts parties.
    expect(card.lines).toContain('Combinatie Noord: voor (Piet Jansen)');
    // The voter's own view of the card starts with their own vote (issue 18: personal parts).
    expect(card.lines![0]).toBe('Uw stem: voor');
    expect(card.lines![1]).toMatch(/^1 van 10 partijen gestemd/);
  });

  it('refuses the secretary a vote, in Dutch, changing nothing', async () => {
    const before = await audits();
    const { replies } = await say('Sanne Bakker', `/gremium stem ${pollId} voor`);
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'NOT_A_MEMBER', private: true });
    expect(await audits()).toBe(before);
  });

  it('closes with the outcome for the asker and the channel, numbered on the decision list', async () => {
    const { replies, out } = await say('Sanne Bakker', `/gremium peiling sluiten ${pollId}`);
    expect(out).toContain('Peiling gesloten: "Akkoord met het werkplan 2027?" — aangenomen (1 voor, 0 tegen, 0 onthouding; 1 van 10 partijen gestemd, elke partij telt één keer). Vastgelegd als besluit 1 op de besluitenlijst van 9 december 2026.');
    expect(replies.some((r) => r.kind === 'text' && r.to && 'committeeId' in r.to)).toBe(true);
    expect(cards(replies).every((c) => !c.actions)).toBe(true);
    const list = await say('Jan de Vries', 'besluitenlijst ORO 9 december 2026');
    expect(list.out).toContain('Besluit 1: Akkoord met het werkplan 2027? — aangenomen (1 voor, 0 tegen, 0 onthouding, per partij)');
  });

  it('answers a late vote in English with a specific refusal, changing nothing', async () => {
    const before = await audits();
    const { replies } = await say('Piet Jansen', `/gremium vote ${pollId} against`);
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'POLL_CLOSED' });
    expect(replies[0]!.kind === 'error' && replies[0]!.text).toMatch(/This ORO poll is closed; your vote was not counted/);
    expect(await audits()).toBe(before);
  });
});

describe('rules and languages', () => {
  it('refuses a poll in the KBO, quoting its rule', async () => {
    const { replies } = await say('Femke Hendriks', '/gremium poll open KBO question="Budget?" closes=1-12-2026');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'POLL_NOT_ALLOWED' });
    expect(replies[0]!.kind === 'error' && replies[0]!.text).toContain('dat er geen besluitvorming plaatsvindt in het Klein Bestuurlijk Overleg');
  });

  it('gives English buttons for an English command, and hides choices under a secret ballot', async () => {
    await database.db.committee.update({ where: { code: 'AAO' }, data: { secretBallot: true } });
    const secretary = await database.db.seat.findFirstOrThrow({ where: { committee: { code: 'AAO' }, role: 'SECRETARY' }, include: { person: true } });
    const opened = cards((await say(secretary.person.name, '/gremium poll open AAO question="Data sharing?" closes=1-12-2026', 'en')).replies)[0]!;
    const id = (opened.key as { pollId: string }).pollId;
    expect(opened.actions!.map((a) => a.command)).toEqual([`/gremium vote ${id} for`, `/gremium vote ${id} against`, `/gremium vote ${id} abstain`]);
    const member = await database.db.seat.findFirstOrThrow({ where: { committee: { code: 'AAO' }, role: 'MEMBER', endsOn: null }, include: { person: true, onBehalfOf: true } });
    const voted = cards((await say(member.person.name, `/gremium vote ${id} for`, 'en')).replies)[0]!;
    // A secret ballot's card names no seat and counts only how many voted.
    expect(voted.lines).toEqual([expect.stringMatching(/^1 of \d+ seats voted$/)]);
    expect(JSON.stringify(voted)).not.toContain(member.person.name);
  });
});

describe('notice of absence and who represents', () => {
  it('accepts "Ik ben verhinderd ..., Piet Jansen vervangt mij", tells the secretary, and answers who represents', async () => {
    const before = await audits();
    const proposal = await say('Jan de Vries', 'Ik ben verhinderd bij het SBO van 11 maart, Piet Jansen vervangt mij');
    // Issue 15, point 2: a sentence is only proposed, with the exact command as its button.
    const [confirm] = cards(proposal.replies);
    expect(confirm!.lines).toContain('U meldt zich af voor het SBO op 11 maart 2027; Piet Jansen vervangt u.');
    expect(await audits()).toBe(before);
    const { replies } = await say('Jan de Vries', confirm!.actions![0]!.command);
    expect(replies[0]).toMatchObject({ kind: 'text', text: 'U bent afgemeld voor het SBO op 11 maart 2027; Piet Jansen vervangt u namens Combinatie Noord en stemt in uw plaats.' });
    expect(replies[1]).toMatchObject({ to: { personId: people['Sanne Bakker'] } });
    const who = await say('Karin Smit', 'wie vertegenwoordigt Combinatie Noord in het SBO op 11 maart 2027?');
    expect(who.out).toContain('Jan de Vries vervangen door Piet Jansen op 11 maart 2027');
  });

  it('refuses an English notice naming a substitute without mandate, and an unknown person, changing nothing', async () => {
    const before = await audits();
    const proposed = cards((await say('Jan de Vries', "I can't attend the SBO on 10 December; Karin Smit replaces me")).replies)[0]!;
    expect(proposed.actions![0]!.command).toBe('/gremium absent SBO 2026-12-10 substitute="Karin Smit"');
    const refused = await say('Jan de Vries', proposed.actions![0]!.command);
    expect(refused.replies[0]).toMatchObject({ kind: 'error', code: 'SUBSTITUTE_NO_MANDATE' });
    expect(refused.replies[0]!.kind === 'error' && refused.replies[0]!.text).toMatch(/^Karin Smit has no mandate for Combinatie Noord on 10 December 2026 .*; the SBO requires one/);
    const unknown = await say('Jan de Vries', '/gremium verhinderd SBO 10-12-2026 vervanger="Pieter Jansens"');
    expect(unknown.replies[0]).toMatchObject({ kind: 'error', code: 'UNKNOWN_PERSON' });
    const past = await say('Jan de Vries', '/gremium absent SBO 2026-09-10');
    expect(past.replies[0]).toMatchObject({ kind: 'error', code: 'DECLARATION_IN_PAST' });
    expect(await audits()).toBe(before);
  });
});

describe('attendance', () => {
  it('records attendance by command and answers who was absent at the last ORO, in both languages', async () => {
    const rec = await say('Sanne Bakker', '/gremium aanwezigheid ORO 11-11-2026 Piet Jansen afwezig');
    expect(rec.out).toMatch(/Piet Jansen \(Combinatie Noord\) staat als afwezig zonder bericht bij het ORO op 11 november 2026/);
    const nl = await say('Jan de Vries', 'wie was afwezig bij het laatste ORO?');
    expect(nl.out).toContain('Aanwezigheid ORO op 11 november 2026');
    expect(nl.out).toContain('Afwezig: Combinatie Noord (Piet Jansen).');
    const en = await say('Jan de Vries', 'who was absent at the last ORO?');
    expect(en.out).toContain('Absent: Combinatie Noord (Piet Jansen).');
  });
});

describe('a vote on behalf of an organisation (namens=)', () => {
  const open = async (committee: string, question: string) => {
    const opened = cards((await say('Sanne Bakker', `/gremium peiling openen ${committee} vraag="${question}" sluit=1-12-2026`)).replies)[0]!;
    return (opened.key as { pollId: string }).pollId;
  };
  const errorText = (replies: Reply[]) => (replies[0]!.kind === 'error' ? replies[0]!.text : '');

  it("counts the voter's own seat for the organisation, not a colleague's seat for it", async () => {
    // In the ORO both Piet Jansen and Karin Smit sit on behalf of Combinatie Noord.
    const id = await open('ORO', 'Namens wie stemt Karin?');
    for (const [voter, voters] of [['Karin Smit', 'Karin Smit'], ['Piet Jansen', 'Karin Smit en Piet Jansen']] as const) {
      const { replies } = await say(voter, `/gremium stem ${id} voor namens="Combinatie Noord"`);
      expect(replies[0], voter).toMatchObject({ kind: 'text', private: true, text: 'Uw stem "voor" voor Combinatie Noord is vastgelegd.' });
      // Each vote is her or his own seat's; the ORO counts the party once (001 ORO "gelijkwaardigheid").
      expect(cards(replies)[0]!.lines, voter).toContain(`Combinatie Noord: voor (${voters})`);
    }
  });

  it('takes the seat that runs on the poll\'s day when the voter was re-appointed, as the same vote without namens does', async () => {
    const old = await database.db.seat.findFirstOrThrow({ where: { committee: { code: 'SBO' }, personId: people['Jan de Vries'], role: 'MEMBER' } });
    await database.db.seat.update({ where: { id: old.id }, data: { endsOn: new Date('2026-06-30') } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = old;
    await database.db.seat.create({ data: { ...rest, id: 'seat_sbo_jan-de-vries_member_2026-07-01', startsOn: new Date('2026-07-01'), endsOn: null } });
    const id = await open('SBO', 'Akkoord met de inkoopagenda?');
    const named = await say('Jan de Vries', `/gremium stem ${id} akkoord namens="Combinatie Noord"`);
    expect(named.replies[0]).toMatchObject({ kind: 'text', private: true, text: 'Uw stem "akkoord" voor Combinatie Noord is vastgelegd.' });
    expect(cards(named.replies)[0]!.lines).toContain('Combinatie Noord (Jan de Vries): akkoord');
    const plain = await say('Jan de Vries', `/gremium stem ${id} bezwaar`);
    expect(plain.replies[0]).toMatchObject({ kind: 'text', text: expect.stringMatching(/Combinatie Noord .*akkoord.*bezwaar/) });
    expect(await database.db.stance.findMany({ where: { pollId: id }, select: { seatId: true, choice: true } })).toEqual([
      { seatId: 'seat_sbo_jan-de-vries_member_2026-07-01', choice: 'OBJECT' },
    ]);
  });

  it('refuses, in Dutch and English and changing nothing, an organisation the voter has no seat for, or none on the poll\'s day', async () => {
    // Jan de Vries sat in the ORO for Combinatie Noord until the end of 2025; Piet Jansen sits there for it now.
    const oro = await database.db.committee.findUniqueOrThrow({ where: { code: 'ORO' } });
    const noord = await database.db.organisation.findFirstOrThrow({ where: { name: 'Combinatie Noord' } });
    await database.db.seat.create({
      data: { id: 'seat_oro_jan-de-vries_member_2023-01-01', committeeId: oro.id, personId: people['Jan de Vries']!, onBehalfOfId: noord.id, role: 'MEMBER', startsOn: new Date('2023-01-01'), endsOn: new Date('2025-12-31') },
    });
    const other = await database.db.seat.findFirstOrThrow({
      where: { committeeId: oro.id, role: 'MEMBER', endsOn: null, onBehalfOf: { name: { not: 'Combinatie Noord' } } },
      include: { onBehalfOf: true },
    });
    const id = await open('ORO', 'Namens wie mag Jan stemmen?');
    const before = await audits();
    const ended = await say('Jan de Vries', `/gremium stem ${id} voor namens="Combinatie Noord"`);
    expect(ended.replies[0]).toMatchObject({ kind: 'error', code: 'SEAT_NOT_ACTIVE', private: true });
    expect(errorText(ended.replies)).toMatch(/^Uw zetel in het ORO loopt niet op de dag van deze peiling/);
    const jan = await say('Jan de Vries', `/gremium stem ${id} voor namens="${other.onBehalfOf.name}"`);
    expect(jan.replies[0]).toMatchObject({ kind: 'error', code: 'NO_VOTING_SEAT', private: true });
    expect(errorText(jan.replies)).toMatch(new RegExp(`^U heeft geen stem namens ${other.onBehalfOf.name} in het ORO: `));
    const piet = await say('Piet Jansen', `/gremium vote ${id} for for="${other.onBehalfOf.name}"`, 'en');
    expect(piet.replies[0]).toMatchObject({ kind: 'error', code: 'NO_VOTING_SEAT' });
    expect(errorText(piet.replies)).toMatch(new RegExp(`^You have no vote on behalf of ${other.onBehalfOf.name} in the ORO: `));
    expect(await database.db.stance.count({ where: { pollId: id } })).toBe(0);
    expect(await audits()).toBe(before);
  });
});
