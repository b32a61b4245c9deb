/** Polls through the services: opening under the committee's rule, voting per seat, closing once. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { castStance } from '../../src/services/decisions/cast-stance.ts';
import { closeDuePolls, closePoll } from '../../src/services/decisions/close-poll.ts';
import { openPoll } from '../../src/services/decisions/open-poll.ts';
import { loadPollView } from '../../src/services/decisions/poll-view.ts';
import { addSeat } from '../../src/services/registry/add-seat.ts';
import { audit } from '../../src/services/audit.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createDecisionsFixture, decisionCounts, NOW, type DecisionsFixture } from '../support/decisions-fixture.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
let f: DecisionsFixture;
let clock = NOW;
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });
const actor = (personId: string, label = 'x') => ({ personId, label });
const later = new Date('2026-12-01T17:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  clock = NOW;
  await database.reset();
  f = await createDecisionsFixture(database.db);
});

async function oroPoll(meetingDay: string | null = '2026-12-09', closesAt = later): Promise<string> {
  const opened = await openPoll(deps(), { actor: actor(f.secretaryId, 'Sanne Bakker'), committeeId: f.otherCommitteeId, question: 'Werkplan 2027?', closesAt, meetingDay });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value.pollId;
}

describe('opening a poll', () => {
  it('opens with the options of the committee rule, tied to the meeting, audited', async () => {
    const pollId = await oroPoll();
    const poll = await database.db.poll.findUniqueOrThrow({ where: { id: pollId } });
    expect(poll).toMatchObject({ rule: 'MAJORITY', options: ['FOR', 'AGAINST', 'ABSTAIN'], meetingId: f.oroMeetingId, status: 'OPEN' });
    expect(await database.db.auditEntry.findMany({ where: { subjectId: pollId } })).toMatchObject([{ action: 'poll.open', actorId: f.secretaryId }]);
  });

  it('refuses a committee without decisions, quoting its rule, and changes nothing', async () => {
    await database.db.committee.update({ where: { id: f.otherCommitteeId }, data: { decisionRule: 'NO_DECISIONS' } });
    const before = await decisionCounts(database.db);
    const r = await openPoll(deps(), { actor: actor(f.secretaryId), committeeId: f.otherCommitteeId, question: 'Q', closesAt: later, meetingDay: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'POLL_NOT_ALLOWED', params: { committee: 'ORO', rule: 'NO_DECISIONS' } } });
    expect(!r.ok && r.error.params?.quote).toContain('geen besluitvorming');
    expect(await decisionCounts(database.db)).toEqual(before);
  });

  it('refuses members, held meetings, days without a meeting and past closing times', async () => {
    const before = await decisionCounts(database.db);
    const base = { committeeId: f.otherCommitteeId, question: 'Q', closesAt: later };
    expect(await openPoll(deps(), { ...base, actor: actor(f.memberId), meetingDay: null })).toMatchObject({ ok: false, error: { code: 'NOT_POLL_MANAGER' } });
    expect(await openPoll(deps(), { ...base, actor: actor(f.secretaryId), meetingDay: '2026-11-11' })).toMatchObject({ ok: false, error: { code: 'MEETING_CLOSED' } });
    expect(await openPoll(deps(), { ...base, actor: actor(f.secretaryId), meetingDay: '2026-12-10' })).toMatchObject({
      ok: false, error: { code: 'NO_MEETING_ON_DAY', params: { next: ['2026-12-09'] } },
    });
    expect(await openPoll(deps(), { ...base, closesAt: new Date('2026-11-01T00:00:00Z'), actor: actor(f.secretaryId), meetingDay: null })).toMatchObject({ ok: false, error: { code: 'POLL_CLOSES_IN_PAST' } });
    expect(await decisionCounts(database.db)).toEqual(before);
  });
});

describe('casting stances', () => {
  it('gives a person with two member seats one stance per seat, and a change replaces them', async () => {
    const pollId = await oroPoll();
    const first = await castStance(deps(), { actor: actor(f.memberId), pollId, choice: 'FOR' });
    expect(first.ok && first.value.cast.map((c) => c.seatId).sort()).toEqual([...f.janOroSeatIds].sort());
    const changed = await castStance(deps(), { actor: actor(f.memberId), pollId, choice: 'AGAINST' });
    expect(changed.ok && changed.value.cast).toHaveLength(2);
    const stances = await database.db.stance.findMany({ where: { pollId } });
    expect(stances.map((s) => s.choice)).toEqual(['AGAINST', 'AGAINST']);
    expect(await database.db.auditEntry.count({ where: { action: 'stance.cast' } })).toBe(4);
    const view = await loadPollView(deps(), pollId);
    expect(view?.outcome?.counts).toMatchObject({ for: 0, against: 2, voted: 2, notVoted: 1, seats: 3 });
  });

  it('keeps the electorate fixed at opening while the remembered names follow the registry', async () => {
    const pollId = await oroPoll();
    const first = await loadPollView(deps(), pollId);
    expect(first?.seats).toHaveLength(3);
    const renamed = first!.seats[0]!.organisationName;
    // A rename written beside the services, then a registry write that moves the revision.
    await database.db.organisation.updateMany({ where: { name: renamed }, data: { name: `${renamed} (nieuw)` } });
    const party = await database.db.organisation.create({ data: { name: 'Nieuwe Partij', kind: 'PROVIDER' } });
    const added = await addSeat(deps(), { actor: actor(f.adminId), committeeId: f.otherCommitteeId, personId: f.colleagueId, onBehalfOfId: party.id, role: 'MEMBER', from: '2024-01-01', until: null, substituteId: null });
    expect(added.ok).toBe(true);
    const view = await loadPollView(deps(), pollId);
    expect(view?.seats.map((s) => s.organisationName)).toContain(`${renamed} (nieuw)`);
    expect(view?.seats.map((s) => s.organisationName)).not.toContain('Nieuwe Partij');
    expect(view?.outcome?.counts.seats).toBe(3);
  });

  it('refuses advisers, secretaries, outsiders and choices the rule does not offer, changing nothing', async () => {
    const pollId = await oroPoll();
    const before = await decisionCounts(database.db);
    expect(await castStance(deps(), { actor: actor(f.outsiderId), pollId, choice: 'FOR' })).toMatchObject({ ok: false, error: { code: 'NOT_A_MEMBER', params: { role: 'ADVISER' } } });
    expect(await castStance(deps(), { actor: actor(f.secretaryId), pollId, choice: 'FOR' })).toMatchObject({ ok: false, error: { code: 'NOT_A_MEMBER' } });
    expect(await castStance(deps(), { actor: actor(f.colleagueId), pollId, choice: 'FOR' })).toMatchObject({ ok: false, error: { code: 'NO_VOTING_SEAT', params: { committee: 'ORO' } } });
    expect(await castStance(deps(), { actor: actor(f.keesId), pollId, choice: 'OBJECT' })).toMatchObject({ ok: false, error: { code: 'CHOICE_NOT_ALLOWED' } });
    expect(await castStance(deps(), { actor: actor(f.keesId), pollId: 'nope', choice: 'FOR' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_POLL' } });
    expect(await decisionCounts(database.db)).toEqual(before);
  });

  it('counts exactly one stance when the same seat votes many times at the same moment', async () => {
    const pollId = await oroPoll();
    const choices = ['FOR', 'AGAINST', 'ABSTAIN', 'FOR', 'AGAINST', 'FOR', 'ABSTAIN', 'AGAINST'] as const;
    const results = await Promise.all(choices.map((choice) => castStance(deps(), { actor: actor(f.keesId), pollId, choice })));
    expect(results.every((r) => r.ok)).toBe(true);
    const stances = await database.db.stance.findMany({ where: { pollId } });
    expect(stances).toHaveLength(1);
    expect(stances[0]!.seatId).toBe(f.keesSeatId);
    const view = await loadPollView(deps(), pollId);
    expect(view?.outcome?.counts.voted).toBe(1);
  });

  it('decides on fresh rows when a substitution arrives after the first votes', async () => {
    const pollId = await oroPoll();
    expect(await castStance(deps(), { actor: actor(f.memberId), pollId, choice: 'FOR' })).toMatchObject({ ok: true });
    // Written as every write is: with its audit entry, in one transaction (services/audit.ts).
    await database.db.$transaction(async (tx) => {
      const declaration = await tx.substitutionDeclaration.create({ data: { seatId: f.janOroSeatIds[0], meetingId: f.oroMeetingId, substituteId: f.colleagueId, declaredById: f.memberId } });
      await audit(tx, actor(f.memberId), { action: 'substitution.declare', subjectType: 'SubstitutionDeclaration', subjectId: declaration.id, after: declaration }, NOW);
    });
    // The roster in memory still says Jan holds the seat; the statement's check catches it.
    const again = await castStance(deps(), { actor: actor(f.memberId), pollId, choice: 'ABSTAIN', seatId: f.janOroSeatIds[0] });
    expect(again).toMatchObject({ ok: false, error: { code: 'SUBSTITUTED' } });
    expect(await castStance(deps(), { actor: actor(f.colleagueId), pollId, choice: 'AGAINST' })).toMatchObject({ ok: true, value: { cast: [{ seatId: f.janOroSeatIds[0], as: 'SUBSTITUTE' }] } });
    const stances = await database.db.stance.findMany({ where: { pollId }, orderBy: { seatId: 'asc' } });
    expect(stances.find((s) => s.seatId === f.janOroSeatIds[0])).toMatchObject({ choice: 'AGAINST', castById: f.colleagueId });
  });

  it('refuses a vote on a closed poll, after the closing time, and on a cancelled meeting', async () => {
    const pollId = await oroPoll();
    await castStance(deps(), { actor: actor(f.keesId), pollId, choice: 'FOR' });
    await closePoll(deps(), { actor: actor(f.secretaryId), pollId });
    const before = await decisionCounts(database.db);
    expect(await castStance(deps(), { actor: actor(f.memberId), pollId, choice: 'FOR' })).toMatchObject({ ok: false, error: { code: 'POLL_CLOSED', params: { committee: 'ORO' } } });
    const late = await oroPoll(null, new Date('2026-11-25T11:00:00Z'));
    clock = new Date('2026-11-25T11:00:01Z');
    expect(await castStance(deps(), { actor: actor(f.keesId), pollId: late, choice: 'FOR' })).toMatchObject({ ok: false, error: { code: 'POLL_CLOSED' } });
    clock = NOW;
    const third = await oroPoll();
    await database.db.meeting.update({ where: { id: f.oroMeetingId }, data: { status: 'CANCELLED' } });
    const mid = await decisionCounts(database.db);
    expect(await castStance(deps(), { actor: actor(f.keesId), pollId: third, choice: 'FOR' })).toMatchObject({ ok: false, error: { code: 'MEETING_CANCELLED', params: { day: '2026-12-09' } } });
    expect(await decisionCounts(database.db)).toEqual(mid);
    expect((await decisionCounts(database.db)).stances).toBe(before.stances);
  });
});

describe('closing', () => {
  it('closes once under the rule, numbers the decision on the meeting, and a second close changes nothing', async () => {
    const pollId = await oroPoll();
    await castStance(deps(), { actor: actor(f.memberId), pollId, choice: 'FOR' });
    await castStance(deps(), { actor: actor(f.keesId), pollId, choice: 'AGAINST' });
    const closed = await closePoll(deps(), { actor: actor(f.secretaryId), pollId });
    expect(closed).toMatchObject({ ok: true, value: { alreadyClosed: false, decisionNumber: 1, outcome: { status: 'ADOPTED', ratio: '2-1-0', final: true } } });
    const after = await decisionCounts(database.db);
    const again = await closePoll(deps(), { actor: actor(f.secretaryId), pollId });
    expect(again).toMatchObject({ ok: true, value: { alreadyClosed: true, decisionNumber: 1, outcome: { status: 'ADOPTED' } } });
    expect(await decisionCounts(database.db)).toEqual(after);
    const second = await oroPoll();
    expect(await closePoll(deps(), { actor: actor(f.secretaryId), pollId: second })).toMatchObject({ ok: true, value: { decisionNumber: 2, outcome: { status: 'NO_VOTES' } } });
    expect(await database.db.auditEntry.count({ where: { action: { in: ['poll.close', 'decision.create'] } } })).toBe(4);
  });

  it('lets the scheduler close due polls only, idempotently', async () => {
    const due = await oroPoll(null, new Date('2026-11-26T09:00:00Z'));
    const notDue = await oroPoll(null, later);
    const system = { personId: null, label: 'system' };
    expect(await closePoll(deps(), { actor: system, pollId: notDue })).toMatchObject({ ok: false, error: { code: 'POLL_NOT_DUE' } });
    clock = new Date('2026-11-26T09:00:00Z');
    const results = await Promise.all([closeDuePolls(deps()), closeDuePolls(deps())]);
    expect(results.flat().filter((r) => !r.alreadyClosed).map((r) => r.pollId)).toEqual([due]);
    expect((await database.db.poll.findUniqueOrThrow({ where: { id: notDue } })).status).toBe('OPEN');
    expect(await database.db.auditEntry.count({ where: { action: 'poll.close' } })).toBe(1);
  });

  it('counts every stance accepted before the close and none after it', async () => {
    const pollId = await oroPoll();
    const [a, b, closed] = await Promise.all([
      castStance(deps(), { actor: actor(f.memberId), pollId, choice: 'FOR' }),
      castStance(deps(), { actor: actor(f.keesId), pollId, choice: 'FOR' }),
      closePoll(deps(), { actor: actor(f.secretaryId), pollId }),
    ]);
    const stances = await database.db.stance.count({ where: { pollId } });
    expect(closed.ok && closed.value.outcome.counts.voted).toBe(stances);
    const accepted = [a, b].filter((r) => r.ok).reduce((n, r) => n + (r.ok ? r.value.cast.length : 0), 0);
    expect(accepted).toBe(stances);
  });
});
