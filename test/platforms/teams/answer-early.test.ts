/**
 * A message is answered 200 once it is authenticated, before its turn reads the database or
 * sends the reply (server.ts): Teams never waits on Gremium and never re-sends a message for a slow
 * turn. An invoke still waits, because its answer is the response body. Here the connector is slow
 * (it takes replies in only when the test lets it), so the order of events is visible.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardAction, JAN, personalMessage } from './activities.ts';
import { cardText, startHarness, type Harness } from './harness.ts';
import { catchingLibraryErrors } from './quiet.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());
beforeEach(async () => h.reset());

describe('Teams: a message is answered before its turn ends', () => {
  it('answers 200 while the reply is still on its way, and the reply arrives after', async () => {
    let letThrough!: () => void;
    h.ms.holdPosts = new Promise<void>((resolve) => (letThrough = resolve));
    try {
      const res = await h.send(personalMessage(h.ms.serviceUrl, JAN, 'wie vertegenwoordigt Combinatie Noord in het SBO?'));
      expect(res.status).toBe(200);
      expect(h.ms.sent()).toHaveLength(0);
      letThrough();
      await h.bot.server.idle();
      expect(h.ms.sent()).toHaveLength(1);
      expect(cardText(h.ms.sent()[0]!.body)).toMatch(/Combinatie Noord/);
    } finally {
      h.ms.holdPosts = null;
    }
  });

  it('still refuses an unauthenticated message with 401 and never runs its turn', async () => {
    const audit = await h.db.db.auditEntry.count();
    const { result: res, logged } = await catchingLibraryErrors(async () => {
      const sent = await h.send(personalMessage(h.ms.serviceUrl, JAN, 'wie vertegenwoordigt Combinatie Noord in het SBO?'), null);
      await h.bot.server.idle();
      return sent;
    });
    expect(res.status).toBe(401);
    expect(logged.join('\n')).toMatch(/Unauthori[sz]ed/);
    expect(h.ms.sent()).toHaveLength(0);
    expect(await h.db.db.auditEntry.count()).toBe(audit);
    expect(await h.db.db.conversationRef.count()).toBe(0);
  });

  it('keeps an invoke waiting for its answer: the card comes back in the response body', async () => {
    const res = await h.send(cardAction(h.ms.serviceUrl, JAN, '/gremium lijst SBO'));
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as { type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toMatch(/SBO/);
  });
});
