/**
 * The names people use for committees, organisations and people, held in memory (ServiceDeps.caches)
 * so that a question resolves its names without a query per candidate. Every registry write moves the
 * registry's revision (RegistryRevision, set with the write's audit entry: services/audit.ts), so one
 * read of one row tells whether the cached catalog is still current, also when another bot instance on
 * the same PostgreSQL made the change. Votes, meetings and duties do not move it: they never reload names.
 */
import type { Db } from '../../db/database.ts';
import { runStatement } from '../../db/raw-sql.ts';
import { nameKey, type Named } from '../../domain/names.ts';
import type { OrganisationKind } from '../../domain/registry/words.ts';
import { REVISION } from '../revisions.ts';

/** A committee as names resolve it. */
export interface CommitteeName extends Named {
  readonly code: string;
  readonly name: string;
  /** The Dutch article of its name ("het" SBO, "de" Stuurgroep), for sentences; null or absent when unknown. */
  readonly article?: string | null;
}

/** An organisation as names resolve it. */
export interface OrganisationName extends Named {
  readonly name: string;
  readonly kind: OrganisationKind;
}

/** A person as names resolve it (name and e-mail both match). */
export interface PersonName extends Named {
  readonly name: string;
  readonly email: string | null;
}

/** Items by the name key of each of their names, for exact lookups in constant time. */
export type NameIndex<T> = ReadonlyMap<string, readonly T[]>;

/** Every name in the registry at one revision, with an index per kind. */
export interface Catalog {
  readonly revision: bigint;
  readonly committees: readonly CommitteeName[];
  readonly organisations: readonly OrganisationName[];
  readonly people: readonly PersonName[];
  readonly index: {
    readonly committees: NameIndex<CommitteeName>;
    readonly organisations: NameIndex<OrganisationName>;
    readonly people: NameIndex<PersonName>;
  };
}

/** Builds the name-key index of a list. */
export function indexByName<T extends Named>(items: readonly T[]): NameIndex<T> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(item.names.map(nameKey))) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}

/** The catalog a process read last; one per ServiceDeps (deps.ts creates it). */
export interface CatalogCache {
  current: Catalog | null;
}

/**
 * What {@link loadCatalog} needs: the database and the cache to keep the catalog in (a ServiceDeps has
 * both; spelled out here because deps.ts names this file's cache type, and imports go one way only).
 */
export interface CatalogDeps {
  readonly db: Db;
  readonly caches: { readonly catalog: CatalogCache };
}

/** Read on every chat turn, so as one plain statement (db/raw-sql.ts). */
const REVISION_SQL = `SELECT "auditId"::text AS revision FROM "RegistryRevision" WHERE id = ${REVISION.registry}`;

/** The rows {@link NAMES_SQL} returns, as JSON. */
interface RegistryNames {
  readonly committees: { id: string; code: string; name: string; article: string | null; aliases: string[] }[];
  readonly organisations: { id: string; name: string; kind: OrganisationKind; aliases: string[] }[];
  readonly people: { id: string; name: string; email: string | null }[];
}

/**
 * Every name in the registry in one plain statement (db/raw-sql.ts): a start's first question reads
 * it on cold caches, where three Prisma queries cost their compilation and two more round trips
 * (issue 12 point 3). Read as JSON text, so both databases hand back the same values.
 */
const NAMES_SQL = `SELECT json_build_object(
  'committees', (SELECT coalesce(json_agg(json_build_object('id', id, 'code', code, 'name', name, 'article', article, 'aliases', aliases)), '[]') FROM "Committee"),
  'organisations', (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'kind', kind, 'aliases', aliases)), '[]') FROM "Organisation"),
  'people', (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'email', email)), '[]') FROM "Person")
)::text AS lists`;

/** The registry's revision: the id of the audit entry of its newest change, 0 when it never changed. */
export async function currentRevision(db: Db): Promise<bigint> {
  const [newest] = await runStatement<{ revision: string | null }>(db, { name: 'gremium_registry_revision', text: REVISION_SQL, values: [] });
  return newest?.revision ? BigInt(newest.revision) : 0n;
}

/**
 * The revision and every name in one statement: what a process's first load reads, when there is no
 * catalog in memory to keep (a start's first question then waits for one statement, not two).
 */
const REVISION_AND_NAMES_SQL = `SELECT (${REVISION_SQL}) AS revision, (${NAMES_SQL}) AS lists`;

/** The catalog at the current revision, from memory when the registry did not change since it was read. */
export async function loadCatalog(deps: CatalogDeps): Promise<Catalog> {
  if (deps.caches.catalog.current) return loadCatalogAt(deps, await currentRevision(deps.db));
  const [row] = await runStatement<{ revision: string | null; lists: string }>(deps.db, { name: 'gremium_registry_revision_names', text: REVISION_AND_NAMES_SQL, values: [] });
  return keep(deps, row?.revision ? BigInt(row.revision) : 0n, row!.lists);
}

/**
 * The catalog at `revision`, just read from the database (with a request's claim: claim-once.ts): from
 * memory when that is the revision it was read at, else read again and kept under `revision`.
 */
export async function loadCatalogAt(deps: CatalogDeps, revision: bigint): Promise<Catalog> {
  const cached = deps.caches.catalog.current;
  if (cached && cached.revision === revision) return cached;
  const [row] = await runStatement<{ lists: string }>(deps.db, { name: 'gremium_registry_names', text: NAMES_SQL, values: [] });
  return keep(deps, revision, row!.lists);
}

/** Builds the catalog from the names statement's JSON and keeps it under `revision`. */
function keep(deps: CatalogDeps, revision: bigint, lists: string): Catalog {
  const { committees, organisations, people } = JSON.parse(lists) as RegistryNames;
  const committeeNames = committees.map((c) => ({ id: c.id, code: c.code, name: c.name, article: c.article, names: [c.code, c.name, ...c.aliases] }));
  const organisationNames = organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind, names: [o.name, ...o.aliases] }));
  const personNames = people.map((p) => ({ id: p.id, name: p.name, email: p.email, names: p.email ? [p.name, p.email] : [p.name] }));
  const catalog: Catalog = {
    revision,
    committees: committeeNames,
    organisations: organisationNames,
    people: personNames,
    index: { committees: indexByName(committeeNames), organisations: indexByName(organisationNames), people: indexByName(personNames) },
  };
  deps.caches.catalog.current = catalog;
  return catalog;
}
