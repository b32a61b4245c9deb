/**
 * `/gremium voorstel uitgewerkt FOT "Tarieven 2027"`: after the reaction period the Fysieke overlegtafel
 * marks the provisional proposal worked out. 002 art. 5.6: "Op basis van deze reacties besluit de
 * Fysieke overlegtafel de Voorlopige voorstellen aan te merken als Uitgewerkte voorstellen." Only then
 * may it be put to a for/against vote (art. 9.1, open-poll.ts).
 */
import { mayWorkOut, type LifecycleError } from '../../domain/procedures/proposal-stage.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { ok, type Result } from '../../domain/result.ts';
import { audit } from '../audit.ts';
import type { PermissionError } from '../authorize.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { proposalForStep, proposalLabel, type LookupError } from './proposal-lookup.ts';

/** Error codes: UNKNOWN_PROPOSAL, NOT_PROCEDURE_MANAGER, and the lifecycle's NOT_PROVISIONAL and REACTIONS_STILL_OPEN (with the article). */
export type WorkOutError = LookupError | PermissionError | LifecycleError;

/** Marks it worked out in one audited transaction; returns the parties that reacted. */
export async function workOutProposal(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; committeeId: string | null; proposal: string },
): Promise<Result<{ title: string; number: number; confidential: boolean; code: string; reactions: string[] }, WorkOutError>> {
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const found = await proposalForStep(tx, { actorId: input.actor.personId, committeeId: input.committeeId, ref: input.proposal, action: 'proposal.work-out', today }, mayWorkOut);
    if (!found.ok) return found;
    const p = found.value.proposal;
    const after = await tx.proposal.update({ where: { id: p.id }, data: { stage: 'WORKED_OUT', workedOutAt: now } });
    await audit(tx, input.actor, { action: 'proposal.work-out', subjectType: 'Proposal', subjectId: p.id, committeeId: p.committeeId, before: { stage: p.stage }, after: { stage: after.stage, workedOutAt: after.workedOutAt, title: p.confidential ? proposalLabel(p) : p.title } }, now);
    const reactions = await tx.proposalReaction.findMany({ where: { proposalId: p.id }, select: { organisationId: true } });
    const names = await tx.organisation.findMany({ where: { id: { in: reactions.map((r) => r.organisationId) } }, select: { name: true }, orderBy: { name: 'asc' } });
    return ok({ title: p.title, number: p.number, confidential: p.confidential, code: p.code, reactions: names.map((n) => n.name) });
  });
}
