/**
 * The services behind `gremium person export | erase` (AVG), on the demo region: only administrators,
 * a secret ballot's choice stays secret in the export, and the erasure reaches every copy of a name
 * (outbox messages, poll questions, conversation references, the audit) without touching someone
 * whose name merely starts the same, and is not done twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePerson } from '../../src/conversation/resolve.ts';
import { demoId } from '../../src/demo/index.ts';
import { pseudonymFor } from '../../src/domain/registry/pseudonym.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { castStance } from '../../src/services/decisions/cast-stance.ts';
import { openPoll } from '../../src/services/decisions/open-poll.ts';
import { erasePerson } from '../../src/services/privacy/erase-person.ts';
import { exportPerson } from '../../src/services/privacy/export-person.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { loadCatalog } from '../../src/services/registry/registry-catalog.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });
const actor = (slug: string) => ({ personId: demoId.person(slug), label: slug });
const ADMIN = actor('beheerder-gremium');
const PIET = demoId.person('piet-jansen');
const audits = () => database.db.auditEntry.count();

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

describe('export', () => {
  it('is refused to anyone but an administrator, and nothing is audited', async () => {
    const before = await audits();
    expect(await exportPerson(deps(), { actor: actor('sanne-bakker'), personId: PIET })).toEqual({ ok: false, error: { code: 'NOT_ADMINISTRATOR', params: { person: 'Sanne Bakker' } } });
    expect(await audits()).toBe(before);
  });

  it('lists a vote in a secret ballot without its choice', async () => {
    await database.db.committee.update({ where: { id: demoId.committee('ORO') }, data: { secretBallot: true } });
    const poll = await openPoll(deps(), { actor: actor('sanne-bakker'), committeeId: demoId.committee('ORO'), question: 'Geheim: akkoord?', closesAt: new Date('2026-12-08T22:00:00Z'), meetingDay: null });
    if (!poll.ok) throw new Error(JSON.stringify(poll.error));
    expect((await castStance(deps(), { actor: actor('piet-jansen'), pollId: poll.value.pollId, choice: 'AGAINST' })).ok).toBe(true);
    await database.db.committee.update({ where: { id: demoId.committee('ORO') }, data: { secretBallot: false } });
    const exported = await exportPerson(deps(), { actor: ADMIN, personId: PIET });
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    expect(exported.value.stances).toEqual([expect.objectContaining({ question: 'Geheim: akkoord?', secret: true, choice: null })]);
    // The weekly digest's day is his preference too (issue 17 point 5): Monday unless he chose.
    expect(exported.value.person.weeklyDigest).toBe('monday');
    expect(JSON.stringify(exported.value)).not.toContain('AGAINST');
    expect(await database.db.auditEntry.count({ where: { action: 'person.export', subjectId: PIET, actorId: ADMIN.personId } })).toBe(1);
  });
});

describe('erase', () => {
  const email = 'piet.jansen@jeugdzorgnoord.example';
  let other = '';

  beforeAll(async () => {
    const db = database.db;
    await db.platformIdentity.create({ data: { platform: 'teams', externalId: 'aad-piet-0001', personId: PIET } });
    await db.conversationRef.create({ data: { id: 'teams:user:aad-piet-0001', platform: 'teams', reference: { reference: { user: { name: 'Piet Jansen' } }, userIds: ['aad-piet-0001'] } } });
    await db.conversationRef.create({ data: { id: 'teams:conv:19:oro', platform: 'teams', reference: { reference: { conversation: { id: '19:oro' } }, userIds: ['aad-anna', 'aad-piet-0001'] } } });
    await db.outboxMessage.create({ data: { key: 'mandate:piet', platform: 'teams', channel: 'aad-piet-0001', payload: { kind: 'text', text: `Piet Jansen (${email}), uw mandaat loopt af.` }, dueAt: new Date('2026-11-20T08:00:00Z'), status: 'SENT' } });
    await db.poll.updateMany({ where: { question: 'Geheim: akkoord?' }, data: { question: 'Geheim: akkoord met Piet Jansen als voorzitter?' } });
    // Jan de Vries's absence, Piet standing in: the reason is Jan's.
    const seat = await db.seat.findFirstOrThrow({ where: { personId: demoId.person('jan-de-vries'), committee: { code: 'SBO' } } });
    const meeting = await db.meeting.create({ data: { committeeId: seat.committeeId, day: new Date('2026-12-11T00:00:00Z'), originalDay: new Date('2026-12-11T00:00:00Z'), startsAt: new Date('2026-12-11T14:00:00Z'), kind: 'EXTRA' } });
    await db.substitutionDeclaration.create({ data: { id: 'decl-jan', seatId: seat.id, meetingId: meeting.id, substituteId: PIET, declaredById: seat.personId, reason: 'op reis; Piet Jansen neemt over' } });
    // Absences for a period (issue 17): Jan's, Piet standing in (the reason is Jan's), and Piet's own.
    await db.absence.create({ data: { id: 'absence-jan', committeeId: seat.committeeId, personId: seat.personId, startsOn: new Date('2027-01-01T00:00:00Z'), endsOn: new Date('2027-03-31T00:00:00Z'), substituteId: PIET, declaredById: seat.personId, reason: 'verlof; Piet Jansen neemt over' } });
    await db.absence.create({ data: { id: 'absence-piet', committeeId: seat.committeeId, personId: PIET, startsOn: new Date('2027-01-01T00:00:00Z'), endsOn: new Date('2027-03-31T00:00:00Z'), declaredById: PIET, reason: 'ouderschapsverlof' } });
    other = (await db.person.create({ data: { name: 'Piet Jansens', email: 'p.jansens@example.org' } })).id;
    await db.auditEntry.create({ data: { actorLabel: 'test', action: 'person.create', subjectType: 'Person', subjectId: other, after: { name: 'Piet Jansens' } } });
  });

  it('is refused while a seat runs, naming it, and for oneself; nothing written', async () => {
    const before = await audits();
    expect(await erasePerson(deps(), { actor: ADMIN, personId: PIET })).toEqual({
      ok: false,
      error: { code: 'PERSON_HOLDS_SEATS', params: { person: 'Piet Jansen', committees: ['ORO'], roles: ['MEMBER'], organisations: ['Combinatie Noord'], since: ['2023-01-01'] } },
    });
    expect(await erasePerson(deps(), { actor: ADMIN, personId: ADMIN.personId })).toMatchObject({ ok: false, error: { code: 'ERASE_SELF' } });
    expect(await erasePerson(deps(), { actor: actor('jan-de-vries'), personId: PIET })).toMatchObject({ ok: false, error: { code: 'NOT_ADMINISTRATOR' } });
    expect(await audits()).toBe(before);
  });

  it('replaces every copy of his name, address and accounts, and leaves "Piet Jansens" alone', async () => {
    await database.db.seat.updateMany({ where: { personId: PIET }, data: { endsOn: new Date('2026-11-24T00:00:00Z') } });
    const result = await erasePerson(deps(), { actor: ADMIN, personId: PIET });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const as = pseudonymFor(PIET);
    expect(result.value).toMatchObject({ already: false, pseudonym: as.name, accountsUnlinked: 1 });
    const db = database.db;
    expect(await db.person.findUniqueOrThrow({ where: { id: PIET } })).toMatchObject({ name: as.name, email: null, language: null, isAdmin: false, digestDay: null });
    expect(await db.platformIdentity.count({ where: { personId: PIET } })).toBe(0);
    expect(await db.conversationRef.findUnique({ where: { id: 'teams:user:aad-piet-0001' } })).toBeNull();
    expect((await db.conversationRef.findUniqueOrThrow({ where: { id: 'teams:conv:19:oro' } })).reference).toEqual({ reference: { conversation: { id: '19:oro' } }, userIds: ['aad-anna', as.account] });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { key: 'mandate:piet' } })).toMatchObject({ channel: as.account, payload: { kind: 'text', text: `${as.name} (${as.email}), uw mandaat loopt af.` } });
    expect(await db.poll.count({ where: { question: `Geheim: akkoord met ${as.name} als voorzitter?` } })).toBe(1);
    expect(await db.substitutionDeclaration.findUniqueOrThrow({ where: { id: 'decl-jan' } })).toMatchObject({ substituteId: PIET, reason: `op reis; ${as.name} neemt over` });
    expect(await db.absence.findUniqueOrThrow({ where: { id: 'absence-jan' } })).toMatchObject({ substituteId: PIET, reason: `verlof; ${as.name} neemt over` });
    expect(await db.absence.findUniqueOrThrow({ where: { id: 'absence-piet' } })).toMatchObject({ reason: null });
    const audit = await db.auditEntry.findMany();
    expect(audit.filter((a) => JSON.stringify(a, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)).toLowerCase().includes(email))).toEqual([]);
    expect(await db.person.findUniqueOrThrow({ where: { id: other } })).toMatchObject({ name: 'Piet Jansens' });
    expect(await db.auditEntry.count({ where: { subjectId: other, after: { equals: { name: 'Piet Jansens' } } } })).toBe(1);
    // The names people type no longer find him.
    expect(resolvePerson(await loadCatalog(deps()), 'Piet Jansen', 'nl')).toMatchObject({ ok: false });
  });

  it('done twice changes nothing and audits nothing more', async () => {
    const before = await audits();
    expect(await erasePerson(deps(), { actor: ADMIN, personId: PIET })).toMatchObject({ ok: true, value: { already: true } });
    expect(await audits()).toBe(before);
  });
});
