/**
 * A vote burst on Teams, end to end (real CloudAdapter with JWT checks, fake Bot Connector): 50
 * members click a poll card's Action.Execute buttons all at once. Every click is answered with the
 * refreshed card, every vote counts once, and the card in the channel is replaced
 * (updateActivity) at most once a second: no more edits than started seconds plus one, the last one
 * showing all 50 votes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clearServiceCaches } from '../../../src/services/deps.ts';
import { createBigCommittee, type BigCommittee } from '../../support/big-committee.ts';
import { cardAction, channelMention, taskInvoke, TEAM_CHANNEL, type TeamsUser } from './activities.ts';
import { cardOf, cardText, enrol, startHarness, type Harness } from './harness.ts';

const SEATS = 50;
let h: Harness;
let committee: BigCommittee;
const userOf = (account: string, i: number): TeamsUser => ({ id: `29:klik-${i}`, aadObjectId: account, name: `Lid ${i}`, email: `lid${i}@klik.example` });
const accountOf = (i: number) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;

beforeAll(async () => {
  h = await startHarness();
  committee = await createBigCommittee(h.db.db, { code: 'KLIK', seats: SEATS, accounts: { platform: 'teams', account: accountOf } });
  // Written past the services: the cached registry names would not know the new committee.
  clearServiceCaches(h.db.caches);
  enrol(h.ms, userOf(committee.secretary.account, -1), ...committee.members.map((m, i) => userOf(m.account, i)));
});
afterAll(async () => h?.close());

it('answers 50 clicks at once with the card, counts each once, and replaces the channel card at most once a second, last with every vote', async () => {
  const secretary = userOf(committee.secretary.account, -1);
  // Live cards live in the committee's bound channel only.
  await h.post(channelMention(h.ms.serviceUrl, secretary, '/gremium kanaal KLIK'));
  await h.post(taskInvoke(h.ms.serviceUrl, secretary, 'task/submit', { dialog: 'poll', committee: 'KLIK', question: 'Akkoord?', closes: '2099-12-31' }));
  const { messageId, pollId } = await h.db.db.pollMessage.findFirstOrThrow({ where: { platform: 'teams' } });
  const posted = h.ms.sent(TEAM_CHANNEL).find((c) => JSON.stringify(c.body).includes('Action.Execute'))!;
  const buttons = (JSON.stringify(cardOf(posted.body)).match(/"command":"\/gremium stem [^"]+"/g) ?? []).map((m) => (JSON.parse(`{${m}}`) as { command: string }).command);
  expect(buttons.length).toBeGreaterThan(0);

  const since = h.ms.calls.length;
  const started = Date.now();
  const answers = await Promise.all(committee.members.map((m, i) => h.send(cardAction(h.ms.serviceUrl, userOf(m.account, i), buttons[i % buttons.length]!, { replyToId: messageId }))));
  await h.bot.idle();

  expect(answers.map((a) => a.status)).toEqual(committee.members.map(() => 200));
  expect(answers.map((a) => (JSON.parse(a.text) as { type: string }).type).filter((t) => t !== 'application/vnd.microsoft.card.adaptive')).toEqual([]);
  expect(await h.db.db.stance.count({ where: { pollId } })).toBe(SEATS);
  const edits = h.ms.calls.slice(since).filter((c) => c.method === 'PUT' && c.path.endsWith(`/activities/${messageId}`));
  const seconds = (edits.at(-1)!.at - started) / 1000;
  expect(edits.length).toBeGreaterThanOrEqual(1);
  expect(edits.length).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
  expect(cardText(edits.at(-1)!.body)).toContain(`${SEATS} van ${SEATS} zetels gestemd`);
});
