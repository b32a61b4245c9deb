/**
 * What users type shows as typed in Teams (issue 13, point 6). Adaptive Card TextBlocks and facts
 * take markdown ([text](url) links, **bold**, lists); a poll question with a disguised link, through
 * the real bot, reaches the connector only as TextRuns (RichTextBlock), which take no markdown.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { channelMention, SANNE, taskInvoke, TEAM_CHANNEL } from './activities.ts';
import { cardOf, cardText, startHarness, type Harness } from './harness.ts';

const QUESTION = 'Akkoord? [Stem hier](https://evil.example/login) **nu** _snel_\n- 1. punt';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // The SBO's poll cards go to its bound channel (issue 13, point 5): the secretary binds this one.
  await h.post(channelMention(h.ms.serviceUrl, SANNE, '/gremium kanaal SBO'));
});
afterAll(async () => h?.close());

/** Every markdown-taking text of a card: TextBlock texts and fact titles and values. */
const markdownTexts = (node: unknown, out: string[] = []): string[] => {
  if (Array.isArray(node)) node.forEach((n) => markdownTexts(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (typeof o.title === 'string' && typeof o.value === 'string') out.push(o.title, o.value);
    Object.entries(o).forEach(([k, v]) => k !== 'refresh' && markdownTexts(v, out));
  }
  return out;
};

it('shows a poll question with a markdown link as typed, in TextRuns only', async () => {
  await h.post(taskInvoke(h.ms.serviceUrl, SANNE, 'task/submit', { dialog: 'poll', committee: 'SBO', question: QUESTION, closes: '2026-12-10' }));
  const posted = h.ms.sent(TEAM_CHANNEL).find((c) => JSON.stringify(c.body).includes('Action.Execute'));
  expect(posted).toBeDefined();
  const card = cardOf(posted!.body);
  for (const text of markdownTexts(card)) {
    expect(text).not.toContain('](');
    expect(text).not.toContain('**');
  }
  expect(cardText(posted!.body)).toContain(QUESTION);
});
