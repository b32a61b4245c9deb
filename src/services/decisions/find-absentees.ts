/**
 * "Wie was afwezig bij het laatste ORO?": attendance of a committee's last meeting, and the
 * Fysieke overlegtafel's absence rule (002 art. 7.5: "Bij het zonder opgaaf van redenen of het meer
 * dan driemaal in één kalenderjaar missen van een Fysieke overlegtafel kan Gemeente besluiten ...").
 * The municipality decides; the bot only flags the party to the secretary (attendance.ts flagAbsentees).
 */
import type { Db } from '../../db/database.ts';
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import { flagAbsentees, type AttendanceRecord, type PartyAttendance } from '../../domain/decisions/index.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import type { ServiceDeps, Tx } from '../deps.ts';
import { lastMeetingDay, meetingOn } from '../schedule/meeting-lookup.ts';
import { activeOn } from '../registry/seat-filters.ts';

/**
 * Committees whose parties are flagged for missing meetings, by code, with the misses allowed per
 * calendar year. Only the Fysieke overlegtafel has such a rule in the sources (002 art. 7.5); a
 * committee's deadlinePolicy may carry `absenceLimit` to set or override it.
 */
export const ABSENCE_RULES: Readonly<Record<string, number>> = { FOT: 3 };

/** The misses allowed per year for the committee, or null when it has no absence rule. */
export function absenceLimitOf(committee: { code: string; deadlinePolicy: unknown }): number | null {
  const policy = committee.deadlinePolicy as { absenceLimit?: unknown } | null;
  if (policy && typeof policy.absenceLimit === 'number') return policy.absenceLimit;
  return ABSENCE_RULES[committee.code] ?? null;
}

/** A flagged party, named. */
export interface AbsenceFlagView extends PartyAttendance {
  readonly partyName: string;
}

/** The parties flagged under the committee's absence rule for `year`; empty without a rule. */
export async function absenceFlags(db: Db | Tx, committeeId: string, year: number): Promise<AbsenceFlagView[]> {
  const committee = await db.committee.findUniqueOrThrow({ where: { id: committeeId }, select: { code: true, deadlinePolicy: true } });
  const limit = absenceLimitOf(committee);
  if (limit === null) return [];
  const rows = await db.attendance.findMany({
    where: { meeting: { committeeId, status: { not: 'CANCELLED' }, day: { gte: fromLocalDate(`${year}-01-01`), lte: fromLocalDate(`${year}-12-31`) } } },
    include: { meeting: { select: { day: true } }, seat: { select: { onBehalfOfId: true, onBehalfOf: { select: { name: true } } } } },
  });
  const names = new Map(rows.map((r) => [r.seat.onBehalfOfId, r.seat.onBehalfOf.name]));
  const records: AttendanceRecord[] = rows.map((r) => ({
    meetingId: r.meetingId,
    meetingDay: toLocalDate(r.meeting.day),
    partyId: r.seat.onBehalfOfId,
    attendance: r.status === 'PRESENT' ? { kind: 'PRESENT' } : r.status === 'ABSENT' ? { kind: 'ABSENT' } : { kind: 'EXCUSED', reason: r.reason, substituteId: r.substituteId },
  }));
  return flagAbsentees(records, year, { maxMissesPerYear: limit })
    .filter((p) => p.flagged)
    .map((p) => ({ ...p, partyName: names.get(p.partyId) ?? p.partyId }));
}

/** One seat at the meeting, with how it attended (null: nothing recorded). */
export interface AttendanceLine {
  readonly personName: string;
  readonly organisationName: string;
  readonly status: 'PRESENT' | 'EXCUSED' | 'ABSENT' | null;
  readonly substituteName: string | null;
  readonly reason: string | null;
}

/** The attendance of one meeting. */
export interface AbsenteesView {
  readonly committeeCode: string;
  readonly day: LocalDate;
  readonly lines: readonly AttendanceLine[];
  readonly flags: readonly AbsenceFlagView[];
}

/** Error code NO_MEETING_YET: the committee has no meeting on or before the day. Params: `committee`. */
export type FindAbsenteesError = DomainError<'NO_MEETING_YET'>;

/** Attendance at the committee's last meeting on or before `day`. */
export async function findAbsentees(deps: ServiceDeps, input: { committeeId: string; day: LocalDate }): Promise<Result<AbsenteesView, FindAbsenteesError>> {
  const committee = await deps.db.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true } });
  const last = await lastMeetingDay(deps.db, input.committeeId, input.day);
  const meeting = last === null ? null : await meetingOn(deps.db, input.committeeId, last);
  if (!meeting || last === null) return err('NO_MEETING_YET', { committee: committee.code });
  const [seats, attendance] = await Promise.all([
    deps.db.seat.findMany({ where: { committeeId: input.committeeId, role: { in: ['MEMBER', 'CHAIR'] }, ...activeOn(last) }, include: { person: { select: { name: true } }, onBehalfOf: { select: { name: true } } } }),
    deps.db.attendance.findMany({ where: { meetingId: meeting.id } }),
  ]);
  const bySeat = new Map(attendance.map((a) => [a.seatId, a]));
  const subIds = attendance.map((a) => a.substituteId).filter((id): id is string => id !== null);
  const subs = new Map((await deps.db.person.findMany({ where: { id: { in: subIds } }, select: { id: true, name: true } })).map((p) => [p.id, p.name]));
  const lines = seats
    .map((s) => {
      const a = bySeat.get(s.id);
      return { personName: s.person.name, organisationName: s.onBehalfOf.name, status: a?.status ?? null, substituteName: a?.substituteId ? (subs.get(a.substituteId) ?? null) : null, reason: a?.reason ?? null };
    })
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName));
  const flags = await absenceFlags(deps.db, input.committeeId, Number(last.slice(0, 4)));
  return ok({ committeeCode: committee.code, day: last, lines, flags });
}
