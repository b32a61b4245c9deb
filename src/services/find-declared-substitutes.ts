/** "Who represents X at Y on a day": the accepted substitutes declared for that day's meeting. */
import { fromLocalDate } from '../db/dates.ts';
import type { LocalDate } from '../domain/local-date.ts';
import type { ServiceDeps } from './deps.ts';

/** One accepted declaration: who is replaced by whom. */
export interface DeclaredSubstitute {
  readonly seatHolderName: string;
  readonly substituteName: string;
}

/** The accepted substitutes for the organisation's seats at the committee's meeting on `day`. Reads only. */
export async function findDeclaredSubstitutes(
  deps: ServiceDeps,
  input: { committeeId: string; organisationId: string; day: LocalDate },
): Promise<DeclaredSubstitute[]> {
  const rows = await deps.db.substitutionDeclaration.findMany({
    where: {
      status: 'ACCEPTED',
      substituteId: { not: null },
      seat: { committeeId: input.committeeId, onBehalfOfId: input.organisationId },
      meeting: { day: fromLocalDate(input.day), status: { not: 'CANCELLED' } },
    },
    include: { seat: { select: { person: { select: { name: true } } } } },
  });
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.substituteId as string);
  const names = new Map((await deps.db.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((p) => [p.id, p.name]));
  return rows.map((r) => ({ seatHolderName: r.seat.person.name, substituteName: names.get(r.substituteId as string) ?? '' }));
}
