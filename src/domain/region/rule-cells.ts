/**
 * The committee cells that hold small rules rather than one word: deadlines ("agenda -21; stukken
 * -7; verslag +21"), reminders ("7; 2") and the composition per kind of party ("gemeente 6;
 * combinatie 6"). Each reads into the registry's own shapes (DeadlinePolicy, a count per kind)
 * and writes back so that a round trip reads the same.
 */
import type { SheetLanguage } from '../registry/membership-headers.ts';
import { ORGANISATION_KINDS, type DeadlinePolicy, type OrganisationKind } from '../registry/words.ts';
import { listCell, listItems } from './sheet-layout.ts';
import { KIND_WORDS, wordTable } from './words.ts';

/** The day-count fields of a DeadlinePolicy the Termijnen cell sets. */
type DeadlineField = 'agendaDaysBefore' | 'papersDaysBefore' | 'minutesDaysAfter' | 'decisionListDaysAfter' | 'reactionDays';

/** Which way a duty counts from the meeting: before (-), after (+). Reactions count from publication. */
const DIRECTION: Readonly<Record<DeadlineField, 'BEFORE' | 'AFTER'>> = {
  agendaDaysBefore: 'BEFORE',
  papersDaysBefore: 'BEFORE',
  minutesDaysAfter: 'AFTER',
  decisionListDaysAfter: 'AFTER',
  reactionDays: 'AFTER',
};

/** The duties' words (deadlines.ts's DUTIES), as DOMAIN.md writes them: "agenda -21; stukken -7; verslag +21; besluitenlijst +7". */
export const DUTY_WORDS = wordTable<DeadlineField>([
  { value: 'agendaDaysBefore', nl: 'agenda', en: 'agenda', also: ['agenda publiceren', 'publish agenda'] },
  { value: 'papersDaysBefore', nl: 'stukken', en: 'papers', also: ['vergaderstukken', 'bestuurlijke stukken', 'documents'] },
  { value: 'minutesDaysAfter', nl: 'verslag', en: 'minutes', also: ['notulen', 'verslaglegging', 'report'] },
  { value: 'decisionListDaysAfter', nl: 'besluitenlijst', en: 'decision list', also: ['besluiten', 'decisions'] },
  // 002 art. 5.6: "Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren".
  { value: 'reactionDays', nl: 'reacties', en: 'reactions', also: ['reactietermijn', 'reageren', 'reaction period'] },
]);

/** Why one item of a Termijnen cell cannot be read; `item` is the item as written. */
export type DeadlineIssue =
  /** The duty word is unknown (params: item, suggestion?). */
  | { readonly code: 'REGION_UNKNOWN_DUTY'; readonly item: string; readonly suggestion: string | null }
  /** No whole number of days (or weeks) in the item. */
  | { readonly code: 'REGION_INVALID_DEADLINE'; readonly item: string }
  /** The sign contradicts the duty: an agenda after the meeting, minutes before it. */
  | { readonly code: 'REGION_DEADLINE_DIRECTION'; readonly item: string; readonly direction: 'BEFORE' | 'AFTER' }
  /** The duty is named twice. */
  | { readonly code: 'REGION_DUPLICATE_DEADLINE'; readonly item: string };

/** "-21", "+21", "21", "3 weken", "-3 weeks", "21 dagen": the signed day count, or null. */
function dayCount(text: string): { sign: -1 | 0 | 1; days: number } | null {
  const m = /^([+-])?\s*(\d{1,3})\s*(d|dag|dagen|day|days|w|wk|week|weken|weeks)?$/i.exec(text.trim());
  if (!m) return null;
  const weeks = m[3] !== undefined && /^w/i.test(m[3]);
  return { sign: m[1] === '-' ? -1 : m[1] === '+' ? 1 : 0, days: Number(m[2]) * (weeks ? 7 : 1) };
}

/**
 * Reads a Termijnen cell into the day counts of a DeadlinePolicy. An unsigned count takes the
 * duty's own direction ("agenda 21" is 21 days before); a sign against it is refused, so
 * "agenda +21" never silently becomes a deadline after the meeting.
 */
export function parseDeadlines(cell: string): { policy: Partial<Record<DeadlineField, number>>; issues: DeadlineIssue[] } {
  const policy: Partial<Record<DeadlineField, number>> = {};
  const issues: DeadlineIssue[] = [];
  for (const item of listItems(cell)) {
    const m = /^(.*?)\s*([+-]?\s*\d.*)$/.exec(item);
    const word = (m?.[1] ?? item).replace(/[:=]$/, '').trim();
    const duty = DUTY_WORDS.read(word);
    if (!duty.ok) {
      issues.push({ code: 'REGION_UNKNOWN_DUTY', item, suggestion: duty.suggestion });
      continue;
    }
    const count = m?.[2] === undefined ? null : dayCount(m[2]);
    if (count === null) {
      issues.push({ code: 'REGION_INVALID_DEADLINE', item });
      continue;
    }
    const direction = DIRECTION[duty.value];
    if ((direction === 'BEFORE' && count.sign === 1) || (direction === 'AFTER' && count.sign === -1)) {
      issues.push({ code: 'REGION_DEADLINE_DIRECTION', item, direction });
      continue;
    }
    if (policy[duty.value] !== undefined) {
      issues.push({ code: 'REGION_DUPLICATE_DEADLINE', item });
      continue;
    }
    policy[duty.value] = count.days;
  }
  return { policy, issues };
}

/** Writes the day counts of a policy as a Termijnen cell, in DOMAIN.md's order. */
export function formatDeadlines(policy: DeadlinePolicy, lang: SheetLanguage): string {
  const items: string[] = [];
  for (const field of Object.keys(DIRECTION) as DeadlineField[]) {
    const days = policy[field];
    if (days === undefined) continue;
    const sign = field === 'reactionDays' ? '' : DIRECTION[field] === 'BEFORE' ? '-' : '+';
    items.push(`${DUTY_WORDS.write(field, lang)} ${sign}${days}`);
  }
  return listCell(items);
}

/** Reads a Herinneren cell ("7; 2"): whole days before a deadline. Null when an item is no number. */
export function parseReminders(cell: string): number[] | null {
  const items = listItems(cell.replace(/,/g, ';'));
  const days = items.map((i) => dayCount(i.replace(/^-/, '')));
  if (days.some((d) => d === null)) return null;
  return days.map((d) => (d as { days: number }).days);
}

/** Writes reminder days as a Herinneren cell. */
export function formatReminders(days: readonly number[] | undefined): string {
  return days === undefined ? '' : listCell(days.map(String));
}

/** Voting member seats per kind of party ("6 wethouders namens de gemeenten, 6 bestuurders namens de combinaties"). */
export type Composition = Readonly<Partial<Record<OrganisationKind, number>>>;

/** Why one item of a Samenstelling cell cannot be read. */
export type CompositionIssue =
  | { readonly code: 'REGION_UNKNOWN_KIND'; readonly item: string; readonly suggestion: string | null }
  | { readonly code: 'REGION_INVALID_COMPOSITION'; readonly item: string };

/** Reads "gemeente 6; combinatie 6" (or "6 gemeenten; 6 combinaties") into a count per kind. */
export function parseComposition(cell: string): { composition: Composition; issues: CompositionIssue[] } {
  const composition: Partial<Record<OrganisationKind, number>> = {};
  const issues: CompositionIssue[] = [];
  for (const item of listItems(cell)) {
    const numbers = item.match(/\d+/g) ?? [];
    const word = item.replace(/\d+/g, ' ').replace(/\b(per|x|maal|zetels?|seats?|leden|members?)\b/gi, ' ').trim();
    if (numbers.length !== 1 || word === '') {
      issues.push({ code: 'REGION_INVALID_COMPOSITION', item });
      continue;
    }
    const kind = KIND_WORDS.read(word);
    if (!kind.ok) issues.push({ code: 'REGION_UNKNOWN_KIND', item, suggestion: kind.suggestion });
    else if (composition[kind.value] !== undefined) issues.push({ code: 'REGION_INVALID_COMPOSITION', item });
    else composition[kind.value] = Number(numbers[0]);
  }
  return { composition, issues };
}

/** Writes a composition as a Samenstelling cell, kinds in the registry's order. */
export function formatComposition(composition: Composition, lang: SheetLanguage): string {
  const kinds = ORGANISATION_KINDS.filter((k) => composition[k] !== undefined);
  return listCell(kinds.map((k) => `${KIND_WORDS.write(k, lang)} ${composition[k]}`));
}
