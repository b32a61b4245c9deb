/** How services hand seats to the conversation: names resolved, dates as days, the mandate's state. */
import type { Prisma } from '../db/client.ts';
import { toLocalDate, toLocalDateOrNull } from '../db/dates.ts';
import { findValidMandate, type MandateProblem } from '../domain/decisions/mandate-check.ts';
import type { LocalDate } from '../domain/local-date.ts';
import type { MandateFacts, OrganisationKind, SeatRole } from '../domain/registry.ts';

/** The mandate behind a seat on a day: valid (until when), or the reason it is not. */
export type MandateState = { readonly valid: true; readonly until: LocalDate | null } | { readonly valid: false; readonly problem: MandateProblem };

/** A seat as a reply shows it. */
export interface SeatView {
  readonly seatId: string;
  readonly committee: { readonly id: string; readonly code: string; readonly name: string };
  readonly person: { readonly id: string; readonly name: string; readonly email: string | null };
  readonly onBehalfOf: { readonly id: string; readonly name: string; readonly kind: OrganisationKind };
  readonly role: SeatRole;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
  readonly substitute: { readonly id: string; readonly name: string } | null;
  readonly mandate: MandateState;
  /** True when the committee requires members to hold a mandate (SBO, contract talks). */
  readonly mandateRequired: boolean;
}

/** The include that {@link toSeatView} needs. */
export const SEAT_VIEW_INCLUDE = {
  committee: { select: { id: true, code: true, name: true, substituteRule: true } },
  person: { select: { id: true, name: true, email: true, mandates: true } },
  onBehalfOf: { select: { id: true, name: true, kind: true } },
  substitute: { select: { id: true, name: true } },
} satisfies Prisma.SeatInclude;

type SeatRow = Prisma.SeatGetPayload<{ include: typeof SEAT_VIEW_INCLUDE }>;

/** A Mandate row as domain facts. */
export function toMandateFacts(m: { id: string; personId: string; organisationId: string; startsOn: Date; endsOn: Date | null; scope: string; revokedAt: Date | null }): MandateFacts {
  return {
    id: m.id,
    personId: m.personId,
    organisationId: m.organisationId,
    from: toLocalDate(m.startsOn),
    until: toLocalDateOrNull(m.endsOn),
    scope: m.scope,
    revoked: m.revokedAt !== null,
  };
}

/** Maps a seat row to its view, judging the holder's mandate for the seat's organisation on `day`. */
export function toSeatView(row: SeatRow, day: LocalDate): SeatView {
  const lookup = findValidMandate(row.person.mandates.map(toMandateFacts), row.personId, row.onBehalfOfId, day, row.committee.code);
  return {
    seatId: row.id,
    committee: { id: row.committee.id, code: row.committee.code, name: row.committee.name },
    person: { id: row.person.id, name: row.person.name, email: row.person.email },
    onBehalfOf: row.onBehalfOf,
    role: row.role,
    from: toLocalDate(row.startsOn),
    until: toLocalDateOrNull(row.endsOn),
    substitute: row.substitute,
    mandate: lookup.valid ? { valid: true, until: lookup.mandate.until } : { valid: false, problem: lookup.problem },
    mandateRequired: row.committee.substituteRule === 'SAME_ORGANISATION_WITH_MANDATE',
  };
}

/** The Prisma filter for seats running on `day` (until is inclusive). */
export function activeOn(day: LocalDate): Prisma.SeatWhereInput {
  const date = new Date(`${day}T00:00:00.000Z`);
  return { startsOn: { lte: date }, OR: [{ endsOn: null }, { endsOn: { gte: date } }] };
}

const ROLE_ORDER: Record<SeatRole, number> = { CHAIR: 0, MEMBER: 1, ADVISER: 2, AGENDA_COMMITTEE: 3, SECRETARY: 4 };

/** Orders seats as a list reads best: chair, members, advisers, agenda committee, secretary; then by name. */
export function bySeatOrder(a: SeatView, b: SeatView): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.onBehalfOf.name.localeCompare(b.onBehalfOf.name) || a.person.name.localeCompare(b.person.name);
}
