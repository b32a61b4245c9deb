/**
 * Pseudonyms for erased people (AVG art. 17; `gremium person erase`). The person's row, seats and
 * votes stay (decisions stand, and counts must still add up), but their name, e-mail address and
 * chat accounts are replaced by a pseudonym wherever a copy was kept: audit entries, outbox
 * messages, free text. Pure: the services find the rows, this decides what their text becomes.
 *
 * A name is replaced where it stands as a whole (case-insensitive, not inside a longer word), so
 * "Piet Jansen" goes and "Piet Jansens", someone else, stays. The pseudonym is derived from the
 * person's id, which says nothing about them, so erasing twice gives the same pseudonym.
 */

/** What identifies the person in text: their name, e-mail address and chat account ids. */
export interface PersonMentions {
  readonly name: string;
  readonly email: string | null;
  /** Platform account ids ("U0PIET", an Entra object id). */
  readonly accounts: readonly string[];
}

/** What an erased person's name, address and accounts become. */
export interface Pseudonym {
  /** Eight hex digits from the person's id. */
  readonly tag: string;
  /** "Gewist 1A2B3C4D": shown wherever the name was. */
  readonly name: string;
  /** An address that cannot receive mail (.invalid, RFC 2606), where an address was. */
  readonly email: string;
  /** Where an account id was. */
  readonly account: string;
}

/** The word "erased" in the stored data's language (Dutch, like the rest of the registry). */
const ERASED = 'Gewist';

/** FNV-1a, 32 bits: a stable tag from an id, no cryptography needed (the id is no secret). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The pseudonym of the person with this id. */
export function pseudonymFor(personId: string): Pseudonym {
  const tag = fnv1a(personId).toString(16).toUpperCase().padStart(8, '0');
  const lower = tag.toLowerCase();
  return { tag, name: `${ERASED} ${tag}`, email: `gewist-${lower}@gremium.invalid`, account: `gewist-${lower}` };
}

/** True when `name` is the pseudonym of the person with this id (already erased). */
export function isPseudonymOf(personId: string, name: string): boolean {
  return name === pseudonymFor(personId).name;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `needle` standing on its own: not preceded or followed by a letter or digit. */
function standalone(needle: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Each text to find, longest first (an address may hold an account id), with what replaces it. */
function replacements(who: PersonMentions, as: Pseudonym): { pattern: RegExp; by: string }[] {
  const pairs: [string, string][] = [[who.name.trim(), as.name], ...who.accounts.map((a): [string, string] => [a, as.account])];
  if (who.email) pairs.push([who.email.trim(), as.email]);
  return pairs
    .filter(([needle]) => needle.length > 0)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([needle, by]) => ({ pattern: standalone(needle), by }));
}

/** True when `text` names the person: their name, address or an account id, standing on its own. */
export function mentionsPerson(text: string, who: PersonMentions): boolean {
  return replacements(who, pseudonymFor('')).some(({ pattern }) => pattern.test(text));
}

/** `text` with every mention of the person replaced by the pseudonym. */
export function replaceMentions(text: string, who: PersonMentions, as: Pseudonym): string {
  let out = text;
  for (const { pattern, by } of replacements(who, as)) out = out.replace(pattern, by);
  return out;
}

/** A JSON value as stored (audit snapshots, outbox payloads). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * A JSON value with every string's mentions replaced, and the values of `clearKeys` (a reason given
 * for an absence: it may say something about health) set to null wherever they hold something.
 */
export function scrubJson(value: Json, who: PersonMentions, as: Pseudonym, clearKeys: ReadonlySet<string> = new Set()): Json {
  if (typeof value === 'string') return replaceMentions(value, who, as);
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, who, as, clearKeys));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, clearKeys.has(key) && v !== null ? null : scrubJson(v, who, as, clearKeys)]),
    );
  }
  return value;
}
