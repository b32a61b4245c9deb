/** Names as typed to registry entries, with "did you mean" on a miss. */
import { nameKey, suggest, type Named } from '../domain/names.ts';
import { err, ok, type DomainError, type Result } from '../domain/result.ts';
import type { Language } from '../i18n/catalog.ts';
import type { Catalog, NameIndex } from '../services/registry/registry-catalog.ts';

type Unknown = 'UNKNOWN_COMMITTEE' | 'UNKNOWN_ORGANISATION' | 'UNKNOWN_PERSON';

/** A failed resolution: unknown (with suggestions) or ambiguous (with the matches). */
export type ResolveError = DomainError<Unknown | 'AMBIGUOUS_NAME'>;

function resolve<T extends Named & { name: string }>(
  items: readonly T[],
  index: NameIndex<T>,
  query: string,
  unknown: Unknown,
  lang: Language,
  label: (t: T) => string,
  suggestion: (t: T) => string = label,
): Result<T, ResolveError> {
  const hits = index.get(nameKey(query)) ?? [];
  if (hits.length === 1) return ok(hits[0]!);
  if (hits.length > 1) return err('AMBIGUOUS_NAME', { name: query, matches: hits.slice(0, 5).map(label) });
  const near = suggest(items, query).map((s) => `"${suggestion(s.item)}"`);
  const or = lang === 'nl' ? ' of ' : ' or ';
  return err(unknown, near.length > 0 ? { name: query, suggestions: near.join(or) } : { name: query });
}

/** A committee by code, name or alias. */
export function resolveCommittee(catalog: Catalog, query: string, lang: Language) {
  return resolve(catalog.committees, catalog.index.committees, query, 'UNKNOWN_COMMITTEE', lang, (c) => c.code);
}

/** An organisation by name or alias. */
export function resolveOrganisation(catalog: Catalog, query: string, lang: Language) {
  return resolve(catalog.organisations, catalog.index.organisations, query, 'UNKNOWN_ORGANISATION', lang, (o) => o.name);
}

/**
 * A person by name or e-mail; people sharing a name are told apart by e-mail. A "did you mean" names
 * people by name only: a near miss must not hand out other people's e-mail addresses (issue 15).
 */
export function resolvePerson(catalog: Catalog, query: string, lang: Language) {
  return resolve(catalog.people, catalog.index.people, query, 'UNKNOWN_PERSON', lang, (p) => (p.email ? `${p.name} <${p.email}>` : p.name), (p) => p.name);
}

/** Suggestions listed in an error, for renderers that offer them as buttons. */
export function suggestionsOf(error: DomainError): string[] {
  const value = error.params?.suggestions;
  if (typeof value !== 'string') return [];
  return [...value.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}
