/**
 * The one reading of the permission table (table.ts): whether a person may take an action on a target
 * today, and if not, the code of the refusal. Pure; the services load the facts and ask
 * (src/services/authorize.ts).
 */
import { addDays, type LocalDate } from '../local-date.ts';
import { isActiveOn, VOTING_ROLE } from '../registry/seat-rules.ts';
import type { SeatRole } from '../registry/words.ts';
import { BACKDATE_GRACE_DAYS, PERMISSIONS, type Action, type Limit, type Refusal } from './table.ts';

/** What the rules need to know about the person acting. */
export interface ActorFacts {
  readonly personId: string;
  readonly isAdmin: boolean;
  readonly seats: readonly { committeeId: string; role: SeatRole; from: LocalDate; until: LocalDate | null; onBehalfOfId: string }[];
}

/** What an action changes. */
export interface Target {
  /** The committee it changes; null when it reaches beyond any one committee (an organisation-wide mandate, an account). */
  readonly committeeId: string | null;
  /** The person it is about (the holder of the seat or mandate, the owner of the account), if any. */
  readonly personId?: string;
  /** For a new seat: its role and first day. */
  readonly seat?: { readonly role: SeatRole; readonly from: LocalDate };
}

/** Why not: the row's refusal, or one of its limits. */
export type PermissionCode = Refusal | Limit;

/** True when the actor holds one of `offices` in `committeeId` (in any committee when null) on `day`. */
export function holdsOffice(actor: ActorFacts, offices: readonly SeatRole[], committeeId: string | null, day: LocalDate): boolean {
  return actor.seats.some((s) => (committeeId === null || s.committeeId === committeeId) && offices.includes(s.role) && isActiveOn(s, day));
}

/** The committees in which the actor holds one of the action's offices on `day`. */
export function officeCommittees(actor: ActorFacts, action: Action, day: LocalDate): string[] {
  const offices = PERMISSIONS[action].offices;
  return [...new Set(actor.seats.filter((s) => offices.includes(s.role) && isActiveOn(s, day)).map((s) => s.committeeId))];
}

/** The first day a seat added by a non-administrator may have, seen from `today`. */
export function earliestSeatStart(today: LocalDate): LocalDate {
  return addDays(today, -BACKDATE_GRACE_DAYS);
}

/** Whether the limit holds back this target. */
function limited(limit: Limit, actor: ActorFacts, target: Target, today: LocalDate): boolean {
  switch (limit) {
    case 'BACKDATED_SEAT':
      return target.seat !== undefined && target.seat.from < earliestSeatStart(today);
    case 'SELF_VOTING_SEAT':
      return target.seat !== undefined && target.seat.role === VOTING_ROLE && target.personId === actor.personId;
    case 'ORGANISATION_WIDE_MANDATE':
      return target.committeeId === null;
    case 'SELF_MANDATE':
      return target.personId === actor.personId;
    default: {
      const never: never = limit;
      throw new Error(`unknown limit ${String(never)}`);
    }
  }
}

/**
 * Null when the actor may take the action on the target `today`; otherwise the code of the refusal.
 * An administrator may always. Anyone else needs one of the row's offices in the target's committee,
 * on a seat that runs today; then each of the row's limits may still refuse. A target beyond any one
 * committee is for administrators only; someone holding one of the offices somewhere is told so by
 * the row's ORGANISATION_WIDE_MANDATE limit, when it has one.
 */
export function authorize(actor: ActorFacts, action: Action, target: Target, today: LocalDate): PermissionCode | null {
  if (actor.isAdmin) return null;
  const row = PERMISSIONS[action];
  const refusal = target.personId === actor.personId && row.refusalForSelf ? row.refusalForSelf : row.refusal;
  if (target.committeeId === null) {
    const told = row.limits.includes('ORGANISATION_WIDE_MANDATE') && holdsOffice(actor, row.offices, null, today);
    return told ? 'ORGANISATION_WIDE_MANDATE' : refusal;
  }
  if (!holdsOffice(actor, row.offices, target.committeeId, today)) return refusal;
  return row.limits.find((limit) => limited(limit, actor, target, today)) ?? null;
}
