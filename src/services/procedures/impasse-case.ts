/**
 * An impasse case as the services keep it (004 appendix 2): finding it by its subject, and moving it to
 * a step, which closes the old step's deadline and opens the new one's. A step's deadline is a Duty
 * without a meeting, kind `IMPASSE_<step>`, its subject in `responsible`: so it stands in the
 * committee's deadlines answer and its calendar feed like any other deadline. Its reminders go to the
 * parties who must act (src/scheduler/impasse-reminders.ts), not to the channel.
 */
import { fromLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import type { Db } from '../../db/database.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { isClosedStep, type ImpasseStep } from '../../domain/procedures/impasse.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import type { Tx } from '../deps.ts';

/** The duty kind of a step's deadline. */
export const impasseDutyKind = (step: ImpasseStep) => `IMPASSE_${step}`;
/** The stable id of a step's duty. */
export const impasseDutyId = (caseId: string, step: ImpasseStep) => `duty_impasse_${caseId}_${step}`;

/** A case with its parties. */
export interface ImpasseRow {
  readonly id: string;
  readonly committeeId: string;
  readonly code: string;
  readonly subject: string;
  readonly step: ImpasseStep;
  readonly due: LocalDate | null;
  readonly mediator: string | null;
  readonly mediatedOn: LocalDate | null;
  readonly parties: readonly { readonly organisationId: string; readonly name: string; readonly documentAt: Date | null; readonly argumentsAt: Date | null }[];
}

/** UNKNOWN_IMPASSE: no case goes by the subject (params `subject`, `committee`). */
export type ImpasseLookupError = DomainError<'UNKNOWN_IMPASSE'>;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The case `subject` names (exactly, else the one open case whose subject contains it, else the one it contains), in a committee or anywhere. */
export async function findImpasse(db: Db | Tx, committeeId: string | null, subject: string): Promise<Result<ImpasseRow, ImpasseLookupError>> {
  const rows = await db.impasseCase.findMany({
    where: committeeId ? { committeeId } : {},
    include: { committee: { select: { code: true } }, parties: true },
    orderBy: { startedAt: 'desc' },
  });
  const key = norm(subject);
  const match = rows.find((r) => norm(r.subject) === key)
    ?? onlyOne(rows.filter((r) => !isClosedStep(r.step as ImpasseStep) && key.length >= 3 && (norm(r.subject).includes(key) || key.includes(norm(r.subject)))));
  if (!match) return err('UNKNOWN_IMPASSE', { subject: subject.trim(), committee: '' });
  const names = await db.organisation.findMany({ where: { id: { in: match.parties.map((p) => p.organisationId) } }, select: { id: true, name: true } });
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return ok({
    id: match.id, committeeId: match.committeeId, code: match.committee.code, subject: match.subject, step: match.step as ImpasseStep,
    due: toLocalDateOrNull(match.stepDue), mediator: match.mediator, mediatedOn: toLocalDateOrNull(match.mediatedOn),
    parties: match.parties.map((p) => ({ organisationId: p.organisationId, name: nameOf.get(p.organisationId) ?? p.organisationId, documentAt: p.documentAt, argumentsAt: p.argumentsAt }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  });
}

function onlyOne<T>(rows: readonly T[]): T | undefined {
  return rows.length === 1 ? rows[0] : undefined;
}

/** Moves the case to `step` (last day `due`): the old step's deadline is done, the new one's opens. */
export async function moveToStep(
  tx: Tx,
  c: { id: string; committeeId: string; subject: string; step: ImpasseStep },
  next: { step: ImpasseStep; due: LocalDate | null; mediator?: string | null; mediatedOn?: LocalDate | null },
  now: Date,
  actorId: string | null,
): Promise<void> {
  await tx.duty.updateMany({ where: { id: impasseDutyId(c.id, c.step), doneAt: null }, data: { doneAt: now, doneById: actorId } });
  await tx.impasseCase.update({
    where: { id: c.id },
    data: {
      step: next.step, stepDue: next.due ? fromLocalDate(next.due) : null, ...(isClosedStep(next.step) ? { closedAt: now } : {}),
      ...(next.mediator ? { mediator: next.mediator } : {}), ...(next.mediatedOn ? { mediatedOn: fromLocalDate(next.mediatedOn) } : {}),
    },
  });
  if (next.due) {
    await tx.duty.upsert({
      where: { id: impasseDutyId(c.id, next.step) },
      create: { id: impasseDutyId(c.id, next.step), committeeId: c.committeeId, meetingId: null, kind: impasseDutyKind(next.step), due: fromLocalDate(next.due), responsible: c.subject },
      update: { due: fromLocalDate(next.due), doneAt: null, doneById: null },
    });
  }
}
