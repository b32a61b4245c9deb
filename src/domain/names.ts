/**
 * Matching the names people type to the names in the registry: case, accents, articles and
 * punctuation do not matter, and a near miss gets a "did you mean" suggestion.
 */
import { distance } from 'fastest-levenshtein';

/** Lowercase, no accents, no punctuation, single spaces: "Combinatie  Noord!" -> "combinatie noord". */
export function normalizeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LEADING_ARTICLES = /^(?:de|het|the|een|a|an) /;

/** The key two names must share to be the same: normalized, without a leading article. */
export function nameKey(value: string): string {
  return normalizeName(value).replace(LEADING_ARTICLES, '');
}

/** Something with names: its main name plus aliases. */
export interface Named {
  readonly id: string;
  readonly names: readonly string[];
}

/** Exact match on the name key of any name or alias; several hits mean the name is ambiguous. */
export function findExact<T extends Named>(items: readonly T[], query: string): T[] {
  const key = nameKey(query);
  if (key === '') return [];
  return items.filter((item) => item.names.some((name) => nameKey(name) === key));
}

/**
 * The closest names to `query`, best first, among those close enough to be a plausible typo or
 * partial: an edit distance of at most a third of the length, or a name that contains the query.
 */
export function suggest<T extends Named>(items: readonly T[], query: string, limit = 3): { item: T; name: string }[] {
  const key = nameKey(query);
  if (key === '') return [];
  const scored: { item: T; name: string; score: number }[] = [];
  for (const item of items) {
    let best: { name: string; score: number } | null = null;
    for (const name of item.names) {
      const candidate = nameKey(name);
      const words = candidate.split(' ');
      let score = distance(key, candidate) / Math.max(key.length, candidate.length);
      if (candidate.includes(key) || words.includes(key)) score = Math.min(score, 0.2);
      // A typo in part of a longer name: "Noort" for "Combinatie Noord", "Oude Ijselstreek" for
      // "Gemeente Oude IJsselstreek". Compare with every run of as many words as the query has.
      const width = key.split(' ').length;
      for (let i = 0; i + width <= words.length; i++) {
        const part = words.slice(i, i + width).join(' ');
        score = Math.min(score, 0.1 + distance(key, part) / Math.max(key.length, part.length));
      }
      if (best === null || score < best.score) best = { name, score };
    }
    if (best && best.score <= 0.34) scored.push({ item, name: best.name, score: best.score });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  const seen = new Set<string>();
  const out: { item: T; name: string }[] = [];
  for (const hit of scored) {
    if (seen.has(hit.item.id)) continue;
    seen.add(hit.item.id);
    out.push({ item: hit.item, name: hit.item.names[0] ?? hit.name });
    if (out.length === limit) break;
  }
  return out;
}

/** Looks a typed word up in a fixed table; "__proto__" and other inherited names are never found. */
export function lookup<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
