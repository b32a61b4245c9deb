/**
 * The real Bolt app on loopback, spoken to as Slack does: signed slash commands, mentions and direct
 * messages, with a fake Slack Web API recording what users would see. Proves the request checks
 * (signature, timestamp both ways, replays, retries), the e-mail linking, languages and 429s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { visibleText } from './fake-slack.ts';
import { directMessage, eventCallback, mention, sign, slashCommand } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';

let database: TestDatabase;
let h: Harness;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });
const FORM = 'application/x-www-form-urlencoded';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  h = await startHarness(deps());
  h.fake.users.set('U0JAN', { email: 'Jan.deVries@jeugdzorgnoord.example', locale: 'nl-NL' });
  h.fake.users.set('U0PIET', { email: 'piet.jansen@jeugdzorgnoord.example', locale: 'en-GB' });
  h.fake.users.set('U0SANNE', { email: 'sanne.bakker@regio.example', locale: 'nl-NL' });
  h.fake.users.set('U0KARIN', { email: 'karin.smit@opgroeienmaasland.example', locale: 'nl-NL' });
  h.fake.users.set('U0STRANGER', { email: 'someone@elsewhere.example', locale: 'nl-NL' });
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

const command = (user: string, text: string) => slashCommand({ user, text, responseUrl: h.fake.responseUrl(`${user}-${Math.random()}`) });
const seen = (calls: { args: Record<string, unknown> }[]) => calls.map((c) => visibleText(c.args)).join('\n');
const state = async () => ({
  audit: await database.db.auditEntry.count(),
  claims: await database.db.processedEvent.count(),
  identities: await database.db.platformIdentity.count(),
});

describe('a slash command', () => {
  it('is acked with an empty 200 and answered privately through the response_url, in Dutch', async () => {
    const { status, text, calls } = await h.turn(command('U0JAN', 'wie vertegenwoordigt Combinatie Noord in het SBO?'));
    expect(status).toBe(200);
    expect(text).toBe('');
    const answers = calls.filter((c) => c.method.startsWith('respond/'));
    expect(answers).toHaveLength(1);
    expect(answers[0]!.args).toMatchObject({ response_type: 'ephemeral' });
    expect(seen(answers)).toContain('Jan de Vries');
    expect(seen(answers)).toContain('Combinatie Noord in het SBO');
    const header = (answers[0]!.args.blocks as { type: string }[])[0];
    expect(header?.type).toBe('header');
  });

  it('links an unknown Slack user to the person with the same e-mail, audited', async () => {
    const link = await database.db.platformIdentity.findUnique({ where: { platform_externalId: { platform: 'slack', externalId: 'U0JAN' } }, include: { person: true } });
    expect(link?.person.name).toBe('Jan de Vries');
    const audit = await database.db.auditEntry.findFirst({ where: { subjectType: 'PlatformIdentity', subjectId: 'slack:U0JAN' } });
    expect(audit).toMatchObject({ action: 'identity.link', actorId: link!.personId, actorLabel: 'Jan de Vries (slack:U0JAN, slack e-mail)' });
  });

  it('answers in the Slack locale when no language is stored (help in English)', async () => {
    const { calls } = await h.turn(command('U0PIET', 'help'));
    expect(seen(calls)).toContain('Gremium: what you can ask and do');
    expect(seen(calls)).toContain('/gremium link <person> <@user>');
  });

  it('tells a user whose e-mail is unknown how to get linked', async () => {
    const { calls } = await h.turn(command('U0STRANGER', 'wie vertegenwoordigt Combinatie Noord in het SBO?'));
    expect(seen(calls)).toMatch(/Ik weet nog niet wie u bent/);
    expect(await database.db.platformIdentity.count({ where: { externalId: 'U0STRANGER' } })).toBe(0);
  });
});

describe('refused requests change nothing', () => {
  const body = () => command('U0KARIN', 'wie vertegenwoordigt Combinatie Noord in het SBO?');
  const cases: [string, () => { body: string; headers: Record<string, string> }][] = [
    ['a wrong signature', () => sign(body(), FORM, { secret: 'not-the-secret' })],
    ['no signature', () => {
      const signed = sign(body(), FORM);
      const { 'x-slack-signature': _, ...headers } = signed.headers;
      return { body: signed.body, headers };
    }],
    ['a timestamp 6 minutes old', () => sign(body(), FORM, { skewSeconds: -360 })],
    ['a timestamp 6 minutes in the future', () => sign(body(), FORM, { skewSeconds: 360 })],
    ['a body changed after signing', () => {
      const signed = sign(body(), FORM);
      return { body: signed.body.replace('SBO', 'ORO'), headers: signed.headers };
    }],
  ];
  for (const [name, make] of cases) {
    it(`refuses ${name} with 401`, async () => {
      const before = await state();
      const since = h.fake.calls.length;
      const res = await h.post(make());
      await h.slack.idle();
      expect(res.status).toBe(401);
      expect(h.fake.calls.slice(since)).toEqual([]);
      expect(await state()).toEqual(before);
    });
  }

  it('still accepts a timestamp 4 minutes in the future (inside the window)', async () => {
    const res = await h.post(sign(command('U0KARIN', 'help'), FORM, { skewSeconds: 240 }));
    await h.slack.idle();
    expect(res.status).toBe(200);
  });
});

describe('each request is handled once', () => {
  it('handles a replayed signed slash command once', async () => {
    const signed = sign(command('U0JAN', 'wie vertegenwoordigt Combinatie Noord in het SBO?'), FORM);
    const since = h.fake.calls.length;
    expect((await h.post(signed)).status).toBe(200);
    await h.slack.idle();
    expect((await h.post(signed)).status).toBe(200);
    await h.slack.idle();
    expect(h.fake.of('respond', since)).toHaveLength(1);
  });

  it('handles a retried event (X-Slack-Retry-Num, new signature) once', async () => {
    const body = mention('U0JAN', 'wie vertegenwoordigt Combinatie Noord in het SBO?');
    const since = h.fake.calls.length;
    await h.turn(body);
    const retry = await h.turn(body, 'application/json', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    expect(h.fake.of('chat.postMessage', since)).toHaveLength(1);
  });
});

describe('mentions and direct messages', () => {
  it('answers a bare mention with the short help, and a file sent without text in one line (issue 18)', async () => {
    const bare = await h.turn(eventCallback({ type: 'app_mention', user: 'U0JAN', text: '<@U0BOT00001>', ts: '1764000000.000100', channel: 'C2147483705', event_ts: '1764000000.000100' }));
    expect(seen(bare.calls.filter((c) => c.method === 'chat.postMessage'))).toContain('Hallo! Stel mij een vraag over de gremia.');
    const file = await h.turn(eventCallback({
      type: 'message', subtype: 'file_share', channel: 'D0JAN', user: 'U0JAN', text: '', ts: '1764000000.000200', event_ts: '1764000000.000200', channel_type: 'im',
      files: [{ id: 'F1', name: 'agenda.pdf', mimetype: 'application/pdf' }],
    }));
    expect(seen(file.calls.filter((c) => c.method === 'chat.postMessage'))).toContain('Bijlagen lees ik niet');
  });

  it('answers a mention in a thread under it, for everyone in the channel', async () => {
    const body = mention('U0JAN', 'who represents Combination North at the SBO?');
    const { calls } = await h.turn(body);
    const posts = calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.args).toMatchObject({ channel: 'C2147483705', thread_ts: (JSON.parse(body) as { event: { ts: string } }).event.ts });
    expect(seen(posts)).toContain('Combinatie Noord at the SBO');
  });

  it('answers a direct message in the DM and ignores the bot’s own messages', async () => {
    const { calls } = await h.turn(directMessage('U0JAN', 'wie vertegenwoordigt Combinatie Noord in het SBO?'));
    expect(calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.args.channel)).toEqual(['DU0JAN']);
    const own = await h.turn(eventCallback({ type: 'message', channel: 'DU0JAN', user: 'U0BOT00001', bot_id: 'B0BOT00001', text: 'wie vertegenwoordigt Combinatie Noord in het SBO?', ts: '1.1', channel_type: 'im' }));
    expect(own.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  it('waits for Retry-After on a 429 and then posts exactly once', async () => {
    h.fake.failNext('chat.postMessage', 429, { 'retry-after': '1' });
    const started = Date.now();
    const { calls } = await h.turn(directMessage('U0JAN', 'wie vertegenwoordigt Combinatie Noord in het SBO?'));
    expect(calls.map((c) => c.method).filter((m) => m.startsWith('chat.postMessage'))).toEqual(['chat.postMessage (HTTP 429)', 'chat.postMessage']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

describe('linking accounts by a secretary', () => {
  it('lets an administrator link a Slack account to an SBO member, and refuses the member and the secretary', async () => {
    h.fake.users.set('U0ADMIN', { email: 'beheer@gremium.example', locale: 'nl-NL' });
    h.fake.users.set('U0JAN2', { locale: 'nl-NL' });
    const refused = await h.turn(command('U0JAN', 'koppel Jan de Vries <@U0JAN2|jan>'));
    expect(seen(refused.calls)).toMatch(/alleen gekoppeld via het e-mailadres dat Slack/);
    const secretary = await h.turn(command('U0SANNE', 'koppel Jan de Vries <@U0JAN2|jan>'));
    expect(seen(secretary.calls)).toMatch(/Alleen een beheerder/);
    const done = await h.turn(command('U0ADMIN', 'koppel Jan de Vries <@U0JAN2|jan>'));
    expect(seen(done.calls)).toContain('gekoppeld aan Jan de Vries');
    const asked = await h.turn(directMessage('U0JAN2', 'wie vertegenwoordigt Combinatie Noord in het SBO?'));
    expect(seen(asked.calls)).toContain('Jan de Vries');
  });
});
