/** "Who represents Combinatie Noord at the SBO (on a date)?": the seats held on behalf of an organisation. */
import type { LocalDate } from '../../domain/local-date.ts';
import type { ServiceDeps } from '../deps.ts';
import { bySeatOrder, loadSeatViewsWithDeclared, type SeatView } from './seat-view.ts';

/** One accepted declaration for the day's meeting: who is replaced by whom. */
export interface DeclaredSubstitute {
  readonly seatHolderName: string;
  readonly substituteName: string;
}

/** Which organisation, in which committee, on which day. */
export interface FindRepresentativesInput {
  readonly committeeId: string;
  readonly organisationId: string;
  readonly day: LocalDate;
}

/**
 * The seats held on behalf of the organisation on that day, chair and members first, with the
 * substitutes accepted for that day's meeting: one statement, since this is the question people ask
 * most (seat-view.ts).
 */
export async function findRepresentation(
  deps: ServiceDeps,
  input: FindRepresentativesInput,
): Promise<{ seats: SeatView[]; substitutes: DeclaredSubstitute[] }> {
  const rows = await loadSeatViewsWithDeclared(deps.db, { committeeId: input.committeeId, onBehalfOfId: input.organisationId, day: input.day });
  const seats = rows.map((row) => row.view).sort(bySeatOrder);
  const substitutes = rows.flatMap((row) => row.declared.map((name) => ({ seatHolderName: row.view.person.name, substituteName: name })));
  return { seats, substitutes };
}
