/** The facts the permission table needs about the person acting. */
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import type { ActorFacts } from '../../domain/permissions/authorize.ts';
import type { Tx } from '../deps.ts';
import type { Db } from '../../db/database.ts';

/** Loads whether the person is an administrator and which seats they hold; null when unknown. */
export async function loadActorFacts(db: Db | Tx, personId: string): Promise<(ActorFacts & { name: string }) | null> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: { name: true, isAdmin: true, seats: { select: { committeeId: true, role: true, startsOn: true, endsOn: true, onBehalfOfId: true } } },
  });
  if (!person) return null;
  return {
    personId,
    name: person.name,
    isAdmin: person.isAdmin,
    seats: person.seats.map((s) => ({
      committeeId: s.committeeId,
      role: s.role,
      from: toLocalDate(s.startsOn),
      until: toLocalDateOrNull(s.endsOn),
      onBehalfOfId: s.onBehalfOfId,
    })),
  };
}
