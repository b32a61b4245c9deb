/**
 * Dates as people type them, in Dutch and English: "2025-03-01", "1-3-2025", "1/3/2025",
 * "1 maart 2025", "1 March 2025", "March 1, 2025", "12 maart" (this year), "vandaag"/"today",
 * "morgen"/"tomorrow", "gisteren"/"yesterday". Day-month order, as in the Netherlands.
 */
import { addDays, localDate, type LocalDate, isLocalDate } from './local-date.ts';
import { lookup, normalizeName } from './names.ts';

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2,
  maart: 3, march: 3, mrt: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const RELATIVE: Record<string, number> = { vandaag: 0, today: 0, morgen: 1, tomorrow: 1, gisteren: -1, yesterday: -1 };

/** Parses a typed date relative to `today`; null when the text is not a (real) date. */
export function parseDateText(text: string, today: LocalDate): LocalDate | null {
  const raw = text.trim();
  if (isLocalDate(raw)) return raw;
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(raw);
  if (numeric) return localDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const words = normalizeName(raw.replace(/,/g, ' ')).replace(/\./g, '').split(' ').filter(Boolean);
  const first = words[0];
  const relative = first === undefined || words.length !== 1 ? undefined : lookup(RELATIVE, first);
  if (relative !== undefined) return addDays(today, relative);
  const year = Number(today.slice(0, 4));
  // "1 maart 2025", "1e maart", "1st of March 2025"
  const dayFirst = words.filter((w) => w !== 'of' && w !== 'de');
  const dm = /^(\d{1,2})(?:e|ste|de|st|nd|rd|th)?$/.exec(dayFirst[0] ?? '');
  if (dm && dayFirst.length >= 2 && dayFirst.length <= 3) {
    const month = lookup(MONTHS, dayFirst[1] ?? '');
    const y = dayFirst.length === 3 ? parseYear(dayFirst[2]) : year;
    if (month !== undefined && y !== null) return localDate(y, month, Number(dm[1]));
  }
  // "March 1, 2025", "March 1st"
  const md = words.length >= 2 && words.length <= 3 ? lookup(MONTHS, words[0] ?? '') : undefined;
  const mdDay = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(words[1] ?? '');
  if (md !== undefined && mdDay) {
    const y = words.length === 3 ? parseYear(words[2]) : year;
    if (y !== null) return localDate(y, md, Number(mdDay[1]));
  }
  return null;
}

function parseYear(text: string | undefined): number | null {
  return text !== undefined && /^\d{4}$/.test(text) ? Number(text) : null;
}
