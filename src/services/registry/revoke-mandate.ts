/** `/gremium mandate revoke`: a mandate is withdrawn; it stays on record, marked revoked. */
import { canManageMandates } from '../../domain/registry/permissions.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { loadActorFacts } from '../identity/load-actor.ts';
import { committeesOfOrganisation } from './record-mandate.ts';

/**
 * Error codes:
 * - MANDATE_NOT_FOUND: no unrevoked mandate matches.
 * - NOT_MANDATE_MANAGER: the actor may not manage this organisation's mandates.
 */
export type RevokeMandateError = DomainError<'MANDATE_NOT_FOUND' | 'NOT_MANDATE_MANAGER'>;

/** Revokes every unrevoked mandate of the person for the organisation, in one audited transaction. */
export async function revokeMandate(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; personId: string; organisationId: string },
): Promise<Result<{ revoked: number }, RevokeMandateError>> {
  const now = deps.now();
  return transact(deps, async (tx) => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { name: true } });
    const actor = await loadActorFacts(tx, input.actor.personId);
    if (!actor || !canManageMandates(actor, await committeesOfOrganisation(tx, input.organisationId), amsterdamDay(now))) {
      return err('NOT_MANDATE_MANAGER', { organisation: organisation.name });
    }
    const mandates = await tx.mandate.findMany({ where: { personId: input.personId, organisationId: input.organisationId, revokedAt: null } });
    if (mandates.length === 0) return err('MANDATE_NOT_FOUND', { organisation: organisation.name });
    for (const before of mandates) {
      const after = await tx.mandate.update({ where: { id: before.id }, data: { revokedAt: now, revokedById: input.actor.personId } });
      await audit(tx, input.actor, { action: 'mandate.revoke', subjectType: 'Mandate', subjectId: before.id, before, after }, now);
    }
    return ok({ revoked: mandates.length });
  });
}
