/** What every answer needs: the services' dependencies, who asks, in which language, and today's date. */
import type { LocalDate } from '../domain/local-date.ts';
import type { DomainError } from '../domain/result.ts';
import type { Language } from '../i18n/catalog.ts';
import { describeError } from '../i18n/index.ts';
import type { ServiceDeps } from '../services/deps.ts';
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
}

/** The context of one turn. */
export interface TurnContext {
  readonly origin: Origin;
  readonly deps: ServiceDeps;
  readonly asker: Asker;
  readonly lang: Language;
  readonly today: LocalDate;
  readonly catalog: Catalog;
}

/** An expected failure as an error reply in the turn's language. */
export function errorReply(lang: Language, error: DomainError): ErrorReply {
  const suggestions = suggestionsOf(error);
  return { kind: 'error', code: error.code, text: describeError(lang, error), ...(suggestions.length ? { suggestions } : {}) };
}
