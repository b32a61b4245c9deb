/**
 * The meeting of a committee on a day. A committee with a fixed rhythm (Committee.rhythmRule, e.g.
 * 004: "Het BOSD komt maandelijks bijeen op de derde donderdag van de maand.") has a meeting on every
 * day its series produces; the row is materialised the first time anything (a poll, a declaration,
 * attendance) needs it, idempotently through the unique (committeeId, originalDay).
 * Materialising writes no audit entry: it records no decision of anyone, only a day the series already
 * had. Moved, cancelled and extra meetings are rows the schedule facet writes; they are read as they are.
 */
import type { Meeting } from '../../db/client.ts';
import type { Db } from '../../db/database.ts';
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import { addDays, type LocalDate } from '../../domain/local-date.ts';
import { atAmsterdam } from '../../domain/schedule/clock.ts';
import { isOccurrence, occurrences, parseSeries, type MeetingSeries } from '../../domain/schedule/series.ts';
import type { Tx } from '../deps.ts';

/**
 * Series without a recorded first day count from this one. It only matters for rules with an
 * INTERVAL (every third month: January, April, July, October).
 */
const DEFAULT_SERIES_START: LocalDate = '2000-01-01';

type SeriesFields = { rhythmRule: string | null; seriesStart: Date | null; meetingTime: string };

/** The committee's series, or null when it has no fixed rhythm (or an unusable one). */
export function seriesOf(c: SeriesFields): MeetingSeries | null {
  if (!c.rhythmRule) return null;
  const parsed = parseSeries({
    rrule: c.rhythmRule,
    dtstart: c.seriesStart ? toLocalDate(c.seriesStart) : DEFAULT_SERIES_START,
    startTime: c.meetingTime,
  });
  return parsed.ok ? parsed.value : null;
}

/**
 * The meeting of `committeeId` on `day` that is not cancelled: an existing row, else the series'
 * occurrence on that day materialised (unless that occurrence was moved or cancelled), else null.
 */
export async function meetingOn(tx: Tx | Db, committeeId: string, day: LocalDate): Promise<Meeting | null> {
  const date = fromLocalDate(day);
  const existing = await tx.meeting.findFirst({
    where: { committeeId, day: date, status: { not: 'CANCELLED' } },
    orderBy: { startsAt: 'asc' },
  });
  if (existing) return existing;
  const committee = await tx.committee.findUnique({
    where: { id: committeeId },
    select: { rhythmRule: true, seriesStart: true, meetingTime: true },
  });
  const series = committee ? seriesOf(committee) : null;
  if (!series || !isOccurrence(series, day)) return null;
  // A row for this series day that is not on it was moved away or cancelled.
  const row = await tx.meeting.upsert({
    where: { committeeId_originalDay: { committeeId, originalDay: date } },
    create: { committeeId, day: date, originalDay: date, startsAt: atAmsterdam(day, series.startTime), kind: 'REGULAR' },
    update: {},
  });
  return row.status !== 'CANCELLED' && toLocalDate(row.day) === day ? row : null;
}

/**
 * Does the committee meet on `day`? A scheduled row, or the series' occurrence that was not moved or
 * cancelled; reads only (nothing is materialised). The same answer {@link meetingOn} and
 * {@link nextMeetingDays} give, for readers that must not write (the decision list).
 */
export async function meetsOn(db: Tx | Db, committeeId: string, day: LocalDate): Promise<boolean> {
  const date = fromLocalDate(day);
  const rows = await db.meeting.findMany({ where: { committeeId, OR: [{ day: date }, { originalDay: date }] }, select: { day: true, status: true } });
  if (rows.some((r) => r.status !== 'CANCELLED' && toLocalDate(r.day) === day)) return true;
  // A row that stands for this series day but is elsewhere or cancelled: the occurrence is gone.
  if (rows.length > 0) return false;
  const committee = await db.committee.findUnique({ where: { id: committeeId }, select: { rhythmRule: true, seriesStart: true, meetingTime: true } });
  const series = committee ? seriesOf(committee) : null;
  return series !== null && isOccurrence(series, day);
}

/**
 * Up to `count` meeting days of the committee from `fromDay` on: scheduled rows and the series'
 * occurrences that were not moved or cancelled, without duplicates, in order. For error messages
 * ("the next SBO meetings are ...").
 */
export async function nextMeetingDays(db: Tx | Db, committeeId: string, fromDay: LocalDate, count = 3): Promise<LocalDate[]> {
  const rows = await db.meeting.findMany({
    where: { committeeId, OR: [{ day: { gte: fromLocalDate(fromDay) } }, { originalDay: { gte: fromLocalDate(fromDay) } }] },
    select: { day: true, originalDay: true, status: true },
  });
  const days = new Set(rows.filter((r) => r.status !== 'CANCELLED').map((r) => toLocalDate(r.day)).filter((d) => d >= fromDay));
  const committee = await db.committee.findUnique({ where: { id: committeeId }, select: { rhythmRule: true, seriesStart: true, meetingTime: true } });
  const series = committee ? seriesOf(committee) : null;
  if (series) {
    const taken = new Set(rows.filter((r) => r.originalDay !== null).map((r) => toLocalDate(r.originalDay as Date)));
    for (const m of occurrences(series, fromDay, addDays(fromDay, 400))) if (!taken.has(m.day)) days.add(m.day);
  }
  return [...days].sort().slice(0, count);
}

/**
 * The most recent meeting day on or before `day` (not cancelled), from rows and series; null when
 * the committee never met. For "who was absent at the last ORO?".
 */
export async function lastMeetingDay(db: Tx | Db, committeeId: string, day: LocalDate): Promise<LocalDate | null> {
  const row = await db.meeting.findFirst({
    where: { committeeId, day: { lte: fromLocalDate(day) }, status: { not: 'CANCELLED' } },
    orderBy: { day: 'desc' },
    select: { day: true },
  });
  let best = row ? toLocalDate(row.day) : null;
  const committee = await db.committee.findUnique({ where: { id: committeeId }, select: { rhythmRule: true, seriesStart: true, meetingTime: true } });
  const series = committee ? seriesOf(committee) : null;
  if (series) {
    const from = best ?? addDays(day, -400);
    const candidates = occurrences(series, from, day).map((m) => m.day).reverse();
    for (const candidate of candidates) {
      if (best !== null && candidate <= best) break;
      const moved = await db.meeting.findFirst({ where: { committeeId, originalDay: fromLocalDate(candidate) }, select: { id: true } });
      if (!moved) {
        best = candidate;
        break;
      }
    }
  }
  return best;
}
