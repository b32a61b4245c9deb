/**
 * What a process's first answer pays that needs no database: the time-zone data behind Amsterdam's
 * day (the first use of a time zone loads it, about 35 ms), and the parser's regular expressions and
 * code, compiled on first use (about 40 ms more). The console chat runs this while the embedded
 * database opens, when the process would otherwise wait, so the first question does not pay it
 * (issue 12 point 3). Pure: it reads and writes nothing, and keeps nothing but what the runtime caches.
 */
import { amsterdamDay } from '../domain/schedule/clock.ts';
import type { Catalog } from '../services/registry/registry-catalog.ts';
import { understand } from './understand/understand.ts';

/** A registry without names: the samples exercise the parser, not a lookup. */
const NO_NAMES: Catalog = {
  revision: 0n,
  committees: [],
  organisations: [],
  people: [],
  index: { committees: new Map(), organisations: new Map(), people: new Map() },
};

/**
 * Questions as people ask them, in both languages, one with a date. No relative day ("next week"):
 * its parser (chrono) is loaded for few questions and costs more than it would save here.
 */
const SAMPLES = ['wie vertegenwoordigt de combinatie in het SBO op 3 maart?', 'who represents the coalition at the SBO?'];

/** Runs the first answer's database-free work once, at `now`. */
export function warmUp(now: Date): void {
  const today = amsterdamDay(now);
  for (const text of SAMPLES) understand(text, { catalog: NO_NAMES, today, askerId: null });
}
