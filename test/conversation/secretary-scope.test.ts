/**
 * Issue 13, point 3, through the console chat (handle() + the console renderer) on the demo data:
 * a secretary changes seats and mandates of her own committee only, adds no back-dated seat that
 * gives rights today, no voting seat for herself, and a poll's electorate is fixed when it opens.
 * Each finding of the issue is reproduced as it was reported; every refusal changes nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import type { CardReply, Reply } from '../../src/conversation/reply.ts';
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
beforeEach(async () => {
  await database.resetToDemo(deps());
  for (const p of await database.db.person.findMany({ select: { id: true, name: true } })) people[p.name] = p.id;
});
afterAll(async () => database?.close());

async function say(as: string, text: string, language?: 'nl' | 'en'): Promise<{ replies: Reply[]; out: string }> {
  const replies = await handle(deps(), { sender: { personId: people[as]! }, text, ...(language ? { language } : {}) });
  return { replies, out: renderReplies(replies) };
}
const cards = (replies: Reply[]) => replies.filter((r): r is CardReply => r.kind === 'card');
/** Every row a refused command must leave as it was. */
const state = async () => ({
  seats: await database.db.seat.findMany({ orderBy: { id: 'asc' } }),
  mandates: await database.db.mandate.findMany({ orderBy: { id: 'asc' } }),
  stances: await database.db.stance.count(),
  audit: await database.db.auditEntry.count(),
});
const janMandate = async () =>
  database.db.mandate.findFirstOrThrow({ where: { person: { name: 'Jan de Vries' }, organisation: { name: 'Combinatie Noord' } } });

describe('"A BOSD secretary gave the administrator a one-day seat in 2020"', () => {
  it('refuses the one-day seat in 2020 and names who may record history, changing nothing', async () => {
    const before = await state();
    const { replies, out } = await say('Lotte Mulder', '/gremium zetel toevoegen BOSD "Beheerder Gremium" rol=adviseur namens="Regionaal Programma Sociaal Domein Flevoland" van=1-1-2020 tot=1-1-2020');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'BACKDATED_SEAT' });
    expect(out).toMatch(/1 januari 2020/);
    expect(out).toMatch(/beheerder/);
    expect(await state()).toEqual(before);
  });

  it('refuses a seat from 2020 that would make someone secretary today, in English too', async () => {
    const before = await state();
    const { replies, out } = await say('Lotte Mulder', '/gremium seat add BOSD "Karin Smit" role=secretary for="Regionaal Programma Sociaal Domein Flevoland" from=2020-01-01');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'BACKDATED_SEAT' });
    expect(out).toMatch(/administrator/);
    expect(await state()).toEqual(before);
  });

  it('still lets her record a seat that started a few days ago (the grace for recording after the fact)', async () => {
    const { out } = await say('Lotte Mulder', '/gremium zetel toevoegen BOSD "Karin Smit" rol=adviseur namens="Regionaal Programma Sociaal Domein Flevoland" van=20-11-2026');
    expect(out).toMatch(/Karin Smit is adviseur van het BOSD/);
  });
});

describe('"A secretary manages any organisation\'s mandates once that organisation holds any seat, even a back-dated one, in her committee"', () => {
  it('refuses the back-dated seat for Combinatie Noord in the BOSD that opened the door', async () => {
    const before = await state();
    const { replies } = await say('Lotte Mulder', '/gremium zetel toevoegen BOSD "Karin Smit" rol=adviseur namens="Combinatie Noord" van=1-1-2020 tot=1-1-2020');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'BACKDATED_SEAT' });
    expect(await state()).toEqual(before);
  });

  it('refuses the BOSD secretary who revokes a director\'s mandate even when Combinatie Noord once sat in the BOSD', async () => {
    // The old seat is history, as an import would have put it there.
    const bosd = await database.db.committee.findUniqueOrThrow({ where: { code: 'BOSD' } });
    const noord = await database.db.organisation.findUniqueOrThrow({ where: { name: 'Combinatie Noord' } });
    await database.db.seat.create({ data: { committeeId: bosd.id, personId: people['Karin Smit']!, onBehalfOfId: noord.id, role: 'ADVISER', startsOn: new Date('2020-01-01'), endsOn: new Date('2020-01-01') } });
    const before = await state();
    const { replies, out } = await say('Lotte Mulder', '/gremium mandaat intrekken "Jan de Vries" namens="Combinatie Noord"');
    expect(replies[0]).toMatchObject({ kind: 'error' });
    expect(out).toMatch(/beheerder/);
    expect(await state()).toEqual(before);
    expect((await janMandate()).revokedAt).toBeNull();
  });

  it('refuses even the SBO secretary an organisation-wide mandate: an administrator revokes it', async () => {
    const before = await state();
    const { replies, out } = await say('Sanne Bakker', '/gremium mandaat intrekken "Jan de Vries" namens="Combinatie Noord"');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'ORGANISATION_WIDE_MANDATE' });
    expect(out).toMatch(/alle gremia/);
    expect(out).toMatch(/beheerder/);
    expect(await state()).toEqual(before);
    const admin = await say('Beheerder Gremium', '/gremium mandaat intrekken "Jan de Vries" namens="Combinatie Noord"');
    expect(admin.out).toMatch(/ingetrokken/);
  });

  it('lets the SBO secretary record and revoke a mandate scoped to the SBO', async () => {
    const recorded = await say('Sanne Bakker', '/gremium mandaat vastleggen "Karin Smit" namens="Combinatie Noord" van=1-1-2027 reikwijdte=SBO');
    expect(recorded.out).toMatch(/Mandaat vastgelegd: Karin Smit mag Combinatie Noord vertegenwoordigen vanaf 1 januari 2027 \(SBO\)/);
    const revoked = await say('Sanne Bakker', '/gremium mandaat intrekken "Karin Smit" namens="Combinatie Noord"');
    expect(revoked.out).toMatch(/ingetrokken/);
  });

  it('refuses the SBO secretary a mandate for another committee, or for all committees', async () => {
    const before = await state();
    const other = await say('Sanne Bakker', '/gremium mandaat vastleggen "Karin Smit" namens="Combinatie Noord" van=1-1-2027 reikwijdte=BOSD');
    expect(other.replies[0]).toMatchObject({ kind: 'error', code: 'NOT_MANDATE_MANAGER' });
    expect(other.out).toMatch(/BOSD/);
    const wide = await say('Sanne Bakker', '/gremium mandaat vastleggen "Karin Smit" namens="Combinatie Noord" van=1-1-2027 reikwijdte=bestuurlijk');
    expect(wide.replies[0]).toMatchObject({ kind: 'error', code: 'ORGANISATION_WIDE_MANDATE' });
    expect(await state()).toEqual(before);
  });
});

describe('"A secretary can give herself a voting seat during a running poll (the electorate went from 12 to 13 and her vote counted)"', () => {
  // The AAO votes per seat and has no composition limits, so only the new rules stand between its
  // secretary, Ilse Franssen, and a vote.
  async function openAaoPoll(question: string) {
    const opened = await say('Ilse Franssen', `/gremium peiling openen AAO vraag="${question}" sluit=10-12-2026`);
    const card = cards(opened.replies)[0]!;
    return { pollId: (card.key as { pollId: string }).pollId, card };
  }

  it('refuses her the voting seat; her vote is refused; the poll still counts 6 seats', async () => {
    const { pollId, card } = await openAaoPoll('Akkoord met de regiovisie?');
    expect(card.lines![0]).toMatch(/^0 van 6 zetels gestemd/);
    const before = await state();
    const seat = await say('Ilse Franssen', '/gremium zetel toevoegen AAO "Ilse Franssen" rol=lid namens="MGR Sociaal Domein Limburg-Noord" van=25-11-2026');
    expect(seat.replies[0]).toMatchObject({ kind: 'error', code: 'SELF_VOTING_SEAT' });
    expect(seat.out).toMatch(/beheerder/);
    expect(await state()).toEqual(before);
    const vote = await say('Ilse Franssen', `/gremium stem ${pollId} voor`);
    expect(vote.replies[0]).toMatchObject({ kind: 'error' });
    expect(await database.db.stance.count({ where: { pollId } })).toBe(0);
    const shown = cards((await say('Ilse Franssen', `/gremium peiling ${pollId}`)).replies)[0]!;
    expect(shown.lines![0]).toMatch(/^0 van 6 zetels gestemd/);
  });

  it('fixes the electorate when the poll opens: a seat an administrator adds afterwards neither votes nor changes "of 6"', async () => {
    const { pollId } = await openAaoPoll('Akkoord met het uitvoeringsplan?');
    const added = await say('Beheerder Gremium', '/gremium zetel toevoegen AAO "Erik Bos" rol=lid namens="Regionaal Programma Sociaal Domein Flevoland" van=25-11-2026');
    expect(added.out).toMatch(/Erik Bos is lid van het AAO/);
    const before = await state();
    const vote = await say('Erik Bos', `/gremium stem ${pollId} voor`);
    expect(vote.replies[0]).toMatchObject({ kind: 'error', code: 'NOT_IN_ELECTORATE' });
    expect(vote.out).toMatch(/geopend/);
    expect(await state()).toEqual(before);
    const member = await say('Bas Thijssen', `/gremium stem ${pollId} voor`);
    expect(member.replies[0]).toMatchObject({ kind: 'text', private: true });
    const shown = cards((await say('Ilse Franssen', `/gremium peiling ${pollId}`)).replies)[0]!;
    expect(shown.lines![0]).toMatch(/^1 van 6 zetels gestemd/);
    expect(shown.lines!.join('\n')).not.toMatch(/Erik Bos/);
  });
});
