/** Questions about decisions ("who was absent at the last ORO?", "besluitenlijst BOSD 19 maart"). */
import type { AskSpec } from '../verb.ts';

/** Filled by the decisions facet. */
export const DECISION_ASKS: readonly AskSpec[] = [];
