/**
 * Inbound JWTs are really validated: the real CloudAdapter against loopback OpenID metadata and
 * test keys. Every refused request changes nothing (no audit entry, no stored conversation, no
 * reply); the same request with a good token does change things, so the checks can fail.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_ID, JAN, personalMessage } from './activities.ts';
import { startHarness, type Harness } from './harness.ts';
import { catchingLibraryErrors } from './quiet.ts';
import { assertTeamsCanStart, TeamsStartRefused } from '../../../src/platforms/teams/index.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());
beforeEach(async () => h.reset());

async function state() {
  return {
    audit: await h.db.db.auditEntry.count(),
    refs: await h.db.db.conversationRef.count(),
    identities: await h.db.db.platformIdentity.count(),
    sent: h.ms.sent().length,
  };
}

const question = () => personalMessage(h.ms.serviceUrl, JAN, 'wie vertegenwoordigt Combinatie Noord in het SBO?');

describe('Teams: who may talk to the bot', () => {
  it('accepts a correctly signed activity, links Jan by his roster e-mail and answers', async () => {
    const before = await state();
    const res = await h.post(question());
    expect(res.status).toBe(200);
    const after = await state();
    expect(after.audit).toBe(before.audit + 1); // identity.link by e-mail
    expect(after.identities).toBe(before.identities + 1);
    expect(after.sent).toBe(1);
    expect(h.ms.sent()[0]!.authorization).toBe('Bearer outbound-test-token');
  });

  const now = () => Math.floor(Date.now() / 1000);
  const refusals: [string, () => string | null, number][] = [
    ['no token', () => null, 401],
    ['a wrong issuer', () => h.ms.token(APP_ID, { iss: 'https://sts.windows.net/evil/' }), 401],
    ['a wrong audience', () => h.ms.token(APP_ID, { aud: 'someone-elses-bot' }), 401],
    ['an expired token', () => h.ms.token(APP_ID, { exp: now() - 600, nbf: now() - 4000, iat: now() - 4000 }), 401],
    ['a wrong signature (a key Microsoft never published)', () => h.ms.token(APP_ID, {}, h.ms.strangerKey), 500],
    ['a serviceUrl that does not match the token', () => h.ms.token(APP_ID, { serviceurl: 'https://smba.trafficmanager.net/emea/' }), 401],
    ['a garbled token', () => 'not.a.jwt', 401],
  ];
  for (const [what, token, status] of refusals) {
    it(`refuses ${what} (${status}) and changes nothing`, async () => {
      const before = await state();
      const { result: res, logged } = await catchingLibraryErrors(() => h.post(question(), token()));
      expect(res.status).toBe(status);
      expect(await state()).toEqual(before);
      // The library's own complaint, kept out of the test output: it is about the token, and says nothing else went wrong.
      expect(logged.join('\n')).toMatch(/Unauthori[sz]ed|expired|invalid signature|Error finding key/);
    });
  }
});

describe('Teams: starting', () => {
  it('refuses production without app id or password (botbuilder would switch authentication off)', () => {
    expect(() => assertTeamsCanStart('production', { appId: '', appPassword: '' })).toThrow(TeamsStartRefused);
    expect(() => assertTeamsCanStart('production', { appId: APP_ID, appPassword: '' })).toThrow(/MICROSOFT_APP_PASSWORD/);
    expect(() => assertTeamsCanStart('production', { appId: APP_ID, appPassword: 'x' })).not.toThrow();
    expect(() => assertTeamsCanStart('development', { appId: '', appPassword: '' })).not.toThrow();
  });
});
