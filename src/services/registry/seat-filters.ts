/**
 * The seat rules of src/domain/registry/seat-rules.ts as query fragments, once for Prisma and once as
 * SQL text for the plain statements (db/raw-sql.ts). Every query that picks seats by one of these rules
 * uses the fragment here, never its own restatement; test/services/seat-filters.test.ts inserts
 * generated seats and checks that each fragment selects exactly the seats its predicate accepts.
 */
import type { Prisma } from '../../db/client.ts';
import { fromLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { OFFICER_ROLES, VOTING_ROLE, type OfficerRole } from '../../domain/registry/seat-rules.ts';

/**
 * Seats that run on `day` (isActiveOn): started on or before it, and open or ending on or after it.
 * Spread it into a `where` that has no `OR` of its own.
 */
export function activeOn(day: LocalDate): Prisma.SeatWhereInput {
  const date = fromLocalDate(day);
  return { startsOn: { lte: date }, OR: [{ endsOn: null }, { endsOn: { gte: date } }] };
}

/** Seats that carry a vote on `day` (isVotingSeat): member seats running that day. */
export function votingOn(day: LocalDate): Prisma.SeatWhereInput {
  return { role: VOTING_ROLE, ...activeOn(day) };
}

/** The officer seats of a committee on `day` in one of `roles` (isOfficerOf; default: any officer). */
export function officersOf(committeeId: string, day: LocalDate, roles: readonly OfficerRole[] = OFFICER_ROLES): Prisma.SeatWhereInput {
  return { committeeId, ...officersOn(day, roles) };
}

/** {@link officersOf} without the committee, for a committee's own `seats` relation. */
export function officersOn(day: LocalDate, roles: readonly OfficerRole[] = OFFICER_ROLES): Prisma.SeatWhereInput {
  return { role: { in: [...roles] }, ...activeOn(day) };
}

/**
 * SQL for isActiveOn: `seat` is the Seat table's alias in the statement, `day` the placeholder of the
 * day (`$1`), e.g. `activeOnSql('s', '$1')`.
 */
export function activeOnSql(seat: string, day: string): string {
  return `${seat}."startsOn" <= ${day}::date AND (${seat}."endsOn" IS NULL OR ${seat}."endsOn" >= ${day}::date)`;
}

/** SQL for isVotingSeat, with the same arguments as {@link activeOnSql}. */
export function votingOnSql(seat: string, day: string): string {
  return `${seat}.role = '${VOTING_ROLE}' AND ${activeOnSql(seat, day)}`;
}
