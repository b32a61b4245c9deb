/**
 * What every service receives: the database, the clock and the process's caches. Nothing global
 * (STYLE.md, after documenso): whoever shares a ServiceDeps shares its caches, so one
 * {@link createServiceDeps} per process (or per test database) decides what is remembered between calls.
 */
import type { Db } from '../db/database.ts';
import type { PollRosterCache } from './decisions/poll-roster.ts';
import type { VotingSeatsCache } from './decisions/poll-view.ts';
import type { AccountCache } from './identity/account-cache.ts';
import type { CatalogCache } from './registry/registry-catalog.ts';

/**
 * What services keep in memory between calls. Each cache checks itself against the database before it
 * is trusted (the catalog by the registry revision, a roster by the newest write and the vote's own
 * statement), so a cache only saves reads; it never decides an answer on its own.
 */
export interface ServiceCaches {
  /** The names of committees, organisations and people at one registry revision (registry-catalog.ts). */
  readonly catalog: CatalogCache;
  /** The person linked to each chat account lately seen, at one registry revision (link-identity.ts). */
  readonly accounts: AccountCache;
  /** Who may vote in each poll lately voted in (poll-roster.ts). */
  readonly pollRosters: PollRosterCache;
  /** The voting seats a poll card lists, by committee and day, at a registry revision (poll-view.ts). */
  readonly votingSeats: VotingSeatsCache;
  /** What this process last stored per conversation reference (conversation-refs.ts). */
  readonly conversationRefs: Map<string, { readonly reference: string; readonly userIds: readonly string[] }>;
}

/** The dependencies a service gets passed in. */
export interface ServiceDeps {
  readonly db: Db;
  /** The current instant; tests and the scheduler pass their own. */
  readonly now: () => Date;
  readonly caches: ServiceCaches;
}

/** Empty caches. */
export function createServiceCaches(): ServiceCaches {
  return { catalog: { current: null }, accounts: { revision: null, linked: new Map() }, pollRosters: new Map(), votingSeats: new Map(), conversationRefs: new Map() };
}

/** Empties the caches in place, for everyone holding them (a test database after its reset). */
export function clearServiceCaches(caches: ServiceCaches): void {
  caches.catalog.current = null;
  caches.accounts.revision = null;
  caches.accounts.linked.clear();
  caches.pollRosters.clear();
  caches.votingSeats.clear();
  caches.conversationRefs.clear();
}

/**
 * The one way to build a ServiceDeps: the clock defaults to the system clock, the caches to new empty
 * ones. Pass `caches` to share them (the test database keeps one set per database and empties it on reset).
 */
export function createServiceDeps(input: { readonly db: Db; readonly now?: () => Date; readonly caches?: ServiceCaches }): ServiceDeps {
  return { db: input.db, now: input.now ?? (() => new Date()), caches: input.caches ?? createServiceCaches() };
}

/** Who is acting: a person, or the system with a label ("import leden.xlsx", "demo data"). */
export type Actor = { readonly personId: string; readonly label: string } | { readonly personId: null; readonly label: string };

/** A transaction client, as handed to `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
