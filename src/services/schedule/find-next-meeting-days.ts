/** The next days a committee meets, for an error that names them ("the next SBO meetings are ..."). */
import type { LocalDate } from '../../domain/local-date.ts';
import type { ServiceDeps } from '../deps.ts';
import { nextMeetingDays } from './meeting-lookup.ts';

/** Up to `count` (default 3) meeting days of the committee from `from` on, in order. */
export async function findNextMeetingDays(deps: ServiceDeps, input: { committeeId: string; from: LocalDate; count?: number }): Promise<LocalDate[]> {
  return nextMeetingDays(deps.db, input.committeeId, input.from, input.count ?? 3);
}
