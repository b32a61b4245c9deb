/**
 * Every seat rule is written once as a domain predicate (seat-rules.ts) and once per query language
 * (seat-filters.ts). Generated seats, with periods starting and ending around the day in every
 * combination and every role in several committees, go into the real database; each Prisma and SQL
 * fragment must then select exactly the seats its predicate accepts.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalDate, toLocalDateOrNull, fromLocalDate } from '../../src/db/dates.ts';
import { runStatement } from '../../src/db/raw-sql.ts';
import { addDays, type LocalDate } from '../../src/domain/local-date.ts';
import { CHAIR_ROLES, isActiveOn, isOfficerOf, isVotingSeat, MANAGER_ROLES, OFFICER_ROLES, type OfficerRole } from '../../src/domain/registry/seat-rules.ts';
import { SEAT_ROLES, type SeatRole } from '../../src/domain/registry/words.ts';
import { activeOn, activeOnSql, officersOf, officersOn, votingOn, votingOnSql } from '../../src/services/registry/seat-filters.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
let committeeIds: string[] = [];
let personId = '';
let organisationId = '';

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  organisationId = (await db.organisation.create({ data: { name: 'Gemeente Zwolle', kind: 'MUNICIPALITY' } })).id;
  personId = (await db.person.create({ data: { name: 'Sanne Bakker' } })).id;
  committeeIds = [];
  for (const code of ['SBO', 'ORO', 'KBO']) {
    const committee = await db.committee.create({
      data: { code, name: code, partnership: 'test', decisionRule: 'MAJORITY', substituteRule: 'SAME_ORGANISATION', rhythmNote: '-', sourceRef: '-' },
    });
    committeeIds.push(committee.id);
  }
});
afterAll(async () => database?.close());

/** A seat as generated: which committee, which role, and its period relative to the day. */
interface GeneratedSeat {
  readonly committee: number;
  readonly role: SeatRole;
  readonly fromOffset: number;
  readonly untilOffset: number | null;
}

const seatArbitrary: fc.Arbitrary<GeneratedSeat> = fc.record({
  committee: fc.integer({ min: 0, max: 2 }),
  role: fc.constantFrom(...SEAT_ROLES),
  // Around the day: the first and last day of a period, one day either side, and further off.
  fromOffset: fc.integer({ min: -3, max: 3 }),
  untilOffset: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
});

/** A day anywhere in three years, so month, year and leap-day boundaries come up. */
const dayArbitrary = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2024-01-01', n));

type StoredSeat = { id: string; committeeId: string; role: SeatRole; from: LocalDate; until: LocalDate | null };

/** Replaces the seats in the database by the generated ones; returns them as the predicates see them. */
async function store(day: LocalDate, seats: readonly GeneratedSeat[]): Promise<StoredSeat[]> {
  await database.db.seat.deleteMany();
  await database.db.seat.createMany({
    data: seats.map((s) => ({
      committeeId: committeeIds[s.committee]!,
      personId,
      onBehalfOfId: organisationId,
      role: s.role,
      startsOn: fromLocalDate(addDays(day, s.fromOffset)),
      endsOn: s.untilOffset === null ? null : fromLocalDate(addDays(day, s.untilOffset)),
    })),
  });
  const rows = await database.db.seat.findMany({ select: { id: true, committeeId: true, role: true, startsOn: true, endsOn: true } });
  return rows.map((r) => ({ id: r.id, committeeId: r.committeeId, role: r.role, from: toLocalDate(r.startsOn), until: toLocalDateOrNull(r.endsOn) }));
}

const sorted = (ids: readonly string[]) => [...ids].sort();
const idsOf = (seats: readonly StoredSeat[], keep: (s: StoredSeat) => boolean) => sorted(seats.filter(keep).map((s) => s.id));

async function prismaIds(where: Parameters<TestDatabase['db']['seat']['findMany']>[0]): Promise<string[]> {
  return sorted((await database.db.seat.findMany({ ...where, select: { id: true } })).map((s) => s.id));
}

async function sqlIds(condition: string, values: unknown[]): Promise<string[]> {
  const rows = await runStatement<{ id: string }>(database.db, { text: `SELECT s.id FROM "Seat" s WHERE ${condition}`, values });
  return sorted(rows.map((r) => r.id));
}

const ROLE_SETS: readonly (readonly OfficerRole[])[] = [OFFICER_ROLES, MANAGER_ROLES, CHAIR_ROLES];

describe('the seat query fragments select what the seat rules say', () => {
  it('active on a day, voting seat, and a committee\'s officers agree on generated seats', async () => {
    await fc.assert(
      fc.asyncProperty(dayArbitrary, fc.array(seatArbitrary, { maxLength: 16 }), async (day, generated) => {
        const seats = await store(day, generated);
        expect(await prismaIds({ where: activeOn(day) })).toEqual(idsOf(seats, (s) => isActiveOn(s, day)));
        expect(await sqlIds(activeOnSql('s', '$1'), [day])).toEqual(idsOf(seats, (s) => isActiveOn(s, day)));
        expect(await prismaIds({ where: votingOn(day) })).toEqual(idsOf(seats, (s) => isVotingSeat(s, day)));
        expect(await sqlIds(votingOnSql('s', '$1'), [day])).toEqual(idsOf(seats, (s) => isVotingSeat(s, day)));
        const committeeId = committeeIds[0]!;
        for (const roles of ROLE_SETS) {
          expect(await prismaIds({ where: officersOf(committeeId, day, roles) })).toEqual(idsOf(seats, (s) => isOfficerOf(s, committeeId, day, roles)));
          const nested = await database.db.committee.findUniqueOrThrow({ where: { id: committeeId }, select: { seats: { where: officersOn(day, roles), select: { id: true } } } });
          expect(sorted(nested.seats.map((s) => s.id))).toEqual(idsOf(seats, (s) => isOfficerOf(s, committeeId, day, roles)));
        }
        expect(await prismaIds({ where: officersOf(committeeId, day) })).toEqual(idsOf(seats, (s) => isOfficerOf(s, committeeId, day)));
      }),
      { numRuns: 60 },
    );
  });
});
