/** How services hand seats to the conversation: names resolved, dates as days, the mandate's state. */
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import { runStatement, type RawQueryable, type Statement } from '../../db/raw-sql.ts';
import { findValidMandate, type MandateProblem } from '../../domain/decisions/mandate-check.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import type { MandateFacts, OrganisationKind, SeatRole } from '../../domain/registry/words.ts';
import { activeOnSql } from './seat-filters.ts';

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

/** Which seats to load: all filters given must hold; `day` picks the seats running then. */
export interface SeatFilter {
  readonly day: LocalDate;
  readonly committeeId?: string;
  readonly onBehalfOfId?: string;
  readonly personId?: string;
  readonly role?: SeatRole;
}

/** A seat as loaded, before its mandate is judged. */
interface SeatFacts {
  readonly id: string;
  readonly personId: string;
  readonly onBehalfOfId: string;
  readonly role: SeatRole;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
  readonly committee: { readonly id: string; readonly code: string; readonly name: string; readonly substituteRule: string; readonly mandateRequired: boolean };
  readonly person: { readonly id: string; readonly name: string; readonly email: string | null };
  readonly mandates: readonly MandateFacts[];
  readonly onBehalfOf: { readonly id: string; readonly name: string; readonly kind: OrganisationKind };
  readonly substitute: { readonly id: string; readonly name: string } | null;
  /** With `withDeclared`: the accepted substitutes declared for the seat at that day's meeting. */
  readonly declared: readonly string[] | null;
}

/** The filter's columns, in a fixed order, so each combination is one prepared statement. */
const FILTERS = [
  ['committeeId', 's."committeeId"'],
  ['onBehalfOfId', 's."onBehalfOfId"'],
  ['personId', 's."personId"'],
  ['role', 's.role::text'],
] as const;

/**
 * One statement for every seat view: the seat with its committee, holder (and the holder's
 * mandates), organisation and named substitute; with `withDeclared`, also the substitutes accepted
 * for a meeting on the day that was not cancelled. Answering "who represents ..." is the question
 * people ask most, so this is plain SQL (db/raw-sql.ts): through Prisma it cost several times more.
 */
function seatsStatement(filter: SeatFilter, withDeclared: boolean): Statement {
  const values: unknown[] = [filter.day];
  const where: string[] = [];
  for (const [key, column] of FILTERS) {
    const value = filter[key];
    if (value === undefined) continue;
    values.push(value);
    where.push(`${column} = $${values.length}`);
  }
  const declared = withDeclared
    ? `(SELECT coalesce(json_agg(sp.name), '[]') FROM "SubstitutionDeclaration" d
         JOIN "Meeting" mt ON mt.id = d."meetingId" JOIN "Person" sp ON sp.id = d."substituteId"
        WHERE d."seatId" = s.id AND d.status = 'ACCEPTED' AND mt.day = $1::date AND mt.status <> 'CANCELLED')`
    : 'NULL::json';
  const text = `
    SELECT s.id, s."personId", s."onBehalfOfId", s.role::text AS role,
           s."startsOn"::text AS "from", s."endsOn"::text AS "until",
           json_build_object('id', c.id, 'code', c.code, 'name', c.name, 'substituteRule', c."substituteRule", 'mandateRequired', c."mandateRequired") AS committee,
           json_build_object('id', p.id, 'name', p.name, 'email', p.email) AS person,
           (SELECT coalesce(json_agg(json_build_object('id', m.id, 'personId', m."personId", 'organisationId', m."organisationId",
                     'from', m."startsOn"::text, 'until', m."endsOn"::text, 'scope', m.scope, 'revoked', m."revokedAt" IS NOT NULL)), '[]')
              FROM "Mandate" m WHERE m."personId" = p.id) AS mandates,
           json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) AS "onBehalfOf",
           CASE WHEN sub.id IS NULL THEN NULL ELSE json_build_object('id', sub.id, 'name', sub.name) END AS substitute,
           ${declared} AS declared
      FROM "Seat" s
      JOIN "Committee" c ON c.id = s."committeeId"
      JOIN "Person" p ON p.id = s."personId"
      JOIN "Organisation" o ON o.id = s."onBehalfOfId"
      LEFT JOIN "Person" sub ON sub.id = s."substituteId"
     WHERE ${activeOnSql('s', '$1')}
       ${where.map((w) => `AND ${w}`).join(' ')}`;
  const name = `gremium_seats_${FILTERS.map(([key]) => (filter[key] === undefined ? '0' : '1')).join('')}${withDeclared ? 'd' : ''}`;
  return { name, text, values };
}

/** Judges the holder's mandate for the seat's organisation on `day`. */
function toSeatView(row: SeatFacts, day: LocalDate): SeatView {
  const lookup = findValidMandate(row.mandates, row.personId, row.onBehalfOfId, day, row.committee.code);
  return {
    seatId: row.id,
    committee: { id: row.committee.id, code: row.committee.code, name: row.committee.name },
    person: row.person,
    onBehalfOf: row.onBehalfOf,
    role: row.role,
    from: row.from,
    until: row.until,
    substitute: row.substitute,
    mandate: lookup.valid ? { valid: true, until: lookup.mandate.until } : { valid: false, problem: lookup.problem },
    // The workbook's "Mandaat vereist", or a substitute rule that asks a mandate of whoever takes the seat.
    mandateRequired: row.committee.mandateRequired || row.committee.substituteRule === 'SAME_ORGANISATION_WITH_MANDATE',
  };
}

/** The seats matching the filter, as views (unordered: callers sort as their reply reads best). */
export async function loadSeatViews(db: RawQueryable, filter: SeatFilter): Promise<SeatView[]> {
  const rows = await runStatement<SeatFacts>(db, seatsStatement(filter, false));
  return rows.map((row) => toSeatView(row, filter.day));
}

/** The seats with, per seat, the names of the substitutes accepted for that day's meeting. */
export async function loadSeatViewsWithDeclared(db: RawQueryable, filter: SeatFilter): Promise<{ view: SeatView; declared: readonly string[] }[]> {
  const rows = await runStatement<SeatFacts>(db, seatsStatement(filter, true));
  return rows.map((row) => ({ view: toSeatView(row, filter.day), declared: row.declared ?? [] }));
}

const ROLE_ORDER: Record<SeatRole, number> = { CHAIR: 0, MEMBER: 1, ADVISER: 2, AGENDA_COMMITTEE: 3, SECRETARY: 4 };

/** Orders seats as a list reads best: chair, members, advisers, agenda committee, secretary; then by name. */
export function bySeatOrder(a: SeatView, b: SeatView): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.onBehalfOf.name.localeCompare(b.onBehalfOf.name) || a.person.name.localeCompare(b.person.name);
}
