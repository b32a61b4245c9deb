/**
 * The one way a chat account is linked without a secretary: by the e-mail address its platform
 * reports. Each platform passes its own lookup (Slack: users.info; Teams: the team roster); who gets
 * linked and what is refused is decided here, once, for every platform.
 */
import type { ServiceDeps } from '../deps.ts';
import { findLinkedPerson, linkIdentityByEmail, type LinkedPerson } from './link-identity.ts';

/** Asks the platform for the account's e-mail address; null when it has none or will not say. */
export type EmailLookup = () => Promise<string | null>;

/**
 * The person behind a chat account: the one linked already, else the person whose stored e-mail
 * equals the address the platform reports (linked now, audited), else null (no address, or nobody
 * has it). `linked` is the adapter's own read of the account this turn, which spares a second one;
 * the platform is only asked when the account is not linked yet.
 */
export async function linkByEmail(
  deps: ServiceDeps,
  input: { platform: string; externalId: string; lookupEmail: EmailLookup; linked?: LinkedPerson | null },
): Promise<LinkedPerson | null> {
  const account = { platform: input.platform, externalId: input.externalId };
  const linked = input.linked !== undefined ? input.linked : await findLinkedPerson(deps, account);
  if (linked) return linked;
  const email = await input.lookupEmail();
  if (!email) return null;
  const result = await linkIdentityByEmail(deps, { ...account, email });
  return result.ok ? result.value : null;
}
