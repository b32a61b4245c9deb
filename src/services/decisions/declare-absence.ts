/**
 * "Ik ben verhinderd bij het SBO van 1 januari tot 1 april 2027, Piet Jansen vervangt mij" (parental leave)
 * and `/gremium verhinderd SBO 2027-01-01 tot=2027-04-01 vervanger=...`: notice for every meeting of a
 * committee in a period, by the member or by the committee's secretary for the member. Each meeting in the
 * period gets the same declaration as notice for one meeting (write-declaration.ts), so "who represents",
 * the poll's roster and the attendance see the substitute; a meeting added or moved into the period later
 * is covered too (cover-absences.ts).
 */
import { toLocalDate, toLocalDateOrNull, fromLocalDate } from '../../db/dates.ts';
import { checkSubstitution, type SubstitutionErrorCode } from '../../domain/decisions/index.ts';
import { ruleSpec } from '../../domain/decisions/decision-rule-table.ts';
import { addDays, type LocalDate } from '../../domain/local-date.ts';
import { isActiveOn, MANAGER_ROLES } from '../../domain/registry/seat-rules.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';
import { audit } from '../audit.ts';
import { permit, type PermissionError } from '../authorize.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { officersOf } from '../registry/seat-filters.ts';
import { toMandateFacts } from '../registry/seat-view.ts';
import { ensureMeetings } from '../schedule/ensure-meetings.ts';
import { transact } from '../transact.ts';
import { combinationsLookup } from './declare-substitution.ts';
import { substituteDemand, type SubstituteDemand } from '../../domain/decisions/substitute-demand.ts';
import { trimAbsence } from './withdraw-absence.ts';
import { writeDeclaration } from './write-declaration.ts';

/** The longest period one notice may cover: a year and a day, so a leave across a new year fits. */
export const MAX_ABSENCE_DAYS = 366;

/** The notice as typed, names resolved. */
export interface DeclareAbsenceInput {
  readonly actor: Actor & { personId: string };
  readonly committeeId: string;
  readonly from: LocalDate;
  /** Last day away, inclusive. */
  readonly until: LocalDate;
  readonly substituteId: string | null;
  readonly reason: string | null;
  /** The member whose seat it is, when a secretary gives notice for them; absent: the actor. */
  readonly holderId?: string | null;
}

/**
 * Error codes:
 * - DECLARATION_IN_PAST: `from` lies before today. Params: `committee`, `meetingDay`, `today`.
 * - ABSENCE_PERIOD_REVERSED: `until` lies before `from`. Params: `from`, `until`.
 * - ABSENCE_PERIOD_TOO_LONG: more than {@link MAX_ABSENCE_DAYS} days. Params: `from`, `until`, `max`.
 * - NOT_COMMITTEE_SECRETARY (permission table's attendance row): notice for another member by someone else.
 * - NO_SEAT_IN_COMMITTEE: the holder has no seat in the committee during the period. Params: `committee`, `day`.
 * - the substitute rule's codes (substitution.ts) for the first meeting day it fails on (`meetingDay`).
 * - TEXT_TOO_LONG, TEXT_CONTROL_CHARACTER: the reason.
 */
export type DeclareAbsenceError =
  | PermissionError | TextError
  | DomainError<'ABSENCE_PERIOD_REVERSED' | 'ABSENCE_PERIOD_TOO_LONG' | 'NO_SEAT_IN_COMMITTEE' | SubstitutionErrorCode>;

/** What was recorded and who must be told. */
export interface AbsenceResult {
  readonly absenceId: string;
  readonly committeeId: string;
  readonly committeeCode: string;
  readonly from: LocalDate;
  readonly until: LocalDate;
  /** The meetings in the period known today, in order. */
  readonly meetingDays: readonly LocalDate[];
  readonly holderId: string;
  readonly declarantName: string;
  readonly substituteId: string | null;
  readonly substituteName: string | null;
  readonly organisations: readonly string[];
  readonly secretaryIds: readonly string[];
  /** The substitute votes for the seat: a member seat in a committee that takes binding votes. */
  readonly substituteVotes: boolean;
  /** What the committee's rule asks of the party about the substitute (substitute-demand.ts). */
  readonly demand: SubstituteDemand;
}

/** Checks and records the absence, with a declaration for every meeting of the period. */
export async function declareAbsence(deps: ServiceDeps, input: DeclareAbsenceInput): Promise<Result<AbsenceResult, DeclareAbsenceError>> {
  if (input.reason !== null) {
    const reason = checkText('reason', input.reason);
    if (!reason.ok) return reason;
  }
  if (input.until < input.from) return err('ABSENCE_PERIOD_REVERSED', { from: input.from, until: input.until });
  if (addDays(input.from, MAX_ABSENCE_DAYS) < input.until) return err('ABSENCE_PERIOD_TOO_LONG', { from: input.from, until: input.until, max: MAX_ABSENCE_DAYS });
  const now = deps.now();
  const today = amsterdamDay(now);
  // The series' meetings of the period exist as rows before the notice is written into each of them.
  if (input.from >= today) await ensureMeetings(deps, { from: input.from, to: input.until, committeeId: input.committeeId });
  return transact(deps, async (tx) => {
    const committee = await tx.committee.findUniqueOrThrow({
      where: { id: input.committeeId }, select: { code: true, substituteRule: true, decisionRule: true, substituteRequired: true },
    });
    if (input.from < today) return err('DECLARATION_IN_PAST', { committee: committee.code, meetingDay: input.from, today });
    const holderId = input.holderId ?? input.actor.personId;
    if (holderId !== input.actor.personId) {
      const allowed = await permit(tx, input.actor.personId, 'attendance.record', { committeeId: input.committeeId }, today);
      if (!allowed.ok) return allowed;
    }
    const seats = await tx.seat.findMany({
      where: {
        committeeId: input.committeeId, personId: holderId, role: { not: 'SECRETARY' },
        startsOn: { lte: fromLocalDate(input.until) }, OR: [{ endsOn: null }, { endsOn: { gte: fromLocalDate(input.from) } }],
      },
      include: { person: { select: { name: true } }, onBehalfOf: { select: { name: true } }, substitute: { select: { name: true } } },
    });
    if (seats.length === 0) return err('NO_SEAT_IN_COMMITTEE', { committee: committee.code, day: input.from });
    const facts = seats.map((seat) => ({
      row: seat,
      facts: { id: seat.id, committeeId: seat.committeeId, personId: seat.personId, onBehalfOfId: seat.onBehalfOfId, role: seat.role, from: toLocalDate(seat.startsOn), until: toLocalDateOrNull(seat.endsOn), substituteId: seat.substituteId },
    }));
    const meetings = (await tx.meeting.findMany({
      where: { committeeId: input.committeeId, status: 'SCHEDULED', day: { gte: fromLocalDate(input.from), lte: fromLocalDate(input.until) } },
      orderBy: { day: 'asc' }, select: { id: true, day: true },
    })).map((m) => ({ id: m.id, day: toLocalDate(m.day) }));
    const substitute = input.substituteId
      ? await tx.person.findUniqueOrThrow({ where: { id: input.substituteId }, select: { id: true, name: true, organisationId: true, mandates: true } })
      : null;
    if (substitute) {
      const combinationsOf = await combinationsLookup(tx);
      // The rule holds on every meeting day: a mandate that ends halfway through the leave is refused now, not then.
      for (const meeting of meetings) {
        for (const { row, facts: seat } of facts.filter((s) => isActiveOn(s.facts, meeting.day))) {
          const checked = checkSubstitution({
            rule: committee.substituteRule, committeeCode: committee.code, seat,
            substitute: { personId: substitute.id, organisationIds: substitute.organisationId ? [substitute.organisationId] : [] },
            meetingDay: meeting.day, today, mandates: substitute.mandates.map(toMandateFacts), combinationsOf,
            names: { seatHolder: row.person.name, substitute: substitute.name, organisation: row.onBehalfOf.name, committee: committee.code, ...(row.substitute ? { namedSubstitute: row.substitute.name } : {}) },
          });
          if (!checked.ok) return err(checked.error.code, checked.error.params);
        }
      }
    }
    // A newer notice for the same days replaces the older one there (a substitute named later, a changed period).
    const older = await tx.absence.findMany({
      where: { committeeId: input.committeeId, personId: holderId, status: 'ACCEPTED', startsOn: { lte: fromLocalDate(input.until) }, endsOn: { gte: fromLocalDate(input.from) } },
    });
    for (const a of older) await trimAbsence(tx, input.actor, a, input.from, input.until, now);
    const absence = await tx.absence.create({
      data: {
        committeeId: input.committeeId, personId: holderId, startsOn: fromLocalDate(input.from), endsOn: fromLocalDate(input.until),
        substituteId: input.substituteId, reason: input.reason, declaredById: input.actor.personId, createdAt: now,
      },
    });
    await audit(tx, input.actor, { action: 'absence.create', subjectType: 'Absence', subjectId: absence.id, committeeId: input.committeeId, after: absence }, now);
    for (const meeting of meetings) {
      for (const { facts: seat } of facts.filter((s) => isActiveOn(s.facts, meeting.day))) {
        await writeDeclaration(tx, input.actor, {
          committeeId: input.committeeId, seatId: seat.id, meetingId: meeting.id, substituteId: input.substituteId, reason: input.reason,
          declaredById: input.actor.personId, absenceId: absence.id,
        }, now);
      }
    }
    const secretaries = await tx.seat.findMany({ where: officersOf(input.committeeId, today, MANAGER_ROLES), select: { personId: true } });
    return ok({
      absenceId: absence.id,
      committeeId: input.committeeId,
      committeeCode: committee.code,
      from: input.from,
      until: input.until,
      meetingDays: [...new Set(meetings.map((m) => m.day))],
      holderId,
      declarantName: seats[0]!.person.name,
      substituteId: substitute?.id ?? null,
      substituteName: substitute?.name ?? null,
      organisations: [...new Set(seats.map((s) => s.onBehalfOf.name))],
      secretaryIds: [...new Set(secretaries.map((s) => s.personId))],
      substituteVotes: ruleSpec(committee.decisionRule).bindingPollAllowed && seats.some((s) => s.role === 'MEMBER'),
      demand: substituteDemand(committee, substitute !== null),
    });
  });
}
