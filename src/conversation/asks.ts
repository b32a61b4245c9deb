/** Question forms beyond the registry's, tried before the registry questions. */
import type { AskSpec } from './verb.ts';
import { DECISION_ASKS } from './decisions/asks.ts';
import { SCHEDULE_ASKS } from './schedule/asks.ts';

/** All facet questions. */
export const ASKS: readonly AskSpec[] = [...DECISION_ASKS, ...SCHEDULE_ASKS];
