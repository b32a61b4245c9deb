/**
 * Decisions data on top of the registry fixture: an ORO with three member seats (Jan de Vries holds
 * two, for Combinatie Noord and for Jeugdzorg Noord; Kees Zwolle one), an adviser, the secretary, and
 * meetings created directly (the fixture's committees have no rhythm): an SBO and an ORO meeting to
 * come, an ORO meeting already held and an SBO meeting cancelled. "Today" is 2026-11-25.
 */
import type { Db } from '../../src/db/database.ts';
import { createRegistryFixture, type RegistryFixture } from './registry-fixture.ts';

/** Ids of the decisions fixture. */
export interface DecisionsFixture extends RegistryFixture {
  keesId: string;
  janOroSeatIds: [string, string];
  keesSeatId: string;
  sboMeetingId: string;
  oroMeetingId: string;
  oroHeldMeetingId: string;
  sboCancelledMeetingId: string;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The instant the fixture calls "now". */
export const NOW = new Date('2026-11-25T10:00:00Z');

/** Creates the fixture (no audit entries: data that was already there). */
export async function createDecisionsFixture(db: Db): Promise<DecisionsFixture> {
  const f = await createRegistryFixture(db);
  const kees = await db.person.create({ data: { name: 'Kees Zwolle', email: 'kees@zwolle.example', organisationId: f.municipalityId } });
  const seat = (personId: string, onBehalfOfId: string, role: 'MEMBER' | 'ADVISER' | 'SECRETARY') =>
    db.seat.create({ data: { committeeId: f.otherCommitteeId, personId, onBehalfOfId, role, startsOn: day('2024-01-01') } });
  const jan1 = await seat(f.memberId, f.combinationId, 'MEMBER');
  const jan2 = await seat(f.memberId, f.providerId, 'MEMBER');
  const keesSeat = await seat(kees.id, f.municipalityId, 'MEMBER');
  await seat(f.outsiderId, f.municipalityId, 'ADVISER');
  await seat(f.secretaryId, f.municipalityId, 'SECRETARY');
  const meeting = (committeeId: string, iso: string, status: 'SCHEDULED' | 'HELD' | 'CANCELLED' = 'SCHEDULED') =>
    db.meeting.create({ data: { committeeId, day: day(iso), originalDay: day(iso), startsAt: new Date(`${iso}T13:00:00Z`), status, kind: 'EXTRA' } });
  const sbo = await meeting(f.committeeId, '2026-12-10');
  const oro = await meeting(f.otherCommitteeId, '2026-12-09');
  const held = await meeting(f.otherCommitteeId, '2026-11-11', 'HELD');
  const cancelled = await meeting(f.committeeId, '2026-12-17', 'CANCELLED');
  return {
    ...f, keesId: kees.id, janOroSeatIds: [jan1.id, jan2.id], keesSeatId: keesSeat.id,
    sboMeetingId: sbo.id, oroMeetingId: oro.id, oroHeldMeetingId: held.id, sboCancelledMeetingId: cancelled.id,
  };
}

/** Row counts that an expected failure must leave unchanged. */
export async function decisionCounts(db: Db) {
  const [polls, stances, decisions, declarations, attendance, meetings, audits] = await Promise.all([
    db.poll.count(), db.stance.count(), db.decision.count(), db.substitutionDeclaration.count(), db.attendance.count(), db.meeting.count(), db.auditEntry.count(),
  ]);
  return { polls, stances, decisions, declarations, attendance, meetings, audits };
}
