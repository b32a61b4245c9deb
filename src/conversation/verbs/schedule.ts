/** The schedule's verbs (meetings, duties done, channel for reminders). */
import type { VerbSpec } from '../verb.ts';

/** Filled by the schedule facet. */
export const SCHEDULE_VERBS: readonly VerbSpec[] = [];
