/**
 * "Ik ben verhinderd bij het SBO van 12 maart, Piet Jansen vervangt mij": a member sends notice for a
 * meeting, optionally naming a substitute, who is checked against the committee's substitute rule on
 * that day (checkSubstitution, substitution.ts; 001 SBO: "een adequate vervanger die hem/haar
 * rechtsgeldig kan vertegenwoordigen"). An accepted declaration excuses the member, lets the
 * substitute vote for the seat in that meeting's polls, and replaces an earlier one for the meeting.
 */
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import { checkSubstitution, type SubstitutionErrorCode } from '../../domain/decisions/index.ts';
import { substituteDemand, type SubstituteDemand } from '../../domain/decisions/substitute-demand.ts';
import { ruleSpec } from '../../domain/decisions/decision-rule-table.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { writeDeclaration } from './write-declaration.ts';
import { transact } from '../transact.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { meetingOn, nextMeetingDays } from '../schedule/meeting-lookup.ts';
import { toMandateFacts } from '../registry/seat-view.ts';
import { activeOn, officersOf } from '../registry/seat-filters.ts';
import { MANAGER_ROLES } from '../../domain/registry/seat-rules.ts';
import { permit, type PermissionError } from '../authorize.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';

/** The declaration as typed, names resolved. */
export interface DeclareSubstitutionInput {
  readonly actor: Actor & { personId: string };
  readonly committeeId: string;
  readonly day: LocalDate;
  readonly substituteId: string | null;
  readonly reason: string | null;
  /**
   * The member whose seat it is, when not the actor: a secretary gives notice for a member ("Jan de
   * Vries is verhinderd bij het SBO van 11 maart, Piet Jansen vervangt hem"). Only the committee's
   * secretary or an administrator may. Absent or null: the actor's own seat.
   */
  readonly holderId?: string | null;
}

/**
 * Error codes:
 * - DECLARATION_IN_PAST: the day lies before today. Params: `committee`, `meetingDay`, `today`.
 * - NOT_COMMITTEE_SECRETARY: notice for another member (`holderId`) by someone who is neither the
 *   committee's secretary today nor an administrator. Params: `committee`.
 * - NO_SEAT_IN_COMMITTEE: the person holds no seat in the committee on that day. Params: `committee`, `day`.
 * - NO_MEETING_ON_DAY: the committee does not meet that day. Params: `committee`, `day`, `next`.
 * - MEETING_CLOSED: the meeting was already held. Params: `committee`, `day`.
 * - SEAT_NOT_ACTIVE_ON_DAY, SUBSTITUTE_IS_SELF, SUBSTITUTE_NOT_SAME_ORGANISATION, SUBSTITUTE_NO_MANDATE,
 *   SUBSTITUTE_NOT_NAMED: the committee's substitute rule refuses the substitute (substitution.ts), with
 *   names added: `substituteName`, `seatHolderName`, `organisationName`, `committeeName`, `namedSubstituteName`.
 * - TEXT_TOO_LONG, TEXT_CONTROL_CHARACTER: the reason (src/domain/user-text.ts).
 */
export type DeclareSubstitutionError = PermissionError | DomainError<'NO_SEAT_IN_COMMITTEE' | 'NO_MEETING_ON_DAY' | 'MEETING_CLOSED' | SubstitutionErrorCode> | TextError;

/** What was declared, and who must be told (the committee's secretaries). */
export interface DeclarationResult {
  readonly committeeId: string;
  readonly committeeCode: string;
  readonly meetingId: string;
  readonly day: LocalDate;
  readonly declarantName: string;
  readonly substituteName: string | null;
  readonly organisations: readonly string[];
  readonly secretaryIds: readonly string[];
  /**
   * True when the substitute votes in the holder's place: a member seat in a committee that takes
   * binding votes. 000 KBO art. 1: "dat er geen besluitvorming plaatsvindt": nobody votes there.
   */
  readonly substituteVotes: boolean;
  /** What the committee's rule asks of the party about the substitute (substitute-demand.ts). */
  readonly demand: SubstituteDemand;
  readonly holderId: string;
  readonly substituteId: string | null;
}

/** The combinations each organisation is a member or the penvoerder of. */
export async function combinationsLookup(tx: Tx): Promise<(organisationId: string) => readonly string[]> {
  const combos = await tx.organisation.findMany({ where: { kind: 'COMBINATION' }, select: { id: true, penvoerderId: true, members: { select: { id: true } } } });
  const map = new Map<string, string[]>();
  for (const c of combos) {
    for (const member of [...c.members.map((m) => m.id), ...(c.penvoerderId ? [c.penvoerderId] : [])]) map.set(member, [...(map.get(member) ?? []), c.id]);
  }
  return (organisationId) => map.get(organisationId) ?? [];
}

/** Checks and records the declaration for every seat the person holds in the committee that day. */
export async function declareSubstitution(deps: ServiceDeps, input: DeclareSubstitutionInput): Promise<Result<DeclarationResult, DeclareSubstitutionError>> {
  if (input.reason !== null) {
    const reason = checkText('reason', input.reason);
    if (!reason.ok) return reason;
  }
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const committee = await tx.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true, name: true, substituteRule: true, decisionRule: true, substituteRequired: true } });
    if (input.day < today) return err('DECLARATION_IN_PAST', { committee: committee.code, meetingDay: input.day, today });
    const holderId = input.holderId ?? input.actor.personId;
    if (holderId !== input.actor.personId) {
      // Notice for someone else records her absence: the table's attendance row (docs/permissions.md).
      const allowed = await permit(tx, input.actor.personId, 'attendance.record', { committeeId: input.committeeId }, today);
      if (!allowed.ok) return allowed;
    }
    const seats = await tx.seat.findMany({
      where: { committeeId: input.committeeId, personId: holderId, role: { not: 'SECRETARY' }, ...activeOn(input.day) },
      include: { person: { select: { name: true } }, onBehalfOf: { select: { name: true } }, substitute: { select: { name: true } } },
    });
    if (seats.length === 0) return err('NO_SEAT_IN_COMMITTEE', { committee: committee.code, day: input.day });
    const meeting = await meetingOn(tx, input.committeeId, input.day);
    if (!meeting) return err('NO_MEETING_ON_DAY', { committee: committee.code, day: input.day, next: await nextMeetingDays(tx, input.committeeId, today) });
    if (meeting.status === 'HELD') return err('MEETING_CLOSED', { committee: committee.code, day: input.day });
    const substitute = input.substituteId
      ? await tx.person.findUniqueOrThrow({ where: { id: input.substituteId }, select: { id: true, name: true, organisationId: true, mandates: true } })
      : null;
    if (substitute) {
      const combinationsOf = await combinationsLookup(tx);
      for (const seat of seats) {
        const checked = checkSubstitution({
          rule: committee.substituteRule,
          committeeCode: committee.code,
          seat: { id: seat.id, committeeId: seat.committeeId, personId: seat.personId, onBehalfOfId: seat.onBehalfOfId, role: seat.role, from: toLocalDate(seat.startsOn), until: toLocalDateOrNull(seat.endsOn), substituteId: seat.substituteId },
          substitute: { personId: substitute.id, organisationIds: substitute.organisationId ? [substitute.organisationId] : [] },
          meetingDay: input.day,
          today,
          mandates: substitute.mandates.map(toMandateFacts),
          combinationsOf,
          names: { seatHolder: seat.person.name, substitute: substitute.name, organisation: seat.onBehalfOf.name, committee: committee.code, ...(seat.substitute ? { namedSubstitute: seat.substitute.name } : {}) },
        });
        if (!checked.ok) return err(checked.error.code, checked.error.params);
      }
    }
    for (const seat of seats) {
      await writeDeclaration(tx, input.actor, {
        committeeId: input.committeeId, seatId: seat.id, meetingId: meeting.id, substituteId: input.substituteId, reason: input.reason, declaredById: input.actor.personId, absenceId: null,
      }, now);
    }
    const secretaries = await tx.seat.findMany({ where: officersOf(input.committeeId, today, MANAGER_ROLES), select: { personId: true } });
    return ok({
      committeeId: input.committeeId,
      committeeCode: committee.code,
      meetingId: meeting.id,
      day: input.day,
      declarantName: seats[0]!.person.name,
      substituteName: substitute?.name ?? null,
      organisations: [...new Set(seats.map((s) => s.onBehalfOf.name))],
      secretaryIds: [...new Set(secretaries.map((s) => s.personId))],
      substituteVotes: ruleSpec(committee.decisionRule).bindingPollAllowed && seats.some((s) => s.role === 'MEMBER'),
      demand: substituteDemand(committee, substitute !== null),
      holderId,
      substituteId: substitute?.id ?? null,
    });
  });
}
