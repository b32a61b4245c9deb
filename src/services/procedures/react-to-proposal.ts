/**
 * `/gremium reactie INKOOP "Tarieven 2027" tekst="..."`: a party's reaction to a provisional proposal,
 * one per party (a second replaces the first). 002 art. 5.6: "Partijen krijgen twee weken de tijd om op
 * de Voorlopige voorstellen te reageren via de website." A member reacts for the party of their member
 * seat; the secretary records a reaction that came in by mail for a party (`namens=`).
 */
import type { LocalDate } from '../../domain/local-date.ts';
import { mayReact, type LifecycleError } from '../../domain/procedures/proposal-stage.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';
import { audit } from '../audit.ts';
import type { PermissionError } from '../authorize.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { activeOn, votingOn } from '../registry/seat-filters.ts';
import { transact } from '../transact.ts';
import { proposalForStep, type LookupError } from './proposal-lookup.ts';

/**
 * Error codes: UNKNOWN_PROPOSAL, NOT_COMMITTEE_PARTY, the lifecycle's NOT_PROVISIONAL and
 * REACTIONS_CLOSED (with the article), TEXT_TOO_LONG / TEXT_CONTROL_CHARACTER (the reaction), and
 * NOT_A_PARTY: the organisation named (or the reacting member's) holds no member seat in the
 * proposal's committee today (params `organisation`, `committee`).
 */
export type ReactError = LookupError | PermissionError | LifecycleError | TextError | DomainError<'NOT_A_PARTY'>;

/** Records the reaction in one audited transaction; says whether it replaced an earlier one. */
export async function reactToProposal(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; committeeId: string | null; proposal: string; onBehalfOfId: string | null; text: string | null },
): Promise<Result<{ title: string; number: number; confidential: boolean; code: string; party: string; replaced: boolean; due: LocalDate | null; reacted: number; parties: number }, ReactError>> {
  const text = input.text === null ? null : checkText('reason', input.text.trim());
  if (text && !text.ok) return text;
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const found = await proposalForStep(tx, { actorId: input.actor.personId, committeeId: input.committeeId, ref: input.proposal, action: 'proposal.react', today }, mayReact);
    if (!found.ok) return found;
    const p = found.value.proposal;
    // The parties are the organisations with a member seat in the committee today.
    const seats = await tx.seat.findMany({ where: { committeeId: p.committeeId, ...votingOn(today) }, select: { personId: true, onBehalfOf: { select: { id: true, name: true } } } });
    const parties = new Map(seats.map((s) => [s.onBehalfOf.id, s.onBehalfOf.name]));
    const own = seats.find((s) => s.personId === input.actor.personId)?.onBehalfOf.id ?? null;
    const partyId = input.onBehalfOfId ?? own;
    if (partyId === null || !parties.has(partyId)) {
      const named = partyId ? (await tx.organisation.findUnique({ where: { id: partyId }, select: { name: true } }))?.name ?? partyId : '';
      return err('NOT_A_PARTY', { organisation: named, committee: p.code });
    }
    // A member speaks for their own party only; the secretary (or an administrator) for any.
    if (partyId !== own && !found.value.actor.isAdmin) {
      const secretary = await tx.seat.count({ where: { committeeId: p.committeeId, personId: input.actor.personId, role: 'SECRETARY', ...activeOn(today) } });
      if (secretary === 0) return err('NOT_A_PARTY', { organisation: parties.get(partyId)!, committee: p.code });
    }
    const where = { proposalId_organisationId: { proposalId: p.id, organisationId: partyId } };
    const before = await tx.proposalReaction.findUnique({ where });
    const data = { personId: input.actor.personId, text: text?.value ?? null, at: now };
    const after = await tx.proposalReaction.upsert({ where, create: { proposalId: p.id, organisationId: partyId, ...data }, update: data });
    await audit(tx, input.actor, { action: 'proposal.react', subjectType: 'ProposalReaction', subjectId: after.id, committeeId: p.committeeId, before: before ?? undefined, after }, now);
    const reacted = await tx.proposalReaction.count({ where: { proposalId: p.id } });
    return ok({ title: p.title, number: p.number, confidential: p.confidential, code: p.code, party: parties.get(partyId)!, replaced: before !== null, due: p.reactionsDue, reacted, parties: parties.size });
  });
}
