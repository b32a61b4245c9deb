/**
 * Dates anywhere in a message, in Dutch and English. Written dates ("1 maart 2024", "11 maart",
 * "March 1st, 2025", "2025-03-01", "1-3-2025", "eind maart", "end of March") are read here; relative
 * ones ("volgende week donderdag", "over twee weken", "next Tuesday", "morgen") by chrono-node's
 * Dutch and British English parsers, which are only asked when the text has a word they could use
 * (most questions have none, and a parse costs about a quarter of a millisecond).
 */
// Only the two languages asked (the package's index loads all sixteen: about 270 files at every start).
import { GB } from 'chrono-node/en';
import * as nl from 'chrono-node/nl';
import { addDays, localDate, type LocalDate } from '../../domain/local-date.ts';
import { lookup } from '../../domain/names.ts';

/** A date found in the text. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The day; a date without a year is taken in this year ("op 11 maart" in a question about the past). */
  readonly day: LocalDate;
  /** The same date's next occurrence from today on, for a meeting to come ("verhinderd op 11 maart"). */
  readonly upcoming: LocalDate;
}

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1, februari: 2, february: 2, feb: 2, maart: 3, march: 3, mrt: 3, mar: 3,
  april: 4, apr: 4, mei: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const YEAR = String.raw`(?:,?\s+('?\d{4}))?`;

/** Part of a month: "eind maart" is its last day, "begin april" its first, "half mei" the 15th. */
const PART: Readonly<Record<string, 'first' | 'mid' | 'last'>> = {
  begin: 'first', start: 'first', beginning: 'first', early: 'first', eind: 'last', einde: 'last', end: 'last', late: 'last',
  half: 'mid', medio: 'mid', midden: 'mid', mid: 'mid', halverwege: 'mid',
};

const WRITTEN: readonly { re: RegExp; read: (m: RegExpExecArray) => { y: number | null; mo: number; d: number | 'last' } | null }[] = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/gi, read: (m) => ({ y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]) }) },
  { re: /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/gi, read: (m) => ({ y: Number(m[3]), mo: Number(m[2]), d: Number(m[1]) }) },
  {
    re: new RegExp(String.raw`\b(\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?![\p{L}])${YEAR}`, 'giu'),
    read: (m) => ({ y: year(m[3]), mo: lookup(MONTHS, m[2]!.toLowerCase())!, d: Number(m[1]) }),
  },
  {
    re: new RegExp(String.raw`\b${MONTH}\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\d])${YEAR}`, 'giu'),
    read: (m) => ({ y: year(m[3]), mo: lookup(MONTHS, m[1]!.toLowerCase())!, d: Number(m[2]) }),
  },
  {
    re: new RegExp(String.raw`\b(begin|start|beginning|early|eind|einde|end|late|half|medio|midden|mid|halverwege)(?:\s+of|-)?\s*${MONTH}(?![\p{L}])${YEAR}`, 'giu'),
    read: (m) => {
      const part = lookup(PART, m[1]!.toLowerCase());
      const mo = lookup(MONTHS, m[2]!.toLowerCase())!;
      return part ? { y: year(m[3]), mo, d: part === 'first' ? 1 : part === 'mid' ? 15 : 'last' } : null;
    },
  },
];

function year(text: string | undefined): number | null {
  if (text === undefined) return null;
  const digits = text.replace("'", '');
  return Number(digits);
}

/** Words a relative date needs; without one, chrono is not asked. */
const RELATIVE_HINT =
  /\b(?:vandaag|morgen|overmorgen|gisteren|eergisteren|today|tomorrow|yesterday|weken|week|weeks|maanden|maand|months?|dagen|days|(?:maan|dins|woens|donder|vrij|zater|zon)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

const lastDayOf = (y: number, mo: number): number => new Date(Date.UTC(y, mo, 0)).getUTCDate();

/** Every date in `text`, in order, relative to `today`. */
export function findDates(text: string, today: LocalDate): DateSpan[] {
  const thisYear = Number(today.slice(0, 4));
  const spans: DateSpan[] = [];
  const taken = (start: number, end: number) => spans.some((s) => start < s.end && s.start < end);
  for (const { re, read } of WRITTEN) {
    for (const m of text.matchAll(re)) {
      const parts = read(m as RegExpExecArray);
      if (!parts || taken(m.index, m.index + m[0].length)) continue;
      const at = (y: number) => localDate(y, parts.mo, parts.d === 'last' ? lastDayOf(y, parts.mo) : parts.d);
      const day = at(parts.y ?? thisYear);
      if (day === null) continue;
      const next = parts.y === null && day < today ? at(thisYear + 1) : day;
      spans.push({ start: m.index, end: m.index + m[0].length, text: m[0], day, upcoming: next ?? day });
    }
  }
  if (RELATIVE_HINT.test(text)) {
    const [y, mo, d] = today.split('-').map(Number) as [number, number, number];
    // Noon of today in the process's own zone: chrono computes in local time, and noon never crosses a day.
    const reference = new Date(y, mo - 1, d, 12);
    for (const parser of [nl, GB]) {
      for (const r of parser.parse(text, reference, { forwardDate: true })) {
        if (taken(r.index, r.index + r.text.length) || !plausible(r.text)) continue;
        const day = localDate(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
        if (day !== null) spans.push({ start: r.index, end: r.index + r.text.length, text: r.text, day, upcoming: day });
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** chrono also reads "Jan" (a name) as January and "sat" as Saturday; a date has more to it than that. */
function plausible(found: string): boolean {
  const words = found.trim().toLowerCase().split(/\s+/);
  if (words.length === 1 && words[0]!.length <= 4) return false;
  return !words.every((w) => Object.hasOwn(MONTHS, w) || w === 'on' || w === 'op' || w === 'in');
}

/** The Monday of the week `day` falls in. */
export function mondayOf(day: LocalDate): LocalDate {
  const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}
