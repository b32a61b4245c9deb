/**
 * A poll's electorate is fixed when it opens (issue 13: "the electorate went from 12 to 13 and her vote
 * counted"): the member seats that vote on the poll's day. A seat given afterwards neither votes, nor
 * counts in "N of M" or the outcome, nor is reminded; a seat ended afterwards keeps its vote, so nobody
 * reshapes a running poll either way.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPollReminders } from '../../src/scheduler/poll-reminders.ts';
import { castStance } from '../../src/services/decisions/cast-stance.ts';
import { closePoll } from '../../src/services/decisions/close-poll.ts';
import { openPoll } from '../../src/services/decisions/open-poll.ts';
import { loadPollView } from '../../src/services/decisions/poll-view.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { endSeat } from '../../src/services/registry/end-seat.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createDecisionsFixture, NOW, type DecisionsFixture } from '../support/decisions-fixture.ts';

let database: TestDatabase;
let f: DecisionsFixture;
const deps = () => createServiceDeps({ db: database.db, now: () => NOW, caches: database.caches });
const actor = (personId: string, label = 'x') => ({ personId, label });
const closes = new Date('2026-12-08T17:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await database.reset();
  f = await createDecisionsFixture(database.db);
});

async function oroPoll(meetingDay: string | null): Promise<string> {
  const opened = await openPoll(deps(), { actor: actor(f.secretaryId, 'Sanne Bakker'), committeeId: f.otherCommitteeId, question: 'Werkplan 2027?', closesAt: closes, meetingDay });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value.pollId;
}
/** A member seat in the ORO for the colleague, from `from`, as if an administrator had just added it. */
const lateSeat = (from: string) =>
  database.db.seat.create({ data: { committeeId: f.otherCommitteeId, personId: f.colleagueId, onBehalfOfId: f.combinationId, role: 'MEMBER', startsOn: new Date(`${from}T00:00:00Z`) } });

describe('the electorate of a poll', () => {
  it('is the member seats voting on the meeting day, stored (and counted in the audit) when the poll opens', async () => {
    // A seat starting between today and the meeting day votes in the meeting's poll.
    const starting = await lateSeat('2026-12-01');
    const pollId = await oroPoll('2026-12-09');
    const voters = await database.db.pollVoter.findMany({ where: { pollId }, select: { seatId: true } });
    expect(voters.map((v) => v.seatId).sort()).toEqual([...f.janOroSeatIds, f.keesSeatId, starting.id].sort());
    const entry = await database.db.auditEntry.findFirstOrThrow({ where: { action: 'poll.open', subjectId: pollId } });
    expect(entry.after).toMatchObject({ electorate: 4 });
  });

  it('takes in no seat given afterwards: no vote, not in "N of M", not in the outcome, not reminded', async () => {
    const pollId = await oroPoll(null);
    await lateSeat('2026-11-25');
    const refused = await castStance(deps(), { actor: actor(f.colleagueId), pollId, choice: 'FOR' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_IN_ELECTORATE', params: { committee: 'ORO', opened: '2026-11-25' } } });
    expect(await database.db.stance.count({ where: { pollId } })).toBe(0);
    await database.db.platformIdentity.createMany({ data: [f.colleagueId, f.keesId].map((personId) => ({ platform: 'slack', externalId: `U-${personId}`, personId })) });
    const reminders = await createPollReminders(deps(), new Date('2026-12-08T10:00:00Z'), 24, (_lang, _poll, seat) => ({ to: seat.personId }));
    expect(reminders.map((r) => r.payload)).toEqual([{ to: f.keesId }]);
    expect((await loadPollView(deps(), pollId))!.turnout.seats).toBe(3);
    const closed = await closePoll(deps(), { actor: actor(f.secretaryId), pollId });
    expect(closed).toMatchObject({ ok: true, value: { outcome: { counts: { seats: 3 } } } });
  });

  it('keeps the vote of a seat ended after opening, and counts it', async () => {
    const pollId = await oroPoll(null);
    expect(await endSeat(deps(), { actor: actor(f.secretaryId), seatId: f.keesSeatId, until: '2026-11-20' })).toMatchObject({ ok: true });
    const vote = await castStance(deps(), { actor: actor(f.keesId), pollId, choice: 'AGAINST' });
    expect(vote).toMatchObject({ ok: true, value: { cast: [{ seatId: f.keesSeatId }] } });
    const view = (await loadPollView(deps(), pollId))!;
    expect(view.turnout).toEqual({ seats: 3, voted: 1 });
  });
});
