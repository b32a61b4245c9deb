/**
 * 001 SBO, Bezetting, Randvoorwaarden: "De afgevaardigde vertegenwoordiging dient aantoonbaar
 * rechtsgeldig bevoegd te zijn om de jeugdhulpaanbieder te vertegenwoordigen." In the SBO (workbook:
 * "Mandaat vereist: ja") no one votes without a valid mandate for the seat's party on the day the vote
 * is cast, and the secretary is warned weeks before such a mandate ends.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDueReminders } from '../../src/scheduler/create-due-reminders.ts';
import { castStance } from '../../src/services/decisions/cast-stance.ts';
import { openPoll } from '../../src/services/decisions/open-poll.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { revokeMandate } from '../../src/services/registry/revoke-mandate.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { consoleSay } from '../support/console-chat.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
let clock = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const person = (name: string) => database.db.person.findFirstOrThrow({ where: { name } });
const org = (name: string) => database.db.organisation.findFirstOrThrow({ where: { name } });
const actor = async (name: string) => ({ personId: (await person(name)).id, label: name });
const audits = () => database.db.auditEntry.count();

async function sboPoll(): Promise<string> {
  const sbo = await database.db.committee.findUniqueOrThrow({ where: { code: 'SBO' } });
  const opened = await openPoll(deps(), { actor: await actor('Sanne Bakker'), committeeId: sbo.id, question: 'Begroting 2027?', closesAt: new Date('2027-01-20T17:00:00Z'), meetingDay: null });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value.pollId;
}
async function endMandate(name: string, organisation: string, until: string) {
  const [p, o] = [await person(name), await org(organisation)];
  await database.db.mandate.updateMany({ where: { personId: p.id, organisationId: o.id }, data: { endsOn: day(until) } });
}

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  clock = new Date('2026-11-25T10:00:00Z');
  await database.resetToDemo(deps());
});

describe('a vote in a committee that requires a mandate', () => {
  it('is taken from a member with a valid mandate', async () => {
    const pollId = await sboPoll();
    expect(await castStance(deps(), { actor: await actor('Jan de Vries'), pollId, choice: 'AGREE' })).toMatchObject({ ok: true });
  });

  it('is refused once the mandate is revoked, even after an earlier vote, quoting 001, and changes nothing', async () => {
    const pollId = await sboPoll();
    expect(await castStance(deps(), { actor: await actor('Jan de Vries'), pollId, choice: 'AGREE' })).toMatchObject({ ok: true });
    // Jan's mandate covers every committee ("bestuurlijk"): an administrator revokes it (issue 13).
    const revoked = await revokeMandate(deps(), { actor: await actor('Beheerder Gremium'), personId: (await person('Jan de Vries')).id, organisationId: (await org('Combinatie Noord')).id });
    expect(revoked.ok).toBe(true);
    const before = await audits();
    const refused = await castStance(deps(), { actor: await actor('Jan de Vries'), pollId, choice: 'OBJECT' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'NO_VALID_MANDATE', params: { committee: 'SBO', organisationName: 'Combinatie Noord', problem: 'REVOKED', source: '001 SBO, Bezetting, Randvoorwaarden' } },
    });
    expect(!refused.ok && refused.error.params?.quote).toContain('aantoonbaar rechtsgeldig bevoegd');
    expect(await audits()).toBe(before);
    const stance = await database.db.stance.findFirstOrThrow({ where: { pollId } });
    expect(stance.choice).toBe('AGREE');
  });

  it('is refused in the console chat, in Dutch and English, when the mandate has ended', async () => {
    await endMandate('Monique van den Berg', 'Combinatie Zuid', '2026-11-24');
    const pollId = await sboPoll();
    const nl = await consoleSay(deps(), 'Monique van den Berg', `/gremium stem ${pollId} akkoord`);
    expect(nl).toBe(
      '⚠ U kunt in het SBO niet stemmen namens Combinatie Zuid: het mandaat is verlopen (tot en met 24 november 2026). Zonder geldig mandaat geen stem ("De afgevaardigde vertegenwoordiging dient aantoonbaar rechtsgeldig bevoegd te zijn om de jeugdhulpaanbieder te vertegenwoordigen.", 001 SBO, Bezetting, Randvoorwaarden). Vraag de secretaris het mandaat vast te leggen. Er is niets gewijzigd.',
    );
    const en = await consoleSay(deps(), 'Monique van den Berg', `/gremium vote ${pollId} agree`);
    expect(en).toContain('You cannot vote in the SBO on behalf of Combinatie Zuid: the mandate has expired (until 24 November 2026). No vote without a valid mandate (Dutch source: "De afgevaardigde');
    expect(await database.db.stance.count({ where: { pollId } })).toBe(0);
  });

  it('is taken again once a new mandate is recorded', async () => {
    await endMandate('Monique van den Berg', 'Combinatie Zuid', '2026-11-24');
    const pollId = await sboPoll();
    expect((await castStance(deps(), { actor: await actor('Monique van den Berg'), pollId, choice: 'AGREE' })).ok).toBe(false);
    // The command the secretary's warning suggests: a mandate for the SBO, hers to record.
    expect(await consoleSay(deps(), 'Sanne Bakker', '/gremium mandaat vastleggen "Monique van den Berg" namens="Combinatie Zuid" van=2026-11-25 reikwijdte=SBO')).not.toMatch(/^⚠/);
    expect(await castStance(deps(), { actor: await actor('Monique van den Berg'), pollId, choice: 'AGREE' })).toMatchObject({ ok: true });
  });

  it('asks nothing of a committee without the rule: the ORO takes votes from staff without a mandate', async () => {
    const oro = await database.db.committee.findUniqueOrThrow({ where: { code: 'ORO' } });
    const opened = await openPoll(deps(), { actor: await actor('Sanne Bakker'), committeeId: oro.id, question: 'Q?', closesAt: new Date('2026-12-20T17:00:00Z'), meetingDay: null });
    expect(opened.ok && (await castStance(deps(), { actor: await actor('Karin Smit'), pollId: opened.value.pollId, choice: 'FOR' })).ok).toBe(true);
  });
});

describe('the warning to the secretary when a voting seat\'s mandate ends', () => {
  const warnings = () => database.db.outboxMessage.findMany({ where: { key: { startsWith: 'mandate:' } }, orderBy: { key: 'asc' } });
  beforeEach(async () => {
    await database.db.platformIdentity.create({ data: { platform: 'slack', externalId: 'U0SANNE', personId: (await person('Sanne Bakker')).id } });
  });

  it('goes to the secretary once, six weeks ahead, in her language, with the command to record the next mandate', async () => {
    await endMandate('Monique van den Berg', 'Combinatie Zuid', '2026-12-31');
    expect((await createDueReminders(deps(), new Date('2026-11-18T08:00:00Z'))).mandateWarnings).toBe(0);
    const first = await createDueReminders(deps(), new Date('2026-11-25T08:00:00Z'));
    expect(first.mandateWarnings).toBe(1);
    expect((await createDueReminders(deps(), new Date('2026-11-26T08:00:00Z'))).mandateWarnings).toBe(0);
    const [warning] = await warnings();
    expect(warning).toMatchObject({ platform: 'slack', channel: 'U0SANNE', status: 'PENDING' });
    const text = renderReplies(warning!.payload as unknown as Reply[]);
    expect(text).toContain('Mandaat loopt af in het SBO: Monique van den Berg');
    expect(text).toContain('Het mandaat van Monique van den Berg voor Combinatie Zuid loopt af op 31 december 2026 (nog 36 dagen) en er is geen nieuw mandaat vastgelegd.');
    expect(text).toContain('/gremium mandaat vastleggen "Monique van den Berg" namens="Combinatie Zuid" van=<datum> reikwijdte=SBO');
  });

  it('says nothing when a next mandate follows on, or the seat ends with the mandate', async () => {
    await endMandate('Monique van den Berg', 'Combinatie Zuid', '2026-12-31');
    await endMandate('Jan de Vries', 'Combinatie Noord', '2026-12-31');
    const [monique, zuid] = [await person('Monique van den Berg'), await org('Combinatie Zuid')];
    await database.db.mandate.create({ data: { personId: monique.id, organisationId: zuid.id, startsOn: day('2027-01-01'), scope: 'bestuurlijk' } });
    const jan = await person('Jan de Vries');
    await database.db.seat.updateMany({ where: { personId: jan.id, committee: { code: 'SBO' }, role: 'MEMBER' }, data: { endsOn: day('2026-12-31') } });
    expect((await createDueReminders(deps(), new Date('2026-11-25T08:00:00Z'))).mandateWarnings).toBe(0);
  });

  it('a mandate that ended in the last week unwarned is still reported, saying it has ended', async () => {
    await endMandate('Monique van den Berg', 'Combinatie Zuid', '2026-11-22');
    expect((await createDueReminders(deps(), new Date('2026-11-25T08:00:00Z'))).mandateWarnings).toBe(1);
    const text = renderReplies((await warnings())[0]!.payload as unknown as Reply[]);
    expect(text).toContain('is afgelopen op 22 november 2026');
  });
});
