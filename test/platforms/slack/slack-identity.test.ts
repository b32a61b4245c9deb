/**
 * Who a Slack user is, through the real Bolt app on loopback (issue 13, point 2). A person is linked
 * only by the e-mail address Slack itself reports for a member of the installing workspace; guests
 * and Slack Connect users are refused unless configured; `/gremium koppel` links someone else's
 * account only for an administrator, never moves an account silently, and the audit names the
 * account and the person who acted.
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

const ADMIN = { user: 'U0ADMIN', email: 'beheer@gremium.example' };
const SANNE = { user: 'U0SANNE', email: 'sanne.bakker@regio.example' };
const JAN = { user: 'U0JAN', email: 'jan.devries@jeugdzorgnoord.example' };
const KARIN = { user: 'U0KARIN', email: 'karin.smit@opgroeienmaasland.example' };

const directory = () => {
  h.fake.users.clear();
  for (const u of [ADMIN, SANNE, JAN, KARIN]) h.fake.users.set(u.user, { email: u.email, locale: 'nl-NL' });
};

beforeAll(async () => {
  database = await openTestDatabase();
  h = await startHarness(deps());
});
beforeEach(async () => {
  await database.resetToDemo(deps());
  directory();
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

const command = (user: string, text: string) => slashCommand({ user, text, responseUrl: h.fake.responseUrl(`${user}-${Math.random()}`) });
const seen = (calls: { args: Record<string, unknown> }[]) => calls.map((c) => visibleText(c.args)).join('\n');
const owner = async (externalId: string) =>
  (await database.db.platformIdentity.findUnique({ where: { platform_externalId: { platform: 'slack', externalId } }, include: { person: true } }))?.person.name ?? null;
const writes = async () => ({
  identities: await database.db.platformIdentity.findMany({ orderBy: { externalId: 'asc' }, select: { externalId: true, personId: true } }),
  audit: await database.db.auditEntry.count(),
  polls: await database.db.poll.count(),
});
const personId = async (name: string) => (await database.db.person.findFirstOrThrow({ where: { name } })).id;
/** Links an account as the e-mail match would, by the person's own first turn. */
const arrive = async (user: string) => h.turn(command(user, 'help'));

describe('/gremium koppel: a secretary does not become anyone', () => {
  it('refuses a secretary who moves her own account to a member of her committee; she stays herself', async () => {
    await arrive(SANNE.user);
    expect(await owner(SANNE.user)).toBe('Sanne Bakker');
    const before = await writes();
    const { calls } = await h.turn(command(SANNE.user, `koppel Jan de Vries <@${SANNE.user}|sanne>`));
    expect(seen(calls)).toMatch(/Alleen een beheerder/);
    expect(await writes()).toEqual(before);
    expect(await owner(SANNE.user)).toBe('Sanne Bakker');
  });

  it("refuses a secretary who links another account to a member of her committee", async () => {
    await arrive(SANNE.user);
    const before = await writes();
    const { calls } = await h.turn(command(SANNE.user, 'koppel Jan de Vries <@U0SOCK>'));
    expect(seen(calls)).toMatch(/Alleen een beheerder/);
    expect(await writes()).toEqual(before);
  });

  it('refuses a member who links a second account to herself: only the e-mail Slack verified links her own', async () => {
    await arrive(JAN.user);
    const before = await writes();
    const { calls } = await h.turn(command(JAN.user, 'link Jan de Vries <@U0SECOND>'));
    expect(seen(calls)).toMatch(/e-mail address Slack/);
    expect(await writes()).toEqual(before);
  });

  it('lets an administrator link an account; the audit names the account and the administrator, and the person is told', async () => {
    await arrive(ADMIN.user);
    const since = h.fake.calls.length;
    const { calls } = await h.turn(command(ADMIN.user, 'koppel Jan de Vries <@U0JANWORK>'));
    expect(seen(calls)).toMatch(/gekoppeld aan Jan de Vries/);
    expect(await owner('U0JANWORK')).toBe('Jan de Vries');
    const entry = await database.db.auditEntry.findFirstOrThrow({ where: { action: 'identity.link', subjectId: 'slack:U0JANWORK' } });
    expect(entry.actorId).toBe(await personId('Beheerder Gremium'));
    expect(entry).toMatchObject({ subjectType: 'PlatformIdentity', subjectId: 'slack:U0JANWORK' });
    expect(entry.actorLabel).toContain('slack:U0ADMIN');
    const dm = h.fake.of('chat.postMessage', since).find((c) => c.args.channel === 'DU0JANWORK' || c.args.channel === 'U0JANWORK');
    expect(dm && visibleText(dm.args)).toMatch(/Beheerder Gremium/);
  });

  it('moves an account linked to someone else only for an administrator, telling both people', async () => {
    await arrive(ADMIN.user);
    await arrive(KARIN.user);
    await h.turn(command(ADMIN.user, 'koppel Karin Smit <@U0SHARED>'));
    expect(await owner('U0SHARED')).toBe('Karin Smit');
    const since = h.fake.calls.length;
    const { calls } = await h.turn(command(ADMIN.user, 'koppel Jan de Vries <@U0SHARED>'));
    expect(seen(calls)).toMatch(/Karin Smit/);
    expect(await owner('U0SHARED')).toBe('Jan de Vries');
    const dms = h.fake.of('chat.postMessage', since);
    const toKarin = dms.find((c) => String(c.args.channel).includes(KARIN.user));
    const toJan = dms.find((c) => String(c.args.channel).includes('U0SHARED'));
    expect(toKarin && visibleText(toKarin.args)).toMatch(/niet meer aan u gekoppeld/);
    expect(toJan && visibleText(toJan.args)).toMatch(/gekoppeld/);
    const entry = await database.db.auditEntry.findFirstOrThrow({ where: { action: 'identity.link', subjectId: 'slack:U0SHARED' }, orderBy: { id: 'desc' } });
    expect(entry.before).toMatchObject({ personId: await personId('Karin Smit') });
    expect(entry.after).toMatchObject({ personId: await personId('Jan de Vries') });
  });

  it('refuses an administrator who would hand away the account she is typing from', async () => {
    await arrive(ADMIN.user);
    const before = await writes();
    const { calls } = await h.turn(command(ADMIN.user, `koppel Jan de Vries <@${ADMIN.user}>`));
    expect(seen(calls)).toMatch(/waarmee u nu typt/);
    expect(await writes()).toEqual(before);
  });

  it('audits the e-mail link as the person themselves, naming the account', async () => {
    await arrive(JAN.user);
    const entry = await database.db.auditEntry.findFirstOrThrow({ where: { action: 'identity.link', subjectId: 'slack:U0JAN' } });
    expect(entry.actorId).toBe(await personId('Jan de Vries'));
    expect(JSON.stringify({ ...entry, id: String(entry.id) }).toLowerCase()).not.toContain(JAN.email);
    expect(entry.actorLabel).toContain('slack:U0JAN');
  });
});

describe('a Slack user is only someone as a member of the installing workspace', () => {
  const openPoll = 'peiling openen SBO vraag="Akkoord?" sluit=2026-12-10';

  it('refuses a user of another team with a secretary\'s address in capitals: nobody linked, no poll', async () => {
    h.fake.users.set('U0OTHER', { email: SANNE.email.toUpperCase(), locale: 'nl-NL', team_id: 'T0OTHER' });
    const before = await writes();
    const { calls } = await h.turn(command('U0OTHER', openPoll));
    expect(seen(calls)).toMatch(/werkruimte/);
    expect(seen(calls)).toMatch(/workspace/);
    expect(await writes()).toEqual(before);
  });

  it('refuses a Slack Connect stranger and a guest, and no longer knows a guest linked earlier', async () => {
    h.fake.users.set('U0STRANGE', { email: SANNE.email, is_stranger: true, team_id: 'T0001' });
    h.fake.users.set('U0GUEST', { email: KARIN.email, is_restricted: true });
    await database.db.platformIdentity.create({ data: { platform: 'slack', externalId: 'U0GUEST', personId: await personId('Karin Smit') } });
    const before = await writes();
    expect(seen((await h.turn(command('U0STRANGE', openPoll))).calls)).toMatch(/werkruimte/);
    expect(seen((await h.turn(command('U0GUEST', 'wie zit er in het SBO?'))).calls)).toMatch(/gast/);
    expect(await writes()).toEqual(before);
  });

  it('refuses an address Slack has not confirmed', async () => {
    h.fake.users.set('U0UNCONFIRMED', { email: JAN.email, locale: 'nl-NL', is_email_confirmed: false });
    const before = await writes();
    expect(seen((await h.turn(command('U0UNCONFIRMED', 'help'))).calls)).toMatch(/Ik weet nog niet wie u bent/);
    expect(await writes()).toEqual(before);
  });

  it('accepts a member of the same Enterprise Grid organisation when the app is installed for it', async () => {
    const grid = await startHarness(deps(), { workspace: { teamId: undefined, enterpriseId: 'E0001' } });
    try {
      grid.fake.users.set('U0GRID', { email: JAN.email, team_id: 'T0SISTER', enterprise_id: 'E0001' });
      grid.fake.users.set('U0OUTSIDER', { email: SANNE.email, team_id: 'T0SISTER', enterprise_id: 'E0OTHER' });
      await grid.turn(command('U0GRID', 'help'));
      expect(await owner('U0GRID')).toBe('Jan de Vries');
      await grid.turn(command('U0OUTSIDER', 'help'));
      expect(await owner('U0OUTSIDER')).toBeNull();
    } finally {
      await grid.close();
    }
  });

  it('admits guests when SLACK_ALLOW_GUESTS is set', async () => {
    const open = await startHarness(deps(), { workspace: { allowGuests: true } });
    try {
      open.fake.users.set('U0GUEST', { email: KARIN.email, is_ultra_restricted: true });
      await open.turn(command('U0GUEST', 'help'));
      expect(await owner('U0GUEST')).toBe('Karin Smit');
    } finally {
      await open.close();
    }
  });

  it('without a configured workspace, trusts the one auth.test names for the bot token, not the request', async () => {
    const learned = await startHarness(deps(), { workspace: null });
    try {
      expect(learned.fake.of('auth.test').length).toBeGreaterThan(0);
      learned.fake.users.set('U0OTHER', { email: SANNE.email, team_id: 'T0OTHER' });
      learned.fake.users.set(JAN.user, { email: JAN.email });
      await learned.turn(command('U0OTHER', 'help'));
      await learned.turn(command(JAN.user, 'help'));
      expect([await owner('U0OTHER'), await owner(JAN.user)]).toEqual([null, 'Jan de Vries']);
    } finally {
      await learned.close();
    }
  });
});
