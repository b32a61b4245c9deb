/**
 * Attendance per party per meeting, and the Fysieke overlegtafel's absence rule.
 * 002 art. 7.5: "Bij het zonder opgaaf van redenen of het meer dan driemaal in één kalenderjaar
 * missen van een Fysieke overlegtafel kan Gemeente besluiten om betreffende Aanbieder niet meer uit
 * te nodigen voor de Fysieke overlegtafel en een vervanger uit te nodigen."
 * The municipality decides ("kan Gemeente besluiten"); the bot only flags it to the secretary.
 */
import type { LocalDate } from '../local-date.ts';

/**
 * How a party attended one meeting.
 * - PRESENT: the party was there (its holder, or anyone on its seat).
 * - EXCUSED: notice was given; with a `substituteId` the party was still represented.
 * - ABSENT: not there and no notice given.
 */
export type Attendance =
  | { readonly kind: 'PRESENT' }
  | { readonly kind: 'EXCUSED'; readonly reason: string | null; readonly substituteId: string | null }
  | { readonly kind: 'ABSENT' };

/** One party's attendance at one meeting. `partyId` is the organisation the seat is held for. */
export interface AttendanceRecord {
  readonly meetingId: string;
  readonly meetingDay: LocalDate;
  readonly partyId: string;
  readonly attendance: Attendance;
}

/** A notice of absence (afmelding), optionally with a reason and a substitute. */
export interface AbsenceNotice {
  readonly partyId: string;
  readonly reason?: string | null;
  readonly substituteId?: string | null;
}

/** What was declared for one meeting. */
export interface MeetingDeclarations {
  readonly meetingId: string;
  readonly meetingDay: LocalDate;
  /** The parties expected at the meeting. */
  readonly partyIds: readonly string[];
  /** The parties that attended (from the attendance list). */
  readonly presentPartyIds: readonly string[];
  readonly notices: readonly AbsenceNotice[];
}

/**
 * One record per expected party: PRESENT when on the attendance list (even if it sent notice),
 * else EXCUSED when it sent notice (the last notice counts), else ABSENT.
 */
export function attendanceFromDeclarations(m: MeetingDeclarations): AttendanceRecord[] {
  const present = new Set(m.presentPartyIds);
  const notices = new Map<string, AbsenceNotice>();
  for (const n of m.notices) notices.set(n.partyId, n);
  return [...new Set(m.partyIds)].map((partyId) => {
    const n = notices.get(partyId);
    const attendance: Attendance = present.has(partyId)
      ? { kind: 'PRESENT' }
      : n !== undefined
        ? { kind: 'EXCUSED', reason: n.reason ?? null, substituteId: n.substituteId ?? null }
        : { kind: 'ABSENT' };
    return { meetingId: m.meetingId, meetingDay: m.meetingDay, partyId, attendance };
  });
}

/** True when the party missed the meeting: absent, or excused without a substitute taking its place. */
export function missed(a: Attendance): boolean {
  return a.kind === 'ABSENT' || (a.kind === 'EXCUSED' && a.substituteId === null);
}

/**
 * True when the party missed the meeting "zonder opgaaf van redenen": absent without notice, or a
 * notice without any reason and without a substitute.
 */
export function missedWithoutReason(a: Attendance): boolean {
  if (a.kind === 'ABSENT') return true;
  return a.kind === 'EXCUSED' && a.substituteId === null && (a.reason ?? '').trim() === '';
}

/**
 * Why a party is flagged to the secretary:
 * - TOO_MANY_MISSED: it missed more than the limit (3: "meer dan driemaal") in the calendar year.
 * - MISSED_WITHOUT_REASON: it missed at least one meeting without giving a reason.
 */
export type AbsenceFlag = 'TOO_MANY_MISSED' | 'MISSED_WITHOUT_REASON';

/** One party's attendance over a calendar year. */
export interface PartyAttendance {
  readonly partyId: string;
  readonly year: number;
  readonly meetings: number;
  readonly present: number;
  readonly excusedWithSubstitute: number;
  readonly excusedWithoutSubstitute: number;
  readonly absentWithoutNotice: number;
  /** Meetings missed (absent, or excused without substitute); flagged when above `limit`. */
  readonly missed: number;
  readonly limit: number;
  readonly missedMeetingIds: readonly string[];
  /** Meetings missed without a reason; any one flags the party. */
  readonly withoutReasonMeetingIds: readonly string[];
  readonly flagged: boolean;
  readonly reasons: readonly AbsenceFlag[];
}

/** Options of {@link flagAbsentees}; the limit is per committee configurable (DOMAIN.md). */
export interface FlagOptions {
  /** Misses allowed per calendar year before flagging; default 3 ("meer dan driemaal"). */
  readonly maxMissesPerYear?: number;
}

/**
 * Applies 002 art. 7.5 to the meetings of `year` (by meeting day, 1 January to 31 December):
 * a party is flagged when it missed MORE than 3 meetings, or ANY meeting without giving a reason.
 * Records of other years are ignored; a party with several records for one meeting counts once
 * (the last record). Returns every party with a meeting that year, sorted by party id.
 */
export function flagAbsentees(
  records: readonly AttendanceRecord[],
  year: number,
  options: FlagOptions = {},
): PartyAttendance[] {
  const limit = options.maxMissesPerYear ?? 3;
  const prefix = `${String(year).padStart(4, '0')}-`;
  const byParty = new Map<string, Map<string, AttendanceRecord>>();
  for (const r of records) {
    if (!r.meetingDay.startsWith(prefix)) continue;
    const meetings = byParty.get(r.partyId) ?? new Map<string, AttendanceRecord>();
    meetings.set(r.meetingId, r);
    byParty.set(r.partyId, meetings);
  }
  return [...byParty.keys()].sort().map((partyId) => {
    const rs = [...(byParty.get(partyId) as Map<string, AttendanceRecord>).values()].sort((a, b) =>
      a.meetingDay < b.meetingDay ? -1 : a.meetingDay > b.meetingDay ? 1 : 0,
    );
    const count = (pred: (a: Attendance) => boolean) => rs.filter((r) => pred(r.attendance)).length;
    const missedMeetingIds = rs.filter((r) => missed(r.attendance)).map((r) => r.meetingId);
    const withoutReasonMeetingIds = rs.filter((r) => missedWithoutReason(r.attendance)).map((r) => r.meetingId);
    const reasons: AbsenceFlag[] = [];
    if (missedMeetingIds.length > limit) reasons.push('TOO_MANY_MISSED');
    if (withoutReasonMeetingIds.length > 0) reasons.push('MISSED_WITHOUT_REASON');
    return {
      partyId,
      year,
      meetings: rs.length,
      present: count((a) => a.kind === 'PRESENT'),
      excusedWithSubstitute: count((a) => a.kind === 'EXCUSED' && a.substituteId !== null),
      excusedWithoutSubstitute: count((a) => a.kind === 'EXCUSED' && a.substituteId === null),
      absentWithoutNotice: count((a) => a.kind === 'ABSENT'),
      missed: missedMeetingIds.length,
      limit,
      missedMeetingIds,
      withoutReasonMeetingIds,
      flagged: reasons.length > 0,
      reasons,
    };
  });
}
