/**
 * `/gremium voorstel INKOOP Inkoop jeugdhulp gepubliceerd=1 december`: the secretary registers a
 * provisional proposal, which opens its reaction period. Source 002 (Steenwijkerland) art. 5.6:
 * "Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren via de website.
 * Op basis van deze reacties besluit de Fysieke overlegtafel de Voorlopige voorstellen aan te merken
 * als Uitgewerkte voorstellen."
 *
 * Stored as a Duty without a meeting: kind REACTIONS, due = the last day of the reaction period
 * ({@link reactionDeadline}: an AFTER deadline, it stays on a weekend). The Duty model has no title
 * column, so the proposal's title is kept in `responsible` for REACTIONS duties (who "carries" a
 * reaction period is the parties, not a person the bot could name). The period closes by itself when
 * its day has passed: it is never overdue and nobody marks it done.
 */
import { createHash } from 'node:crypto';
import { fromLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';
import { reactionDeadline } from '../../domain/schedule/deadlines.ts';
import { audit } from '../audit.ts';
import { toPolicy } from './committee-schedule.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { lockFor } from '../lock.ts';
import { guardSchedule, type ScheduleGuardError } from './schedule-guard.ts';

/**
 * Error codes: NOT_COMMITTEE_SECRETARY from {@link guardSchedule}, and
 * - NO_REACTION_PERIOD: the committee's deadline policy has no reaction period (params.committees:
 *   the codes of the committees that have one).
 * - PROPOSAL_EXISTS: a proposal with this title was registered for the committee on that day already.
 * - TEXT_TOO_LONG, TEXT_CONTROL_CHARACTER: the title (src/domain/user-text.ts).
 */
export type RegisterProposalError = ScheduleGuardError | DomainError<'NO_REACTION_PERIOD' | 'PROPOSAL_EXISTS'> | TextError;

/** The stable id of a proposal's REACTIONS duty, so a retried command registers it once. */
export function proposalDutyId(committeeId: string, published: LocalDate, title: string): string {
  const hash = createHash('sha1').update(title.trim().toLowerCase()).digest('hex').slice(0, 12);
  return `duty_${committeeId}_reactions_${published}_${hash}`;
}

/** Registers the proposal's reaction period in one audited transaction. */
export async function registerProposal(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; committeeId: string; title: string; published: LocalDate },
): Promise<Result<{ dutyId: string; code: string; title: string; published: LocalDate; due: LocalDate; days: number }, RegisterProposalError>> {
  const checked = checkText('title', input.title.trim());
  if (!checked.ok) return checked;
  const now = deps.now();
  return transact(deps, async (tx) => {
    const guard = await guardSchedule(tx, input.actor.personId, input.committeeId, now, []);
    if (!guard.ok) return guard;
    const committee = guard.value;
    const deadline = reactionDeadline(input.published, committee.policy);
    if (!deadline) {
      const all = await tx.committee.findMany({ select: { code: true, deadlinePolicy: true }, orderBy: { code: 'asc' } });
      const committees = all.filter((c) => toPolicy(c.deadlinePolicy).reactionDays !== undefined).map((c) => c.code);
      return err('NO_REACTION_PERIOD', { committee: committee.code, committees });
    }
    const title = input.title.trim();
    const id = proposalDutyId(committee.id, input.published, title);
    await lockFor(tx, `proposal:${id}`);
    if (await tx.duty.findUnique({ where: { id } })) return err('PROPOSAL_EXISTS', { committee: committee.code, title, day: input.published });
    const duty = await tx.duty.create({
      data: { id, committeeId: committee.id, meetingId: null, kind: 'REACTIONS', due: fromLocalDate(deadline.due), responsible: title },
    });
    await audit(tx, input.actor, { action: 'proposal.register', subjectType: 'Duty', subjectId: duty.id, committeeId: committee.id, after: duty }, now);
    return ok({ dutyId: duty.id, code: committee.code, title, published: input.published, due: deadline.due, days: deadline.days });
  });
}
