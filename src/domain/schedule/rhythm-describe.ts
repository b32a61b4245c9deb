/**
 * A rhythm written back as the phrase people use (rhythm-phrase.ts reads it): the region workbook's
 * export writes "derde donderdag van de maand" rather than FREQ=MONTHLY;BYDAY=+3TH, so a secretary
 * reads their own words and a round trip reads back the same rule.
 */
import type { Freq, Weekday } from './rhythm-phrase.ts';

const ORDINAL_TEXT: Readonly<Record<'nl' | 'en', Readonly<Record<number, string>>>> = {
  nl: { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', 5: 'vijfde', [-1]: 'laatste', [-2]: 'voorlaatste' },
  en: { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', [-1]: 'last' },
};
const DAY_TEXT: Readonly<Record<'nl' | 'en', Readonly<Record<Weekday, string>>>> = {
  nl: { MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag' },
  en: { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' },
};
const COUNT_TEXT: Readonly<Record<'nl' | 'en', readonly string[]>> = {
  nl: ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes'],
  en: ['', 'one', 'two', 'three', 'four', 'five', 'six'],
};
const UNIT_TEXT = {
  nl: { DAILY: ['dag', 'dagen'], WEEKLY: ['week', 'weken'], MONTHLY: ['maand', 'maanden'], YEARLY: ['jaar', 'jaar'] },
  en: { DAILY: ['day', 'days'], WEEKLY: ['week', 'weeks'], MONTHLY: ['month', 'months'], YEARLY: ['year', 'years'] },
} as const;
const ADVERB_TEXT = {
  nl: { DAILY: 'dagelijks', WEEKLY: 'wekelijks', MONTHLY: 'maandelijks', YEARLY: 'jaarlijks' },
  en: { DAILY: 'daily', WEEKLY: 'weekly', MONTHLY: 'monthly', YEARLY: 'yearly' },
} as const;

function joinWords(items: readonly string[], lang: 'nl' | 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}

/**
 * The rule as a phrase {@link parseRhythm} reads back to the same rule ("derde donderdag van de
 * maand", "elke twee weken op maandag"), or null when the rule has parts a phrase does not
 * express (BYMONTHDAY, COUNT, ...): the workbook then keeps the RRULE itself.
 */
export function describeRhythm(rrule: string, lang: 'nl' | 'en'): string | null {
  const parts = new Map(rrule.split(';').map((p) => p.split('=') as [string, string]));
  const freq = parts.get('FREQ') as Freq | undefined;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (freq === undefined || [...parts.keys()].some((k) => !['FREQ', 'INTERVAL', 'BYDAY'].includes(k))) return null;
  if (!Number.isInteger(interval) || interval < 1 || interval >= COUNT_TEXT[lang].length) return null;
  const byday = parts.get('BYDAY')?.split(',') ?? [];
  const items: { ordinal: number | null; day: Weekday }[] = [];
  for (const item of byday) {
    const m = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!m) return null;
    const ordinal = m[1] === undefined ? null : Number(m[1]);
    if (ordinal !== null && ORDINAL_TEXT[lang][ordinal] === undefined) return null;
    items.push({ ordinal, day: m[2] as Weekday });
  }
  const ordinals = items.filter((i) => i.ordinal !== null);
  if (ordinals.length > 0 && (freq !== 'MONTHLY' || ordinals.length !== items.length)) return null;
  if (items.length > 0 && ordinals.length === 0 && freq !== 'WEEKLY') return null;
  const every =
    interval === 1
      ? null
      : lang === 'nl'
        ? `elke ${COUNT_TEXT.nl[interval]} ${UNIT_TEXT.nl[freq][1]}`
        : `every ${COUNT_TEXT.en[interval]} ${UNIT_TEXT.en[freq][1]}`;
  if (items.length === 0) return every ?? ADVERB_TEXT[lang][freq];
  const dayText = joinWords(
    items.map((i) => (i.ordinal === null ? DAY_TEXT[lang][i.day] : `${ORDINAL_TEXT[lang][i.ordinal]} ${DAY_TEXT[lang][i.day]}`)),
    lang,
  );
  if (ordinals.length > 0) {
    if (every === null) return lang === 'nl' ? `${dayText} van de maand` : `${dayText} of the month`;
    return lang === 'nl' ? `${every} op de ${dayText}` : `${every} on the ${dayText}`;
  }
  if (every === null) return lang === 'nl' ? `elke ${dayText}` : `every ${dayText}`;
  return lang === 'nl' ? `${every} op ${dayText}` : `${every} on ${dayText}`;
}
