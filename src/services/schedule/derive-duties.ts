/**
 * Deadline duties per meeting, from the committee's deadline policy (src/domain/schedule/deadlines.ts).
 * A scheduled meeting has one Duty row per duty its policy names; a moved meeting's duties move with
 * it; a cancelled meeting's open duties are dropped together with their pending reminders, so nobody
 * is reminded of an agenda for a meeting that does not take place. Done duties are kept as history.
 */
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { deadlinesForMeeting, type Deadline } from '../../domain/schedule/deadlines.ts';
import { auditMany, type AuditInput } from '../audit.ts';
import type { CommitteeSchedule } from './committee-schedule.ts';
import type { Actor, Tx } from '../deps.ts';

/** A meeting as duty derivation sees it. */
export interface MeetingForDuties {
  readonly id: string;
  readonly committeeId: string;
  readonly day: LocalDate;
  readonly status: 'SCHEDULED' | 'CANCELLED' | 'HELD';
}

/** What changed for one meeting. */
export interface DutyChanges {
  readonly created: number;
  readonly moved: number;
  readonly dropped: number;
}

/** The deadlines a meeting should carry: none when it is cancelled. */
export function wantedDeadlines(committee: CommitteeSchedule, meeting: MeetingForDuties): Deadline[] {
  return meeting.status === 'CANCELLED' ? [] : deadlinesForMeeting(committee.policy, meeting.day);
}

/**
 * Brings one meeting's duties in line with its day, status and the committee's policy, in the
 * caller's transaction, audited. Idempotent: a second call changes nothing.
 */
export async function deriveDuties(tx: Tx, committee: CommitteeSchedule, meeting: MeetingForDuties, actor: Actor, now: Date): Promise<DutyChanges> {
  const wanted = new Map(wantedDeadlines(committee, meeting).map((d) => [d.duty as string, d]));
  const existing = await tx.duty.findMany({ where: { meetingId: meeting.id } });
  const audits: AuditInput[] = [];
  let moved = 0;
  const dropIds: string[] = [];
  for (const duty of existing) {
    const want = wanted.get(duty.kind);
    wanted.delete(duty.kind);
    if (!want) {
      if (duty.doneAt !== null) continue;
      dropIds.push(duty.id);
      audits.push({ action: 'duty.drop', subjectType: 'Duty', subjectId: duty.id, committeeId: committee.id, before: duty });
      continue;
    }
    if (toLocalDate(duty.due) === want.due && duty.responsible === (want.responsible ?? null) && duty.title === (want.title ?? null)) continue;
    const after = await tx.duty.update({ where: { id: duty.id }, data: { due: fromLocalDate(want.due), responsible: want.responsible ?? null, title: want.title ?? null } });
    await dropPendingReminders(tx, [duty.id]);
    audits.push({ action: 'duty.move', subjectType: 'Duty', subjectId: duty.id, committeeId: committee.id, before: duty, after });
    moved++;
  }
  if (dropIds.length > 0) {
    await dropPendingReminders(tx, dropIds);
    await tx.duty.deleteMany({ where: { id: { in: dropIds } } });
  }
  const created = wanted.size === 0 ? [] : await tx.duty.createManyAndReturn({
    data: [...wanted.values()].map((d) => dutyRow(committee.id, meeting.id, d)),
    skipDuplicates: true,
  });
  for (const row of created) audits.push({ action: 'duty.create', subjectType: 'Duty', subjectId: row.id, committeeId: committee.id, after: row });
  await auditMany(tx, actor, audits, now);
  return { created: created.length, moved, dropped: dropIds.length };
}

/** A Duty row for a deadline; the id is stable (`duty_<meeting>_<kind>`) so instances agree on it. */
export function dutyRow(committeeId: string, meetingId: string, d: Deadline) {
  return {
    id: `duty_${meetingId}_${d.duty.toLowerCase().replace(':', '_')}`, committeeId, meetingId, kind: d.duty, due: fromLocalDate(d.due),
    responsible: d.responsible ?? null, title: d.title ?? null,
  };
}

/** Deletes the reminders of these duties that were not posted yet (keys `duty:<id>:...`). */
export async function dropPendingReminders(tx: Tx, dutyIds: readonly string[]): Promise<number> {
  if (dutyIds.length === 0) return 0;
  const result = await tx.outboxMessage.deleteMany({
    where: { status: 'PENDING', OR: dutyIds.map((id) => ({ key: { startsWith: `duty:${id}:` } })) },
  });
  return result.count;
}
