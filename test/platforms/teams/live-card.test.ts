/**
 * Issue 18 on Teams, as several members see it (real CloudAdapter, fake Bot Connector, on loopback):
 * one live card per poll in the committee's channel, brought up to date for everyone after every
 * vote and closed in place; the shared card in the committee's language with each reader's own vote
 * shown through the card's refresh in their language; replies only where they belong.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardAction, channelMention, personalMessage, SANNE, JAN, taskInvoke, TEAM_CHANNEL, type TeamsUser } from './activities.ts';
import { cardOf, cardText, enrol, startHarness, type Harness } from './harness.ts';
import { closeDuePollsAndAnnounce } from '../../../src/scheduler/poll-closings.ts';
import { dispatchOutbox } from '../../../src/scheduler/dispatch-outbox.ts';
import { teamsPoster } from '../../../src/platforms/teams/poster.ts';

let h: Harness;
/** An SBO member whose stored language is English (demo/region/Personen.csv). */
const DANIEL: TeamsUser = { id: '29:daniel-hughes-0001', aadObjectId: 'a1b2c3d4-0000-4000-8000-000000000010', name: 'Daniel Hughes', email: 'daniel.hughes@middenpunt.example' };

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());
beforeEach(async () => {
  await h.reset();
  enrol(h.ms, DANIEL);
});

/** The secretary binds the channel and opens an SBO poll from the dialog in it. */
async function openPoll(data: Record<string, unknown> = {}): Promise<{ pollId: string; messageId: string; buttons: string[]; refresh: string }> {
  await h.post(channelMention(h.ms.serviceUrl, SANNE, '/gremium kanaal SBO'));
  await h.post(taskInvoke(h.ms.serviceUrl, SANNE, 'task/submit', { dialog: 'poll', committee: 'SBO', question: 'Akkoord met <de nieuwe> tarieven?', closes: '2026-12-01', ...data }));
  const { messageId, pollId } = await h.db.db.pollMessage.findFirstOrThrow({ where: { platform: 'teams' } });
  const posted = h.ms.sent(TEAM_CHANNEL).find((c) => JSON.stringify(c.body).includes('Action.Execute'))!;
  const card = cardOf(posted.body);
  const buttons = (JSON.stringify(card).match(/"command":"\/gremium stem [^"]+"/g) ?? []).map((m) => (JSON.parse(`{${m}}`) as { command: string }).command);
  const refresh = (card.refresh as { action: { data: { command: string } } }).action.data.command;
  return { pollId, messageId, buttons, refresh };
}

/** The shared message as it now reads for everyone: the last edit of it, else as posted. */
function shared(messageId: string): Record<string, unknown> {
  const edits = h.ms.updated().filter((c) => c.path.endsWith(`/activities/${encodeURIComponent(messageId)}`) || c.path.endsWith(`/activities/${messageId}`));
  const last = edits.at(-1);
  if (!last) throw new Error('the shared card was never edited');
  return cardOf(last.body);
}

async function click(user: TeamsUser, command: string, messageId: string, extra: { trigger?: 'manual' | 'automatic'; locale?: string } = {}) {
  const answer = await h.post(cardAction(h.ms.serviceUrl, user, command, { replyToId: messageId, ...extra }));
  await h.bot.idle();
  return answer.body as { type: string; value: Record<string, unknown> };
}

describe('one live card per poll', () => {
  it("shows a second member's vote on the shared card for everyone, in the committee's language, each reader's own vote only in their refresh", async () => {
    const { messageId, buttons, refresh } = await openPoll();
    expect(buttons).toHaveLength(3);

    await click(JAN, buttons[0]!, messageId);
    expect(cardText(shared(messageId))).toMatch(/1 van \d+ zetels gestemd/);

    const daniels = await click(DANIEL, buttons[1]!, messageId, { locale: 'en-GB' });
    // The clicker's own answer: in his language, with his confirmation and his vote.
    expect(cardText(daniels.value)).toMatch(/Your vote/);
    expect(cardText(daniels.value)).toMatch(/object/i);

    // What everyone else sees: both votes, still Dutch, no one's personal line.
    const everyone = shared(messageId);
    expect(cardText(everyone)).toMatch(/2 van \d+ zetels gestemd/);
    expect(cardText(everyone)).not.toMatch(/\bvoted\b|Your vote|Uw stem/);
    // Readers who spoke here get their own view through refresh.
    const userIds = (everyone.refresh as { userIds: string[] }).userIds;
    expect(userIds).toEqual(expect.arrayContaining([JAN.id, DANIEL.id]));

    const jansView = await click(JAN, refresh, messageId, { trigger: 'automatic' });
    expect(cardText(jansView.value)).toMatch(/Uw stem: akkoord/);
    expect(cardText(jansView.value)).toMatch(/2 van \d+ zetels gestemd/);
    const danielsView = await click(DANIEL, refresh, messageId, { trigger: 'automatic', locale: 'en-GB' });
    expect(cardText(danielsView.value)).toMatch(/Your vote: object/);
    expect(cardText(danielsView.value)).toMatch(/2 of \d+ seats voted/);
  });

  it('says an open poll is still open, never its outcome, and closes every copy in place when the secretary closes it', async () => {
    const { pollId, messageId, buttons } = await openPoll({ meeting: '2026-12-10' });
    await click(JAN, buttons[0]!, messageId);
    const open = cardText(shared(messageId));
    expect(open).toMatch(/Uitkomst\s+nog open/);
    expect(open).not.toMatch(/aangenomen|verworpen/);

    const cardsBefore = h.ms.sent(TEAM_CHANNEL).filter((c) => JSON.stringify(c.body).includes('Peiling SBO')).length;
    await h.post(channelMention(h.ms.serviceUrl, SANNE, `/gremium peiling sluiten ${pollId}`));
    await h.bot.idle();
    // No second card: the one there is closed.
    expect(h.ms.sent(TEAM_CHANNEL).filter((c) => JSON.stringify(c.body).includes('Peiling SBO')).length).toBe(cardsBefore);
    const closed = shared(messageId);
    const words = cardText(closed);
    expect(JSON.stringify(closed)).not.toContain('ActionSet');
    expect(words).toMatch(/gesloten op/);
    expect(words).not.toMatch(/open tot|nog open|Stem met/);
    expect(words).toMatch(/Uitkomst\s+\S/);
    expect(words).toMatch(/besluit \d+ op de besluitenlijst van/);
  });

  it('closes the card in place when the scheduler closes the poll at its time', async () => {
    const { messageId, buttons } = await openPoll();
    await click(JAN, buttons[0]!, messageId);
    // The scheduler's tick after the closing time, then its outbox dispatcher with the Teams poster.
    const later = new Date('2026-12-02T00:00:00Z');
    const deps = { ...h.deps, now: () => later };
    expect(await closeDuePollsAndAnnounce(deps)).toHaveLength(1);
    const poster = teamsPoster({ adapter: h.bot.adapter, appId: h.bot.appId, deps });
    expect(await dispatchOutbox(deps, poster, later, 'test', { channelGapMs: 0, leaseMs: 60_000 })).toMatchObject({ sent: 1, failed: 0 });
    const words = cardText(shared(messageId));
    expect(words).toMatch(/gesloten op/);
    expect(words).not.toMatch(/Stem met/);
    expect(JSON.stringify(shared(messageId))).not.toContain('ActionSet');
  });
});

describe('text as typed', () => {
  it("shows the help's placeholders and a typed question's angle brackets on the card", async () => {
    const { messageId } = await openPoll();
    const posted = h.ms.sent(TEAM_CHANNEL).find((c) => JSON.stringify(c.body).includes('Action.Execute'))!;
    expect(cardText(posted.body)).toContain('Akkoord met <de nieuwe> tarieven?');
    expect(cardText(posted.body)).toMatch(/stem \S+ <keuze>/);
    expect(messageId).toBeTruthy();
    await h.post(personalMessage(h.ms.serviceUrl, JAN, '/gremium help'));
    const help = h.ms.sent().at(-1)!;
    expect(cardText(help.body)).toMatch(/<[a-z]+>/);
  });
});

describe('replies where they belong', () => {
  it("posts a poll opened in the committee's own channel there once", async () => {
    await h.post(channelMention(h.ms.serviceUrl, SANNE, '/gremium kanaal SBO'));
    await h.post(channelMention(h.ms.serviceUrl, SANNE, '/gremium peiling openen SBO vraag="Akkoord?" sluit=2026-12-01'));
    const cards = h.ms.sent(TEAM_CHANNEL).filter((c) => JSON.stringify(c.body).includes('Action.Execute'));
    expect(cards).toHaveLength(1);
  });

  it("sends the absence dialog's confirmation privately, not into the channel", async () => {
    await h.post(channelMention(h.ms.serviceUrl, SANNE, '/gremium kanaal SBO'));
    await h.post(personalMessage(h.ms.serviceUrl, JAN, '/gremium help')); // Jan has a personal chat with the bot
    const before = h.ms.sent(TEAM_CHANNEL).length;
    const submitted = await h.post(taskInvoke(h.ms.serviceUrl, JAN, 'task/submit', { dialog: 'absent', committee: 'SBO', date: '2026-12-10' }));
    expect(JSON.stringify(submitted.body)).toMatch(/afgemeld/);
    const inChannel = h.ms.sent(TEAM_CHANNEL).slice(before).map((c) => cardText(c.body)).join('\n');
    expect(inChannel).not.toMatch(/U bent afgemeld/);
  });

  it('never tells the secretary a card was posted in a channel the committee does not have', async () => {
    const submitted = await h.post(taskInvoke(h.ms.serviceUrl, SANNE, 'task/submit', { dialog: 'poll', committee: 'SBO', question: 'Akkoord?', closes: '2026-12-01' }));
    const said = JSON.stringify(submitted.body) + h.ms.sent().map((c) => cardText(c.body)).join('\n');
    expect(said).not.toMatch(/in het kanaal van het gremium gezet/);
    expect(said).toMatch(/\/gremium kanaal SBO/);
    expect(h.errors.map(String).join('\n')).not.toMatch(/NoConversation|no Teams conversation/);
  });
});
