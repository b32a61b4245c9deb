/**
 * Questions about the schedule, and two sentences secretaries write instead of a command:
 * "welke deadlines lopen deze week?", "wanneer is het volgende KBO?", "wat staat er voor mij open?",
 * "het ORO van 5 mei gaat niet door", "agenda SBO 12 maart is verstuurd" (and their English forms); the two
 * writes are only proposed with their command (understand/confirm.ts).
 */
import { answerDeadlinesOfWeek, answerNextMeeting } from './answers.ts';
import { answerWhatNeedsMe } from './what-needs-me.ts';
import { dutyOfWord } from './actions.ts';
import { proposeTyped } from '../understand/propose-write.ts';
import type { AskSpec } from '../verb.ts';

const DUTY_NL = '(agenda|stukken|verslag|notulen|besluitenlijst)';
const DUTY_EN = '(agenda|papers|minutes|decision list)';

const done = (m: RegExpExecArray) => ({ duty: dutyOfWord(m[1]!)!, committee: m[2]!, date: m[3]! });

/** The schedule's question forms. */
export const SCHEDULE_ASKS: readonly AskSpec[] = [
  {
    id: 'schedule.deadlines-week.nl',
    lang: 'nl',
    pattern: /^welke (?:deadlines|termijnen) (?:lopen|vallen|verlopen|zijn er)(?: af)? (deze|volgende) week(?: (?:voor|van|in|bij) (?:het |de )?(.+))?$/i,
    answer: (ctx, m) => answerDeadlinesOfWeek(ctx, m[1]!.toLowerCase() === 'volgende', m[2] ?? null),
  },
  {
    id: 'schedule.deadlines-week.en',
    lang: 'en',
    pattern: /^(?:which|what) deadlines (?:are (?:due|there)|fall|run|expire|are running)(?: due)? (this|next) week(?: (?:for|in|at|of) (?:the )?(.+))?$/i,
    answer: (ctx, m) => answerDeadlinesOfWeek(ctx, m[1]!.toLowerCase() === 'next', m[2] ?? null),
  },
  {
    id: 'schedule.next-meeting.nl',
    lang: 'nl',
    pattern: /^wanneer (?:is|vergadert) (?:het |de )?(?:volgende |eerstvolgende )(.+?)(?: vergadering| overleg)?$/i,
    answer: (ctx, m) => answerNextMeeting(ctx, m[1]!),
  },
  {
    id: 'schedule.next-meeting-again.nl',
    lang: 'nl',
    pattern: /^wanneer vergadert (?:het |de )?(.+?) (?:weer|opnieuw)$/i,
    answer: (ctx, m) => answerNextMeeting(ctx, m[1]!),
  },
  {
    id: 'schedule.next-meeting.en',
    lang: 'en',
    pattern: /^(?:when is the next (.+?)(?: meeting)?|when does (?:the )?(.+?) meet(?: next| again)?)$/i,
    answer: (ctx, m) => answerNextMeeting(ctx, (m[1] ?? m[2])!),
  },
  {
    id: 'schedule.my-duties.nl',
    lang: 'nl',
    pattern: /^(?:wat staat er (?:voor mij |bij mij )?open|wat moet ik (?:nog )?doen|welke (?:termijnen|deadlines) heb ik(?: nog)?|mijn (?:termijnen|deadlines))$/i,
    answer: (ctx) => answerWhatNeedsMe(ctx),
  },
  {
    id: 'schedule.my-duties.en',
    lang: 'en',
    pattern: /^(?:what(?:'s| is) (?:due|open) for me|what needs me|what do i have (?:due|open)|my deadlines)$/i,
    answer: (ctx) => answerWhatNeedsMe(ctx),
  },
  {
    id: 'schedule.cancel.nl',
    lang: 'nl',
    pattern: /^(?:het |de )?(.+?) (?:van|op) (.+?) gaat niet door$/i,
    answer: (ctx, m) => proposeTyped(ctx, { kind: 'cancel-meeting', committee: m[1]!, date: m[2]! }),
  },
  {
    id: 'schedule.cancel.en',
    lang: 'en',
    pattern: /^(?:the )?(.+?)(?: meeting)? (?:of|on) (.+?) (?:is|has been) (?:cancelled|canceled|called off|off)$/i,
    answer: (ctx, m) => proposeTyped(ctx, { kind: 'cancel-meeting', committee: m[1]!, date: m[2]! }),
  },
  {
    id: 'schedule.done.nl',
    lang: 'nl',
    pattern: new RegExp(`^(?:de |het )?${DUTY_NL} (?:van |voor )?(?:het |de )?(.+?) (?:van |op )?(\\d.*?) (?:is|zijn) (?:verstuurd|gepubliceerd|gedeeld|klaar|gedaan|rondgestuurd|verzonden)$`, 'i'),
    answer: (ctx, m) => proposeTyped(ctx, { kind: 'duty-done', ...done(m) }),
  },
  {
    id: 'schedule.done.en',
    lang: 'en',
    pattern: new RegExp(`^(?:the )?${DUTY_EN} (?:for |of )?(?:the )?(.+?) (?:meeting )?(?:of |on )?(\\d.*?) (?:is|are|was|were|has been|have been) (?:sent|published|shared|done|out)$`, 'i'),
    answer: (ctx, m) => proposeTyped(ctx, { kind: 'duty-done', ...done(m) }),
  },
];
