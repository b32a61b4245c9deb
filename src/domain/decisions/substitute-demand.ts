/**
 * What a committee's rule asks of the party when its member sends notice: arrange a substitute, or make
 * sure the substitute is well informed. Pure; quoted from the seeds (sources.ts).
 */
import type { SubstituteRule } from '../registry/words.ts';
import { SOURCES, type SourceQuote } from './sources.ts';

/**
 * - NONE: the rule asks nothing more.
 * - ARRANGE: no substitute was named where the party must arrange one. 001 SBO and contract talks: "Bij
 *   verhindering zorgen Gemeente of jeugdhulpcombinaties voor een adequate vervanger die hem/haar
 *   rechtsgeldig kan vertegenwoordigen"; 001 ORO: "zorgen zij voor een adequate vervanger die hem/haar op
 *   inhoud kan vervangen in het ORO". The notice stands, and the party is asked for the substitute.
 * - INFORM: a colleague stands in at the KBO, 000 art. 4: "mits deze collega goed geïnformeerd is".
 */
export type SubstituteDemand =
  | { readonly kind: 'NONE' }
  | { readonly kind: 'ARRANGE' | 'INFORM'; readonly source: SourceQuote };

/** The committee's rule, as stored (Committee.substituteRule and .substituteRequired). */
export interface SubstituteDemandRule {
  readonly substituteRule: SubstituteRule;
  readonly substituteRequired: boolean;
}

/** What the rule asks after notice with (`named`) or without a substitute. */
export function substituteDemand(rule: SubstituteDemandRule, named: boolean): SubstituteDemand {
  if (!named && rule.substituteRequired) {
    return { kind: 'ARRANGE', source: rule.substituteRule === 'SAME_ORGANISATION' ? SOURCES.ORO_SUBSTITUTE : SOURCES.SBO_SUBSTITUTE };
  }
  if (named && rule.substituteRule === 'SAME_ORGANISATION_OR_COMBINATION') return { kind: 'INFORM', source: SOURCES.KBO_SUBSTITUTE };
  return { kind: 'NONE' };
}
