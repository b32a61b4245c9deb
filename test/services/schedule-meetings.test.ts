import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoId } from '../../src/demo/index.ts';
import { addMeeting } from '../../src/services/schedule/add-meeting.ts';
import { cancelMeeting } from '../../src/services/schedule/cancel-meeting.ts';
import { ensureMeetings } from '../../src/services/schedule/ensure-meetings.ts';
import { markDutyDone } from '../../src/services/schedule/mark-duty-done.ts';
import { moveMeeting } from '../../src/services/schedule/move-meeting.ts';
import { createDueReminders } from '../../src/scheduler/create-due-reminders.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
const at = (iso: string) => () => new Date(iso);
const deps = (iso = '2026-11-25T10:00:00Z') => createServiceDeps({ db: database.db, now: at(iso), caches: database.caches });
const BOSD = demoId.committee('BOSD');
const lotte = { personId: demoId.person('lotte-mulder'), label: 'Lotte Mulder' };
const jan = { personId: demoId.person('jan-de-vries'), label: 'Jan de Vries' };
const day = (d: Date) => d.toISOString().slice(0, 10);

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await database.resetToDemo(deps());
  await database.db.committeeChannel.create({ data: { committeeId: BOSD, platform: 'slack', channel: 'C_BOSD' } });
  await database.db.platformIdentity.create({ data: { platform: 'slack', externalId: 'U_LOTTE', personId: lotte.personId } });
});

const bosdMeetings = async () => (await database.db.meeting.findMany({ where: { committeeId: BOSD }, orderBy: { day: 'asc' } }));
const bosdDuties = async (meetingDay: string) =>
  database.db.duty.findMany({ where: { committeeId: BOSD, meeting: { day: new Date(`${meetingDay}T00:00:00Z`) } }, orderBy: { kind: 'asc' } });
// The BOSD's own "notulen opstellen" task (Taken column) is reminded too; test/conversation/duty-holders.test.ts covers it.
const pendingFor = async (channel: string) =>
  database.db.outboxMessage.findMany({ where: { channel, status: 'PENDING', NOT: { key: { contains: '_task_' } } }, orderBy: { key: 'asc' } });
/** Outbox keys without the meeting id (the decisions facet's meetingOn() gives materialised meetings a cuid). */
const keysFor = async (channel: string) => (await pendingFor(channel)).map((m) => m.key.replace(/^duty:duty_.+_(agenda|papers):/, 'duty:$1:'));

describe('the BOSD series: "maandelijks op de derde donderdag"', () => {
  it('materialises third Thursdays at 14:00 Amsterdam time across DST, idempotently, with agenda and papers 7 days before', async () => {
    const first = await ensureMeetings(deps(), { from: '2027-01-01', to: '2027-06-30', committeeId: BOSD });
    const meetings = await bosdMeetings();
    expect(meetings.map((m) => day(m.day))).toEqual(['2027-01-21', '2027-02-18', '2027-03-18', '2027-04-15', '2027-05-20', '2027-06-17']);
    // CET in winter (13:00Z), CEST in summer (12:00Z): always 14:00 on Amsterdam clocks.
    expect(meetings[0]!.startsAt.toISOString()).toBe('2027-01-21T13:00:00.000Z');
    expect(meetings[4]!.startsAt.toISOString()).toBe('2027-05-20T12:00:00.000Z');
    expect(first).toEqual({ meetings: 6, duties: 18 });
    expect((await bosdDuties('2027-01-21')).map((d) => [d.kind, day(d.due), d.responsible])).toEqual([
      ['AGENDA', '2027-01-14', 'programmamanager'], ['PAPERS', '2027-01-14', 'programmamanager'], ['TASK:notulen-opstellen', '2027-02-04', 'Erik Bos'],
    ]);
    expect(await ensureMeetings(deps(), { from: '2027-01-01', to: '2027-06-30', committeeId: BOSD })).toEqual({ meetings: 0, duties: 0 });
  });

  it('adds a one-off meeting with its duties and refuses a second meeting on a series day', async () => {
    const added = await addMeeting(deps(), { actor: lotte, committeeId: BOSD, day: '2027-01-07', time: '10:00' });
    expect(added).toMatchObject({ ok: true, value: { day: '2027-01-07', time: '10:00', duties: 3 } });
    const row = await database.db.meeting.findUniqueOrThrow({ where: { id: added.ok ? added.value.meetingId : '' } });
    expect(row).toMatchObject({ kind: 'EXTRA', startsAt: new Date('2027-01-07T09:00:00Z') });
    expect(await addMeeting(deps(), { actor: lotte, committeeId: BOSD, day: '2027-01-21', time: null })).toEqual({ ok: false, error: { code: 'MEETING_EXISTS', params: { committee: 'BOSD', day: '2027-01-21' } } });
    expect(await addMeeting(deps(), { actor: jan, committeeId: BOSD, day: '2027-01-08', time: null })).toMatchObject({ ok: false, error: { code: 'NOT_COMMITTEE_SECRETARY' } });
    expect(await addMeeting(deps(), { actor: lotte, committeeId: BOSD, day: '2026-11-01', time: null })).toMatchObject({ ok: false, error: { code: 'MEETING_IN_PAST' } });
  });
});

describe('cancelling and moving a meeting', () => {
  it('cancelling drops its open duties and their pending reminders, and the series never brings it back', async () => {
    await createDueReminders(deps('2026-12-03T08:00:00Z'), new Date('2026-12-03T08:00:00Z'));
    expect(await keysFor('C_BOSD')).toEqual([
      'duty:agenda:2026-12-03:slack', 'duty:papers:2026-12-03:slack',
    ]);
    const auditsBefore = await database.db.auditEntry.count();
    const refused = await cancelMeeting(deps('2026-12-03T09:00:00Z'), { actor: jan, committeeId: BOSD, day: '2026-12-17' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_COMMITTEE_SECRETARY' } });
    expect(await pendingFor('C_BOSD')).toHaveLength(2);
    expect(await database.db.auditEntry.count()).toBe(auditsBefore);

    const cancelled = await cancelMeeting(deps('2026-12-03T09:00:00Z'), { actor: lotte, committeeId: BOSD, day: '2026-12-17' });
    expect(cancelled).toMatchObject({ ok: true, value: { dutiesDropped: 3 } });
    expect(await pendingFor('C_BOSD')).toEqual([]);
    expect(await bosdDuties('2026-12-17')).toEqual([]);
    await ensureMeetings(deps(), { from: '2026-12-01', to: '2026-12-31' });
    expect((await bosdMeetings()).filter((m) => day(m.day) === '2026-12-17').map((m) => m.status)).toEqual(['CANCELLED']);
    const later = await createDueReminders(deps('2026-12-08T08:00:00Z'), new Date('2026-12-08T08:00:00Z'));
    expect(later.reminders).toBe(0);
    expect(await cancelMeeting(deps(), { actor: lotte, committeeId: BOSD, day: '2026-12-17' })).toMatchObject({ ok: false, error: { code: 'NO_MEETING_ON_DAY' } });
  });

  it('moving moves the deadlines and drops reminders keyed to the old ones', async () => {
    await createDueReminders(deps('2026-12-03T08:00:00Z'), new Date('2026-12-03T08:00:00Z'));
    const moved = await moveMeeting(deps('2026-12-03T09:00:00Z'), { actor: lotte, committeeId: BOSD, day: '2026-12-17', to: '2026-12-22', time: null });
    expect(moved).toMatchObject({ ok: true, value: { time: '14:00' } });
    expect((await bosdDuties('2026-12-22')).map((d) => [d.kind, day(d.due)])).toEqual([['AGENDA', '2026-12-15'], ['PAPERS', '2026-12-15'], ['TASK:notulen-opstellen', '2027-01-05']]);
    expect(await pendingFor('C_BOSD')).toEqual([]);
    const row = (await bosdMeetings()).find((m) => day(m.day) === '2026-12-22')!;
    expect(row).toMatchObject({ kind: 'MOVED', originalDay: new Date('2026-12-17T00:00:00Z') });
    // The series day is not materialised again; the next reminder follows the new deadline (7 days before 15 Dec).
    await ensureMeetings(deps(), { from: '2026-12-01', to: '2026-12-31' });
    expect((await bosdMeetings()).filter((m) => day(m.day) === '2026-12-17')).toEqual([]);
    await createDueReminders(deps('2026-12-08T08:00:00Z'), new Date('2026-12-08T08:00:00Z'));
    expect(await keysFor('C_BOSD')).toEqual([
      'duty:agenda:2026-12-08:slack', 'duty:papers:2026-12-08:slack',
    ]);
    expect(await moveMeeting(deps(), { actor: lotte, committeeId: BOSD, day: '2026-12-22', to: '2027-01-21', time: null })).toMatchObject({ ok: false, error: { code: 'MEETING_EXISTS' } });
  });
});

describe('marking duties done and reporting overdue ones', () => {
  it('a done duty is not reminded again; only its holder may mark it', async () => {
    const notMine = await markDutyDone(deps('2026-12-04T09:00:00Z'), { actor: jan, committeeId: BOSD, day: '2026-12-17', kind: 'AGENDA' });
    expect(notMine).toMatchObject({ ok: false, error: { code: 'NOT_DUTY_HOLDER' } });
    const done = await markDutyDone(deps('2026-12-04T09:00:00Z'), { actor: lotte, committeeId: BOSD, day: '2026-12-17', kind: 'AGENDA' });
    expect(done).toMatchObject({ ok: true, value: { due: '2026-12-10', late: false } });
    expect(await markDutyDone(deps('2026-12-04T10:00:00Z'), { actor: lotte, committeeId: BOSD, day: '2026-12-17', kind: 'AGENDA' })).toMatchObject({ ok: false, error: { code: 'DUTY_ALREADY_DONE', params: { by: 'Lotte Mulder' } } });
    expect(await markDutyDone(deps(), { actor: lotte, committeeId: BOSD, day: '2026-12-17', kind: 'MINUTES' })).toMatchObject({ ok: false, error: { code: 'NO_SUCH_DUTY' } });
    await createDueReminders(deps('2026-12-08T08:00:00Z'), new Date('2026-12-08T08:00:00Z'));
    expect(await keysFor('C_BOSD')).toEqual(['duty:papers:2026-12-08:slack']);
  });

  it('an overdue duty is reported once to the committee secretary, as a direct message', async () => {
    await markDutyDone(deps('2026-12-04T09:00:00Z'), { actor: lotte, committeeId: BOSD, day: '2026-12-17', kind: 'AGENDA' });
    const first = await createDueReminders(deps('2026-12-11T08:00:00Z'), new Date('2026-12-11T08:00:00Z'));
    expect(first.overdueReports).toBe(1);
    const dm = await pendingFor('U_LOTTE');
    expect(await keysFor('U_LOTTE')).toEqual([`duty:papers:overdue:${lotte.personId}:slack`]);
    expect(JSON.stringify(dm[0]!.payload)).toContain('10 december 2026');
    expect((await createDueReminders(deps('2026-12-12T08:00:00Z'), new Date('2026-12-12T08:00:00Z'))).overdueReports).toBe(0);
  });

  it('after downtime over both reminder days, one catch-up message per duty, not one per missed day', async () => {
    const created = await createDueReminders(deps('2026-12-09T07:00:00Z'), new Date('2026-12-09T07:00:00Z'));
    const keys = await keysFor('C_BOSD');
    expect(keys).toEqual([
      'duty:agenda:2026-12-08:slack', 'duty:papers:2026-12-08:slack',
    ]);
    expect(created.reminders).toBe(2);
    expect((await createDueReminders(deps('2026-12-09T07:05:00Z'), new Date('2026-12-09T07:05:00Z'))).reminders).toBe(0);
  });
});
