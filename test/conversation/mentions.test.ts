/**
 * @mentions where a command expects a person (issue 18, point 4): the mention token the platform
 * parse writes is the person linked to that account, as one argument, in positional arguments and
 * in options; an account nobody is linked to is refused in the language of the command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { clearServiceCaches, createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const ids: Record<string, string> = {};
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });
const KARIN_TEAMS = 'a1b2c3d4-0000-4000-8000-000000000002';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  for (const name of ['Sanne Bakker', 'Karin Smit', 'Lotte Mulder']) ids[name] = (await database.db.person.findFirstOrThrow({ where: { name } })).id;
  await database.db.platformIdentity.create({ data: { platform: 'teams', externalId: KARIN_TEAMS, personId: ids['Karin Smit']! } });
  await database.db.platformIdentity.create({ data: { platform: 'slack', externalId: 'U0KARIN', personId: ids['Karin Smit']! } });
  await database.db.platformIdentity.create({ data: { platform: 'slack', externalId: 'U0LOTTE', personId: ids['Lotte Mulder']! } });
});
afterAll(async () => database?.close());

async function say(platform: 'teams' | 'slack', text: string) {
  const replies = await handle(deps(), { sender: { personId: ids['Sanne Bakker']! }, text, origin: { platform, channel: null } });
  return { replies, out: renderReplies(replies) };
}

describe('a mention where a command expects a person', () => {
  it('is the linked person as a positional argument (Teams: the mention name may differ from the registry)', async () => {
    const history = await say('teams', `/gremium historie ORO <@teams:${KARIN_TEAMS}|Karin S.>`);
    expect(history.out).toMatch(/zetel van Karin Smit in het ORO/);
  });

  it('is the linked person as a positional argument and as an option value, quoted as one argument (Slack)', async () => {
    const added = await say('slack', '/gremium zetel toevoegen SBO <@U0KARIN> rol=adviseur namens="Combinatie Noord" van=1-1-2027 vervanger=<@U0LOTTE>');
    expect(added.out).toMatch(/^Karin Smit is adviseur van het SBO namens Combinatie Noord/);
    const seat = await database.db.seat.findFirstOrThrow({ where: { personId: ids['Karin Smit']!, role: 'ADVISER' }, orderBy: { createdAt: 'desc' } });
    expect(seat.substituteId).toBe(ids['Lotte Mulder']);
  });

  it('reads a mention inside a quoted text as the name, keeping the quotes as typed', async () => {
    const opened = await say('slack', '/gremium peiling openen SBO vraag="Stemt u in met <@U0KARIN> als voorzitter?" sluit=2026-12-10');
    expect(opened.out).toContain('Stemt u in met Karin Smit als voorzitter?');
  });

  it('refuses an account nobody is linked to, in the language of the command, naming the koppel command', async () => {
    const nl = await say('slack', '/gremium historie SBO <@U0NOBODY>');
    expect(nl.replies[0]).toMatchObject({ kind: 'error', code: 'ACCOUNT_NOT_LINKED' });
    expect(nl.out).toContain('/gremium koppel <persoon> <@U0NOBODY>');
    const en = await say('slack', '/gremium history SBO <@U0NOBODY>');
    expect(en.out).toContain('The Slack account <@U0NOBODY> is not linked to a person');
  });

  it("falls back to a Teams mention's display name when its account is not linked", async () => {
    const history = await say('teams', '/gremium historie ORO <@teams:29:1unlinked|Karin Smit>');
    expect(history.out).toMatch(/zetel van Karin Smit in het ORO/);
  });

  it('is the very person the account is linked to when someone else has the same name', async () => {
    await database.db.person.create({ data: { name: 'Karin Smit', email: 'karin.smit@elders.example' } });
    clearServiceCaches(database.caches);
    const history = await say('teams', `/gremium historie ORO <@teams:${KARIN_TEAMS}|Karin Smit>`);
    expect(history.out).toMatch(/zetel van Karin Smit in het ORO/);
  });
});
