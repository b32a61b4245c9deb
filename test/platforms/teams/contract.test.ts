/**
 * The Teams adapter passes the shared adapter contract (test/platforms/contract.ts): each message is
 * a signed channel @mention through the real CloudAdapter; what the person reads is the text on the
 * Adaptive Cards the fake Bot Connector received.
 */
import { afterAll, beforeAll } from 'vitest';
import { adapterContract } from '../contract.ts';
import { channelMention, type TeamsUser } from './activities.ts';
import { cardText, enrol, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** A demo person as a Teams user whose roster e-mail is theirs. */
async function teamsUserOf(name: string): Promise<TeamsUser> {
  const person = await h.db.db.person.findFirstOrThrow({ where: { name } });
  const slug = person.id.replace(/[^a-z0-9]/gi, '').slice(0, 12).padEnd(12, '0');
  return { id: `29:contract-${person.id}`, aadObjectId: `00000000-0000-4000-8000-${slug}`, name, email: person.email ?? '' };
}

adapterContract('teams', () => ({
  send: async (text, asPerson) => {
    const user = await teamsUserOf(asPerson);
    enrol(h.ms, user);
    const before = h.ms.sent().length;
    const res = await h.post(channelMention(h.ms.serviceUrl, user, text, 'nl-NL'));
    if (res.status !== 200) throw new Error(`Teams answered ${res.status}`);
    return h.ms.sent().slice(before).map((call) => cardText(call.body));
  },
}));
