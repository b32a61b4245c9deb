/** Reply trees of the decisions facet: who gets what, in which language. */
import type { Language } from '../../i18n/catalog.ts';
import { parseLanguage } from '../../i18n/catalog.ts';
import { outcomeName } from '../../i18n/decisions.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { ClosePollResult } from '../../services/decisions/close-poll.ts';
import type { Services } from '../../services/index.ts';
import type { PollView } from '../../services/decisions/poll-view.ts';
import type { TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { pollCard, ratioWords } from './poll-card.ts';

/** The language a committee's channel is written in. */
export function committeeLang(view: PollView): Language {
  return parseLanguage(view.committee.language) ?? 'nl';
}

/** Opening: a confirmation and the card for the asker, the card in the committee's channel. */
export function pollOpenedReplies(ctx: TurnContext, view: PollView): Reply[] {
  return [
    text(t(ctx.lang, 'POLL_OPENED', { committee: view.committee.code })),
    pollCard(ctx.lang, view),
    { ...pollCard(committeeLang(view), view), to: { committeeId: view.committee.id } },
  ];
}

/** The outcome sentence of a closed poll, with its decision number when it went on a decision list. */
export function resultText(lang: Language, view: PollView, decisionNumber: number | null): string {
  const consent = view.options.includes('AGREE');
  const parties: Record<string, number> = view.per === 'PARTY' ? { parties: view.outcome.counts.seats, voted: view.outcome.counts.voted } : {};
  const sentence = t(lang, 'POLL_RESULT', { question: view.question, outcome: outcomeName(lang, view.outcome.status), ratio: ratioWords(lang, view.outcome, consent), ...parties });
  if (decisionNumber === null || !view.meeting) return sentence;
  return `${sentence} ${t(lang, 'DECISION_RECORDED', { number: decisionNumber, day: formatDay(lang, view.meeting.day) })}`;
}

/**
 * What the committee's channel gets when a poll closes: the final card (same key, so the open card
 * is replaced) and the outcome. The scheduler posts these after closeDuePolls.
 */
export function pollOutcomeReplies(view: PollView, result: Pick<ClosePollResult, 'decisionNumber'>): Reply[] {
  const lang = committeeLang(view);
  const to = { committeeId: view.committee.id };
  return [
    { ...pollCard(lang, view), to },
    { ...text(resultText(lang, view, result.decisionNumber)), to },
  ];
}

/** Closing by a person: the outcome for the asker and the channel; only a note when it was closed before. */
export function pollClosedReplies(ctx: TurnContext, view: PollView, result: ClosePollResult): Reply[] {
  if (result.alreadyClosed) return [text(t(ctx.lang, 'POLL_ALREADY_CLOSED')), pollCard(ctx.lang, view)];
  return [text(resultText(ctx.lang, view, result.decisionNumber)), pollCard(ctx.lang, view), ...pollOutcomeReplies(view, result)];
}

/** Messages to people in their own language (Dutch when they chose none). */
export async function toPeople(services: Services, personIds: readonly string[], build: (lang: Language) => string): Promise<Reply[]> {
  const people = await services.findLanguages({ personIds });
  return people.map((p) => ({ ...text(build(parseLanguage(p.language) ?? 'nl')), to: { personId: p.personId } }));
}
