/**
 * `/gremium gedaan agenda SBO 12 maart` and "agenda SBO 12 maart is verstuurd": the person who
 * carries a duty marks it done. A done duty is not reminded again: its pending reminders are dropped
 * in the same transaction.
 */
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import type { DutyKind } from '../../domain/schedule/deadlines.ts';
import { chairCommitteeCode, holdsDuty } from '../../domain/schedule/duty-holders.ts';
import { audit } from '../audit.ts';
import { loadCommitteeSchedule } from './committee-schedule.ts';
import { namedHolders } from './duty-holders.ts';
import { deriveDuties, dropPendingReminders } from './derive-duties.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { transact } from '../transact.ts';
import { meetingOnDay } from './ensure-meetings.ts';
import { loadActorFacts } from '../identity/load-actor.ts';

/**
 * Error codes:
 * - NO_MEETING_ON_DAY: the committee does not meet on that day, and no handover or yearly task is due then.
 * - NO_SUCH_DUTY: the committee's policy has no such duty for its meetings (KBO has no papers deadline).
 * - NOT_DUTY_HOLDER: the actor is not the secretary, chair, agenda committee (agenda), named chair or a
 *   holder the duty names (duty-holders.ts), nor an administrator.
 * - DUTY_ALREADY_DONE: it was marked done before (params.by, params.at).
 */
export type MarkDutyDoneError = DomainError<'NO_MEETING_ON_DAY' | 'NO_SUCH_DUTY' | 'NOT_DUTY_HOLDER' | 'DUTY_ALREADY_DONE'>;

/** Marks the duty done in one audited transaction. */
export async function markDutyDone(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; committeeId: string; day: LocalDate; kind: DutyKind },
): Promise<Result<{ dutyId: string; code: string; due: LocalDate; late: boolean }, MarkDutyDoneError>> {
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const committee = await loadCommitteeSchedule(tx, input.committeeId);
    if (!committee) throw new Error(`markDutyDone: no committee ${input.committeeId}`);
    const meeting = await meetingOnDay(tx, committee, input.day);
    if (meeting) await deriveDuties(tx, committee, { ...meeting, day: toLocalDate(meeting.day) }, input.actor, now);
    // A warm handover or a yearly task has no meeting: it is found by its own due day.
    const duty = (meeting ? await tx.duty.findUnique({ where: { meetingId_kind: { meetingId: meeting.id, kind: input.kind } } }) : null)
      ?? await tx.duty.findFirst({ where: { committeeId: committee.id, meetingId: null, kind: input.kind, due: fromLocalDate(input.day) } });
    if (!duty) return meeting ? err('NO_SUCH_DUTY', { committee: committee.code, kind: input.kind }) : err('NO_MEETING_ON_DAY', { committee: committee.code, day: input.day });
    const actor = await loadActorFacts(tx, input.actor.personId);
    const responsibleCommitteeId = await committeeIdOfCode(tx, chairCommitteeCode(duty.responsible));
    const holderIds = (await namedHolders(tx, [duty], today)).get(duty.id) ?? [];
    if (!actor || !holdsDuty(actor, { committeeId: committee.id, kind: duty.kind, responsibleCommitteeId, holderIds }, today)) {
      return err('NOT_DUTY_HOLDER', { committee: committee.code, kind: input.kind });
    }
    if (duty.doneAt) {
      const by = duty.doneById ? await tx.person.findUnique({ where: { id: duty.doneById }, select: { name: true } }) : null;
      return err('DUTY_ALREADY_DONE', { committee: committee.code, kind: input.kind, by: by?.name ?? '', at: amsterdamDay(duty.doneAt) });
    }
    const after = await tx.duty.update({ where: { id: duty.id }, data: { doneAt: now, doneById: input.actor.personId } });
    await dropPendingReminders(tx, [duty.id]);
    await audit(tx, input.actor, { action: 'duty.done', subjectType: 'Duty', subjectId: duty.id, committeeId: committee.id, before: duty, after }, now);
    const due = toLocalDate(duty.due);
    return ok({ dutyId: duty.id, code: committee.code, due, late: due < today });
  });
}

/** The id of the committee with this code, or null. */
export async function committeeIdOfCode(tx: Tx, code: string | null): Promise<string | null> {
  if (code === null) return null;
  return (await tx.committee.findUnique({ where: { code }, select: { id: true } }))?.id ?? null;
}
