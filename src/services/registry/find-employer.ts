/** The organisation a person works for: the default "namens" of a new seat, as in the membership sheet. */
import type { ServiceDeps } from '../deps.ts';

/** The person's organisation, or null when the person is unknown or has none recorded. */
export async function findEmployer(deps: ServiceDeps, input: { personId: string }): Promise<{ id: string; name: string } | null> {
  const person = await deps.db.person.findUnique({ where: { id: input.personId }, select: { organisation: { select: { id: true, name: true } } } });
  return person?.organisation ?? null;
}
