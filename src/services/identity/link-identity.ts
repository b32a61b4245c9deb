/**
 * A chat account (Slack user id, Teams user id) belongs to a person: found by the account, matched by
 * the e-mail address the platform reports, or linked by a secretary (`/gremium koppel`). Every link
 * is a write with its audit entry; platforms share this file.
 */
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { canManageCommittee } from '../../domain/registry/permissions.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { runStatement } from '../../db/raw-sql.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { loadActorFacts } from './load-actor.ts';

/** The person behind an account, as adapters need it. */
export interface LinkedPerson {
  readonly id: string;
  readonly name: string;
  /** The stored preference ("nl"/"en") or null: then the platform's locale decides. */
  readonly language: string | null;
}

const PERSON = { id: true, name: true, language: true } as const;

/** Read on every chat turn, so as one plain statement (db/raw-sql.ts). */
const LINKED_PERSON_SQL = `
  SELECT p.id, p.name, p.language FROM "PlatformIdentity" i JOIN "Person" p ON p.id = i."personId"
  WHERE i.platform = $1 AND i."externalId" = $2`;

/** The person linked to the account, or null. */
export async function findLinkedPerson(deps: ServiceDeps, input: { platform: string; externalId: string }): Promise<LinkedPerson | null> {
  const statement = { name: 'gremium_linked_person', text: LINKED_PERSON_SQL, values: [input.platform, input.externalId] };
  const [row] = await runStatement<LinkedPerson>(deps.db, statement);
  return row ? { id: row.id, name: row.name, language: row.language } : null;
}

/**
 * Links the account to the person whose stored e-mail equals the platform's (case-insensitive).
 * Error: NO_PERSON_WITH_EMAIL when no person has that address (nothing is written).
 */
export async function linkIdentityByEmail(
  deps: ServiceDeps,
  input: { platform: string; externalId: string; email: string },
): Promise<Result<LinkedPerson, DomainError<'NO_PERSON_WITH_EMAIL'>>> {
  const email = input.email.trim();
  const person = email ? await deps.db.person.findFirst({ where: { email: { equals: email, mode: 'insensitive' } }, select: PERSON }) : null;
  if (!person) return err('NO_PERSON_WITH_EMAIL');
  const now = deps.now();
  await transact(deps, async (tx) => {
    const key = { platform: input.platform, externalId: input.externalId };
    const existing = await tx.platformIdentity.findUnique({ where: { platform_externalId: key } });
    if (existing) return; // a concurrent request linked it first
    const created = await tx.platformIdentity.create({ data: { ...key, personId: person.id } });
    const actor: Actor = { personId: null, label: `${input.platform} e-mail match` };
    await audit(tx, actor, { action: 'identity.link', subjectType: 'PlatformIdentity', subjectId: created.id, after: { ...created, email } }, now);
  });
  const linked = await findLinkedPerson(deps, input);
  return linked ? ok(linked) : err('NO_PERSON_WITH_EMAIL');
}

/**
 * Error codes of {@link linkIdentity}:
 * - NOT_IDENTITY_MANAGER: the actor is neither an administrator nor the secretary of a committee in
 *   which the person holds a seat today.
 */
export type LinkIdentityError = DomainError<'NOT_IDENTITY_MANAGER'>;

/**
 * A secretary links an account to a person; an account linked to someone else moves to this person
 * (the audit entry keeps who it was). Returns whether anything changed.
 */
export async function linkIdentity(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; personId: string; platform: string; externalId: string },
): Promise<Result<{ changed: boolean }, LinkIdentityError>> {
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const actor = await loadActorFacts(tx, input.actor.personId);
    const target = await tx.person.findUniqueOrThrow({ where: { id: input.personId }, select: { name: true, seats: { select: { committeeId: true } } } });
    const allowed = actor !== null && (actor.isAdmin || target.seats.some((s) => canManageCommittee(actor, s.committeeId, today)));
    if (!allowed) return err('NOT_IDENTITY_MANAGER', { person: target.name });
    const key = { platform: input.platform, externalId: input.externalId };
    const before = await tx.platformIdentity.findUnique({ where: { platform_externalId: key } });
    if (before?.personId === input.personId) return ok({ changed: false });
    const after = before
      ? await tx.platformIdentity.update({ where: { id: before.id }, data: { personId: input.personId } })
      : await tx.platformIdentity.create({ data: { ...key, personId: input.personId } });
    await audit(tx, input.actor, { action: 'identity.link', subjectType: 'PlatformIdentity', subjectId: after.id, before: before ?? undefined, after }, now);
    return ok({ changed: true });
  });
}

/** The person's name and account on `platform` (null when none is linked), for direct messages. */
export async function findPlatformAccount(deps: ServiceDeps, input: { personId: string; platform: string }): Promise<{ name: string; externalId: string | null } | null> {
  const person = await deps.db.person.findUnique({
    where: { id: input.personId },
    select: { name: true, identities: { where: { platform: input.platform }, select: { externalId: true }, take: 1 } },
  });
  return person ? { name: person.name, externalId: person.identities[0]?.externalId ?? null } : null;
}
