/**
 * `/gremium mandate record`: the written statement that a person may legally represent an organisation.
 * Seed 002, art. 4.1: "Elke Partij maakt schriftelijk kenbaar welke persoon of personen op basis van
 * wetgeving, statuten of anderszins rechtsgeldig bevoegd zijn haar te vertegenwoordigen."
 */
import { fromLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { canManageMandates } from '../../domain/registry/permissions.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { transact } from '../transact.ts';
import { loadActorFacts } from '../identity/load-actor.ts';

/**
 * Error codes:
 * - NOT_MANDATE_MANAGER: the actor is neither an administrator nor secretary of a committee where the organisation sits.
 * - PERIOD_END_BEFORE_START: `until` lies before `from`.
 * - TEXT_TOO_LONG, TEXT_CONTROL_CHARACTER: the scope as typed (src/domain/user-text.ts).
 */
export type RecordMandateError = DomainError<'NOT_MANDATE_MANAGER' | 'PERIOD_END_BEFORE_START'> | TextError;

/** The committees in which an organisation holds or held a seat. */
export async function committeesOfOrganisation(tx: Tx, organisationId: string): Promise<string[]> {
  const seats = await tx.seat.findMany({ where: { onBehalfOfId: organisationId }, select: { committeeId: true }, distinct: ['committeeId'] });
  return seats.map((s) => s.committeeId);
}

/** Records the mandate in one audited transaction. */
export async function recordMandate(
  deps: ServiceDeps,
  input: {
    actor: Actor & { personId: string };
    personId: string;
    organisationId: string;
    from: LocalDate;
    until: LocalDate | null;
    scope: string;
  },
): Promise<Result<{ mandateId: string }, RecordMandateError>> {
  if (input.until !== null && input.until < input.from) return err('PERIOD_END_BEFORE_START', { from: input.from, until: input.until });
  const scope = checkText('word', input.scope, 'scope');
  if (!scope.ok) return scope;
  const now = deps.now();
  return transact(deps, async (tx) => {
    const actor = await loadActorFacts(tx, input.actor.personId);
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { name: true } });
    if (!actor || !canManageMandates(actor, await committeesOfOrganisation(tx, input.organisationId), amsterdamDay(now))) {
      return err('NOT_MANDATE_MANAGER', { organisation: organisation.name });
    }
    const mandate = await tx.mandate.create({
      data: {
        personId: input.personId,
        organisationId: input.organisationId,
        startsOn: fromLocalDate(input.from),
        endsOn: input.until === null ? null : fromLocalDate(input.until),
        scope: input.scope,
        createdAt: now,
      },
    });
    await audit(tx, input.actor, { action: 'mandate.create', subjectType: 'Mandate', subjectId: mandate.id, after: mandate }, now);
    return ok({ mandateId: mandate.id });
  });
}
