/** Substitution declarations, attendance, absentees, meetings from a series, decision lists. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderDecisionList } from '../../src/conversation/decisions/lists.ts';
import { castStance } from '../../src/services/decisions/cast-stance.ts';
import { closePoll } from '../../src/services/decisions/close-poll.ts';
import { declareSubstitution } from '../../src/services/decisions/declare-substitution.ts';
import { exportDecisions } from '../../src/services/decisions/export-decisions.ts';
import { findAbsentees } from '../../src/services/decisions/find-absentees.ts';
import { findRepresentation } from '../../src/services/registry/find-representatives.ts';
import { meetingOn, nextMeetingDays } from '../../src/services/schedule/meeting-lookup.ts';
import { openPoll } from '../../src/services/decisions/open-poll.ts';
import { recordAttendance } from '../../src/services/decisions/record-attendance.ts';
import { withdrawDeclaration } from '../../src/services/decisions/withdraw-declaration.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createDecisionsFixture, decisionCounts, NOW, type DecisionsFixture } from '../support/decisions-fixture.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
let f: DecisionsFixture;
let clock = NOW;
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });
const actor = (personId: string, label = 'x') => ({ personId, label });
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  clock = NOW;
  await database.reset();
  f = await createDecisionsFixture(database.db);
});

const declare = (substituteId: string | null, day = '2026-12-10') =>
  declareSubstitution(deps(), { actor: actor(f.memberId, 'Jan de Vries'), committeeId: f.committeeId, day, substituteId, reason: 'vakantie' });
const pietMandate = () => database.db.mandate.create({ data: { personId: f.colleagueId, organisationId: f.combinationId, startsOn: d('2024-06-01'), scope: 'bestuurlijk' } });

describe('substitution declarations', () => {
  it('refuses a substitute without the mandate the SBO requires, naming what is missing, and changes nothing', async () => {
    const before = await decisionCounts(database.db);
    const r = await declare(f.colleagueId);
    expect(r).toMatchObject({ ok: false, error: { code: 'SUBSTITUTE_NO_MANDATE', params: { substituteName: 'Piet Jansen', organisationName: 'Combinatie Noord', meetingDay: '2026-12-10', reason: 'NONE' } } });
    expect(await decisionCounts(database.db)).toEqual(before);
  });

  it('accepts a mandated substitute: excused, the substitute votes for the seat, the holder no longer, the secretary is named', async () => {
    await pietMandate();
    const r = await declare(f.colleagueId);
    expect(r).toMatchObject({ ok: true, value: { committeeCode: 'SBO', substituteName: 'Piet Jansen', secretaryIds: [f.secretaryId], organisations: ['Combinatie Noord'] } });
    expect(await database.db.attendance.findFirst({ where: { seatId: f.memberSeatId } })).toMatchObject({ status: 'EXCUSED', substituteId: f.colleagueId, reason: 'vakantie' });
    expect(await database.db.auditEntry.count({ where: { action: { in: ['declaration.create', 'attendance.record'] } } })).toBe(2);
    expect((await findRepresentation(deps(), { committeeId: f.committeeId, organisationId: f.combinationId, day: '2026-12-10' })).substitutes).toEqual([{ seatHolderName: 'Jan de Vries', substituteName: 'Piet Jansen' }]);
    const poll = await openPoll(deps(), { actor: actor(f.secretaryId), committeeId: f.committeeId, question: 'Q', closesAt: new Date('2026-12-10T20:00:00Z'), meetingDay: '2026-12-10' });
    const pollId = poll.ok ? poll.value.pollId : '';
    expect(await castStance(deps(), { actor: actor(f.memberId), pollId, choice: 'AGREE' })).toMatchObject({ ok: false, error: { code: 'SUBSTITUTED' } });
    expect(await castStance(deps(), { actor: actor(f.colleagueId), pollId, choice: 'AGREE' })).toMatchObject({ ok: true, value: { cast: [{ seatId: f.memberSeatId, as: 'SUBSTITUTE' }] } });
  });

  it('refuses a past day, a cancelled meeting, a day without meeting and a non-member, changing nothing', async () => {
    const before = await decisionCounts(database.db);
    expect(await declare(null, '2026-11-11')).toMatchObject({ ok: false, error: { code: 'DECLARATION_IN_PAST', params: { today: '2026-11-25' } } });
    expect(await declare(null, '2026-12-17')).toMatchObject({ ok: false, error: { code: 'NO_MEETING_ON_DAY', params: { next: ['2026-12-10'] } } });
    const outsider = await declareSubstitution(deps(), { actor: actor(f.outsiderId), committeeId: f.committeeId, day: '2026-12-10', substituteId: null, reason: null });
    expect(outsider).toMatchObject({ ok: false, error: { code: 'NO_SEAT_IN_COMMITTEE' } });
    expect(await decisionCounts(database.db)).toEqual(before);
  });

  it('can be withdrawn before the meeting, not after it started', async () => {
    await pietMandate();
    await declare(f.colleagueId);
    const w = await withdrawDeclaration(deps(), { actor: actor(f.memberId), committeeId: f.committeeId, day: '2026-12-10' });
    expect(w).toMatchObject({ ok: true, value: { withdrawn: 1 } });
    expect(await database.db.attendance.count()).toBe(0);
    expect((await findRepresentation(deps(), { committeeId: f.committeeId, organisationId: f.combinationId, day: '2026-12-10' })).substitutes).toEqual([]);
    await declare(null);
    clock = new Date('2026-12-10T13:30:00Z');
    const before = await decisionCounts(database.db);
    expect(await withdrawDeclaration(deps(), { actor: actor(f.memberId), committeeId: f.committeeId, day: '2026-12-10' })).toMatchObject({ ok: false, error: { code: 'WITHDRAW_TOO_LATE' } });
    expect(await decisionCounts(database.db)).toEqual(before);
  });

  it('tells the same secretaries of a declaration and of its withdrawal: those serving today', async () => {
    const seat = (name: string, startsOn: string, endsOn: string | null) =>
      database.db.person.create({ data: { name } }).then((p) =>
        database.db.seat.create({ data: { committeeId: f.committeeId, personId: p.id, onBehalfOfId: f.municipalityId, role: 'SECRETARY', startsOn: d(startsOn), endsOn: endsOn === null ? null : d(endsOn) } }));
    const leaving = await seat('Lotte Mulder', '2025-01-01', '2027-06-30');
    await seat('Former Secretary', '2024-01-01', '2026-11-24');
    await seat('Coming Secretary', '2026-11-26', null);
    const serving = [f.secretaryId, leaving.personId].sort();
    const declared = await declare(null);
    expect(declared.ok && [...declared.value.secretaryIds].sort()).toEqual(serving);
    const withdrawn = await withdrawDeclaration(deps(), { actor: actor(f.memberId), committeeId: f.committeeId, day: '2026-12-10' });
    expect(withdrawn.ok && [...withdrawn.value.secretaryIds].sort()).toEqual(serving);
  });
});

describe('meetings from the series', () => {
  it('materialises an occurrence once, skips non-occurrences and cancelled days, and lists the next ones', async () => {
    await database.db.committee.update({ where: { id: f.otherCommitteeId }, data: { rhythmRule: 'FREQ=MONTHLY;BYDAY=+3TH', seriesStart: d('2026-01-01'), meetingTime: '14:00' } });
    const a = await meetingOn(database.db, f.otherCommitteeId, '2027-01-21');
    const b = await meetingOn(database.db, f.otherCommitteeId, '2027-01-21');
    expect(a?.id).toBe(b?.id);
    expect(a?.startsAt.toISOString()).toBe('2027-01-21T13:00:00.000Z');
    expect(await meetingOn(database.db, f.otherCommitteeId, '2027-01-22')).toBeNull();
    await database.db.meeting.update({ where: { id: a!.id }, data: { status: 'CANCELLED' } });
    expect(await meetingOn(database.db, f.otherCommitteeId, '2027-01-21')).toBeNull();
    expect(await nextMeetingDays(database.db, f.otherCommitteeId, '2026-12-01', 3)).toEqual(['2026-12-09', '2026-12-17', '2027-02-18']);
  });
});

describe('attendance and absentees', () => {
  it('lets the secretary record attendance, and answers who was absent at the last meeting', async () => {
    const before = await decisionCounts(database.db);
    expect(await recordAttendance(deps(), { actor: actor(f.memberId), committeeId: f.otherCommitteeId, day: '2026-11-11', personId: f.keesId, status: 'ABSENT', reason: null }))
      .toMatchObject({ ok: false, error: { code: 'NOT_COMMITTEE_SECRETARY' } });
    expect(await recordAttendance(deps(), { actor: actor(f.secretaryId), committeeId: f.otherCommitteeId, day: '2026-12-09', personId: f.keesId, status: 'PRESENT', reason: null }))
      .toMatchObject({ ok: false, error: { code: 'ATTENDANCE_IN_FUTURE' } });
    expect(await recordAttendance(deps(), { actor: actor(f.secretaryId), committeeId: f.otherCommitteeId, day: '2026-11-11', personId: f.colleagueId, status: 'ABSENT', reason: null }))
      .toMatchObject({ ok: false, error: { code: 'PERSON_NOT_IN_COMMITTEE' } });
    expect(await decisionCounts(database.db)).toEqual(before);
    const r = await recordAttendance(deps(), { actor: actor(f.secretaryId), committeeId: f.otherCommitteeId, day: '2026-11-11', personId: f.keesId, status: 'ABSENT', reason: null });
    expect(r).toMatchObject({ ok: true, value: { personName: 'Kees Zwolle', flags: [] } });
    await recordAttendance(deps(), { actor: actor(f.secretaryId), committeeId: f.otherCommitteeId, day: '2026-11-11', personId: f.memberId, status: 'PRESENT', reason: null });
    const found = await findAbsentees(deps(), { committeeId: f.otherCommitteeId, day: '2026-11-25' });
    expect(found.ok && found.value.day).toBe('2026-11-11');
    expect(found.ok && found.value.lines.map((l) => [l.organisationName, l.status])).toEqual([
      ['Combinatie Noord', 'PRESENT'], ['Gemeente Zwolle', 'ABSENT'], ['Jeugdzorg Noord BV', 'PRESENT'],
    ]);
  });

  it('flags a Fysieke overlegtafel party that missed more than three meetings in a year', async () => {
    await database.db.committee.update({ where: { id: f.otherCommitteeId }, data: { code: 'FOT' } });
    const days = ['2026-02-11', '2026-04-08', '2026-06-10', '2026-09-09'];
    let flags: unknown[] = [];
    for (const day of days) {
      await database.db.meeting.create({ data: { committeeId: f.otherCommitteeId, day: d(day), originalDay: d(day), startsAt: new Date(`${day}T09:00:00Z`), status: 'HELD' } });
      const r = await recordAttendance(deps(), { actor: actor(f.secretaryId), committeeId: f.otherCommitteeId, day, personId: f.keesId, status: 'EXCUSED', reason: 'ziek' });
      flags = r.ok ? r.value.flags : [];
      if (day !== days[3]) expect(flags).toEqual([]);
    }
    expect(flags).toMatchObject([{ partyName: 'Gemeente Zwolle', missed: 4, reasons: ['TOO_MANY_MISSED'] }]);
  });
});

describe('decision lists', () => {
  it('exports the numbered decisions of a meeting as Markdown and CSV', async () => {
    const poll = await openPoll(deps(), { actor: actor(f.secretaryId), committeeId: f.otherCommitteeId, question: 'Werkplan; versie 2', closesAt: new Date('2026-12-01T00:00:00Z'), meetingDay: '2026-12-09' });
    const pollId = poll.ok ? poll.value.pollId : '';
    await castStance(deps(), { actor: actor(f.keesId), pollId, choice: 'FOR' });
    await closePoll(deps(), { actor: actor(f.secretaryId), pollId });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'decisions-'));
    const md = await exportDecisions(deps(), { committeeId: f.otherCommitteeId, day: '2026-12-09', file: path.join(dir, 'b.md'), render: (l, fmt) => renderDecisionList('nl', l, fmt) });
    expect(md).toMatchObject({ ok: true, value: { decisions: 1 } });
    expect(fs.readFileSync(path.join(dir, 'b.md'), 'utf8')).toContain('| 1 | Werkplan; versie 2 | aangenomen | 1-0-0 |');
    await exportDecisions(deps(), { committeeId: f.otherCommitteeId, day: '2026-12-09', file: path.join(dir, 'b.csv'), render: (l, fmt) => renderDecisionList('en', l, fmt) });
    expect(fs.readFileSync(path.join(dir, 'b.csv'), 'utf8').split('\n')[1]).toBe('1,"Werkplan; versie 2",adopted,1-0-0');
    expect(await exportDecisions(deps(), { committeeId: f.otherCommitteeId, day: '2026-12-09', file: path.join(dir, 'b.txt'), render: () => '' })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_DECISIONS_FILE' } });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
