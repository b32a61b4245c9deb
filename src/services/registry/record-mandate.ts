/**
 * `/gremium mandate record`: the written statement that a person may legally represent an organisation.
 * Seed 002, art. 4.1: "Elke Partij maakt schriftelijk kenbaar welke persoon of personen op basis van
 * wetgeving, statuten of anderszins rechtsgeldig bevoegd zijn haar te vertegenwoordigen."
 *
 * A secretary records mandates for her own committee only (the mandate's scope is that committee's
 * code); a mandate for every committee is recorded by an administrator (issue 13: a secretary revoked
 * a director's organisation-wide mandate). Who may is the permission table's row mandate.record.
 */
import { fromLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { officeCommittees } from '../../domain/permissions/authorize.ts';
import { ORGANISATION_WIDE_SCOPE, scopeCommittee } from '../../domain/permissions/mandate-scope.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';
import { audit } from '../audit.ts';
import { permit, type PermissionError } from '../authorize.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { loadActorFacts } from '../identity/load-actor.ts';
import { transact } from '../transact.ts';

/**
 * Error codes:
 * - PERIOD_END_BEFORE_START: `until` lies before `from`.
 * - UNKNOWN_MANDATE_SCOPE: the scope is neither a committee's code nor a general scope. Params: `scope`.
 * - MANDATE_SCOPE_NEEDED: no scope was given and the secretary keeps several committees where the
 *   organisation sits. Params: `organisation`, `committees` (codes, comma-separated).
 * - TEXT_TOO_LONG, TEXT_CONTROL_CHARACTER: the scope as typed (src/domain/user-text.ts).
 * - From the permission table: NOT_MANDATE_MANAGER, ORGANISATION_WIDE_MANDATE, SELF_MANDATE.
 */
export type RecordMandateError = DomainError<'PERIOD_END_BEFORE_START' | 'UNKNOWN_MANDATE_SCOPE' | 'MANDATE_SCOPE_NEEDED'> | PermissionError | TextError;

/**
 * The scope of a mandate recorded without one: organisation-wide for an administrator; for a secretary,
 * the one committee she keeps (of several: the one where the organisation sits now or later).
 */
async function defaultScope(tx: Tx, actorId: string, organisationId: string, today: LocalDate): Promise<Result<string, RecordMandateError>> {
  const actor = await loadActorFacts(tx, actorId);
  const own = actor && !actor.isAdmin ? officeCommittees(actor, 'mandate.record', today) : [];
  // Anyone else gets the general scope, which the permission table then answers for.
  if (own.length === 0) return ok(ORGANISATION_WIDE_SCOPE);
  const sitting = await tx.seat.findMany({
    where: { onBehalfOfId: organisationId, committeeId: { in: own }, OR: [{ endsOn: null }, { endsOn: { gte: fromLocalDate(today) } }] },
    select: { committeeId: true }, distinct: ['committeeId'],
  });
  const candidates = own.length === 1 ? own : sitting.map((s) => s.committeeId);
  const committees = await tx.committee.findMany({ where: { id: { in: candidates.length > 0 ? candidates : own } }, select: { code: true }, orderBy: { code: 'asc' } });
  if (candidates.length === 1 && committees[0]) return ok(committees[0].code);
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } });
  return err('MANDATE_SCOPE_NEEDED', { organisation: organisation.name, committees: committees.map((c) => c.code).join(', ') });
}

/** Records the mandate in one audited transaction; returns it with the scope it got. */
export async function recordMandate(
  deps: ServiceDeps,
  input: {
    actor: Actor & { personId: string };
    personId: string;
    organisationId: string;
    from: LocalDate;
    until: LocalDate | null;
    /** A committee's code, or a general scope ("bestuurlijk"); null chooses (see defaultScope). */
    scope: string | null;
  },
): Promise<Result<{ mandateId: string; scope: string }, RecordMandateError>> {
  if (input.until !== null && input.until < input.from) return err('PERIOD_END_BEFORE_START', { from: input.from, until: input.until });
  if (input.scope !== null) {
    const typed = checkText('word', input.scope, 'scope');
    if (!typed.ok) return typed;
  }
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { name: true } });
    let scope = input.scope?.trim() || null;
    if (scope === null) {
      const chosen = await defaultScope(tx, input.actor.personId, input.organisationId, today);
      if (!chosen.ok) return chosen;
      scope = chosen.value;
    }
    const committee = scopeCommittee(scope, await tx.committee.findMany({ select: { id: true, code: true } }));
    if (committee === undefined) return err('UNKNOWN_MANDATE_SCOPE', { scope, organisation: organisation.name });
    const target = { committeeId: committee?.id ?? null, personId: input.personId };
    const allowed = await permit(tx, input.actor.personId, 'mandate.record', target, today, { organisation: organisation.name, scope });
    if (!allowed.ok) return allowed;
    const mandate = await tx.mandate.create({
      data: {
        personId: input.personId,
        organisationId: input.organisationId,
        startsOn: fromLocalDate(input.from),
        endsOn: input.until === null ? null : fromLocalDate(input.until),
        scope: committee?.code ?? scope,
        createdAt: now,
      },
    });
    await audit(tx, input.actor, { action: 'mandate.create', subjectType: 'Mandate', subjectId: mandate.id, committeeId: committee?.id ?? null, after: mandate }, now);
    return ok({ mandateId: mandate.id, scope: mandate.scope });
  });
}
