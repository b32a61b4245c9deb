/**
 * Issue 18, point 7 on Teams: a bare "@Gremium" gets the short help, a message with only a file one
 * line, and a body that is no activity a 400 (it got a 500 before).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channelMention, JAN } from './activities.ts';
import { cardText, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());
beforeEach(async () => h.reset());

describe('Teams: messages without a question', () => {
  it('answers a bare @mention with the short help', async () => {
    const bare = { ...channelMention(h.ms.serviceUrl, JAN, ''), text: '<at>Gremium</at>' };
    expect((await h.post(bare)).status).toBe(200);
    expect(cardText(h.ms.sent().at(-1)!.body)).toContain('Hallo! Stel mij een vraag over de gremia.');
    expect(cardText(h.ms.sent().at(-1)!.body)).toContain('typ "help"');
  });

  it('answers a file without text in one line', async () => {
    const file = {
      ...channelMention(h.ms.serviceUrl, JAN, ''),
      attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'agenda.pdf', contentUrl: 'https://example.invalid/agenda.pdf' }],
    };
    await h.post(file);
    expect(cardText(h.ms.sent().at(-1)!.body)).toContain('Bijlagen lees ik niet');
  });

  it('refuses a body that is no activity with 400, and answers nothing', async () => {
    const before = h.ms.sent().length;
    expect((await h.send({})).status).toBe(400);
    expect((await h.send({ text: 'hoi' })).status).toBe(400);
    expect(h.ms.sent().length).toBe(before);
  });
});
