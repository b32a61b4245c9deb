/**
 * The seat rules every layer applies, written once: when a seat runs, which seats vote, and which
 * seats make their holder one of a committee's officers. The same rules as query fragments live in
 * src/services/registry/seat-filters.ts; test/services/seat-filters.test.ts checks on generated seats
 * that each fragment selects exactly the seats its predicate here accepts.
 */
import { withinPeriod, type LocalDate } from '../local-date.ts';
import type { SeatRole } from './words.ts';

/** What the rules read of a seat; SeatFacts, an actor's seats and query rows all carry it. */
export interface SeatPeriod {
  readonly from: LocalDate;
  /** The last day, inclusive; null while the seat runs. */
  readonly until: LocalDate | null;
}

/** True when the seat runs on `day`: from its first day through `until` (inclusive); an open seat never ends. */
export function isActiveOn(seat: SeatPeriod, day: LocalDate): boolean {
  return withinPeriod(day, seat.from, seat.until);
}

/**
 * The one role that votes. DOMAIN.md: "Only members vote. Advisers and secretaries never vote."; 001
 * SBO lists the "Leden" apart from the "Adviseurs". A chair votes only through a member seat of their own.
 */
export const VOTING_ROLE = 'MEMBER' satisfies SeatRole;

/** True when the seat carries a vote on `day`: a member seat that runs that day. */
export function isVotingSeat(seat: SeatPeriod & { readonly role: SeatRole }, day: LocalDate): boolean {
  return seat.role === VOTING_ROLE && isActiveOn(seat, day);
}

/**
 * A committee's officers: the secretary, who keeps its registry, attendance and schedule, and the
 * chair, who with the secretary runs its polls and carries its deadline duties (duty-holders.ts).
 */
export const OFFICER_ROLES = ['SECRETARY', 'CHAIR'] as const satisfies readonly SeatRole[];
/** One of {@link OFFICER_ROLES}. */
export type OfficerRole = (typeof OFFICER_ROLES)[number];

/**
 * The officers who manage a committee: its secretaries. They change its seats, record attendance and
 * mandates, plan its meetings, and are the ones told of declarations and overdue duties.
 */
export const MANAGER_ROLES: readonly OfficerRole[] = ['SECRETARY'];

/** The officer who chairs a committee (and so may run its polls and carry duties named after it). */
export const CHAIR_ROLES: readonly OfficerRole[] = ['CHAIR'];

/** True when the seat makes its holder an officer of `committeeId` on `day`, in one of `roles` (default: any officer). */
export function isOfficerOf(
  seat: SeatPeriod & { readonly role: SeatRole; readonly committeeId: string },
  committeeId: string,
  day: LocalDate,
  roles: readonly OfficerRole[] = OFFICER_ROLES,
): boolean {
  return seat.committeeId === committeeId && (roles as readonly SeatRole[]).includes(seat.role) && isActiveOn(seat, day);
}
