/** "Wie rouleert er dit jaar?": who leaves and joins a committee's member seats in a year, with the rotation warnings (rotation.ts). */
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import { rotationOfYear, type Rotation } from '../../domain/registry/rotation.ts';
import type { ServiceDeps } from '../deps.ts';

/**
 * The committees whose rules rotate their delegation: those that come from 000 (the KBO's Spelregels 6),
 * read from the committee's source reference. The product's decision until a region's workbook names it.
 */
export function hasRotationRule(sourceRef: string): boolean {
  return /^\s*000\b/.test(sourceRef);
}

/** The committee's rotation in `year`. */
export async function findRotation(deps: ServiceDeps, input: { committeeId: string; year: number }): Promise<Rotation & { committeeCode: string; ruled: boolean }> {
  const committee = await deps.db.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true, sourceRef: true } });
  const seats = await deps.db.seat.findMany({
    where: { committeeId: input.committeeId, role: 'MEMBER' },
    select: { startsOn: true, endsOn: true, person: { select: { name: true } }, onBehalfOf: { select: { name: true, kind: true } } },
  });
  const ruled = hasRotationRule(committee.sourceRef);
  const rotation = rotationOfYear(seats.map((s) => ({
    personName: s.person.name, organisationName: s.onBehalfOf.name, organisationKind: s.onBehalfOf.kind, from: toLocalDate(s.startsOn), until: toLocalDateOrNull(s.endsOn),
  })), input.year, ruled);
  return { ...rotation, committeeCode: committee.code, ruled };
}

/** The committees with a rotation rule, for a question that names none. */
export async function rotatingCommittees(deps: ServiceDeps): Promise<string[]> {
  const rows = await deps.db.committee.findMany({ select: { id: true, sourceRef: true }, orderBy: { code: 'asc' } });
  return rows.filter((c) => hasRotationRule(c.sourceRef)).map((c) => c.id);
}
