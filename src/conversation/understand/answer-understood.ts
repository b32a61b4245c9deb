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
import { declareCommand } from '../decisions/presence-commands.ts';
import { helpReply } from '../help.ts';
import { text, type Reply } from '../reply.ts';
import { resolveCommittee } from '../resolve.ts';
import { runCancelMeeting, runDutyDone } from '../schedule/actions.ts';
import { answerDeadlinesOfWeek, answerMyDuties, answerNextMeeting } from '../schedule/answers.ts';
import { declareFor, isMemberAnswer } from './answers.ts';
import { answerRule } from './rule-answers.ts';
import { committeeText, organisationText, personText } from './slot-text.ts';
import type { Intent, MeetingRef, Slot } from './understand.ts';
import { answerOpenProposals, answerProposalStatus } from '../procedures/proposal-answers.ts';
import { runDecide, runPilot, runReact, runSubmit, runWorkOut } from '../procedures/proposal-actions.ts';
import { answerImpasse, runDeliverImpasse, runStartImpasse } from '../procedures/impasse-actions.ts';
import { answerAgendaItems, runAccession, runEscalate } from '../procedures/agenda-actions.ts';

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
      return answerMyDuties(ctx);
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
      if (intent.holder.item?.id === ctx.asker.personId) {
        return declareCommand(ctx, { committee: committeeText(intent.committee), date: day, substitute, reason: null });
      }
      return declareFor(ctx, { committee: committeeText(intent.committee), day: day, holder: personText(intent.holder), substitute });
    }
    case 'cancel-meeting': {
      const day = await meetingDay(ctx, intent.committee, intent.meeting, true);
      if (typeof day !== 'string') return day;
      return runCancelMeeting(ctx, { committee: committeeText(intent.committee), date: day });
    }
    case 'proposals':
      return answerOpenProposals(ctx, intent.committee ? committeeText(intent.committee) : null);
    case 'proposal-status':
      return answerProposalStatus(ctx, intent.committee ? committeeText(intent.committee) : null, intent.title);
    case 'proposal-submit':
      return runSubmit(ctx, { committee: committeeText(intent.committee), title: intent.title, confidential: null, signal: intent.signal });
    case 'proposal-react':
      return runReact(ctx, { committee: intent.committee ? committeeText(intent.committee) : null, proposal: intent.title, onBehalfOf: null, text: intent.text });
    case 'proposal-work-out':
      return runWorkOut(ctx, { committee: intent.committee ? committeeText(intent.committee) : null, proposal: intent.title });
    case 'proposal-decide':
      return runDecide(ctx, { committee: intent.committee ? committeeText(intent.committee) : null, adopted: intent.adopted, proposal: intent.title, note: null });
    case 'pilot-request':
      return runPilot(ctx, { committee: committeeText(intent.committee), title: intent.title, from: intent.from, until: intent.until, providers: intent.providers.map(organisationText).join(';'), confidential: null });
    case 'impasse-status':
      return answerImpasse(ctx, { committee: intent.committee ? committeeText(intent.committee) : null, subject: intent.subject });
    case 'impasse-start':
      return runStartImpasse(ctx, { committee: committeeText(intent.committee), subject: intent.subject, parties: intent.parties.map(organisationText).join(';') });
    case 'impasse-deliver':
      return runDeliverImpasse(ctx, { committee: intent.committee ? committeeText(intent.committee) : null, subject: intent.subject, onBehalfOf: null });
    case 'escalate':
      return runEscalate(ctx, { committee: committeeText(intent.committee), subject: intent.subject });
    case 'accession':
      return runAccession(ctx, { committee: committeeText(intent.committee), organisation: intent.organisation });
    case 'agenda-items':
      return answerAgendaItems(ctx, { committee: committeeText(intent.committee) });
    case 'duty-done': {
      const day = await meetingDay(ctx, intent.committee, intent.meeting, false);
      if (typeof day !== 'string') return day;
      return runDutyDone(ctx, { duty: intent.duty, committee: committeeText(intent.committee), date: day });
    }
  }
}
