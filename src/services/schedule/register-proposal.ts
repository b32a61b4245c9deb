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
 *
 * The proposal itself is a Proposal row (issue 16): a proposal a party submitted earlier with the same
 * title (src/services/procedures/submit-proposal.ts) moves on to PROVISIONAL; otherwise a new one is
 * made. A confidential proposal (002 art. 5.7: "Informatie met betrekking tot kosten, prijzen,
 * innovatieve voorstellen of andere informatie waarvan Aanbieder deze als vertrouwelijk bestempeld,
 * worden niet gepubliceerd.") puts its number ("#3"), not its title, in the duty: the duty is what the
 * channel's reminders, the deadlines answer and the public calendar feed show.
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
import { findProposal, nextProposalNumber, proposalLabel } from '../procedures/proposal-lookup.ts';

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
  input: { actor: Actor & { personId: string }; committeeId: string; title: string; published: LocalDate; confidential?: boolean },
): Promise<Result<{ dutyId: string; proposalId: string; number: number; confidential: boolean; code: string; title: string; published: LocalDate; due: LocalDate; days: number }, RegisterProposalError>> {
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
    // A proposal a party submitted (on the table's list) becomes this provisional proposal.
    const found = await findProposal(tx, committee.id, title);
    // Only the very title: a submitted "Tarieven 2027" does not become the provisional proposal "Tarieven".
    const same = (a: string) => a.toLowerCase().replace(/\s+/gu, ' ') === title.toLowerCase().replace(/\s+/gu, ' ');
    const submitted = found.ok && found.value.stage === 'SUBMITTED' && found.value.kind === 'PROPOSAL' && same(found.value.title) ? found.value : null;
    await lockFor(tx, `proposal-number:${committee.id}`);
    const number = submitted?.number ?? (await nextProposalNumber(tx, committee.id));
    const confidential = input.confidential === true || submitted?.confidential === true;
    const duty = await tx.duty.create({
      data: { id, committeeId: committee.id, meetingId: null, kind: 'REACTIONS', due: fromLocalDate(deadline.due), responsible: confidential ? proposalLabel({ number }) : title },
    });
    const stage = { stage: 'PROVISIONAL' as const, confidential, publishedOn: fromLocalDate(input.published), reactionsDue: fromLocalDate(deadline.due), dutyId: duty.id };
    const proposal = submitted
      ? await tx.proposal.update({ where: { id: submitted.id }, data: stage })
      : await tx.proposal.create({ data: { committeeId: committee.id, number, kind: 'PROPOSAL', title, submittedById: input.actor.personId, createdAt: now, ...stage } });
    const shown = confidential ? { ...proposal, title: proposalLabel(proposal) } : proposal;
    await audit(tx, input.actor, { action: 'proposal.register', subjectType: 'Duty', subjectId: duty.id, committeeId: committee.id, after: duty }, now);
    await audit(tx, input.actor, { action: 'proposal.provisional', subjectType: 'Proposal', subjectId: proposal.id, committeeId: committee.id, after: shown }, now);
    return ok({ dutyId: duty.id, proposalId: proposal.id, number: proposal.number, confidential, code: committee.code, title, published: input.published, due: deadline.due, days: deadline.days });
  });
}
