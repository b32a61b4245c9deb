/**
 * Who a Teams user is, end to end through the real CloudAdapter (issue 13, point 2). With
 * MICROSOFT_APP_TENANT_ID set, an activity of any other tenant is refused before the turn runs,
 * in Dutch and English, and nothing is written; an account is keyed on the Entra object id and
 * linked by roster e-mail only when the roster's member is that very object. Without a tenant,
 * nobody is linked by e-mail.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardAction, JAN, personalMessage, SANNE, TENANT, type TeamsUser } from './activities.ts';
import { cardText, enrol, startHarness, type Harness } from './harness.ts';

const OTHER_TENANT = '0b4d7a11-9c2e-4f55-8a66-1f2e3d4c5b6a';
/** Someone of another tenant whose directory gives them Sanne's address, in capitals. */
const MALLORY: TeamsUser = { id: '29:1mallory-other-tenant', aadObjectId: 'f0f0f0f0-0000-4000-8000-00000000beef', name: 'Sanne Bakker', email: SANNE.email.toUpperCase() };

const fromTenant = <T extends Record<string, unknown>>(activity: T, tenant: string): T => ({
  ...activity,
  conversation: { ...(activity.conversation as object), tenantId: tenant },
  channelData: { ...(activity.channelData as object), tenant: { id: tenant } },
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());
beforeEach(async () => h.reset());

const written = async () => ({
  identities: await h.db.db.platformIdentity.count(),
  conversations: await h.db.db.conversationRef.count(),
  claims: await h.db.db.processedEvent.count(),
  audit: await h.db.db.auditEntry.count(),
  polls: await h.db.db.poll.count(),
});

describe('Teams with MICROSOFT_APP_TENANT_ID set', () => {
  it("refuses another tenant's user with a member's roster address before the turn: told in Dutch and English, nothing written", async () => {
    enrol(h.ms, MALLORY);
    const before = await written();
    const res = await h.post(fromTenant(personalMessage(h.ms.serviceUrl, MALLORY, '/gremium peiling openen SBO vraag="Akkoord?" sluit=2026-12-10'), OTHER_TENANT));
    expect(res.status).toBe(200);
    const said = h.ms.sent().map((c) => JSON.stringify(c.body)).join('\n');
    expect(said).toMatch(/organisatie/);
    expect(said).toMatch(/organisation/);
    expect(await written()).toEqual(before);
  });

  it('refuses an activity whose conversation and channel data disagree about the tenant', async () => {
    const before = await written();
    const activity = personalMessage(h.ms.serviceUrl, JAN, 'help');
    await h.post({ ...activity, channelData: { tenant: { id: OTHER_TENANT } } });
    expect(await written()).toEqual(before);
  });

  it("answers another tenant's card click with the refusal, acting on nothing", async () => {
    const before = await written();
    const res = await h.post(fromTenant(cardAction(h.ms.serviceUrl, MALLORY, '/gremium help'), OTHER_TENANT));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toMatch(/organisation/);
    expect(await written()).toEqual(before);
  });

  it("keys the account on the Entra object id, and links by roster e-mail only when the roster's member is that object", async () => {
    await h.post(personalMessage(h.ms.serviceUrl, JAN, 'help'));
    const link = await h.db.db.platformIdentity.findFirstOrThrow({ where: { platform: 'teams' }, include: { person: true } });
    expect([link.externalId, link.person.name]).toEqual([JAN.aadObjectId, 'Jan de Vries']);
    // The roster answers for this MRI with another object's entry: its address proves nothing.
    h.ms.roster.set(SANNE.id, { id: SANNE.id, aadObjectId: 'a1b2c3d4-0000-4000-8000-0000000000aa', name: SANNE.name, email: SANNE.email });
    const before = await written();
    await h.post(personalMessage(h.ms.serviceUrl, SANNE, 'help'));
    expect(cardText(h.ms.sent().at(-1)!.body)).toMatch(/weet nog niet wie u bent/);
    expect((await written()).identities).toBe(before.identities);
  });
});

describe('Teams without a tenant', () => {
  let open: Harness;
  beforeAll(async () => {
    open = await startHarness({ tenantId: '' });
  });
  afterAll(async () => open?.close());

  it('links nobody by roster e-mail: any tenant can give its users any address', async () => {
    await open.post(fromTenant(personalMessage(open.ms.serviceUrl, JAN, 'help'), TENANT));
    expect(await open.db.db.platformIdentity.count()).toBe(0);
    expect(cardText(open.ms.sent().at(-1)!.body)).toMatch(/weet nog niet wie u bent/);
  });
});
