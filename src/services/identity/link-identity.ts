/**
 * A chat account (Slack user id, Teams user id) belongs to a person: found by the account, or matched
 * by the e-mail address the platform verified. (An administrator links by hand: link-account.ts.)
 * Every link is a write with its audit entry; platforms share this file.
 */
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { runStatement } from '../../db/raw-sql.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import type { LinkedPerson } from './account-cache.ts';

export type { LinkedPerson } from './account-cache.ts';

const PERSON = { id: true, name: true, language: true } as const;

/** Read on every chat turn, so as one plain statement (db/raw-sql.ts). */
const LINKED_PERSON_SQL = `
  SELECT p.id, p.name, p.language FROM "PlatformIdentity" i JOIN "Person" p ON p.id = i."personId"
  WHERE i.platform = $1 AND i."externalId" = $2`;

/** At most this many accounts are remembered (the oldest entry makes room). */
const MAX_CACHED_ACCOUNTS = 10_000;

/**
 * findLinkedPerson for a turn that has read the registry's revision (with its catalog): from the
 * account cache when it was read at that revision, else read now and kept. The read follows the
 * revision's, so what is kept is never older than the revision it is kept under; a turn that read
 * an older revision than the cache's reads the database and keeps nothing.
 */
export async function findLinkedPersonAt(
  deps: ServiceDeps,
  revision: bigint,
  account: { platform: string; externalId: string },
): Promise<LinkedPerson | null> {
  const cache = deps.caches.accounts;
  if (cache.revision === null || revision > cache.revision) {
    cache.revision = revision;
    cache.linked.clear();
  }
  const key = accountLabel(account);
  const cached = revision === cache.revision ? cache.linked.get(key) : undefined;
  if (cached !== undefined) return cached;
  const linked = await findLinkedPerson(deps, account);
  if (revision === cache.revision) {
    if (cache.linked.size >= MAX_CACHED_ACCOUNTS) cache.linked.delete(cache.linked.keys().next().value as string);
    cache.linked.set(key, linked);
  }
  return linked;
}

/** The person linked to the account, or null. */
export async function findLinkedPerson(deps: ServiceDeps, input: { platform: string; externalId: string }): Promise<LinkedPerson | null> {
  const statement = { name: 'gremium_linked_person', text: LINKED_PERSON_SQL, values: [input.platform, input.externalId] };
  const [row] = await runStatement<LinkedPerson>(deps.db, statement);
  return row ? { id: row.id, name: row.name, language: row.language } : null;
}

/** How an account is named in the audit: `slack:U123`, `teams:<Entra object id>`. */
export const accountLabel = (account: { platform: string; externalId: string }): string => `${account.platform}:${account.externalId}`;

/**
 * Links the account to the person whose stored e-mail equals the one the platform verified
 * (case-insensitive). The person acted (their own account, their own address), so the audit names
 * them and the account; the address itself is not copied into the audit.
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
  const key = { platform: input.platform, externalId: input.externalId };
  await transact(deps, async (tx) => {
    const existing = await tx.platformIdentity.findUnique({ where: { platform_externalId: key } });
    if (existing) return; // a concurrent request linked it first
    await tx.platformIdentity.create({ data: { ...key, personId: person.id } });
    const actor: Actor = { personId: person.id, label: `${person.name} (${accountLabel(key)}, ${input.platform} e-mail)` };
    await audit(tx, actor, { action: 'identity.link', subjectType: 'PlatformIdentity', subjectId: accountLabel(key), after: { ...key, personId: person.id, matchedBy: 'email' } }, now);
  });
  const linked = await findLinkedPerson(deps, input);
  return linked ? ok(linked) : err('NO_PERSON_WITH_EMAIL');
}

/** The person's name and account on `platform` (null when none is linked), for direct messages. */
export async function findPlatformAccount(deps: ServiceDeps, input: { personId: string; platform: string }): Promise<{ name: string; externalId: string | null } | null> {
  const person = await deps.db.person.findUnique({
    where: { id: input.personId },
    select: { name: true, identities: { where: { platform: input.platform }, select: { externalId: true }, take: 1 } },
  });
  return person ? { name: person.name, externalId: person.identities[0]?.externalId ?? null } : null;
}
