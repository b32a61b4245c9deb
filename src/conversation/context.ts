/**
 * What every answer needs: the services (bound to this turn's dependencies), who asks, in which
 * language, and today's date. No database handle: the conversation reads and writes only through
 * services (test/boundary.test.ts).
 */
import type { LocalDate } from '../domain/local-date.ts';
import type { DomainError } from '../domain/result.ts';
import type { Language } from '../i18n/catalog.ts';
import { describeError } from '../i18n/index.ts';
import type { Services } from '../services/index.ts';
import type { Catalog } from '../services/registry/registry-catalog.ts';
import type { ErrorReply } from './reply.ts';
import { suggestionsOf } from './resolve.ts';

/** The person asking, as far as answers care. */
export interface Asker {
  readonly personId: string;
  readonly name: string;
}

/** The platform and channel a message came from. */
export interface Origin {
  readonly platform: string;
  readonly channel: string | null;
  /** The asker's account on that platform (Slack user id, Teams Entra object id); absent in the console. */
  readonly account?: string | null;
  /** True when the conversation is the asker's private chat with Gremium (a Slack DM, a Teams personal chat). */
  readonly direct?: boolean;
}

/** The context of one turn. */
export interface TurnContext {
  readonly origin: Origin;
  /** The services, bound once per turn by handle(). */
  readonly services: Services;
  readonly asker: Asker;
  readonly lang: Language;
  readonly today: LocalDate;
  readonly catalog: Catalog;
}

/** An expected failure as an error reply in the turn's language. */
export function errorReply(lang: Language, error: DomainError): ErrorReply {
  const suggestions = suggestionsOf(error);
  const typed = error.params?.name;
  return {
    kind: 'error', code: error.code, text: describeError(lang, error),
    ...(suggestions.length ? { suggestions, ...(typeof typed === 'string' ? { typed } : {}) } : {}),
  };
}
