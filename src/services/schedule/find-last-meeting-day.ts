/** The last day a committee met, for "de vorige BOSD" / "the last ORO". */
import { addDays, type LocalDate } from '../../domain/local-date.ts';
import type { ServiceDeps } from '../deps.ts';
import { lastMeetingDay } from './meeting-lookup.ts';

/** The committee's most recent meeting day before `before` (not cancelled); null when it never met. */
export async function findLastMeetingDay(deps: ServiceDeps, input: { committeeId: string; before: LocalDate }): Promise<LocalDate | null> {
  return lastMeetingDay(deps.db, input.committeeId, addDays(input.before, -1));
}
