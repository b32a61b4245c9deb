/** "Where does Jan de Vries sit?": every seat a person holds on a day, across committees. */
import type { LocalDate } from '../domain/local-date.ts';
import type { ServiceDeps } from './deps.ts';
import { activeOn, SEAT_VIEW_INCLUDE, toSeatView, type SeatView } from './seat-view.ts';

/** The person's seats running on `day`, ordered by committee code. */
export async function findSeatsOfPerson(deps: ServiceDeps, input: { personId: string; day: LocalDate }): Promise<SeatView[]> {
  const rows = await deps.db.seat.findMany({
    where: { personId: input.personId, ...activeOn(input.day) },
    include: SEAT_VIEW_INCLUDE,
  });
  return rows
    .map((row) => toSeatView(row, input.day))
    .sort((a, b) => a.committee.code.localeCompare(b.committee.code) || a.role.localeCompare(b.role));
}
