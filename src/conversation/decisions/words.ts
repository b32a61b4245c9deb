/** Shared pieces of the decisions replies: dates in words, choice words as typed, the words of the verbs the poll card writes. */
import { parseDateText } from '../../domain/date-text.ts';
import type { StanceChoice } from '../../domain/decisions/index.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { amsterdamDay, amsterdamTime } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import type { Language } from '../../i18n/catalog.ts';
import { formatDay } from '../../i18n/format.ts';
import { lookup } from '../../domain/names.ts';
import type { TurnContext } from '../context.ts';
import type { VerbWords } from '../verb.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Dates inside service errors are ISO days; shown as words ("12 maart 2027"), lists of days too. */
export function withDays(lang: Language, error: DomainError): DomainError {
  if (!error.params) return error;
  const word = (v: string) => (ISO_DAY.test(v) ? formatDay(lang, v) : v);
  const params = Object.fromEntries(
    Object.entries(error.params).map(([k, v]) => [k, typeof v === 'string' ? word(v) : Array.isArray(v) && k !== 'allowed' ? (v as readonly string[]).map(word) : v]),
  );
  return { ...error, params };
}

/** "12 maart 2027 14:00" in Amsterdam time. */
export function formatInstant(lang: Language, at: Date): string {
  return `${formatDay(lang, amsterdamDay(at))} ${amsterdamTime(at)}`;
}

/** The words people type for a stance, Dutch and English. */
export const CHOICE_INPUT: Readonly<Record<string, StanceChoice>> = {
  voor: 'FOR', for: 'FOR', ja: 'FOR', yes: 'FOR',
  tegen: 'AGAINST', against: 'AGAINST', nee: 'AGAINST', no: 'AGAINST',
  onthouding: 'ABSTAIN', onthouden: 'ABSTAIN', abstain: 'ABSTAIN', abstention: 'ABSTAIN', blanco: 'ABSTAIN',
  akkoord: 'AGREE', agree: 'AGREE', instemmen: 'AGREE',
  bezwaar: 'OBJECT', object: 'OBJECT', objection: 'OBJECT',
};

/** A choice word, or undefined. */
export function choiceOf(word: string): StanceChoice | undefined {
  return lookup(CHOICE_INPUT, word.trim().toLowerCase());
}

/** A typed date; ISO in, words in errors. */
export function typedDay(ctx: Pick<TurnContext, 'today'>, value: string): Result<LocalDate> {
  const parsed = parseDateText(value, ctx.today);
  return parsed === null ? err('INVALID_DATE', { value }) : ok(parsed);
}

/**
 * A typed date for a coming meeting: "12 maart" without a year means the next 12 March, so notice
 * given in November for "12 maart" is for next year's meeting.
 */
export function upcomingDay(ctx: Pick<TurnContext, 'today'>, value: string): Result<LocalDate> {
  const day = typedDay(ctx, value);
  if (!day.ok || /\d{4}/.test(value) || day.value >= ctx.today) return day;
  const next = `${Number(day.value.slice(0, 4)) + 1}${day.value.slice(4)}`;
  return parseDateText(next, ctx.today) === null ? day : ok(next);
}

/** Splits "12 maart 2027 Jan de Vries" into a leading date (1-3 words) and the rest. */
export function leadingDay(ctx: TurnContext, words: readonly string[]): { day: LocalDate; rest: string[] } | null {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const day = parseDateText(words.slice(0, n).join(' '), ctx.today);
    if (day !== null) return { day, rest: words.slice(n) };
  }
  return null;
}

/** The words of the vote verb (verbs.ts), here so the poll card can write its buttons' commands. */
export const VOTE_WORDS: VerbWords = {
  words: { stem: 'nl', stemmen: 'nl', vote: 'en' },
  positional: ['poll', 'choice'],
  options: { onBehalfOf: ['namens', 'for', 'seat', 'zetel'] },
};

/** The words of the show-a-poll verb (verbs.ts), here so the poll card can say how to refresh it. */
export const POLL_SHOW_WORDS: VerbWords = { words: { peiling: 'nl', poll: 'en' }, positional: ['poll'], options: {} };
