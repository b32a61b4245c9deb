/**
 * Issue 13, points 4 and 5, through the real Teams bot (CloudAdapter, JWT checks) against the fake
 * Bot Connector. A secret SBO poll's card in the committee's channel shows how many voted, never who
 * or how, nor a running outcome; a vote typed in the channel is acknowledged only to the voter. A poll
 * card goes only to the committee's bound channel: asked for in another conversation it is refused
 * (saying where it is) or, to a seat holder, shown only in their personal chat. Binding a channel:
 * only its secretary, in that channel, not in a personal chat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardAction, channelMention, JAN, KARIN, personalChat, personalMessage, SANNE, TEAM_CHANNEL } from './activities.ts';
import { cardText, startHarness, type Harness } from './harness.ts';
import type { ConnectorCall } from './fake-microsoft.ts';

let h: Harness;
const OTHER_CHANNEL = '19:0f3c5d1e2a7b4c8d9e0f1a2b3c4d5e6f@thread.skype';
let pollId = '';

beforeAll(async () => {
  h = await startHarness();
  await h.db.db.committee.update({ where: { code: 'SBO' }, data: { secretBallot: true } });
  // Jan and Sanne have a personal chat with the bot; the secretary binds the team channel to the SBO.
  await h.post(personalMessage(h.ms.serviceUrl, JAN, 'help'));
  await h.post(channelMention(h.ms.serviceUrl, SANNE, '/gremium kanaal SBO'));
  await h.post(channelMention(h.ms.serviceUrl, SANNE, '/gremium peiling openen SBO vraag="Vertrouwen in de samenwerking voldoende?" sluit=10-12-2026'));
  pollId = (await h.db.db.poll.findFirstOrThrow()).id;
});
afterAll(async () => h?.close());

/** A channel mention, in another channel than the team's. */
const elsewhere = (user: typeof JAN, text: string) => {
  const activity = channelMention(h.ms.serviceUrl, user, text);
  return { ...activity, conversation: { ...activity.conversation, id: `${OTHER_CHANNEL};messageid=${activity.id}` }, channelData: { ...activity.channelData, teamsChannelId: OTHER_CHANNEL, channel: { id: OTHER_CHANNEL } } };
};
const said = (calls: readonly ConnectorCall[]) => calls.map((c) => `${cardText(c.body)}\n${String(c.body.text ?? '')}`).join('\n');
const inChannel = (channel: string, since: number) => h.ms.calls.slice(since).filter((c) => c.conversationId.startsWith(channel) && (c.method === 'POST' || c.method === 'PUT'));

describe('a secret ballot in the SBO channel on Teams', () => {
  it('shows how many voted and nothing of who or how, after an objection too', async () => {
    expect(await h.db.db.pollMessage.count({ where: { pollId, channel: TEAM_CHANNEL } })).toBe(1);
    const since = h.ms.calls.length;
    const first = await h.post(cardAction(h.ms.serviceUrl, JAN, `/gremium stem ${pollId} bezwaar`));
    const response = JSON.stringify((first.body as { value: unknown }).value);
    expect(response).not.toMatch(/verworpen|Anouk Coolen|Combinatie Noord \(Jan de Vries\)/);
    const updates = h.ms.updated().filter((c) => h.ms.calls.indexOf(c) >= since);
    expect(updates.length).toBeGreaterThan(0);
    const text = said(updates);
    expect(text).toContain('1 van 12 zetels gestemd');
    expect(text).not.toMatch(/verworpen|Jan de Vries|Combinatie Noord|heeft gestemd/);
  });

  it('acknowledges a vote typed in the channel only to the voter, in their personal chat', async () => {
    const since = h.ms.calls.length;
    await h.post(channelMention(h.ms.serviceUrl, JAN, `/gremium stem ${pollId} akkoord`));
    expect(said(inChannel(TEAM_CHANNEL, since))).not.toMatch(/akkoord"|bezwaar"|Uw stem/);
    expect(said(h.ms.sent(personalChat(JAN)).filter((c) => h.ms.calls.indexOf(c) >= since))).toMatch(/gewijzigd van "bezwaar" in "akkoord"/);
  });
});

describe('where a poll card may go on Teams', () => {
  it('refuses a non-member the card in another channel, saying where it is, and posts no card there', async () => {
    const since = h.ms.calls.length;
    await h.post(elsewhere(KARIN, `/gremium peiling ${pollId}`));
    const there = inChannel(OTHER_CHANNEL, since);
    expect(said(there)).toMatch(/kanaal van het SBO/);
    expect(said(there)).not.toContain('Vertrouwen in de samenwerking voldoende?');
    expect(await h.db.db.pollMessage.count({ where: { pollId, channel: { not: TEAM_CHANNEL } } })).toBe(0);
  });

  it("shows a member the card in their personal chat, not in the other channel, and keeps no copy there", async () => {
    const since = h.ms.calls.length;
    await h.post(elsewhere(JAN, `/gremium peiling ${pollId}`));
    expect(said(inChannel(OTHER_CHANNEL, since))).not.toContain('Vertrouwen in de samenwerking voldoende?');
    expect(said(h.ms.sent(personalChat(JAN)).filter((c) => h.ms.calls.indexOf(c) >= since))).toContain('Vertrouwen in de samenwerking voldoende?');
    await h.post(cardAction(h.ms.serviceUrl, KARIN, `/gremium stem ${pollId} akkoord`));
    expect(inChannel(OTHER_CHANNEL, since).filter((c) => c.method === 'PUT')).toEqual([]);
    expect(await h.db.db.pollMessage.count({ where: { pollId, channel: { not: TEAM_CHANNEL } } })).toBe(0);
  });
});

describe('binding a channel on Teams', () => {
  it('refuses a member, and the secretary in a personal chat, changing nothing', async () => {
    const bound = async () => (await h.db.db.committeeChannel.findFirst({ where: { committee: { code: 'SBO' }, platform: 'teams' } }))?.channel;
    expect(await bound()).toBe(TEAM_CHANNEL);
    await h.post(elsewhere(JAN, '/gremium kanaal SBO'));
    await h.post(personalMessage(h.ms.serviceUrl, SANNE, '/gremium kanaal SBO'));
    expect(said(h.ms.sent(personalChat(SANNE)).slice(-1))).toMatch(/in het kanaal zelf/);
    expect(await bound()).toBe(TEAM_CHANNEL);
  });

  it('moves on the secretary\'s word in the other channel and queues a notice for the team channel', async () => {
    await h.post(elsewhere(SANNE, '/gremium kanaal SBO'));
    expect((await h.db.db.committeeChannel.findFirstOrThrow({ where: { committee: { code: 'SBO' }, platform: 'teams' } })).channel).toBe(OTHER_CHANNEL);
    const queued = await h.db.db.outboxMessage.findMany({ where: { platform: 'teams', channel: TEAM_CHANNEL } });
    expect(queued).toHaveLength(1);
    expect(JSON.stringify(queued[0]!.payload)).toMatch(/niet meer in dit kanaal/);
  });
});
