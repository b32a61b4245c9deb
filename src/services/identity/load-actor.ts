/** The facts the permission table needs about the person acting. */
import { runStatement, type RawQueryable } from '../../db/raw-sql.ts';
import type { ActorFacts } from '../../domain/permissions/authorize.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import type { SeatRole } from '../../domain/registry/words.ts';

/**
 * Read by every permission check and every poll card placed after a vote: one plain prepared
 * statement (db/raw-sql.ts) rather than Prisma's nested findUnique, a millisecond per call cheaper.
 * Inside a transaction (`db` a transaction client) it runs in that transaction.
 */
const ACTOR_SQL = `
  SELECT p.name, p."isAdmin",
         coalesce(json_agg(json_build_object('committeeId', s."committeeId", 'role', s.role, 'from', s."startsOn"::text,
                  'until', s."endsOn"::text, 'onBehalfOfId', s."onBehalfOfId")) FILTER (WHERE s.id IS NOT NULL), '[]') AS seats
    FROM "Person" p LEFT JOIN "Seat" s ON s."personId" = p.id
   WHERE p.id = $1
   GROUP BY p.id`;

interface ActorRow {
  readonly name: string;
  readonly isAdmin: boolean;
  readonly seats: { committeeId: string; role: SeatRole; from: LocalDate; until: LocalDate | null; onBehalfOfId: string }[];
}

/** Loads whether the person is an administrator and which seats they hold; null when unknown. */
export async function loadActorFacts(db: RawQueryable, personId: string): Promise<(ActorFacts & { name: string }) | null> {
  const [person] = await runStatement<ActorRow>(db, { name: 'gremium_actor_facts', text: ACTOR_SQL, values: [personId] });
  if (!person) return null;
  return {
    personId,
    name: person.name,
    isAdmin: person.isAdmin,
    seats: person.seats.map((s) => ({ committeeId: s.committeeId, role: s.role, from: s.from, until: s.until, onBehalfOfId: s.onBehalfOfId })),
  };
}
