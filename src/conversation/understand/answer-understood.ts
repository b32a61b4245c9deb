/**
 * Answers an understood message with the facets' own answers: each slot goes to them as the name it
 * stands for (a code, a name, an e-mail address), or as typed when it is not known, so an unknown or
 * misspelt name gets the same "did you mean" as in a command.
 */
import { answerQuestion } from '../answer-question.ts';
import type { TurnContext } from '../context.ts';
import { absenteesAnswer, decisionListAnswer } from '../decisions/lists.ts';
import { helpReply } from '../help.ts';
import type { Reply } from '../reply.ts';
import { answerDeadlinesOfWeek, answerNextMeeting } from '../schedule/answers.ts';
import { answerWhatNeedsMe } from '../schedule/what-needs-me.ts';
import { isMemberAnswer } from './answers.ts';
import { meetingDay } from './meeting-day.ts';
import { proposeDigest, proposeWrite } from './propose-write.ts';
import { answerRule } from './rule-answers.ts';
import { rotationAnswer } from '../registry/rotation-answer.ts';
import { committeeText, organisationText, personText } from './slot-text.ts';
import type { Intent } from './understand.ts';
import { answerOpenProposals, answerProposalStatus } from '../procedures/proposal-answers.ts';
import { answerImpasse } from '../procedures/impasse-actions.ts';
import { answerAgendaItems, runEscalate } from '../procedures/agenda-actions.ts';
import { proposeProcedure } from './propose-procedure.ts';

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
    // A write is only proposed, with its exact command as the button (confirm.ts).
    case 'declare':
    case 'withdraw-notice':
    case 'cancel-meeting':
    case 'duty-done':
      return proposeWrite(ctx, intent);
    case 'proposals':
      return answerOpenProposals(ctx, intent.committee ? committeeText(intent.committee) : null);
    case 'proposal-status':
      return answerProposalStatus(ctx, intent.committee ? committeeText(intent.committee) : null, intent.title);
    case 'impasse-status':
      return answerImpasse(ctx, { committee: intent.committee ? committeeText(intent.committee) : null, subject: intent.subject });
    case 'agenda-items':
      return answerAgendaItems(ctx, { committee: committeeText(intent.committee) });
    // Without a subject nothing is escalated: the answer asks what about (no write).
    case 'escalate':
      if (intent.subject === null) return runEscalate(ctx, { committee: committeeText(intent.committee), subject: null });
      return proposeProcedure(ctx, intent);
    // Procedure steps too are only proposed, with their command (propose-procedure.ts).
    case 'proposal-submit':
    case 'proposal-react':
    case 'proposal-work-out':
    case 'proposal-decide':
    case 'pilot-request':
    case 'impasse-start':
    case 'impasse-deliver':
    case 'impasse-step':
    case 'accession':
      return proposeProcedure(ctx, intent);
    // The digest's day, too, only with its command (propose-write.ts).
    case 'digest-day':
      return proposeDigest(ctx, intent);
  }
}
