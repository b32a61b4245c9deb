/** "Who is the secretary of the BOSD?": the holders of one role in a committee on a day. */
import type { LocalDate } from '../../domain/local-date.ts';
import type { SeatRole } from '../../domain/registry/words.ts';
import type { ServiceDeps } from '../deps.ts';
import { bySeatOrder, loadSeatViews, type SeatView } from './seat-view.ts';

/** The seats with `role` in the committee running on `day`. */
export async function findRoleHolders(
  deps: ServiceDeps,
  input: { committeeId: string; role: SeatRole; day: LocalDate },
): Promise<SeatView[]> {
  const seats = await loadSeatViews(deps.db, { committeeId: input.committeeId, role: input.role, day: input.day });
  return seats.sort(bySeatOrder);
}
