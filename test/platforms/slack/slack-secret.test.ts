/**
 * Issue 13, points 4 and 5, on the real Bolt app against the fake Slack.
 * Secret ballots: the live card in the committee's channel shows only how many voted (no names, no
 * running outcome), the closed card only the totals, and the App Home nothing of a choice.
 * Where cards go: a committee's poll card lives only in its bound channel; anyone else asking for it
 * elsewhere is told where it is, a seat holder sees it only privately, and no other channel gets a copy
 * that keeps updating. Binding a channel: only the committee's secretary (or an administrator), typed
 * in that channel (not a DM); the channel it leaves is told through the outbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackOutboxPoster } from '../../../src/platforms/slack/outbox-poster.ts';
import { dispatchOutbox } from '../../../src/scheduler/dispatch-outbox.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { visibleText } from './fake-slack.ts';
import { blockAction, homeOpened, mention, slashCommand } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';

let database: TestDatabase;
let h: Harness;
const NOW = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => NOW, caches: database.caches });
const SBO_CHANNEL = 'C0SBO00001';
const ELSEWHERE = 'C0RANDOM01';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  const sbo = await database.db.committee.update({ where: { code: 'SBO' }, data: { secretBallot: true } });
  await database.db.committeeChannel.create({ data: { committeeId: sbo.id, platform: 'slack', channel: SBO_CHANNEL } });
  h = await startHarness(deps());
  h.fake.users.set('U0JAN', { email: 'jan.devries@jeugdzorgnoord.example', locale: 'nl-NL' });
  h.fake.users.set('U0ANOUK', { email: 'anouk.coolen@nederweert.example', locale: 'nl-NL' });
  h.fake.users.set('U0SANNE', { email: 'sanne.bakker@regio.example', locale: 'nl-NL' });
  h.fake.users.set('U0KARIN', { email: 'karin.smit@opgroeienmaasland.example', locale: 'nl-NL' });
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

/** A slash command typed in `channel` (a DM when `dm`). */
function typed(user: string, text: string, channel: string, dm = false): string {
  const body = new URLSearchParams(slashCommand({ user, text, channel, responseUrl: h.fake.responseUrl(`r-${Math.random()}`) }));
  if (dm) body.set('channel_name', 'directmessage');
  return body.toString();
}
const textsIn = (channel: string, since: number) =>
  h.fake.calls.slice(since).filter((c) => (c.method === 'chat.postMessage' || c.method === 'chat.update') && c.args.channel === channel).map((c) => visibleText(c.args));

/** Opens a secret SBO poll in the SBO channel as its secretary; the poll id and the channel copy's ts. */
async function openSecretPoll(question: string): Promise<{ pollId: string; ts: string }> {
  await h.turn(typed('U0SANNE', `peiling openen SBO vraag="${question}" sluit=10-12-2026`, SBO_CHANNEL));
  const poll = await database.db.poll.findFirstOrThrow({ where: { question } });
  const copy = await database.db.pollMessage.findFirstOrThrow({ where: { pollId: poll.id, channel: SBO_CHANNEL } });
  return { pollId: poll.id, ts: copy.messageId };
}
const click = (user: string, pollId: string, ts: string, choice: string) =>
  blockAction({ user, channel: SBO_CHANNEL, messageTs: ts, actionId: `gremium.command:${choice}`, value: `/gremium stem ${pollId} ${choice}`, responseUrl: h.fake.responseUrl(`c-${Math.random()}`) });

describe('a secret ballot in the SBO channel', () => {
  it('updates the channel card with how many voted only: no names, no outcome after an objection', async () => {
    const { pollId, ts } = await openSecretPoll('Vertrouwen in de samenwerking voldoende?');
    const since = h.fake.calls.length;
    await h.turn(click('U0JAN', pollId, ts, 'akkoord'));
    await h.turn(click('U0ANOUK', pollId, ts, 'bezwaar'));
    const cards = h.fake.of('chat.update', since).filter((u) => u.args.channel === SBO_CHANNEL && u.args.ts === ts).map((u) => `${visibleText(u.args)}\n${String(u.args.text)}`);
    expect(cards.length).toBeGreaterThanOrEqual(2);
    expect(cards.at(-1)).toContain('2 van 12 zetels gestemd');
    for (const card of cards) expect(card).not.toMatch(/verworpen|aangenomen|Jan de Vries|Anouk Coolen|Combinatie Noord|Gemeente Nederweert|heeft gestemd/);
    // The App Home of a voter lists nothing of the choice.
    const home = (await h.turn(homeOpened('U0JAN'))).calls.find((c) => c.method === 'views.publish');
    expect(visibleText(home!.args)).not.toMatch(/akkoord|bezwaar/);

    const closing = h.fake.calls.length;
    await h.turn(typed('U0SANNE', `peiling sluiten ${pollId}`, SBO_CHANNEL));
    const closed = textsIn(SBO_CHANNEL, closing).join('\n');
    expect(closed).toContain('1 akkoord, 1 bezwaar, 0 onthouding');
    expect(closed).not.toMatch(/Jan de Vries|Anouk Coolen|Combinatie Noord|Gemeente Nederweert/);
    const stances = await database.db.stance.findMany({ where: { pollId } });
    expect(stances.map((s) => s.choice)).toEqual([null, null]);
    // No row of any table (claims of Slack requests included) names a voter together with a choice.
    const voters = ['U0JAN', 'U0ANOUK', ...stances.flatMap((s) => [s.id, s.seatId, s.castById])];
    const tables = await database.sql.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    for (const { tablename } of tables) {
      const rows = await database.sql.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${tablename}" t`);
      const linked = rows.filter(({ j }) => voters.some((v) => j.includes(v)) && /"(AGREE|OBJECT|akkoord|bezwaar)"|stem \S+ (akkoord|bezwaar)/.test(j));
      expect(linked, tablename).toEqual([]);
    }
    // What the app logged holds no choice either.
    expect(JSON.stringify(h.logs)).not.toMatch(/akkoord|bezwaar|AGREE|OBJECT/);
  });
});

describe('where a poll card may go', () => {
  it('refuses a non-member the card in another channel, saying where it is, and posts nothing there', async () => {
    const { pollId, ts } = await openSecretPoll('Akkoord met de werkagenda?');
    const since = h.fake.calls.length;
    const { calls } = await h.turn(typed('U0KARIN', `peiling ${pollId}`, ELSEWHERE));
    const answer = calls.filter((c) => c.method.startsWith('respond/'));
    expect(answer).toHaveLength(1);
    expect(answer[0]!.args.response_type).toBe('ephemeral');
    expect(visibleText(answer[0]!.args)).toMatch(/kanaal van het SBO/);
    expect(visibleText(answer[0]!.args)).toContain(SBO_CHANNEL);
    await h.turn(click('U0JAN', pollId, ts, 'akkoord'));
    expect(textsIn(ELSEWHERE, since)).toEqual([]);
    expect(await database.db.pollMessage.count({ where: { pollId, channel: { not: SBO_CHANNEL } } })).toBe(0);
  });

  it('shows a member the card only privately outside the channel, however it is asked, and never keeps it updating there', async () => {
    const { pollId, ts } = await openSecretPoll('Akkoord met de jaarplanning?');
    const since = h.fake.calls.length;
    const asked = await h.turn(typed('U0JAN', `peiling ${pollId}`, ELSEWHERE));
    const privately = asked.calls.filter((c) => c.method.startsWith('respond/'));
    expect(privately.map((c) => c.args.response_type)).toEqual(['ephemeral']);
    expect(visibleText(privately[0]!.args)).toContain('Akkoord met de jaarplanning?');
    await h.turn(mention('U0JAN', `/gremium peiling ${pollId}`, ELSEWHERE));
    await h.turn(typed('U0JAN', `stem ${pollId} akkoord`, ELSEWHERE));
    await h.turn(click('U0ANOUK', pollId, ts, 'bezwaar'));
    expect(textsIn(ELSEWHERE, since)).toEqual([]);
    expect(h.fake.of('chat.postEphemeral', since).every((c) => c.args.channel !== ELSEWHERE || c.args.user === 'U0JAN')).toBe(true);
    expect(await database.db.pollMessage.count({ where: { pollId, channel: { not: SBO_CHANNEL } } })).toBe(0);
    // The vote typed elsewhere still updated the channel's card.
    const updates = h.fake.of('chat.update', since).filter((u) => u.args.channel === SBO_CHANNEL && u.args.ts === ts);
    expect(visibleText(updates.at(-1)!.args)).toContain('2 van 12 zetels gestemd');
  });
});

describe('binding a channel to a committee', () => {
  const ORO_CHANNEL = 'C0ORO00001';
  const NEW_CHANNEL = 'C0ORO00002';
  const bound = async () => (await database.db.committeeChannel.findFirst({ where: { committee: { code: 'ORO' }, platform: 'slack' } }))?.channel ?? null;

  it('refuses a member, and the secretary in a direct message, changing nothing', async () => {
    await h.turn(typed('U0SANNE', 'kanaal ORO', ORO_CHANNEL));
    expect(await bound()).toBe(ORO_CHANNEL);
    const member = await h.turn(typed('U0KARIN', 'kanaal ORO', NEW_CHANNEL));
    expect(visibleText(member.calls.find((c) => c.method.startsWith('respond/'))!.args)).toMatch(/Alleen de secretaris van het ORO/);
    const dm = await h.turn(typed('U0SANNE', 'kanaal ORO', 'D0SANNE001', true));
    expect(visibleText(dm.calls.find((c) => c.method.startsWith('respond/'))!.args)).toMatch(/in het kanaal zelf/);
    expect(await bound()).toBe(ORO_CHANNEL);
  });

  it('moves on the secretary\'s word in the new channel and tells the old channel through the outbox', async () => {
    const { calls } = await h.turn(typed('U0SANNE', 'kanaal ORO', NEW_CHANNEL));
    expect(visibleText(calls.find((c) => c.method.startsWith('respond/'))!.args)).toMatch(/komen voortaan in dit kanaal/);
    expect(await bound()).toBe(NEW_CHANNEL);
    const queued = await database.db.outboxMessage.findMany({ where: { platform: 'slack', channel: ORO_CHANNEL } });
    expect(queued).toHaveLength(1);
    const since = h.fake.calls.length;
    await dispatchOutbox(deps(), slackOutboxPoster({ token: 'xoxb-test-token', apiUrl: h.fake.apiUrl }), NOW, 'test');
    const told = h.fake.of('chat.postMessage', since).filter((c) => c.args.channel === ORO_CHANNEL);
    expect(told).toHaveLength(1);
    expect(String(told[0]!.args.text)).toMatch(/ORO .*niet meer in dit kanaal.*Sanne Bakker/);
  });
});
