/**
 * Issue 13, point 3, through the real Bolt app on loopback against the fake Slack: the findings of
 * the issue typed as slash commands by the secretaries who found them. Each refusal is shown to the
 * secretary in her language, names who may do it instead, and writes nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServiceDeps } from '../../../src/services/deps.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { visibleText } from './fake-slack.ts';
import { slashCommand } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';

let database: TestDatabase;
let h: Harness;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });

const USERS = {
  admin: { user: 'U0ADMIN', email: 'beheer@gremium.example' },
  lotte: { user: 'U0LOTTE', email: 'lotte.mulder@sociaaldomeinflevoland.example' },
  ilse: { user: 'U0ILSE', email: 'ilse.franssen@mgr-limburgnoord.example' },
  bas: { user: 'U0BAS', email: 'bas.thijssen@venray.example' },
  erik: { user: 'U0ERIK', email: 'erik.bos@sociaaldomeinflevoland.example' },
};

beforeAll(async () => {
  database = await openTestDatabase();
  h = await startHarness(deps());
});
beforeEach(async () => {
  await database.resetToDemo(deps());
  h.fake.users.clear();
  for (const u of Object.values(USERS)) h.fake.users.set(u.user, { email: u.email, locale: 'nl-NL' });
  // Each person's first turn links the account by the e-mail Slack confirmed (an audited write).
  for (const u of Object.values(USERS)) await h.turn(command(u.user, 'help'));
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

const command = (user: string, text: string) => slashCommand({ user, text, responseUrl: h.fake.responseUrl(`${user}-${Math.random()}`) });
const say = async (user: string, text: string) => (await h.turn(command(user, text))).calls.map((c) => visibleText(c.args)).join('\n');
const writes = async () => ({
  seats: await database.db.seat.findMany({ orderBy: { id: 'asc' } }),
  mandates: await database.db.mandate.findMany({ orderBy: { id: 'asc' } }),
  stances: await database.db.stance.count(),
  audit: await database.db.auditEntry.count(),
});

describe('a secretary keeps to her own committee, in Slack', () => {
  it("refuses the BOSD secretary's back-dated seat for Combinatie Noord and her revoking of a director's mandate", async () => {
    const before = await writes();
    const seat = await say(USERS.lotte.user, 'zetel toevoegen BOSD "Karin Smit" rol=adviseur namens="Combinatie Noord" van=1-1-2020 tot=1-1-2020');
    expect(seat).toMatch(/1 januari 2020/);
    expect(seat).toMatch(/beheerder/);
    expect(await writes()).toEqual(before);
    // Even with Combinatie Noord's old seat there (history, as an import put it), the mandate is not hers to revoke.
    const bosd = await database.db.committee.findUniqueOrThrow({ where: { code: 'BOSD' } });
    const noord = await database.db.organisation.findUniqueOrThrow({ where: { name: 'Combinatie Noord' } });
    const karin = await database.db.person.findFirstOrThrow({ where: { name: 'Karin Smit' } });
    await database.db.seat.create({ data: { committeeId: bosd.id, personId: karin.id, onBehalfOfId: noord.id, role: 'ADVISER', startsOn: new Date('2020-01-01'), endsOn: new Date('2020-01-01') } });
    const history = await writes();
    const revoke = await say(USERS.lotte.user, 'mandaat intrekken "Jan de Vries" namens="Combinatie Noord"');
    expect(revoke).toMatch(/beheerder/);
    expect(revoke).toMatch(/niets gewijzigd/);
    expect(await writes()).toEqual(history);
  });

  // The AAO votes per seat and has no composition limits: only the new rules stop its secretary.
  it('refuses the AAO secretary a voting seat for herself during a running poll; her vote does not count', async () => {
    await say(USERS.ilse.user, 'peiling openen AAO vraag="Akkoord met de regiovisie?" sluit=10-12-2026');
    const poll = await database.db.poll.findFirstOrThrow({ where: { question: 'Akkoord met de regiovisie?' } });
    const before = await writes();
    const seat = await say(USERS.ilse.user, 'zetel toevoegen AAO "Ilse Franssen" rol=lid namens="MGR Sociaal Domein Limburg-Noord" van=25-11-2026');
    expect(seat).toMatch(/uzelf/);
    expect(seat).toMatch(/beheerder/);
    expect(await writes()).toEqual(before);
    await say(USERS.ilse.user, `stem ${poll.id} voor`);
    expect(await database.db.stance.count({ where: { pollId: poll.id } })).toBe(0);
    expect(await say(USERS.ilse.user, `peiling ${poll.id}`)).toMatch(/0 van 6 zetels gestemd/);
  });

  it('keeps the electorate an AAO poll opened with: a seat added later does not vote', async () => {
    await say(USERS.ilse.user, 'peiling openen AAO vraag="Akkoord met het uitvoeringsplan?" sluit=10-12-2026');
    const poll = await database.db.poll.findFirstOrThrow({ where: { question: 'Akkoord met het uitvoeringsplan?' } });
    expect(await say(USERS.admin.user, 'zetel toevoegen AAO "Erik Bos" rol=lid namens="Regionaal Programma Sociaal Domein Flevoland" van=25-11-2026')).toMatch(/Erik Bos is lid van het AAO/);
    const before = await writes();
    expect(await say(USERS.erik.user, `stem ${poll.id} voor`)).toMatch(/geopend/);
    expect(await writes()).toEqual(before);
    await say(USERS.bas.user, `stem ${poll.id} voor`);
    expect(await say(USERS.ilse.user, `peiling ${poll.id}`)).toMatch(/1 van 6 zetels gestemd/);
  });
});
