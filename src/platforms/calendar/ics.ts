/**
 * A committee's calendar feed (RFC 5545) made with ical-generator: its meetings (cancelled ones
 * marked CANCELLED, so subscribed calendars strike them) and its deadlines as all-day events.
 * Times are written in UTC ("Z"), which Outlook and Google Calendar both accept without a VTIMEZONE;
 * the instants come from Europe/Amsterdam wall-clock times (atAmsterdam), so they are right in CET
 * and CEST. UIDs are the database ids, stable across downloads, so a moved meeting updates in place.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { addDays } from '../../domain/local-date.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { dutyName } from '../../i18n/schedule.ts';
import { loadCommitteeSchedule } from '../../services/schedule/committee-schedule.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { committeeDuties, listMeetings } from '../../services/schedule/schedule-view.ts';

/** The feed covers this many days back and ahead. */
export const FEED_DAYS_BACK = 365;
export const FEED_DAYS_AHEAD = 400;

/** The ICS text of one committee's meetings and deadlines. */
export async function committeeCalendar(deps: ServiceDeps, committeeId: string): Promise<string> {
  const committee = await loadCommitteeSchedule(deps.db, committeeId);
  if (!committee) throw new Error(`committeeCalendar: no committee ${committeeId}`);
  const lang = committee.language;
  const now = deps.now();
  const today = amsterdamDay(now);
  const range = { committeeId, from: addDays(today, -FEED_DAYS_BACK), to: addDays(today, FEED_DAYS_AHEAD) };
  const [meetings, duties] = [await listMeetings(deps, range), await committeeDuties(deps, range)];
  const calendar = ical({
    name: t(lang, 'ICS_CALENDAR_NAME', { committee: committee.code }),
    prodId: { company: 'Gremium', product: 'gremium', language: lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
  });
  for (const m of meetings) {
    const cancelled = m.status === 'CANCELLED';
    calendar.createEvent({
      id: `${m.id}@gremium`,
      start: m.startsAt,
      // The committee's Duur (region workbook), two hours unless it says otherwise: the sources give no end time.
      end: new Date(m.startsAt.getTime() + committee.meetingMinutes * 60_000),
      stamp: now,
      summary: t(lang, cancelled ? 'ICS_MEETING_CANCELLED' : 'ICS_MEETING', { committee: committee.code }),
      description: committee.name,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // A moved or cancelled meeting is a new revision of the same UID (RFC 5545 SEQUENCE).
      sequence: (m.kind === 'MOVED' ? 1 : 0) + (cancelled ? 1 : 0),
    });
  }
  for (const d of duties) {
    const meeting = d.meetingDay ? formatDay(lang, d.meetingDay) : '-';
    calendar.createEvent({
      id: `${d.id}@gremium`,
      start: new Date(`${d.due}T00:00:00Z`),
      allDay: true,
      stamp: now,
      // A proposal's reaction period (REACTIONS) keeps the proposal's title in `responsible` (register-proposal.ts).
      // A step of an impasse (IMPASSE_<step>) keeps the impasse's subject in `responsible` (impasse-case.ts).
      summary: `${d.doneAt ? '✓ ' : ''}${d.kind === 'REACTIONS'
        ? t(lang, 'ICS_REACTIONS', { title: d.responsible ?? '', committee: committee.code })
        : d.kind.startsWith('IMPASSE_')
          ? t(lang, 'ICS_IMPASSE', { subject: d.responsible ?? '', committee: committee.code, step: d.kind.slice('IMPASSE_'.length) })
          // A committee task by its name; a warm handover without the names of who hands over (a feed is shared).
          : t(lang, 'ICS_DEADLINE', { duty: d.kind.startsWith('TASK:') ? dutyName(lang, d.kind, false, d.title) : dutyName(lang, d.kind, true), committee: committee.code, meeting })}`,
      ...(d.responsible ? { description: d.responsible } : {}),
    });
  }
  // RFC 5545 3.1: every content line ends with CRLF, the last one too (ical-generator omits it).
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
