/**
 * `/gremium mandate revoke`: a mandate is withdrawn; it stays on record, marked revoked. A secretary
 * revokes the mandates for her own committee; an organisation-wide one only an administrator (the
 * permission table's row mandate.revoke; issue 13: a secretary revoked a director's mandate once his
 * organisation had held any seat, even a back-dated one, in her committee).
 */
import { authorize, officeCommittees, type Target } from '../../domain/permissions/authorize.ts';
import { scopeCommittee } from '../../domain/permissions/mandate-scope.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { audit } from '../audit.ts';
import { refusal, type PermissionError } from '../authorize.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { loadActorFacts } from '../identity/load-actor.ts';
import { transact } from '../transact.ts';

/**
 * Error codes:
 * - MANDATE_NOT_FOUND: no unrevoked mandate matches.
 * - From the permission table: NOT_MANDATE_MANAGER (not a secretary of the mandate's committee, nor an
 *   administrator), ORGANISATION_WIDE_MANDATE (the only mandates left cover every committee).
 */
export type RevokeMandateError = DomainError<'MANDATE_NOT_FOUND'> | PermissionError;

/**
 * Revokes every unrevoked mandate of the person for the organisation that the actor may revoke, in one
 * audited transaction. `kept` counts the mandates left standing because they are not hers to revoke.
 */
export async function revokeMandate(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; personId: string; organisationId: string },
): Promise<Result<{ revoked: number; kept: number }, RevokeMandateError>> {
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { name: true } });
    const params = { organisation: organisation.name };
    const actor = await loadActorFacts(tx, input.actor.personId);
    // Only someone who may revoke mandates somewhere learns whether there are any.
    if (!actor || (!actor.isAdmin && officeCommittees(actor, 'mandate.revoke', today).length === 0)) {
      return refusal(tx, input.actor.personId, 'mandate.revoke', { committeeId: null, personId: input.personId }, today, params);
    }
    const mandates = await tx.mandate.findMany({ where: { personId: input.personId, organisationId: input.organisationId, revokedAt: null }, orderBy: { startsOn: 'asc' } });
    if (mandates.length === 0) return err('MANDATE_NOT_FOUND', params);
    const committees = await tx.committee.findMany({ select: { id: true, code: true } });
    const targetOf = (scope: string): Target => ({ committeeId: scopeCommittee(scope, committees)?.id ?? null, personId: input.personId });
    const mine = mandates.filter((m) => authorize(actor, 'mandate.revoke', targetOf(m.scope), today) === null);
    if (mine.length === 0) {
      const first = mandates[0]!;
      return refusal(tx, input.actor.personId, 'mandate.revoke', targetOf(first.scope), today, { ...params, scope: first.scope });
    }
    for (const before of mine) {
      const after = await tx.mandate.update({ where: { id: before.id }, data: { revokedAt: now, revokedById: input.actor.personId } });
      await audit(tx, input.actor, { action: 'mandate.revoke', subjectType: 'Mandate', subjectId: before.id, committeeId: targetOf(before.scope).committeeId, before, after }, now);
    }
    return ok({ revoked: mine.length, kept: mandates.length - mine.length });
  });
}
