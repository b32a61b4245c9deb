/**
 * The impasse procedure's writes (004 appendix 2), each one audited transaction:
 * - start: "Deze spelregels worden ingezet op het moment dat 1 of meerdere deelnemende gemeenten
 *   signaleren dat er een langlopende discussie bestaat waar niet uitgekomen wordt." A party (or the
 *   secretary) starts a case with its parties; step 1 begins.
 * - deliver: a party's impasse document (step 1) or its arguments (step 2b); when every party has, the
 *   case moves on by itself.
 * - step: the secretary or chair records what happened (the documents differ, the talk was held, the
 *   mediator is named, ...), and the case moves to the next step with its deadline.
 */
import type { LocalDate } from '../../domain/local-date.ts';
import { advance, afterDeliveries, deliveryOf, IMPASSE_ARTICLES, type ImpasseError, type ImpasseEvent, type ImpasseStep } from '../../domain/procedures/impasse.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';
import { audit } from '../audit.ts';
import { permit, type PermissionError } from '../authorize.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { activeOn } from '../registry/seat-filters.ts';
import { transact } from '../transact.ts';
import { findImpasse, moveToStep, type ImpasseLookupError } from './impasse-case.ts';

type Acting = Actor & { personId: string };

/** IMPASSE_PARTIES: fewer than two parties (an impasse is between parties). IMPASSE_EXISTS: an open case on the same subject. */
export type StartImpasseError = PermissionError | TextError | DomainError<'IMPASSE_PARTIES' | 'IMPASSE_EXISTS'>;

/** Starts a case in step 1. */
export async function startImpasse(
  deps: ServiceDeps,
  input: { actor: Acting; committeeId: string; subject: string; partyIds: readonly string[] },
): Promise<Result<{ id: string; code: string; subject: string; parties: number }, StartImpasseError>> {
  const subject = checkText('title', input.subject.trim());
  if (!subject.ok) return subject;
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const allowed = await permit(tx, input.actor.personId, 'impasse.start', { committeeId: input.committeeId }, today);
    if (!allowed.ok) return allowed;
    const parties = [...new Set(input.partyIds)];
    if (parties.length < 2) return err('IMPASSE_PARTIES', { quote: IMPASSE_ARTICLES.STEP1_DOCUMENTS.text, source: '004 bijlage 2, stap 1' });
    const existing = await findImpasse(tx, input.committeeId, subject.value);
    if (existing.ok && existing.value.step !== 'RESOLVED' && existing.value.step !== 'DISPUTE_CLAUSE') return err('IMPASSE_EXISTS', { subject: existing.value.subject, committee: existing.value.code });
    const created = await tx.impasseCase.create({
      data: { committeeId: input.committeeId, subject: subject.value, step: 'STEP1_DOCUMENTS', startedById: input.actor.personId, startedAt: now, parties: { create: parties.map((organisationId) => ({ organisationId })) } },
      include: { committee: { select: { code: true } } },
    });
    await audit(tx, input.actor, { action: 'impasse.start', subjectType: 'ImpasseCase', subjectId: created.id, committeeId: input.committeeId, after: { subject: created.subject, step: created.step, parties } }, now);
    return ok({ id: created.id, code: created.committee.code, subject: created.subject, parties: parties.length });
  });
}

/** NOT_IN_STEP: nothing to deliver in this step (param `step`). NOT_A_PARTY: the organisation is not a party of the case, or the member does not sit for it. */
export type DeliverError = ImpasseLookupError | PermissionError | DomainError<'NOT_IN_STEP' | 'NOT_A_PARTY'>;

/** Records a party's document (step 1) or arguments (step 2b); returns who has not delivered yet and the step it is now in. */
export async function deliverImpasse(
  deps: ServiceDeps,
  input: { actor: Acting; committeeId: string | null; subject: string; onBehalfOfId: string | null },
): Promise<Result<{ subject: string; code: string; party: string; what: 'DOCUMENT' | 'ARGUMENTS'; missing: string[]; step: ImpasseStep; due: LocalDate | null }, DeliverError>> {
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const found = await findImpasse(tx, input.committeeId, input.subject);
    if (!found.ok) return found;
    const c = found.value;
    const allowed = await permit(tx, input.actor.personId, 'impasse.deliver', { committeeId: c.committeeId }, today);
    if (!allowed.ok) return allowed;
    const what = deliveryOf(c.step);
    if (!what) return err('NOT_IN_STEP', { step: c.step, subject: c.subject });
    const seats = await tx.seat.findMany({ where: { committeeId: c.committeeId, personId: input.actor.personId, ...activeOn(today) }, select: { role: true, onBehalfOfId: true } });
    const own = seats.find((s) => s.role === 'MEMBER')?.onBehalfOfId ?? null;
    const partyId = input.onBehalfOfId ?? own;
    const party = c.parties.find((p) => p.organisationId === partyId);
    const speaksFor = allowed.value.isAdmin || seats.some((s) => s.role === 'SECRETARY') || partyId === own;
    if (!party || !speaksFor) return err('NOT_A_PARTY', { organisation: party?.name ?? '', committee: c.code });
    const field = what === 'DOCUMENT' ? 'documentAt' : 'argumentsAt';
    await tx.impasseParty.update({ where: { caseId_organisationId: { caseId: c.id, organisationId: party.organisationId } }, data: { [field]: now } });
    await audit(tx, input.actor, { action: `impasse.deliver`, subjectType: 'ImpasseCase', subjectId: c.id, committeeId: c.committeeId, after: { what, party: party.organisationId } }, now);
    const missing = c.parties.filter((p) => p.organisationId !== party.organisationId && p[field] === null).map((p) => p.name);
    const next = afterDeliveries(c.step, c.parties.length - missing.length, c.parties.length, today);
    if (next) {
      await moveToStep(tx, c, next, now, input.actor.personId);
      await audit(tx, input.actor, { action: 'impasse.step', subjectType: 'ImpasseCase', subjectId: c.id, committeeId: c.committeeId, before: { step: c.step }, after: next }, now);
    }
    return ok({ subject: c.subject, code: c.code, party: party.name, what, missing, step: next?.step ?? c.step, due: next ? next.due : c.due });
  });
}

/** The case's next step as the secretary or chair records it. */
export async function recordImpasseStep(
  deps: ServiceDeps,
  input: { actor: Acting; committeeId: string | null; subject: string; event: ImpasseEvent; day: LocalDate | null; mediator: string | null },
): Promise<Result<{ subject: string; code: string; step: ImpasseStep; due: LocalDate | null }, ImpasseLookupError | PermissionError | ImpasseError | TextError>> {
  const mediator = input.mediator === null ? null : checkText('word', input.mediator.trim());
  if (mediator && !mediator.ok) return mediator;
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const found = await findImpasse(tx, input.committeeId, input.subject);
    if (!found.ok) return found;
    const c = found.value;
    const allowed = await permit(tx, input.actor.personId, 'impasse.step', { committeeId: c.committeeId }, today);
    if (!allowed.ok) return allowed;
    const next = advance(c.step, input.event, today, { day: input.day, mediator: mediator?.value ?? null });
    if (!next.ok) return next;
    await moveToStep(tx, c, { ...next.value, mediator: mediator?.value ?? null }, now, input.actor.personId);
    await audit(tx, input.actor, { action: 'impasse.step', subjectType: 'ImpasseCase', subjectId: c.id, committeeId: c.committeeId, before: { step: c.step }, after: { ...next.value, event: input.event } }, now);
    return ok({ subject: c.subject, code: c.code, step: next.value.step, due: next.value.due });
  });
}

/** "Waar staan we met de impasse over X?": the case with its step, last day and who delivered. */
export async function impasseStatus(deps: ServiceDeps, input: { committeeId: string | null; subject: string }) {
  return findImpasse(deps.db, input.committeeId, input.subject);
}
