/** "Where does Jan de Vries sit?": every seat a person holds on a day, across committees. */
import type { LocalDate } from '../../domain/local-date.ts';
import type { ServiceDeps } from '../deps.ts';
import { loadSeatViews, type SeatView } from './seat-view.ts';

/** The person's seats running on `day`, ordered by committee code. */
export async function findSeatsOfPerson(deps: ServiceDeps, input: { personId: string; day: LocalDate }): Promise<SeatView[]> {
  const seats = await loadSeatViews(deps.db, { personId: input.personId, day: input.day });
  return seats.sort((a, b) => a.committee.code.localeCompare(b.committee.code) || a.role.localeCompare(b.role));
}
