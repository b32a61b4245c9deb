/** The decisions' verbs (polls, votes, substitution declarations, attendance, decision lists). */
import type { VerbSpec } from '../verb.ts';

/** Filled by the decisions facet. */
export const DECISION_VERBS: readonly VerbSpec[] = [];
