/**
 * Polls on Teams: a secretary binds the team channel to the SBO and opens a poll through the dialog;
 * the card lands in that channel with Action.Execute buttons, a member's click counts once (Teams re-sends never double a vote), the
 * clicker gets the refreshed card, and a vote after closing is refused kindly.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardAction, channelMention, JAN, SANNE, taskInvoke, TEAM_CHANNEL } from './activities.ts';
import { cardOf, cardText, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

it('runs a poll from the dialog to a refused late vote', async () => {
  await h.post(channelMention(h.ms.serviceUrl, SANNE, '/gremium kanaal SBO'));
  const submitted = await h.post(taskInvoke(h.ms.serviceUrl, SANNE, 'task/submit', { dialog: 'poll', committee: 'SBO', question: 'Akkoord met de nieuwe tarieven?', closes: '2026-12-01' }));
  expect((submitted.body as { task: { type: string } }).task.type).toBe('message');
  const posted = h.ms.sent(TEAM_CHANNEL).find((c) => JSON.stringify(c.body).includes('Action.Execute'));
  expect(posted).toBeDefined();
  const card = cardOf(posted!.body);
  const buttons = JSON.stringify(card).match(/\/gremium (stem|vote) [^"]+/g) ?? [];
  expect(buttons.length).toBeGreaterThan(0);
  expect((card.refresh as { action: { verb: string } }).action.verb).toBe('gremium');
  const poll = await h.db.db.poll.findFirstOrThrow();
  expect(await h.db.db.pollMessage.count({ where: { pollId: poll.id, platform: 'teams' } })).toBe(1);

  const click = cardAction(h.ms.serviceUrl, JAN, buttons[0]!);
  const first = await h.post(click);
  const body = first.body as { statusCode: number; type: string; value: Record<string, unknown> };
  expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
  expect(JSON.stringify(body.value)).toContain('"style":"good"'); // the voter's confirmation
  expect(await h.db.db.stance.count()).toBe(1);
  expect(h.ms.updated().length).toBeGreaterThan(0); // the channel's copy shows the new tally

  await h.post(click); // Teams re-sends the same invoke
  expect(await h.db.db.stance.count()).toBe(1);

  await h.post(channelMention(h.ms.serviceUrl, SANNE, `/gremium peiling sluiten ${poll.id}`));
  const late = await h.post(cardAction(h.ms.serviceUrl, JAN, buttons[0]!));
  const lateBody = late.body as { type: string; value: unknown };
  expect(late.status).toBe(200);
  expect(cardText(lateBody.value) + String(lateBody.value)).toMatch(/gesloten|closed/i);
  expect(await h.db.db.stance.count()).toBe(1);
});
