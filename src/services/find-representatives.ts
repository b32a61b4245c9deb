/** "Who represents Combinatie Noord at the SBO (on a date)?": the seats held on behalf of an organisation. */
import { fromLocalDate } from '../db/dates.ts';
import type { LocalDate } from '../domain/local-date.ts';
import type { ServiceDeps } from './deps.ts';
import type { DeclaredSubstitute } from './find-declared-substitutes.ts';
import { activeOn, bySeatOrder, SEAT_VIEW_INCLUDE, toSeatView, type SeatView } from './seat-view.ts';

/** Which organisation, in which committee, on which day. */
export interface FindRepresentativesInput {
  readonly committeeId: string;
  readonly organisationId: string;
  readonly day: LocalDate;
}

/**
 * The seats held on behalf of the organisation on that day, chair and members first, with the
 * substitutes accepted for that day's meeting — one statement (relationJoins) in the common case
 * where nobody was substituted, since this is the question people ask most.
 */
export async function findRepresentation(
  deps: ServiceDeps,
  input: FindRepresentativesInput,
): Promise<{ seats: SeatView[]; substitutes: DeclaredSubstitute[] }> {
  const rows = await deps.db.seat.findMany({
    where: { committeeId: input.committeeId, onBehalfOfId: input.organisationId, ...activeOn(input.day) },
    include: {
      ...SEAT_VIEW_INCLUDE,
      declarations: {
        where: { status: 'ACCEPTED', substituteId: { not: null }, meeting: { day: fromLocalDate(input.day), status: { not: 'CANCELLED' } } },
        select: { substituteId: true },
      },
    },
  });
  const seats = rows.map((row) => toSeatView(row, input.day)).sort(bySeatOrder);
  const declared = rows.flatMap((row) => row.declarations.map((d) => ({ holder: row.person.name, substituteId: d.substituteId as string })));
  if (declared.length === 0) return { seats, substitutes: [] };
  const people = await deps.db.person.findMany({ where: { id: { in: declared.map((d) => d.substituteId) } }, select: { id: true, name: true } });
  const names = new Map(people.map((p) => [p.id, p.name]));
  return { seats, substitutes: declared.map((d) => ({ seatHolderName: d.holder, substituteName: names.get(d.substituteId) ?? '' })) };
}

/** The seats held on behalf of the organisation on that day, chair and members first. */
export async function findRepresentatives(deps: ServiceDeps, input: FindRepresentativesInput): Promise<SeatView[]> {
  return (await findRepresentation(deps, input)).seats;
}
