/** Answers to the schedule questions: deadlines of a week, the next meeting (what needs me: what-needs-me.ts). */
import type { LocalDate } from '../../domain/local-date.ts';
import { addDays } from '../../domain/local-date.ts';
import { amsterdamTime, daysBetween, isoWeekday } from '../../domain/schedule/clock.ts';
import type { Language } from '../../i18n/catalog.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { dutyName } from '../../i18n/schedule.ts';
import type { DutyView } from '../../services/schedule/schedule-view.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { card, text, type Reply } from '../reply.ts';
import { resolveCommittee } from '../resolve.ts';

/** One duty as a line: "10 december 2026: de agenda BOSD (vergadering 17 december 2026), programmamanager - open (nog 7 dagen)". */
export function dutyLine(lang: Language, today: LocalDate, d: DutyView): string {
  const daysLeft = daysBetween(today, d.due);
  if (d.kind === 'REACTIONS') {
    // A reaction period (register-proposal.ts) closes by itself; `responsible` holds the proposal's title.
    const state = t(lang, daysLeft < 0 ? 'REACTIONS_STATE_CLOSED' : 'DUTY_STATE_OPEN', { daysLeft });
    return t(lang, 'REACTIONS_LINE', { due: formatDay(lang, d.due), title: d.responsible ?? '', committee: d.committee.code, state });
  }
  const state = d.doneAt ? t(lang, 'DUTY_STATE_DONE') : t(lang, daysLeft < 0 ? 'DUTY_STATE_OVERDUE' : 'DUTY_STATE_OPEN', { daysLeft });
  if (d.kind.startsWith('IMPASSE_')) {
    // A step of an impasse (src/services/procedures/impasse-case.ts); `responsible` holds its subject.
    return t(lang, 'IMPASSE_LINE', { due: formatDay(lang, d.due), subject: d.responsible ?? '', committee: d.committee.code, step: d.kind.slice('IMPASSE_'.length), state });
  }
  return t(lang, 'DEADLINE_LINE', {
    due: formatDay(lang, d.due), duty: dutyName(lang, d.kind, false, d.title), committee: d.committee.code,
    meeting: d.meetingDay ? formatDay(lang, d.meetingDay) : '-', state, ...(d.responsible ? { responsible: d.responsible } : {}),
  });
}

/** The `/gremium gedaan ...` line that marks a duty done, in the asker's language. */
export function doneCommand(lang: Language, d: DutyView): string {
  return `/gremium ${lang === 'nl' ? 'gedaan' : 'done'} ${dutyWord(lang, d.kind)} ${d.committee.code} ${d.meetingDay ?? d.due}`;
}

/** The word `/gremium gedaan` takes for a duty. */
export function dutyWord(lang: Language, kind: string): string {
  if (kind === 'DECISION_LIST') return lang === 'nl' ? 'besluitenlijst' : 'decisions';
  return dutyName(lang, kind, true);
}

/** "Welke deadlines lopen deze week?": this (or next) Monday to Sunday, the asker's committees, or one named. */
export async function answerDeadlinesOfWeek(ctx: TurnContext, next: boolean, committeeName: string | null): Promise<Reply[]> {
  const { lang } = ctx;
  const monday = addDays(ctx.today, 1 - isoWeekday(ctx.today) + (next ? 7 : 0));
  const sunday = addDays(monday, 6);
  let committeeIds: string[] | undefined;
  let label: string | null = null;
  if (committeeName) {
    const committee = resolveCommittee(ctx.catalog, committeeName, lang);
    if (!committee.ok) return [errorReply(lang, committee.error)];
    committeeIds = [committee.value.id];
    label = committee.value.code;
  } else {
    const mine = await ctx.services.committeesOfPerson(ctx.asker.personId);
    committeeIds = mine.length > 0 ? mine : undefined;
  }
  const duties = await ctx.services.listDuties({ from: monday, to: sunday, ...(committeeIds ? { committeeIds } : {}) });
  const params = { from: formatDay(lang, monday), to: formatDay(lang, sunday), ...(label ? { committee: label } : {}) };
  if (duties.length === 0) return [text(t(lang, 'DEADLINES_NONE', params))];
  return [card({ title: t(lang, 'DEADLINES_TITLE', params), lines: duties.map((d) => dutyLine(lang, ctx.today, d)) })];
}

/** "Wanneer is het volgende KBO?" */
export async function answerNextMeeting(ctx: TurnContext, committeeName: string): Promise<Reply[]> {
  const { lang } = ctx;
  const committee = resolveCommittee(ctx.catalog, committeeName, lang);
  if (!committee.ok) return [errorReply(lang, committee.error)];
  const meeting = await ctx.services.nextMeetingOf(committee.value.id);
  if (!meeting) return [text(t(lang, 'NEXT_MEETING_NONE', { committee: committee.value.code }))];
  return [text(t(lang, 'NEXT_MEETING', {
    committee: committee.value.code, day: formatDay(lang, meeting.day), time: amsterdamTime(meeting.startsAt),
    ...(meeting.kind === 'MOVED' && meeting.originalDay ? { moved: formatDay(lang, meeting.originalDay) } : {}),
    ...(meeting.kind === 'EXTRA' ? { extra: 'yes' } : {}),
  }))];
}
