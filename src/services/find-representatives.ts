/** "Who represents Combinatie Noord at the SBO (on a date)?": the seats held on behalf of an organisation. */
import type { LocalDate } from '../domain/local-date.ts';
import type { ServiceDeps } from './deps.ts';
import { activeOn, bySeatOrder, SEAT_VIEW_INCLUDE, toSeatView, type SeatView } from './seat-view.ts';

/** Which organisation, in which committee, on which day. */
export interface FindRepresentativesInput {
  readonly committeeId: string;
  readonly organisationId: string;
  readonly day: LocalDate;
}

/** The seats held on behalf of the organisation on that day, chair and members first. */
export async function findRepresentatives(deps: ServiceDeps, input: FindRepresentativesInput): Promise<SeatView[]> {
  const rows = await deps.db.seat.findMany({
    where: { committeeId: input.committeeId, onBehalfOfId: input.organisationId, ...activeOn(input.day) },
    include: SEAT_VIEW_INCLUDE,
  });
  return rows.map((row) => toSeatView(row, input.day)).sort(bySeatOrder);
}
