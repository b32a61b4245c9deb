/**
 * @mentions of people in Slack (issue 18, point 4), through the real Bolt app on loopback: `<@U..>`
 * in a question or a command is the person linked to that Slack account. An account nobody is
 * linked to is said to be so, in Dutch and English, with the command that links it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServiceDeps } from '../../../src/services/deps.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { visibleText } from './fake-slack.ts';
import { directMessage, mention, slashCommand } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';

let database: TestDatabase;
let h: Harness;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });

const USERS = { U0SANNE: 'sanne.bakker@regio.example', U0JAN: 'jan.devries@jeugdzorgnoord.example', U0ADMIN: 'beheer@gremium.example' };

beforeAll(async () => {
  database = await openTestDatabase();
  h = await startHarness(deps());
});
beforeEach(async () => {
  await database.resetToDemo(deps());
  h.fake.users.clear();
  for (const [user, email] of Object.entries(USERS)) h.fake.users.set(user, { email, locale: 'nl-NL' });
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

const seen = (calls: { args: Record<string, unknown> }[]) => calls.map((c) => visibleText(c.args)).join('\n');
const command = (user: string, text: string) => slashCommand({ user, text, responseUrl: h.fake.responseUrl(`${user}-${Math.random()}`) });

describe('Slack: a question about a mentioned person', () => {
  it('"@Gremium waar zit <@U0SANNE> in?" names the committees of the person linked to that account', async () => {
    await h.turn(command('U0SANNE', 'help'));
    const { calls } = await h.turn(mention('U0JAN', 'waar zit <@U0SANNE> in?'));
    const said = seen(calls);
    expect(said).not.toMatch(/ken niemand/);
    expect(said).toContain('Sanne Bakker');
    expect(said).toMatch(/SBO|Stuurgroep|ORO/);
  });

  it('takes the mention first in a direct message, and in English', async () => {
    await h.turn(command('U0SANNE', 'help'));
    const { calls } = await h.turn(directMessage('U0JAN', 'where does <@U0SANNE> sit?'));
    expect(seen(calls)).toContain('Sanne Bakker');
  });

  it('says that a Slack account is linked to nobody, and how it gets linked, in Dutch and in English', async () => {
    const nl = seen((await h.turn(mention('U0JAN', 'waar zit <@U0NOBODY> in?'))).calls);
    expect(nl).toMatch(/Slack-account <@U0NOBODY> is niet aan een persoon .*gekoppeld/);
    expect(nl).toMatch(/\/gremium koppel <persoon> <@U0NOBODY>/);
    await h.turn(command('U0JAN', 'taal en'));
    const en = seen((await h.turn(mention('U0JAN', 'where does <@U0NOBODY> sit?'))).calls);
    expect(en).toMatch(/Slack account <@U0NOBODY> is not linked to a person/);
    expect(en).toMatch(/\/gremium link <person> <@U0NOBODY>/);
  });
});

describe('Slack: a mention where a command expects a person', () => {
  it('/gremium koppel <@U0NEW|kuipers> Sanne Bakker links that account, whichever side the mention is on', async () => {
    await h.turn(command('U0ADMIN', 'help'));
    await h.turn(command('U0ADMIN', 'koppel <@U0NEW|kuipers> Sanne Bakker'));
    const link = await database.db.platformIdentity.findUnique({ where: { platform_externalId: { platform: 'slack', externalId: 'U0NEW' } }, include: { person: true } });
    expect(link?.person.name).toBe('Sanne Bakker');
    await h.turn(command('U0ADMIN', 'koppel Jan de Vries <@U0NEW|kuipers>'));
    const moved = await database.db.platformIdentity.findUnique({ where: { platform_externalId: { platform: 'slack', externalId: 'U0NEW' } }, include: { person: true } });
    expect(moved?.person.name).toBe('Jan de Vries');
  });

  it('a question typed after /gremium takes the mention too (Slack escapes it as <@U..|name>)', async () => {
    await h.turn(command('U0SANNE', 'help'));
    const { calls } = await h.turn(command('U0JAN', 'vraag waar zit <@U0SANNE|sanne> in?'));
    expect(seen(calls)).toContain('Sanne Bakker');
    expect(seen(calls)).not.toMatch(/ken niemand/);
  });
});
