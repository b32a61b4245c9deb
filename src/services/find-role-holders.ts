/** "Who is the secretary of the BOSD?": the holders of one role in a committee on a day. */
import type { LocalDate } from '../domain/local-date.ts';
import type { SeatRole } from '../domain/registry.ts';
import type { ServiceDeps } from './deps.ts';
import { activeOn, bySeatOrder, SEAT_VIEW_INCLUDE, toSeatView, type SeatView } from './seat-view.ts';

/** The seats with `role` in the committee running on `day`. */
export async function findRoleHolders(
  deps: ServiceDeps,
  input: { committeeId: string; role: SeatRole; day: LocalDate },
): Promise<SeatView[]> {
  const rows = await deps.db.seat.findMany({
    where: { committeeId: input.committeeId, role: input.role, ...activeOn(input.day) },
    include: SEAT_VIEW_INCLUDE,
  });
  return rows.map((row) => toSeatView(row, input.day)).sort(bySeatOrder);
}
