/**
 * Who a Slack user is. First whether they count at all (workspace.ts: a member of the installing
 * workspace, not a guest or Slack Connect user unless admitted), checked on every turn from their
 * users.info profile (cached ten minutes), so an account linked earlier stops counting when its user
 * does. Then: the person linked to their user id; else the person whose registry e-mail equals the
 * profile e-mail Slack confirmed (scope users:read.email), linked by the identity service
 * (linkByEmail); else nobody (handle() then explains how to get linked). Their language: the stored
 * preference, else their Slack locale (users.info include_locale).
 */
import type { webApi } from '@slack/bolt';
import type { Sender } from '../../conversation/handle.ts';
import { parseLanguage, type Language } from '../../i18n/catalog.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { linkByEmail } from '../../services/identity/link-by-email.ts';
import { findLinkedPerson, findLinkedPersonAt, type LinkedPerson } from '../../services/identity/link-identity.ts';
import { confirmedEmail, refusalOf, type SlackRefusal, type SlackUserInfo, type SlackWorkspace } from './workspace.ts';

/** A Slack user as the adapter needs them. */
export interface SlackUser {
  readonly sender: Sender;
  readonly personId: string | null;
  readonly name: string | null;
  readonly locale: string | null;
  /** The language to use for the adapter's own texts (modals, home tab). */
  readonly lang: Language;
  /** The linked person as read for this turn (handle() takes it instead of reading it again). */
  readonly person: LinkedPerson | null;
  /** Why this user is nobody to Gremium whatever is linked (another workspace, a guest); null when they count. */
  readonly refusal: SlackRefusal | null;
}

interface Profile {
  readonly user: SlackUserInfo | null;
  readonly at: number;
}

/** Profiles are cached for ten minutes: a locale or membership change shows within that, and chat stays fast. */
const PROFILE_TTL_MS = 10 * 60 * 1000;
const MAX_CACHED = 5000;

/** Resolves Slack users of `workspace`; one per app. */
export function createUserResolver(deps: ServiceDeps, client: webApi.WebClient, workspace: SlackWorkspace) {
  const profiles = new Map<string, Profile>();

  async function profile(userId: string): Promise<SlackUserInfo | null> {
    const cached = profiles.get(userId);
    if (cached && Date.now() - cached.at < PROFILE_TTL_MS) return cached.user;
    // A user Slack will not describe (deleted, another organisation, the API failing) has no profile,
    // and so counts as nobody; that answer is not cached, so a passing failure passes.
    const info = await client.users.info({ user: userId, include_locale: true }).catch(() => null);
    const user = (info?.user as SlackUserInfo | undefined) ?? null;
    if (!user) return null;
    if (profiles.size >= MAX_CACHED) profiles.delete(profiles.keys().next().value as string);
    profiles.set(userId, { user, at: Date.now() });
    return user;
  }

  /**
   * Who `userId` is. Given the turn's catalog read (its registry revision), the linked person comes
   * from the account cache when nothing in the registry changed since it was read (findLinkedPersonAt).
   */
  return async function resolveUser(userId: string, catalog?: Promise<{ readonly revision: bigint }>): Promise<SlackUser> {
    const account = { platform: 'slack', externalId: userId };
    const linked = catalog ? catalog.then((c) => findLinkedPersonAt(deps, c.revision, account)) : findLinkedPerson(deps, account);
    const [known, user] = await Promise.all([linked, profile(userId)]);
    const locale = user?.locale ?? null;
    const refusal = refusalOf(user, workspace);
    const nobody = { sender: { platform: 'slack', externalId: userId }, personId: null, name: null, locale, person: null } as const;
    if (refusal) return { ...nobody, lang: parseLanguage(locale) ?? 'nl', refusal };
    const person = await linkByEmail(deps, { platform: 'slack', externalId: userId, linked: known, lookupEmail: async () => confirmedEmail(user) });
    const lang = parseLanguage(person?.language) ?? parseLanguage(locale) ?? 'nl';
    if (!person) return { ...nobody, lang, refusal: null };
    return { sender: { personId: person.id }, personId: person.id, name: person.name, locale, lang, person, refusal: null };
  };
}

/** The resolver's type. */
export type UserResolver = ReturnType<typeof createUserResolver>;

/**
 * The workspace whose users count: the configured one, else the one Slack names for the bot token
 * (auth.test). Throws when neither is known, so the app does not start admitting everyone.
 */
export async function installingWorkspace(client: webApi.WebClient, configured: SlackWorkspace): Promise<SlackWorkspace> {
  if (configured.teamId || configured.enterpriseId) return configured;
  const auth = (await client.auth.test().catch(() => null)) as { team_id?: string; enterprise_id?: string; is_enterprise_install?: boolean } | null;
  const learnt = auth?.is_enterprise_install ? { enterpriseId: auth.enterprise_id } : { teamId: auth?.team_id };
  if (!learnt.teamId && !learnt.enterpriseId) {
    throw new Error(
      'Gremium kan niet vaststellen in welke Slack-werkruimte het is geïnstalleerd (auth.test gaf geen antwoord); zet SLACK_TEAM_ID of SLACK_ENTERPRISE_ID.\n' +
        'Gremium cannot tell which Slack workspace it is installed in (auth.test did not answer); set SLACK_TEAM_ID or SLACK_ENTERPRISE_ID.',
    );
  }
  return { ...configured, ...learnt };
}
