/**
 * `/gremium koppel <persoon> <account>`: an administrator links a chat account by hand, for someone
 * whose platform e-mail does not match the registry (issue 13: a secretary who could do this became
 * anyone in her committee). A person's own account is linked only by the e-mail address the
 * platform verified (link-by-email.ts), never by typing an account id, which proves nothing.
 *
 * An account linked to someone else moves only when an administrator moves it, and the result names
 * the previous owner so that both people are told. The audit entry's subject is the account
 * (`slack:U123`) and its actor the administrator, with the account she typed from.
 */
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { accountLabel } from './link-identity.ts';
import { permit, type PermissionError } from '../authorize.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';

/** A platform account: `slack` + user id, `teams` + Entra object id. */
export interface Account {
  readonly platform: string;
  readonly externalId: string;
}

/**
 * Error codes of {@link linkAccount} (the first two from the permission table's row account.link):
 * - NOT_IDENTITY_MANAGER: the actor is not an administrator and the account is for someone else.
 * - OWN_ACCOUNT_BY_EMAIL: a person who is not an administrator tried to link an account to
 *   themselves; only the platform's verified e-mail does that.
 * - ACCOUNT_IN_USE_BY_YOU: an administrator tried to give away the very account she is typing from.
 */
export type LinkAccountError = DomainError<'ACCOUNT_IN_USE_BY_YOU'> | PermissionError;

/** What changed: nothing (already so), a new link, or a move away from `previousOwner`. */
export interface LinkAccountOutcome {
  readonly changed: boolean;
  readonly person: { readonly id: string; readonly name: string };
  readonly previousOwner: { readonly id: string; readonly name: string } | null;
}

/**
 * Links `account` to the person. `from` is the account the actor is typing from (absent in the
 * console), named in the audit and never handed to someone else.
 */
export async function linkAccount(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; personId: string; account: Account; from?: Account | null },
): Promise<Result<LinkAccountOutcome, LinkAccountError>> {
  const now = deps.now();
  const key = { platform: input.account.platform, externalId: input.account.externalId };
  return transact(deps, async (tx) => {
    const person = await tx.person.findUniqueOrThrow({ where: { id: input.personId }, select: { id: true, name: true } });
    const before = await tx.platformIdentity.findUnique({ where: { platform_externalId: key }, include: { person: { select: { id: true, name: true } } } });
    // Already so: nothing to write, whoever asks about their own account.
    if (before?.personId === input.personId && input.personId === input.actor.personId) return ok({ changed: false, person, previousOwner: null });
    const allowed = await permit(tx, input.actor.personId, 'account.link', { committeeId: null, personId: input.personId }, amsterdamDay(now), { person: person.name, platform: key.platform });
    if (!allowed.ok) return allowed;
    if (before?.personId === input.personId) return ok({ changed: false, person, previousOwner: null });
    if (input.from && input.from.platform === key.platform && input.from.externalId === key.externalId) {
      return err('ACCOUNT_IN_USE_BY_YOU', { platform: key.platform });
    }
    if (before) await tx.platformIdentity.update({ where: { id: before.id }, data: { personId: person.id } });
    else await tx.platformIdentity.create({ data: { ...key, personId: person.id } });
    const actorLabel = input.from ? `${input.actor.label} (${accountLabel(input.from)})` : input.actor.label;
    await audit(
      tx,
      { personId: input.actor.personId, label: actorLabel },
      {
        action: 'identity.link',
        subjectType: 'PlatformIdentity',
        subjectId: accountLabel(key),
        before: before ? { ...key, personId: before.personId } : undefined,
        after: { ...key, personId: person.id, linkedBy: 'administrator' },
      },
      now,
    );
    return ok({ changed: true, person, previousOwner: before ? before.person : null });
  });
}
