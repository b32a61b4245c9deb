/**
 * The person behind a chat account, and the process's memory of it between turns (ServiceDeps.caches;
 * link-identity.ts reads and fills it). A file without imports, so deps.ts can name the cache's type.
 */

/** The person behind an account, as adapters need it. */
export interface LinkedPerson {
  readonly id: string;
  readonly name: string;
  /** The stored preference ("nl"/"en") or null: then the platform's locale decides. */
  readonly language: string | null;
}

/**
 * Accounts' linked persons as read at one registry revision, by account label (`slack:U123`): the
 * read every chat turn starts with, kept between turns (ServiceDeps.caches). A link, a re-link, an
 * erasure and a change of a person's name or language are audited about a registry subject, which
 * moves that revision (services/audit.ts), so an entry read at the current revision still holds.
 */
export interface AccountCache {
  /** The revision the entries were read at; null before the first. */
  revision: bigint | null;
  readonly linked: Map<string, LinkedPerson | null>;
}

