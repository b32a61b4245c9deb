/** Questions about the schedule ("wanneer is het volgende KBO?", "welke deadlines lopen deze week?"). */
import type { AskSpec } from '../verb.ts';

/** Filled by the schedule facet. */
export const SCHEDULE_ASKS: readonly AskSpec[] = [];
