/**
 * Who may change what (STYLE.md: one small file of pure predicates). Only a committee's secretary,
 * on the day of the change, or an administrator may change a committee's seats.
 */
import type { LocalDate } from '../local-date.ts';
import { isOfficerOf, MANAGER_ROLES } from './seat-rules.ts';
import type { SeatRole } from './words.ts';

/** What the rules need to know about the person acting. */
export interface ActorFacts {
  readonly isAdmin: boolean;
  readonly seats: readonly { committeeId: string; role: SeatRole; from: LocalDate; until: LocalDate | null; onBehalfOfId: string }[];
}

/** True when the actor is an administrator or this committee's secretary on `day`. */
export function canManageCommittee(actor: ActorFacts, committeeId: string, day: LocalDate): boolean {
  return actor.isAdmin || actor.seats.some((s) => isOfficerOf(s, committeeId, day, MANAGER_ROLES));
}

/**
 * True when the actor may record or revoke a mandate to represent `organisationId`: an administrator,
 * or the secretary of a committee in which that organisation holds a seat (the secretary checks the
 * written statement of seed 002, art. 4.1: "Elke Partij maakt schriftelijk kenbaar welke persoon of
 * personen op basis van wetgeving, statuten of anderszins rechtsgeldig bevoegd zijn haar te vertegenwoordigen.").
 */
export function canManageMandates(
  actor: ActorFacts,
  committeesOfOrganisation: readonly string[],
  day: LocalDate,
): boolean {
  return actor.isAdmin || committeesOfOrganisation.some((committeeId) => canManageCommittee(actor, committeeId, day));
}
