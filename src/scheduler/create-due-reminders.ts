/**
 * The scheduler's first job, run on every tick with `now`: put the reminders that are due into the
 * outbox, each under a unique key (INSERT ... ON CONFLICT DO NOTHING through createMany
 * skipDuplicates), so any number of ticks on any number of instances create each one once.
 *
 * - Deadline reminders go to the committee's channel on each platform it has one (CommitteeChannel),
 *   on the reminder days of its policy (default 7 and 2 days before, moved to working days). Only the
 *   latest reminder day that has come is keyed (`duty:<id>:<day>:<platform>`): after downtime that
 *   spans several reminder days, ONE catch-up message per duty goes out, not one per missed day;
 *   older reminder days are stale and never created.
 * - A duty past its deadline and not done is reported once (`duty:<id>:overdue:<person>:<platform>`)
 *   to the committee's secretaries as a direct message, for deadlines of the last week only (so a
 *   first start does not report a year of history).
 * - Open polls closing within {@link POLL_REMINDER_HOURS} remind, once, each voting seat that has not
 *   voted (`poll:<id>:remind:<seat>:<platform>`), as a direct message.
 * - In a committee that requires a mandate, a voting seat whose mandate ends within six weeks with
 *   none to follow is reported once to the committee's secretaries (mandate-warnings.ts).
 * - An open impasse's step (004 appendix 2) reminds the people who must act, once per reminder day,
 *   and a late step is reported once to the secretaries (impasse-reminders.ts).
 * Done duties and cancelled meetings have no open duties, so they are never reminded. A proposal's
 * reaction period (REACTIONS, no meeting) is reminded like a deadline and never reported overdue.
 */
import { toLocalDate } from '../db/dates.ts';
import { addDays, type LocalDate } from '../domain/local-date.ts';
import { MANAGER_ROLES } from '../domain/registry/seat-rules.ts';
import { amsterdamDay, amsterdamTime } from '../domain/schedule/clock.ts';
import { reminderDays } from '../domain/schedule/deadlines.ts';
import { formatDay } from '../i18n/format.ts';
import { toPolicy } from '../services/schedule/committee-schedule.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { officersOn } from '../services/registry/seat-filters.ts';
import { ensureMeetings } from '../services/schedule/ensure-meetings.ts';
import { mandateWarningReply, overdueReply, pollReminderReply, reminderReply, type DutyFacts } from './reminder-replies.ts';
import { createMandateWarnings } from './mandate-warnings.ts';
import type { OutboxRow } from './outbox-row.ts';
import { createPollReminders } from './poll-reminders.ts';
import { createImpasseReminders } from './impasse-reminders.ts';
import { namedHolders } from '../services/schedule/duty-holders.ts';

/** Overdue duties are reported for deadlines at most this many days ago. */
export const OVERDUE_REPORT_DAYS = 7;
/** How far ahead duties are looked at: the largest reminder lead in use is well below this. */
export const REMINDER_LOOKAHEAD_DAYS = 45;
/** Polls remind non-voters this many hours before they close. */
export const POLL_REMINDER_HOURS = 24;

/** What one run put into the outbox. */
export interface CreatedReminders {
  readonly reminders: number;
  readonly overdueReports: number;
  readonly pollReminders: number;
  /** Warnings to secretaries that a voting seat's mandate ends (mandate-warnings.ts). */
  readonly mandateWarnings: number;
  /** Due reminders of committees that have no channel yet (nothing to post to). */
  readonly withoutChannel: number;
  /** Reminders of impasse steps to the parties who must act, and late steps to secretaries (impasse-reminders.ts). */
  readonly impasseReminders: number;
}

/** Creates the due reminders as of `now`; idempotent. */
export async function createDueReminders(deps: ServiceDeps, now: Date): Promise<CreatedReminders> {
  const today = amsterdamDay(now);
  // Duties lie up to a few weeks from their meeting: materialise meetings on both sides.
  await ensureMeetings(deps, { from: addDays(today, -OVERDUE_REPORT_DAYS - 60), to: addDays(today, REMINDER_LOOKAHEAD_DAYS + 60) });
  const duties = await deps.db.duty.findMany({
    where: {
      doneAt: null,
      due: { gte: new Date(`${addDays(today, -OVERDUE_REPORT_DAYS)}T00:00:00Z`), lte: new Date(`${addDays(today, REMINDER_LOOKAHEAD_DAYS)}T00:00:00Z`) },
      // Proposal reaction periods (REACTIONS) have no meeting.
      OR: [{ meetingId: null }, { meeting: { status: { not: 'CANCELLED' } } }],
    },
    include: {
      meeting: { select: { day: true } },
      committee: {
        select: {
          id: true, code: true, name: true, language: true, deadlinePolicy: true, channels: { select: { platform: true, channel: true } },
          seats: { where: officersOn(today, MANAGER_ROLES), select: { personId: true, person: { select: { language: true, identities: { select: { platform: true, externalId: true } } } } } },
        },
      },
    },
  });
  const rows: OutboxRow[] = [];
  const overdue: OutboxRow[] = [];
  let withoutChannel = 0;
  const named = await holdersToTell(deps, duties, today);
  for (const duty of duties) {
    // An impasse step is reminded to the parties who must act, and reported late to the secretaries, by impasse-reminders.ts.
    if (duty.kind.startsWith('IMPASSE_')) continue;
    const c = duty.committee;
    const lang = c.language === 'en' ? 'en' : 'nl';
    const facts: DutyFacts = {
      id: duty.id, kind: duty.kind, due: toLocalDate(duty.due), meetingDay: duty.meeting ? toLocalDate(duty.meeting.day) : null, responsible: duty.responsible,
      title: duty.title, committee: { id: c.id, code: c.code, name: c.name },
    };
    const holders = named.get(duty.id) ?? [];
    if (facts.due < today) {
      // A reaction period closes by itself when its day has passed: nothing to report.
      if (duty.kind === 'REACTIONS') continue;
      // To the secretaries, and to the people the duty names (a handover, a task's holder).
      for (const person of [...c.seats.map((s) => ({ id: s.personId, ...s.person })), ...holders]) {
        const personLang = person.language === 'en' ? 'en' : person.language === 'nl' ? 'nl' : lang;
        for (const id of person.identities) {
          overdue.push({ key: `duty:${duty.id}:overdue:${person.id}:${id.platform}`, platform: id.platform, channel: id.externalId, payload: overdueReply(personLang, facts, today, person.id) as unknown as object, dueAt: now });
        }
      }
      continue;
    }
    const day = latestReminderDay(facts.due, toPolicy(c.deadlinePolicy).remindDaysBefore, today);
    if (day === null) continue;
    // The people a duty names are reminded directly; a warm handover is theirs alone, not the channel's.
    for (const person of holders) {
      const personLang = person.language === 'en' ? 'en' : person.language === 'nl' ? 'nl' : lang;
      for (const id of person.identities) {
        rows.push({ key: `duty:${duty.id}:${day}:holder:${person.id}:${id.platform}`, platform: id.platform, channel: id.externalId, payload: reminderReply(personLang, facts, today, person.id) as unknown as object, dueAt: now });
      }
    }
    if (duty.kind === 'HANDOVER') continue;
    if (c.channels.length === 0) withoutChannel++;
    for (const ch of c.channels) {
      rows.push({ key: `duty:${duty.id}:${day}:${ch.platform}`, platform: ch.platform, channel: ch.channel, payload: reminderReply(lang, facts, today) as unknown as object, dueAt: now });
    }
  }
  const polls = await createPollReminders(deps, now, POLL_REMINDER_HOURS, (lang, poll, seat) =>
    pollReminderReply(lang, poll, seat, `${formatDay(lang, amsterdamDay(poll.closesAt))} ${amsterdamTime(poll.closesAt)}`) as unknown as object);
  const mandates = await createMandateWarnings(deps, now, (lang, ending, personId) => mandateWarningReply(lang, ending, personId) as unknown as object);
  return {
    reminders: await insertIfAbsent(deps, rows), overdueReports: await insertIfAbsent(deps, overdue), pollReminders: await insertIfAbsent(deps, polls),
    mandateWarnings: await insertIfAbsent(deps, mandates), withoutChannel,
    impasseReminders: await insertIfAbsent(deps, await createImpasseReminders(deps, now, OVERDUE_REPORT_DAYS)),
  };
}

/** A person a duty names, with what a direct message needs. */
interface NamedHolder {
  readonly id: string;
  readonly language: string | null;
  readonly identities: readonly { platform: string; externalId: string }[];
}

/** The people each duty names (services/schedule/duty-holders.ts), with their accounts, by duty id. */
async function holdersToTell(deps: ServiceDeps, duties: readonly { id: string; committeeId: string; kind: string; responsible: string | null; holderIds: string[] }[], today: LocalDate): Promise<Map<string, NamedHolder[]>> {
  const ids = await namedHolders(deps.db, duties, today);
  const everyone = [...new Set([...ids.values()].flat())];
  if (everyone.length === 0) return new Map();
  const people = await deps.db.person.findMany({ where: { id: { in: everyone } }, select: { id: true, language: true, identities: { select: { platform: true, externalId: true } } } });
  const byId = new Map(people.map((p) => [p.id, p]));
  return new Map([...ids].map(([dutyId, holders]) => [dutyId, holders.flatMap((h) => (byId.has(h) ? [byId.get(h)!] : []))]));
}

/** INSERT ... ON CONFLICT (key) DO NOTHING; the number of rows that were new. */
async function insertIfAbsent(deps: ServiceDeps, rows: readonly OutboxRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return (await deps.db.outboxMessage.createMany({ data: [...rows], skipDuplicates: true })).count;
}

/**
 * The reminder day to key a reminder by on `today`: the latest of the duty's reminder days that has
 * come (a missed earlier one is stale), or null when none has come yet or the deadline has passed.
 */
export function latestReminderDay(due: LocalDate, remindDaysBefore: readonly number[] | undefined, today: LocalDate): LocalDate | null {
  if (due < today) return null;
  const passed = reminderDays(due, remindDaysBefore).filter((d) => d <= today);
  return passed.length === 0 ? null : passed[passed.length - 1]!;
}
