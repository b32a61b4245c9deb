/**
 * The people a form's person picker offers (issue 18): those whose name matches what was typed so far
 * (Slack external_select, Teams typeahead). Matching is the registry's own name matching
 * (domain/names.ts): case, accents and typos do not matter, and part of a name finds it. Only names
 * are searched and shown, never e-mail addresses: a picker is open to every member of the workspace.
 */
import { findExact, nameKey, suggest, type Named } from '../../domain/names.ts';
import { isPseudonymOf } from '../../domain/registry/pseudonym.ts';
import type { ServiceDeps } from '../deps.ts';
import { loadCatalog } from './registry-catalog.ts';

/** A person as a picker lists them: their name and the organisation they work for. */
export interface PersonHit {
  readonly id: string;
  readonly name: string;
  readonly organisation: string | null;
}

/** The most a picker shows at once (Teams shows 15, Slack takes up to 100). */
export const MAX_HITS = 25;

/** The items whose name matches `query`: exact names first, then the closest, best first. */
function matching<T extends Named>(items: readonly T[], query: string, limit: number): T[] {
  const exact = findExact(items, query);
  const near = suggest(items, query, limit).map((s) => s.item);
  const seen = new Set<string>();
  return [...exact, ...near].filter((item) => !seen.has(item.id) && seen.add(item.id)).slice(0, limit);
}

/**
 * The people matching `query` (everyone, by name, when it is empty), at most `limit`, each with the
 * organisation they work for so that two people of one name can be told apart without an address.
 */
export async function searchPeople(deps: ServiceDeps, input: { query: string; limit?: number }): Promise<PersonHit[]> {
  const limit = Math.min(Math.max(1, input.limit ?? MAX_HITS), MAX_HITS);
  const catalog = await loadCatalog(deps);
  // Names only: the catalog also matches people by e-mail, a picker must not. Nor does it offer an
  // erased person (AVG): their row stays under a pseudonym, for nobody to pick again.
  const people = catalog.people.filter((p) => !isPseudonymOf(p.id, p.name)).map((p) => ({ id: p.id, name: p.name, names: [p.name] }));
  const hits = nameKey(input.query) === ''
    ? [...people].sort((a, b) => a.name.localeCompare(b.name, 'nl')).slice(0, limit)
    : matching(people, input.query, limit);
  if (hits.length === 0) return [];
  const employers = await deps.db.person.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: { id: true, organisation: { select: { name: true } } } });
  const employer = new Map(employers.map((e) => [e.id, e.organisation?.name ?? null]));
  return hits.map((h) => ({ id: h.id, name: h.name, organisation: employer.get(h.id) ?? null }));
}
