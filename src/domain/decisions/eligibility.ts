/**
 * Who votes (after Loomio's `canVote`: small pure predicates). Votes belong to seats, not people:
 * only MEMBER seats active on the day vote, one vote per seat, so a person holding two member seats
 * has two votes and an adviser, chair without a member seat, secretary or agenda committee member has
 * none (DOMAIN.md: "Only members vote. Advisers and secretaries never vote.").
 * 001 SBO, Bezetting lists "Leden" ("6 vertegenwoordigende wethouders namens de gemeenten") apart
 * from "Adviseurs"; 001 ORO votes "op basis van gelijkwaardigheid": every seat weighs the same.
 */
import { withinPeriod, type LocalDate } from '../local-date.ts';
import { isActiveOn, isVotingSeat, VOTING_ROLE } from '../registry/seat-rules.ts';
import type { MandateFacts, SeatFacts } from '../registry/words.ts';
import { findValidMandate, type MandateProblem } from './mandate-check.ts';
import { err, ok, type DomainError, type Result } from '../result.ts';
import type { SubstitutionDeclaration } from './substitution.ts';

/** The seats that vote on `day`: MEMBER seats active that day, in input order. */
export function votingSeats(seats: readonly SeatFacts[], day: LocalDate): SeatFacts[] {
  return seats.filter((s) => isVotingSeat(s, day));
}

/** The ids of {@link votingSeats}, ready for `decide({ votingSeatIds })`. */
export function votingSeatIds(seats: readonly SeatFacts[], day: LocalDate): string[] {
  return votingSeats(seats, day).map((s) => s.id);
}

/**
 * The accepted substitution for `seatId` covering `day`, or null. When several accepted declarations
 * cover the day, the last one in the list counts (as with stances, a later declaration replaces).
 */
export function activeSubstitution(
  seatId: string,
  day: LocalDate,
  declarations: readonly SubstitutionDeclaration[],
): SubstitutionDeclaration | null {
  let found: SubstitutionDeclaration | null = null;
  for (const d of declarations) {
    if (d.seatId === seatId && d.status === 'ACCEPTED' && withinPeriod(day, d.from, d.until)) found = d;
  }
  return found;
}

/** The expected reasons a person may not cast a stance for a seat. Params always carry `seatId`, `personId`, `day`. */
export const VOTE_ERROR_CODES = [
  /** The seat is not a MEMBER seat (adviser, chair, secretary, agenda committee). Params add `role`. */
  'NOT_A_MEMBER',
  /** The day lies outside the seat's period. Params add `seatFrom`, `seatUntil` ('' = open). */
  'SEAT_NOT_ACTIVE',
  /**
   * The person holds the seat but declared an accepted substitute for this meeting: the substitute
   * votes, the holder does not. Params add `substituteId`.
   */
  'SUBSTITUTED',
  /** The person neither holds the seat nor is its accepted substitute on the day. */
  'NOT_SEAT_HOLDER',
  /**
   * The committee requires a mandate ("Mandaat vereist: ja"; 001 SBO "aantoonbaar rechtsgeldig
   * bevoegd") and the voter, holder or substitute, holds no valid mandate for the seat's party on the
   * day the vote is cast. Params add `organisationId`, `problem` (a MandateProblem), `castOn`, and
   * `mandateUntil` when a mandate was found.
   */
  'NO_VALID_MANDATE',
] as const;
/** One of {@link VOTE_ERROR_CODES}. */
export type VoteErrorCode = (typeof VOTE_ERROR_CODES)[number];

/** What `canVote` checks. */
export interface CanVoteInput {
  readonly seat: SeatFacts;
  /** The person who wants to cast the stance. */
  readonly personId: string;
  /** The meeting (or poll) day. */
  readonly day: LocalDate;
  readonly declarations: readonly SubstitutionDeclaration[];
  /** Given when the committee requires a mandate: the voter's mandates and the day the vote is cast. */
  readonly mandateRule?: MandateRule;
}

/**
 * A committee's "no vote without a valid mandate": 001 SBO, Bezetting, Randvoorwaarden "De
 * afgevaardigde vertegenwoordiging dient aantoonbaar rechtsgeldig bevoegd te zijn om de
 * jeugdhulpaanbieder te vertegenwoordigen." The mandate is judged on the day the vote is cast, as
 * that is when the voter acts for the party; a seat given with a mandate that has since ended,
 * or was revoked, no longer votes.
 */
export interface MandateRule {
  readonly committeeCode: string;
  readonly mandates: readonly MandateFacts[];
  readonly castOn: LocalDate;
}

/** A right to cast the stance of one seat, as holder or as accepted substitute. */
export interface VoteRight {
  readonly seatId: string;
  readonly personId: string;
  readonly as: 'HOLDER' | 'SUBSTITUTE';
}

/**
 * Whether `personId` may cast the stance of `seat` on `day`: the holder, unless an accepted
 * substitute covers the day; or that accepted substitute.
 */
export function canVote(input: CanVoteInput): Result<VoteRight, DomainError<VoteErrorCode>> {
  const { seat, personId, day } = input;
  const p = { seatId: seat.id, personId, day };
  if (seat.role !== VOTING_ROLE) return err('NOT_A_MEMBER', { ...p, role: seat.role });
  if (!isActiveOn(seat, day)) {
    return err('SEAT_NOT_ACTIVE', { ...p, seatFrom: seat.from, seatUntil: seat.until ?? '' });
  }
  const sub = activeSubstitution(seat.id, day, input.declarations);
  if (sub !== null && sub.substituteId === personId) return mandated(input, { seatId: seat.id, personId, as: 'SUBSTITUTE' });
  if (seat.personId === personId) {
    return sub === null
      ? mandated(input, { seatId: seat.id, personId, as: 'HOLDER' })
      : err('SUBSTITUTED', { ...p, substituteId: sub.substituteId });
  }
  return err('NOT_SEAT_HOLDER', p);
}

/** The right, when the committee requires no mandate or the voter holds a valid one for the seat's party. */
function mandated(input: CanVoteInput, right: VoteRight): Result<VoteRight, DomainError<VoteErrorCode>> {
  const rule = input.mandateRule;
  if (rule === undefined) return ok(right);
  const found = findValidMandate(rule.mandates, input.personId, input.seat.onBehalfOfId, rule.castOn, rule.committeeCode);
  if (found.valid) return ok(right);
  return err('NO_VALID_MANDATE', {
    seatId: input.seat.id, personId: input.personId, day: input.day, organisationId: input.seat.onBehalfOfId,
    problem: found.problem satisfies MandateProblem, castOn: rule.castOn, ...(found.mandate?.until ? { mandateUntil: found.mandate.until } : {}),
  });
}

/**
 * Every seat `personId` may vote for on `day` among `seats`: one right per seat, so two member seats
 * give two rights, and an accepted substitution adds the seat taken over.
 */
export function voteRightsOf(
  personId: string,
  seats: readonly SeatFacts[],
  day: LocalDate,
  declarations: readonly SubstitutionDeclaration[],
  mandateRule?: MandateRule,
): VoteRight[] {
  const rights: VoteRight[] = [];
  for (const seat of seats) {
    const r = canVote({ seat, personId, day, declarations, ...(mandateRule ? { mandateRule } : {}) });
    if (r.ok) rights.push(r.value);
  }
  return rights;
}
