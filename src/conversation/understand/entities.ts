/**
 * Names anywhere in a message: every run of words is looked up among the registry's committee codes,
 * names and aliases, organisations and people (and e-mail addresses), longest first. The lookup
 * table is built once per catalog revision, so a message costs a few map lookups per word, also in a
 * registry of a thousand committees.
 */
import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../../domain/names.ts';
import type { Catalog, CommitteeName, OrganisationName, PersonName } from '../../services/registry/registry-catalog.ts';
import type { Token } from './tokens.ts';

/** What a run of words names. */
export type Entity =
  | { readonly kind: 'committee'; readonly item: CommitteeName }
  | { readonly kind: 'organisation'; readonly item: OrganisationName }
  | { readonly kind: 'person'; readonly item: PersonName };

/** The kinds of names. */
export type EntityKind = Entity['kind'];

/** A run of words (token indexes [from, to)) and everything it can name. */
export interface EntitySpan {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly entities: readonly Entity[];
}

/** The registry's names by their key, the longest name in words, and every key per kind for near misses. */
interface Matcher {
  readonly byKey: ReadonlyMap<string, readonly Entity[]>;
  readonly longest: number;
  readonly keys: Readonly<Record<EntityKind, readonly { readonly key: string; readonly entity: Entity }[]>>;
}

const matchers = new WeakMap<Catalog, Matcher>();

/** A name's key as the matcher compares it: normalized, no full stops at word ends, no leading article. */
export function matchKey(name: string): string {
  return normalizeName(name).replace(/\.(?=\s|$)/gu, '').replace(/^(?:de|het|the|een|a|an) /u, '');
}

function buildMatcher(catalog: Catalog): Matcher {
  const byKey = new Map<string, Entity[]>();
  const keys: Record<EntityKind, { key: string; entity: Entity }[]> = { committee: [], organisation: [], person: [] };
  let longest = 1;
  const add = (name: string, entity: Entity) => {
    const key = matchKey(name);
    if (key === '') return;
    keys[entity.kind].push({ key, entity });
    longest = Math.max(longest, key.split(' ').length);
    const list = byKey.get(key);
    if (!list) byKey.set(key, [entity]);
    else if (!list.some((e) => e.kind === entity.kind && e.item.id === entity.item.id)) list.push(entity);
  };
  for (const item of catalog.committees) for (const name of item.names) add(name, { kind: 'committee', item });
  for (const item of catalog.organisations) for (const name of item.names) add(name, { kind: 'organisation', item });
  for (const item of catalog.people) for (const name of item.names) add(name, { kind: 'person', item });
  return { byKey, longest, keys };
}

function matcherOf(catalog: Catalog): Matcher {
  let matcher = matchers.get(catalog);
  if (!matcher) {
    matcher = buildMatcher(catalog);
    matchers.set(catalog, matcher);
  }
  return matcher;
}

/**
 * The names in the words, left to right, each the longest run that names something; words in
 * `skip` (a date) are never part of a name.
 */
export function findEntities(catalog: Catalog, tokens: readonly Token[], skip: ReadonlySet<number>): EntitySpan[] {
  const { byKey, longest } = matcherOf(catalog);
  const spans: EntitySpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: EntitySpan | null = null;
    for (let n = Math.min(longest, tokens.length - i); n >= 1 && !found; n--) {
      if (skip.has(i + n - 1)) continue;
      const words = tokens.slice(i, i + n);
      if (words.some((_, k) => skip.has(i + k))) continue;
      const last = words[n - 1]!;
      const head = words.slice(0, -1).map((w) => w.norm);
      const hits = byKey.get([...head, last.norm].join(' ')) ?? (last.bare !== last.norm ? byKey.get([...head, last.bare].join(' ')) : undefined);
      if (hits) found = { from: i, to: i + n, text: words.map((w) => w.raw).join(' '), entities: hits };
    }
    if (found) {
      spans.push(found);
      i = found.to;
    } else {
      i++;
    }
  }
  return spans;
}

/**
 * The closest name of a kind to a misspelt one ("OROO", "Combinatie Noort", "Jan de Vris"): at most a
 * third of its letters off, as names.ts suggest() judges, on keys normalized once per catalog; names
 * whose length alone puts them further off are not compared at all.
 */
export function nearest(catalog: Catalog, kind: EntityKind, typed: string): Entity | null {
  const key = matchKey(typed);
  if (key.length < 2) return null;
  let best: { entity: Entity; score: number } | null = null;
  for (const candidate of matcherOf(catalog).keys[kind]) {
    const longer = Math.max(key.length, candidate.key.length);
    if (Math.abs(key.length - candidate.key.length) > 0.34 * longer) continue;
    const score = distance(key, candidate.key) / longer;
    if (score <= 0.34 && (best === null || score < best.score)) best = { entity: candidate.entity, score };
  }
  return best?.entity ?? null;
}
