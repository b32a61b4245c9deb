/**
 * @mentions of people in Teams (issue 18, point 4), end to end through the real CloudAdapter: a
 * mention entity points to a person, whatever words the display name happens to hold. A linked
 * account is its person; an unlinked one falls back to the mention's display name; `koppel` takes
 * the mentioned account (its Entra object id, as the adapter keys Teams users).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channelMention, JAN, KARIN, SANNE, STRANGER, type TeamsUser } from './activities.ts';
import { cardText, enrol, startHarness, type Harness } from './harness.ts';

/** The registry's administrator as a Teams user. */
const ADMIN: TeamsUser = { id: '29:1admin-mri', aadObjectId: 'a1b2c3d4-0000-4000-8000-0000000000ad', name: 'Beheerder Gremium', email: 'beheer@gremium.example' };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());
beforeEach(async () => {
  await h.reset();
  enrol(h.ms, ADMIN);
});

/**
 * A Teams mention entity of a user as Microsoft's "Receive mentions" example shows it: mentioned.id
 * is the MRI and there is no Entra object id (`aad: true` adds one, as some clients do).
 */
const mentionOf = (user: TeamsUser, options: { aad?: boolean; name?: string } = {}) => {
  const name = options.name ?? user.name;
  return { type: 'mention', text: `<at>${name}</at>`, mentioned: { id: user.id, name, ...(options.aad ? { aadObjectId: user.aadObjectId } : {}) } };
};

/** "@Gremium <text>" in the channel, where `text` holds `<at>..</at>` markup for `people`. */
const askWith = (from: TeamsUser, text: string, people: ReturnType<typeof mentionOf>[], locale = 'nl-NL') => {
  const activity = channelMention(h.ms.serviceUrl, from, text, locale);
  return { ...activity, textFormat: 'xml', entities: [...activity.entities, ...people] };
};

const answerText = () => h.ms.sent().map((c) => cardText(c.body)).join('\n');

describe('Teams: a question about a mentioned person', () => {
  it('"@Gremium waar zit @Sanne Bakker in?" names her committees once her account is linked', async () => {
    await h.post(channelMention(h.ms.serviceUrl, SANNE, 'help'));
    const before = h.ms.sent().length;
    await h.post(askWith(JAN, 'waar zit <at>Sanne Bakker</at> in?', [mentionOf(SANNE)]));
    const said = h.ms.sent().slice(before).map((c) => cardText(c.body)).join('\n');
    expect(said).not.toMatch(/ken niemand/);
    expect(said).toContain('Sanne Bakker');
    expect(said).toMatch(/SBO|Stuurgroep|ORO/);
    expect(said).not.toMatch(/@[a-z.]+\.example/);
  });

  it('understands a mention whose display name differs from the registry, through the account the roster names', async () => {
    await h.post(channelMention(h.ms.serviceUrl, SANNE, 'help'));
    const before = h.ms.sent().length;
    await h.post(askWith(JAN, 'where does <at>Sanne B.</at> sit?', [mentionOf(SANNE, { name: 'Sanne B.' })], 'en-GB'));
    const said = h.ms.sent().slice(before).map((c) => cardText(c.body)).join('\n');
    expect(said).toContain('Sanne Bakker');
    expect(said).not.toMatch(/know nobody|don't know anyone|no one/i);
  });

  it('falls back to the display name of a mentioned account that is not linked', async () => {
    await h.post(askWith(JAN, 'waar zit <at>Karin Smit</at> in?', [mentionOf(KARIN)]));
    const said = answerText();
    expect(said).toContain('Karin Smit');
    expect(said).not.toMatch(/ken niemand/);
  });

  it('takes Teams splitting a name over two <at> tags for one person', async () => {
    await h.post(askWith(JAN, 'waar zit <at>Karin</at> <at>Smit</at> in?', [mentionOf(KARIN, { name: 'Karin' }), mentionOf(KARIN, { name: 'Smit' })]));
    expect(answerText()).not.toMatch(/ken niemand/);
    expect(answerText()).toContain('Karin Smit');
  });
});

describe('Teams: "did you mean" after a mention', () => {
  it("suggests people by name, never with anyone's e-mail address, in the text or on the buttons", async () => {
    const nobody: TeamsUser = { id: '29:1not-in-roster', aadObjectId: 'a1b2c3d4-0000-4000-8000-0000000000ee', name: 'Sanne Bakkr', email: '' };
    await h.post(askWith(JAN, 'waar zit <at>Sanne Bakkr</at> in?', [mentionOf(nobody)]));
    const cards = JSON.stringify(h.ms.sent().map((c) => c.body));
    expect(answerText()).toMatch(/Bedoelt u .*Sanne Bakker/);
    expect(cards).not.toMatch(/[\w.]+@[\w.]+\.example/);
  });
});

describe('Teams: /gremium koppel with a mention', () => {
  it('links the mentioned account by the Entra object id the roster gives, account first or last', async () => {
    enrol(h.ms, STRANGER);
    await h.post(askWith(ADMIN, '/gremium koppel <at>Pranav Smith</at> Sanne Bakker', [mentionOf(STRANGER)]));
    expect(answerText()).not.toMatch(/geen account/);
    const link = await h.db.db.platformIdentity.findUnique({ where: { platform_externalId: { platform: 'teams', externalId: STRANGER.aadObjectId } }, include: { person: true } });
    expect(link?.person.name).toBe('Sanne Bakker');
    const before = h.ms.sent().length;
    await h.post(askWith(ADMIN, 'koppel Karin Smit <at>Pranav Smith</at>', [mentionOf(STRANGER)]));
    const moved = await h.db.db.platformIdentity.findUnique({ where: { platform_externalId: { platform: 'teams', externalId: STRANGER.aadObjectId } }, include: { person: true } });
    expect(moved?.person.name, h.ms.sent().slice(before).map((c) => cardText(c.body)).join('\n')).toBe('Karin Smit');
  });

  it('links by the object id in the mention when Teams gives one, without asking the roster', async () => {
    const lookups = () => h.ms.memberLookups.filter((id) => id === STRANGER.id).length;
    const before = lookups();
    await h.post(askWith(ADMIN, '/gremium koppel <at>Pranav Smith</at> Sanne Bakker', [mentionOf(STRANGER, { aad: true })]));
    const link = await h.db.db.platformIdentity.findUnique({ where: { platform_externalId: { platform: 'teams', externalId: STRANGER.aadObjectId } }, include: { person: true } });
    expect(link?.person.name).toBe('Sanne Bakker');
    expect(lookups()).toBe(before);
  });

  it('after koppel, a question about the mentioned account is about the linked person', async () => {
    enrol(h.ms, STRANGER);
    await h.post(askWith(ADMIN, '/gremium koppel <at>Pranav Smith</at> Sanne Bakker', [mentionOf(STRANGER)]));
    const before = h.ms.sent().length;
    await h.post(askWith(JAN, 'waar zit <at>Pranav Smith</at> in?', [mentionOf(STRANGER)]));
    const said = h.ms.sent().slice(before).map((c) => cardText(c.body)).join('\n');
    expect(said).toContain('Sanne Bakker');
    expect(said).not.toMatch(/Pranav/);
  });
});
