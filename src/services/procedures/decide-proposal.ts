/**
 * `/gremium voorstel besluit INKOOP "Tarieven 2027" aangenomen`: the municipality's decision on a
 * worked-out proposal, which closes it. 002 art. 9.1: "Ook bij afwezigheid van unanimiteit en ongeacht
 * de verhouding in de stemmen, kan Gemeente beargumenteerd besluiten het voorstel toch wel of niet voor
 * te leggen voor besluitvorming aan zijn bestuur." Art. 9.2 (not adopted): "dan wijzigen deze afspraken
 * of de Raamovereenkomst niet." Art. 9.3 (adopted): "dan gaat de Gemeente deze afspraken of de
 * Raamovereenkomst aan met Aanbieders die aangeven te willen deelnemen." A pilot request gets the
 * municipality's consent or not the same way (art. 10.4: "De Gemeente kan besluiten wel of niet in te
 * stemmen met de pilot.").
 */
import { mayDecide, type LifecycleError } from '../../domain/procedures/proposal-stage.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { ok, type Result } from '../../domain/result.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';
import { audit } from '../audit.ts';
import type { PermissionError } from '../authorize.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { proposalForStep, proposalLabel, type LookupError } from './proposal-lookup.ts';

/** Error codes: UNKNOWN_PROPOSAL, NOT_COMMITTEE_SECRETARY, the lifecycle's NOT_DECIDABLE and PROPOSAL_CLOSED, TEXT_* (the reasons). */
export type DecideError = LookupError | PermissionError | LifecycleError | TextError;

/** Records the decision in one audited transaction; the proposal is closed. */
export async function decideProposal(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; committeeId: string | null; proposal: string; adopted: boolean; note: string | null },
): Promise<Result<{ title: string; number: number; confidential: boolean; code: string; kind: string; adopted: boolean; outcome: string | null }, DecideError>> {
  const note = input.note === null ? null : checkText('reason', input.note.trim());
  if (note && !note.ok) return note;
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const found = await proposalForStep(tx, { actorId: input.actor.personId, committeeId: input.committeeId, ref: input.proposal, action: 'proposal.decide', today }, (facts) => mayDecide(facts));
    if (!found.ok) return found;
    const p = found.value.proposal;
    const stage = input.adopted ? 'ADOPTED' : 'NOT_ADOPTED';
    await tx.proposal.update({ where: { id: p.id }, data: { stage, decidedAt: now, decisionNote: note?.value ?? null } });
    await audit(tx, input.actor, { action: 'proposal.decide', subjectType: 'Proposal', subjectId: p.id, committeeId: p.committeeId, before: { stage: p.stage }, after: { stage, note: note?.value ?? null, title: p.confidential ? proposalLabel(p) : p.title } }, now);
    // The vote's ratio (art. 9.1: "De stemverhouding in de Fysieke overlegtafel wordt genotuleerd"), when there was one.
    const poll = p.pollId ? await tx.poll.findUnique({ where: { id: p.pollId }, select: { outcome: true } }) : null;
    const ratio = poll?.outcome && typeof poll.outcome === 'object' && 'ratio' in poll.outcome ? String((poll.outcome as { ratio: unknown }).ratio) : null;
    return ok({ title: p.title, number: p.number, confidential: p.confidential, code: p.code, kind: p.kind, adopted: input.adopted, outcome: ratio });
  });
}
