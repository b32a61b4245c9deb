/**
 * The services' one door to the permission table (src/domain/permissions/table.ts): loads the facts
 * about the person acting, asks the table, and turns a refusal into a DomainError whose parameters
 * name what was wrong and who may do it instead (the committee's current office holders, the first day
 * a seat may have, the committees a secretary records mandates for). Called inside the write's own
 * transaction, before anything is written; a refusal rolls back (transact.ts).
 */
import { err, ok, type DomainError, type Result } from '../domain/result.ts';
import { authorize, earliestSeatStart, officeCommittees, type ActorFacts, type PermissionCode, type Target } from '../domain/permissions/authorize.ts';
import { BACKDATE_GRACE_DAYS, PERMISSIONS, type Action } from '../domain/permissions/table.ts';
import type { LocalDate } from '../domain/local-date.ts';
import type { Tx } from './deps.ts';
import { loadActorFacts } from './identity/load-actor.ts';
import { activeOn } from './registry/seat-filters.ts';

/** A refusal from the table, with the parameters its message needs. */
export type PermissionError = DomainError<PermissionCode>;

/**
 * The actor's facts when the table allows the action on the target today, else the refusal. `params`
 * are the caller's own facts for the message (an organisation's name, a scope); the committee's code,
 * its office holders and the limit's facts are added here.
 */
export async function permit(
  tx: Tx,
  actorId: string,
  action: Action,
  target: Target,
  today: LocalDate,
  params: Record<string, string> = {},
): Promise<Result<ActorFacts & { name: string }, PermissionError>> {
  const actor = await loadActorFacts(tx, actorId);
  const code = actor ? authorize(actor, action, target, today) : PERMISSIONS[action].refusal;
  if (actor && code === null) return ok(actor);
  return err(code ?? PERMISSIONS[action].refusal, { ...(await refusalFacts(tx, action, target, today, actor, code)), ...params });
}

/** The facts a refusal's message names. */
async function refusalFacts(
  tx: Tx,
  action: Action,
  target: Target,
  today: LocalDate,
  actor: (ActorFacts & { name: string }) | null,
  code: PermissionCode | null,
): Promise<Record<string, string>> {
  const facts: Record<string, string> = {};
  if (target.committeeId !== null) {
    const committee = await tx.committee.findUnique({ where: { id: target.committeeId }, select: { code: true } });
    if (committee) facts.committee = committee.code;
    const offices = PERMISSIONS[action].offices;
    const holders = offices.length === 0
      ? []
      : await tx.seat.findMany({ where: { committeeId: target.committeeId, role: { in: [...offices] }, ...activeOn(today) }, select: { person: { select: { name: true } } } });
    // Who may instead, by name; an actor refused by a limit is one of them, so she is left out.
    const names = [...new Set(holders.map((h) => h.person.name))].filter((name) => name !== actor?.name);
    facts.holders = names.sort((a, b) => a.localeCompare(b)).join(', ');
  }
  if (code === 'BACKDATED_SEAT') {
    facts.earliest = earliestSeatStart(today);
    facts.grace = String(BACKDATE_GRACE_DAYS);
  }
  if (code === 'ORGANISATION_WIDE_MANDATE' && actor) {
    const ids = officeCommittees(actor, action, today);
    const committees = await tx.committee.findMany({ where: { id: { in: ids } }, select: { code: true }, orderBy: { code: 'asc' } });
    facts.committees = committees.map((c) => c.code).join(', ');
  }
  return facts;
}

/** The refusal of an action the table refuses (`authorize` said so); the table allowing it after all is a bug. */
export async function refusal(
  tx: Tx,
  actorId: string,
  action: Action,
  target: Target,
  today: LocalDate,
  params: Record<string, string> = {},
): Promise<{ readonly ok: false; readonly error: PermissionError }> {
  const refused = await permit(tx, actorId, action, target, today, params);
  if (refused.ok) throw new Error(`refusal: the permission table allows ${action}`);
  return refused;
}
