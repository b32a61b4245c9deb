/**
 * Who a Slack user is: the person linked to their user id; else the person whose registry e-mail
 * equals their Slack profile e-mail (users.info, scope users:read.email), linked by the identity
 * service (linkByEmail); else nobody (handle() then explains how to get linked). Their language:
 * the stored preference, else their Slack locale (users.info include_locale).
 */
import type { webApi } from '@slack/bolt';
import type { Sender } from '../../conversation/handle.ts';
import { parseLanguage, type Language } from '../../i18n/catalog.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { linkByEmail } from '../../services/identity/link-by-email.ts';
import { findLinkedPerson, type LinkedPerson } from '../../services/identity/link-identity.ts';

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
}

interface Profile {
  readonly email: string | null;
  readonly locale: string | null;
  readonly at: number;
}

/** Profiles are cached for ten minutes: a locale change shows within that, and chat stays fast. */
const PROFILE_TTL_MS = 10 * 60 * 1000;
const MAX_CACHED = 5000;

/** Resolves Slack users; one per app. */
export function createUserResolver(deps: ServiceDeps, client: webApi.WebClient) {
  const profiles = new Map<string, Profile>();

  async function profile(userId: string): Promise<Profile> {
    const cached = profiles.get(userId);
    if (cached && Date.now() - cached.at < PROFILE_TTL_MS) return cached;
    // A user Slack will not describe (deleted, another workspace, scope missing) just has no profile.
    const info = await client.users.info({ user: userId, include_locale: true }).catch(() => null);
    const user = info?.user as { locale?: string; profile?: { email?: string } } | undefined;
    const fresh: Profile = { email: user?.profile?.email ?? null, locale: user?.locale ?? null, at: Date.now() };
    if (profiles.size >= MAX_CACHED) profiles.delete(profiles.keys().next().value as string);
    profiles.set(userId, fresh);
    return fresh;
  }

  return async function resolveUser(userId: string): Promise<SlackUser> {
    const known = await findLinkedPerson(deps, { platform: 'slack', externalId: userId });
    if (known?.language) {
      return { sender: { personId: known.id }, personId: known.id, name: known.name, locale: null, lang: parseLanguage(known.language) ?? 'nl', person: known };
    }
    // One users.info call gives both the locale and the e-mail address to link by.
    const info = await profile(userId);
    const person = await linkByEmail(deps, { platform: 'slack', externalId: userId, linked: known, lookupEmail: async () => info.email });
    const lang = parseLanguage(person?.language) ?? parseLanguage(info.locale) ?? 'nl';
    if (!person) return { sender: { platform: 'slack', externalId: userId }, personId: null, name: null, locale: info.locale, lang, person: null };
    return { sender: { personId: person.id }, personId: person.id, name: person.name, locale: info.locale, lang, person };
  };
}

/** The resolver's type. */
export type UserResolver = ReturnType<typeof createUserResolver>;
