/**
 * Message catalogs: every code a user can meet, in Dutch and English. A catalog entry is a pair of
 * functions of the message's parameters, so a missing translation is a type error, not a blank.
 */
import type { DomainError } from '../domain/result.ts';

/** The languages every message exists in. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Parameters a message can use. */
export type Params = NonNullable<DomainError['params']>;

/** One message in both languages. */
export interface Message {
  readonly nl: (p: Params) => string;
  readonly en: (p: Params) => string;
}

/** A facet's messages, keyed by code. */
export type Catalog = Readonly<Record<string, Message>>;

/** Reads a string parameter ('' when absent), for templates. */
export function str(p: Params, key: string): string {
  const value = p[key];
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** A number parameter as people read it in `lang` ("1.000" / "1,000"); '?' when it is missing. */
export function formatNumber(lang: Language, p: Params, key: string): string {
  const value = Number(p[key]);
  return p[key] !== undefined && Number.isFinite(value) ? new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(value) : '?';
}

/** Joins a list the way each language does: "a, b en c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${last}`;
}

/** Parses a language tag ("en-GB", "nl_NL", "EN") to a supported language, or null. */
export function parseLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const base = tag.toLowerCase().slice(0, 2);
  return base === 'nl' || base === 'en' ? base : null;
}
