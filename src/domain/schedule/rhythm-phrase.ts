/**
 * Rhythms as people write them, read into an RFC 5545 RRULE (recurrence.ts), and written back.
 *
 * The sources write rhythms as phrases: 004 "Het BOSD komt maandelijks bijeen op de derde donderdag
 * van de maand" (FREQ=MONTHLY;BYDAY=+3TH), "iedere eerste dinsdag van de maand" (BYDAY=+1TU), 001
 * ORO "Tijdens de startfase 1 x in de 2 weken" (FREQ=WEEKLY;INTERVAL=2). A phrase is:
 * - a frequency: maandelijks, wekelijks, tweewekelijks, jaarlijks, per kwartaal, "elke twee weken",
 *   "om de week" (every other week), "1 x in de 2 weken"; monthly, weekly, fortnightly, quarterly,
 *   "every two weeks", "every other week";
 * - and/or days: "derde donderdag" (of the month), "eerste dinsdag en derde donderdag", "laatste
 *   vrijdag", "maandag", "maandag en donderdag"; "third Thursday", "last Friday", "Monday".
 * An ordinal day without a frequency is monthly; a plain weekday without one is weekly. Filler
 * words (op, de, van, the, of, on, in, bijeen, ...) do not matter. Anything else is refused with
 * the word that could not be read, so the message can say what can be read.
 */
import { normalizeName } from '../names.ts';
import type { DomainError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { parseRecurrence } from './recurrence.ts';


/** Why a rhythm cannot be read: `params.value` the phrase, `params.word` the first word not understood, `params.reason`. */
export type UnreadableRhythm = DomainError<'RHYTHM_UNREADABLE'>;

/** What went wrong, for the message. */
export type RhythmProblem =
  /** A word that is no frequency, ordinal, weekday or filler (params.word). */
  | 'UNKNOWN_WORD'
  /** Nothing that says how often ("de", "van de maand"). */
  | 'NO_RHYTHM'
  /** An ordinal without a weekday ("derde van de maand"), or two ordinals for one weekday in a row. */
  | 'ORDINAL_WITHOUT_DAY'
  /** An ordinal day with a weekly or yearly frequency ("wekelijks op de derde donderdag"). */
  | 'ORDINAL_NEEDS_MONTH'
  /** A plain weekday with a monthly or yearly frequency ("maandelijks op dinsdag": which one?). */
  | 'WEEKDAY_NEEDS_ORDINAL'
  /** Two frequencies ("maandelijks elke week"). */
  | 'TWO_FREQUENCIES'
  /** An RRULE that recurrence.ts refuses (params.rruleReason). */
  | 'RRULE';

/** A rhythm's frequency: a meeting series is a rhythm of days. */
export type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** An RFC 5545 weekday code. */
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_WORDS: Readonly<Record<string, Weekday>> = {
  maandag: 'MO', ma: 'MO', monday: 'MO', mon: 'MO', maandagen: 'MO', mondays: 'MO',
  dinsdag: 'TU', di: 'TU', tuesday: 'TU', tue: 'TU', tues: 'TU', dinsdagen: 'TU', tuesdays: 'TU',
  woensdag: 'WE', wo: 'WE', wednesday: 'WE', wed: 'WE', woensdagen: 'WE', wednesdays: 'WE',
  donderdag: 'TH', do: 'TH', thursday: 'TH', thu: 'TH', thurs: 'TH', donderdagen: 'TH', thursdays: 'TH',
  vrijdag: 'FR', vr: 'FR', friday: 'FR', fri: 'FR', vrijdagen: 'FR', fridays: 'FR',
  zaterdag: 'SA', za: 'SA', saturday: 'SA', sat: 'SA', zaterdagen: 'SA', saturdays: 'SA',
  zondag: 'SU', zo: 'SU', sunday: 'SU', sun: 'SU', zondagen: 'SU', sundays: 'SU',
};

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, laatste: -1, voorlaatste: -2,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1,
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  een: 1, één: 1, one: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4, vijf: 5, five: 5,
  zes: 6, six: 6, acht: 8, eight: 8, twaalf: 12, twelve: 12,
};

/** Units after "elke N": the frequency they give. */
const UNIT_WORDS: Readonly<Record<string, Freq>> = {
  dag: 'DAILY', dagen: 'DAILY', day: 'DAILY', days: 'DAILY',
  week: 'WEEKLY', weken: 'WEEKLY', weeks: 'WEEKLY',
  maand: 'MONTHLY', maanden: 'MONTHLY', month: 'MONTHLY', months: 'MONTHLY',
  jaar: 'YEARLY', jaren: 'YEARLY', year: 'YEARLY', years: 'YEARLY',
  kwartaal: 'MONTHLY', kwartalen: 'MONTHLY', quarter: 'MONTHLY', quarters: 'MONTHLY',
};

/** Frequencies in one word. */
const ADVERBS: Readonly<Record<string, readonly [Freq, number]>> = {
  dagelijks: ['DAILY', 1], daily: ['DAILY', 1],
  wekelijks: ['WEEKLY', 1], weekly: ['WEEKLY', 1],
  tweewekelijks: ['WEEKLY', 2], fortnightly: ['WEEKLY', 2], biweekly: ['WEEKLY', 2],
  maandelijks: ['MONTHLY', 1], monthly: ['MONTHLY', 1],
  tweemaandelijks: ['MONTHLY', 2], bimonthly: ['MONTHLY', 2],
  kwartaal: ['MONTHLY', 3], driemaandelijks: ['MONTHLY', 3], quarterly: ['MONTHLY', 3],
  halfjaarlijks: ['MONTHLY', 6], jaarlijks: ['YEARLY', 1], yearly: ['YEARLY', 1], annually: ['YEARLY', 1], annual: ['YEARLY', 1],
};

const EVERY = new Set(['elke', 'iedere', 'ieder', 'elk', 'every', 'each', 'alle', 'per', 'a', 'an']);
const FILLER = new Set([
  'op', 'de', 'het', 'van', 'in', 'en', 'of', 'the', 'on', 'and', 'at', 'bijeen', 'vergadert', 'komt', 'meets',
  'once', 'eens', 'vanaf', 'from', 'regiodag', 'regiodagen',
]);
const TIMES = new Set(['keer', 'x', 'maal', 'times', 'time']);

function fail(value: string, reason: RhythmProblem, extra: Record<string, string> = {}): { readonly ok: false; readonly error: UnreadableRhythm } {
  return err('RHYTHM_UNREADABLE', { value, reason, ...extra });
}

function ordinalOf(token: string): number | undefined {
  const word = ORDINAL_WORDS[token];
  if (word !== undefined) return word;
  const m = /^([1-5])(e|ste|de|st|nd|rd|th)$/.exec(token);
  return m ? Number(m[1]) : undefined;
}

function numberOf(token: string): number | undefined {
  if (/^\d{1,3}$/.test(token)) return Number(token);
  return NUMBER_WORDS[token];
}

/**
 * Reads a rhythm phrase or an RRULE into a checked RRULE value (`FREQ=MONTHLY;BYDAY=+3TH`).
 * Fails with RHYTHM_UNREADABLE, `params.reason` a {@link RhythmProblem}.
 */
export function parseRhythm(phrase: string): Result<string, UnreadableRhythm> {
  const value = phrase.trim();
  if (/freq\s*=/i.test(value)) {
    const rule = parseRecurrence(value);
    return rule.ok ? rule : fail(value, 'RRULE', { rruleReason: String(rule.error.params?.reason ?? '') });
  }
  // "1 x in de 2 weken" (001 ORO) says "every two weeks": drop the "1 x".
  const tokens = normalizeName(value.replace(/\b1\s*x\b/gi, ' ').replace(/[.,:;!?()]/g, ' ')).split(' ').filter((t) => t !== '');
  let freq: Freq | null = null;
  let interval = 1;
  const setFreq = (f: Freq, n: number): boolean => {
    if (freq !== null && (freq !== f || interval !== n)) return false;
    freq = f;
    interval = n;
    return true;
  };
  const days: string[] = [];
  let pending: number[] = [];
  let every = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    if (EVERY.has(token)) {
      every = true;
      continue;
    }
    // "om de week" is every other week; "om de twee weken" every two.
    if (token === 'om' && next === 'de') {
      const n = numberOf(tokens[i + 2] ?? '');
      const unit = UNIT_WORDS[tokens[i + (n === undefined ? 2 : 3)] ?? ''];
      if (unit !== undefined) {
        if (!setFreq(unit, n ?? 2)) return fail(value, 'TWO_FREQUENCIES');
        i += n === undefined ? 2 : 3;
        continue;
      }
    }
    // "every other week", "every other Tuesday": every second week.
    if (token === 'other' && (UNIT_WORDS[next ?? ''] !== undefined || DAY_WORDS[next ?? ''] !== undefined)) {
      if (!setFreq(UNIT_WORDS[next as string] ?? 'WEEKLY', 2)) return fail(value, 'TWO_FREQUENCIES');
      if (UNIT_WORDS[next as string] !== undefined) i += 1;
      continue;
    }
    const n = numberOf(token);
    // "een keer per maand" is monthly; "twee keer per maand" names no days, so it is no rhythm.
    if (n !== undefined && next !== undefined && TIMES.has(next)) {
      if (n !== 1) return fail(value, 'UNKNOWN_WORD', { word: `${token} ${next}` });
      i += 1;
      continue;
    }
    if (n !== undefined && next !== undefined && UNIT_WORDS[next] !== undefined) {
      const unit = UNIT_WORDS[next] as Freq;
      const quarters = next.startsWith('kwarta') || next.startsWith('quarter');
      if (!setFreq(unit, quarters ? 3 * n : n)) return fail(value, 'TWO_FREQUENCIES');
      i += 1;
      continue;
    }
    const adverb = ADVERBS[token];
    if (adverb !== undefined) {
      if (!setFreq(adverb[0], adverb[1])) return fail(value, 'TWO_FREQUENCIES');
      continue;
    }
    const unit = UNIT_WORDS[token];
    if (unit !== undefined) {
      // "van de maand" after a day only names the month; "elke week", "per maand" set the frequency.
      const quarters = token.startsWith('kwarta') || token.startsWith('quarter');
      if (every || quarters) {
        if (!setFreq(unit, quarters ? 3 : 1)) return fail(value, 'TWO_FREQUENCIES');
      } else if (unit !== 'MONTHLY' || (days.length === 0 && pending.length === 0 && freq === null)) {
        return fail(value, 'UNKNOWN_WORD', { word: token });
      }
      every = false;
      continue;
    }
    const ordinal = ordinalOf(token);
    if (ordinal !== undefined) {
      pending.push(ordinal);
      continue;
    }
    const day = DAY_WORDS[token];
    if (day !== undefined) {
      if (pending.length === 0) days.push(day);
      else days.push(...pending.map((o) => `${o > 0 ? '+' : ''}${o}${day}`));
      pending = [];
      every = false;
      continue;
    }
    if (FILLER.has(token)) continue;
    return fail(value, 'UNKNOWN_WORD', { word: token });
  }
  if (pending.length > 0) return fail(value, 'ORDINAL_WITHOUT_DAY');
  const ordinals = days.some((d) => d.length > 2);
  const plain = days.some((d) => d.length === 2);
  let f = freq as Freq | null;
  if (f === null && days.length === 0) return fail(value, 'NO_RHYTHM');
  if (f === null) f = ordinals ? 'MONTHLY' : 'WEEKLY';
  if (ordinals && f !== 'MONTHLY') return fail(value, 'ORDINAL_NEEDS_MONTH');
  if (plain && f !== 'WEEKLY' && f !== 'DAILY') return fail(value, 'WEEKDAY_NEEDS_ORDINAL');
  if (plain && ordinals) return fail(value, 'WEEKDAY_NEEDS_ORDINAL');
  const parts = [`FREQ=${f === 'DAILY' && days.length > 0 ? 'WEEKLY' : f}`];
  if (interval !== 1) parts.push(`INTERVAL=${interval}`);
  if (days.length > 0) parts.push(`BYDAY=${[...new Set(days)].join(',')}`);
  const rule = parseRecurrence(parts.join(';'));
  return rule.ok ? rule : fail(value, 'RRULE', { rruleReason: String(rule.error.params?.reason ?? '') });
}
