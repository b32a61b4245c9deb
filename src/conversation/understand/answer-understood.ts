/**
 * Answers an understood message with the facets' own answers: each slot goes to them as the name it
 * stands for (a code, a name, an e-mail address), or as typed when it is not known, so an unknown or
 * misspelt name gets the same "did you mean" as in a command.
 */
import type { LocalDate } from '../../domain/local-date.ts';
import { t } from '../../i18n/index.ts';
import type { CommitteeName } from '../../services/registry/registry-catalog.ts';
import { answerQuestion } from '../answer-question.ts';
import { theCommittee } from '../committee-words.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { absenteesAnswer, decisionListAnswer } from '../decisions/lists.ts';
import { noticeCommand, withdrawNoticeCommand } from '../decisions/absence-commands.ts';
import { helpReply } from '../help.ts';
import { text, type Reply } from '../reply.ts';
import { resolveCommittee } from '../resolve.ts';
import { runCancelMeeting, runDutyDone } from '../schedule/actions.ts';
import { answerDeadlinesOfWeek, answerNextMeeting } from '../schedule/answers.ts';
import { answerWhatNeedsMe } from '../schedule/what-needs-me.ts';
import { isMemberAnswer } from './answers.ts';
import type { DateSpan } from './dates.ts';
import { answerRule } from './rule-answers.ts';
import { rotationAnswer } from '../registry/rotation-answer.ts';
import { committeeText, organisationText, personText } from './slot-text.ts';
import type { Intent, MeetingRef, Slot } from './understand.ts';

/**
 * The day of a meeting named "next", "previous" or by its date (`ahead`: a year-less date's next
 * occurrence), or the replies that say why there is none.
 */
export async function meetingDay(ctx: TurnContext, committee: Slot<CommitteeName>, meeting: MeetingRef, ahead: boolean): Promise<LocalDate | Reply[]> {
  if (meeting.kind === 'on') return ahead ? meeting.date.upcoming : meeting.date.day;
  const resolved = resolveCommittee(ctx.catalog, committeeText(committee), ctx.lang);
  if (!resolved.ok) return [errorReply(ctx.lang, resolved.error)];
  const c = resolved.value;
  const the = theCommittee(ctx.lang, c);
  if (meeting.kind === 'next') {
    const [next] = await ctx.services.findNextMeetingDays({ committeeId: c.id, from: ctx.today, count: 1 });
    return next ?? [text(t(ctx.lang, 'NO_MEETING_AHEAD', { the }))];
  }
  const last = await ctx.services.findLastMeetingDay({ committeeId: c.id, before: ctx.today });
  const The = the.charAt(0).toUpperCase() + the.slice(1);
  return last ?? [text(t(ctx.lang, 'NO_MEETING_BEFORE', { The }))];
}

/** The last day of a period as an ISO day on or after `from` ("van 1 januari 2027 tot 1 april"); null for one meeting. */
function untilText(from: LocalDate, until: DateSpan | null): LocalDate | null {
  if (until === null) return null;
  const day = until.upcoming < from && until.day < from ? `${Number(until.upcoming.slice(0, 4)) + 1}${until.upcoming.slice(4)}` : until.day >= from ? until.day : until.upcoming;
  return day;
}

/** Answers one understood intent in the turn's language. */
export async function answerUnderstood(ctx: TurnContext, intent: Intent): Promise<Reply[]> {
  const { lang } = ctx;
  switch (intent.kind) {
    case 'help':
      return [helpReply(lang)];
    case 'represents': {
      let date: string | null = intent.day;
      if (intent.meeting) {
        const day = await meetingDay(ctx, intent.committee, intent.meeting, false);
        if (typeof day !== 'string') return day;
        date = day;
      }
      const split = { organisation: organisationText(intent.organisation), committee: committeeText(intent.committee) };
      return answerQuestion(ctx, { kind: 'represents', lang, splits: [split], date, past: intent.past });
    }
    case 'members':
      return answerQuestion(ctx, { kind: 'members', lang, committee: committeeText(intent.committee), date: intent.day });
    case 'where':
      return answerQuestion(ctx, { kind: 'where', lang, person: personText(intent.person), date: intent.day });
    case 'role':
      return answerQuestion(ctx, { kind: 'role', lang, role: intent.role, committee: committeeText(intent.committee), date: intent.day });
    case 'is-member':
      return isMemberAnswer(ctx, intent);
    case 'next-meeting':
      return answerNextMeeting(ctx, committeeText(intent.committee));
    case 'deadlines-week':
      return answerDeadlinesOfWeek(ctx, intent.next, intent.committee ? committeeText(intent.committee) : null);
    case 'my-duties':
      return answerWhatNeedsMe(ctx);
    case 'rotation':
      return rotationAnswer(ctx, intent.committee ? committeeText(intent.committee) : null, intent.year);
    case 'absentees':
      return absenteesAnswer(ctx, committeeText(intent.committee));
    case 'decision-list': {
      const day = await meetingDay(ctx, intent.committee, intent.meeting ?? { kind: 'previous' }, false);
      if (typeof day !== 'string') return day;
      return decisionListAnswer(ctx, committeeText(intent.committee), day);
    }
    case 'rule':
      return answerRule(ctx, intent);
    case 'declare': {
      const day = await meetingDay(ctx, intent.committee, intent.meeting, true);
      if (typeof day !== 'string') return day;
      const substitute = intent.substitute ? personText(intent.substitute) : null;
      const holder = intent.holder.item?.id === ctx.asker.personId ? null : personText(intent.holder);
      return noticeCommand(ctx, { committee: committeeText(intent.committee), date: day, until: untilText(day, intent.until), substitute, holder, reason: null });
    }
    case 'withdraw-notice': {
      const day = await meetingDay(ctx, intent.committee, intent.meeting, true);
      if (typeof day !== 'string') return day;
      const holder = intent.holder.item?.id === ctx.asker.personId ? null : personText(intent.holder);
      return withdrawNoticeCommand(ctx, { committee: committeeText(intent.committee), date: day, until: untilText(day, intent.until), holder });
    }
    case 'cancel-meeting': {
      const day = await meetingDay(ctx, intent.committee, intent.meeting, true);
      if (typeof day !== 'string') return day;
      return runCancelMeeting(ctx, { committee: committeeText(intent.committee), date: day });
    }
    case 'duty-done': {
      const day = await meetingDay(ctx, intent.committee, intent.meeting, false);
      if (typeof day !== 'string') return day;
      return runDutyDone(ctx, { duty: intent.duty, committee: committeeText(intent.committee), date: day });
    }
  }
}
