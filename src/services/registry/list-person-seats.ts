/**
 * Every seat a person has held in one committee, ended ones included, newest first: for finding "the"
 * seat a secretary means when ending it or asking its history.
 */
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import type { SeatRole } from '../../domain/registry/words.ts';
import type { ServiceDeps } from '../deps.ts';

/** Which seats: the person's in the committee, narrowed by role and organisation when given. */
export interface ListPersonSeatsInput {
  readonly committeeId: string;
  readonly personId: string;
  readonly role?: SeatRole;
  readonly onBehalfOfId?: string;
}

/** One seat of the person, with the organisation it is held for. */
export interface PersonSeat {
  readonly seatId: string;
  readonly role: SeatRole;
  readonly onBehalfOf: { readonly id: string; readonly name: string };
  readonly from: LocalDate;
  readonly until: LocalDate | null;
}

/** The matching seats, the latest start first. */
export async function listPersonSeats(deps: ServiceDeps, input: ListPersonSeatsInput): Promise<PersonSeat[]> {
  const seats = await deps.db.seat.findMany({
    where: {
      committeeId: input.committeeId, personId: input.personId,
      ...(input.role ? { role: input.role } : {}), ...(input.onBehalfOfId ? { onBehalfOfId: input.onBehalfOfId } : {}),
    },
    select: { id: true, role: true, startsOn: true, endsOn: true, onBehalfOf: { select: { id: true, name: true } } },
    orderBy: { startsOn: 'desc' },
  });
  return seats.map((s) => ({ seatId: s.id, role: s.role, onBehalfOf: s.onBehalfOf, from: toLocalDate(s.startsOn), until: toLocalDateOrNull(s.endsOn) }));
}
