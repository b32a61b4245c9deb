/**
 * Linking a chat account by e-mail is one service for every platform (linkByEmail): the platform
 * only says which address it sees. Who gets linked and what is refused is the same for Slack and Teams.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { linkByEmail } from '../../src/services/identity/link-by-email.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });
const links = () => database.db.platformIdentity.count();
const linkAudits = () => database.db.auditEntry.count({ where: { action: 'identity.link' } });
const never = async (): Promise<string | null> => {
  throw new Error('the platform was asked for an e-mail address of an account already linked');
};

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

describe('linkByEmail', () => {
  it.each(['slack', 'teams'])('links a %s account to the person with that address, whatever its case, once and audited', async (platform) => {
    const [before, audited] = [await links(), await linkAudits()];
    const person = await linkByEmail(deps(), { platform, externalId: 'U-JAN', lookupEmail: async () => ' Jan.DeVries@JeugdzorgNoord.example ' });
    expect(person?.name).toBe('Jan de Vries');
    expect(await links()).toBe(before + 1);
    expect(await linkAudits()).toBe(audited + 1);
    const again = await linkByEmail(deps(), { platform, externalId: 'U-JAN', lookupEmail: never });
    expect(again).toEqual(person);
    expect(await links()).toBe(before + 1);
  });

  it('does not ask the platform when the adapter already read the linked person', async () => {
    const linked = { id: 'p1', name: 'Iemand', language: null };
    expect(await linkByEmail(deps(), { platform: 'slack', externalId: 'U-X', linked, lookupEmail: never })).toBe(linked);
  });

  it('asks the platform when the adapter read that the account is not linked', async () => {
    const person = await linkByEmail(deps(), { platform: 'teams', externalId: '29:piet', linked: null, lookupEmail: async () => 'piet.jansen@jeugdzorgnoord.example' });
    expect(person?.name).toBe('Piet Jansen');
  });

  it('links nobody for an address no person has, or when the platform gives none', async () => {
    const [before, audited] = [await links(), await linkAudits()];
    expect(await linkByEmail(deps(), { platform: 'slack', externalId: 'U-NOBODY', lookupEmail: async () => 'nobody@elsewhere.example' })).toBeNull();
    expect(await linkByEmail(deps(), { platform: 'teams', externalId: '29:nobody', lookupEmail: async () => null })).toBeNull();
    expect(await linkByEmail(deps(), { platform: 'teams', externalId: '29:blank', lookupEmail: async () => '   ' })).toBeNull();
    expect([await links(), await linkAudits()]).toEqual([before, audited]);
  });
});
