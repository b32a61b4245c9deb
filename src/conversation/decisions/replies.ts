/** Reply trees of the decisions facet: who gets what, in which language. */
import type { Language } from '../../i18n/catalog.ts';
import { parseLanguage } from '../../i18n/catalog.ts';
import { outcomeName } from '../../i18n/decisions.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { ClosePollResult } from '../../services/decisions/close-poll.ts';
import type { Services } from '../../services/index.ts';
import type { PollView } from '../../services/decisions/poll-view.ts';
import type { PollCardPlacement } from '../../services/decisions/place-poll-card.ts';
import type { TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { pollCard, ratioWords } from './poll-card.ts';

/** The language a committee's channel is written in. */
export function committeeLang(view: PollView): Language {
  return parseLanguage(view.committee.language) ?? 'nl';
}

/**
 * Where the card goes for the asker (issue 13: "a committee's cards go only to its bound channel or
 * privately to a seat holder"): asked in the committee's bound channel, the card there is the asker's
 * copy; anywhere else only the asker sees it, and no copy there is kept up to date.
 */
export type AskerPlace = Pick<PollCardPlacement, 'place' | 'channel'>;

/** The asker's copy of the card (with their own vote when `reader` is given), or none when the committee's copy in this channel is theirs. */
export function askerCard(lang: Language, view: PollView, at: AskerPlace, reader?: string): Reply[] {
  return at.place === 'CHANNEL' ? [] : [{ ...pollCard(lang, view, reader), private: true }];
}

/** The card in the committee's channel (in the committee's language), posted there or updated in place. */
export function committeeCard(view: PollView): Reply {
  return { ...pollCard(committeeLang(view), view), to: { committeeId: view.committee.id } };
}

/**
 * Opening: a confirmation (saying so when the committee has no channel on this platform yet), the
 * asker's copy outside the committee's channel, and the card in the committee's channel.
 */
export function pollOpenedReplies(ctx: TurnContext, view: PollView, at: AskerPlace): Reply[] {
  // A platform without channels (the console) has no channel to miss; on Slack and Teams the
  // secretary is told what to do instead, wherever she asked (a Slack form opened from a shortcut
  // has no channel of its own, and nothing was posted either).
  const noChannel = at.channel === null && ctx.origin.platform !== 'console';
  return [
    text(t(ctx.lang, noChannel ? 'POLL_OPENED_NO_CHANNEL' : 'POLL_OPENED', { committee: view.committee.code, id: view.ref })),
    ...askerCard(ctx.lang, view, at),
    committeeCard(view),
  ];
}

/** The outcome sentence of a closed poll, with its decision number when it went on a decision list. */
export function resultText(lang: Language, view: PollView, result: Pick<ClosePollResult, 'outcome' | 'decisionNumber'>): string {
  const consent = view.options.includes('AGREE');
  const { outcome, decisionNumber } = result;
  const parties: Record<string, number> = view.per === 'PARTY' ? { parties: outcome.counts.seats, voted: outcome.counts.voted } : {};
  const sentence = t(lang, 'POLL_RESULT', { question: view.question, outcome: outcomeName(lang, outcome.status), ratio: ratioWords(lang, outcome, consent), ...parties });
  if (decisionNumber === null || !view.meeting) return sentence;
  return `${sentence} ${t(lang, 'DECISION_RECORDED', { number: decisionNumber, day: formatDay(lang, view.meeting.day) })}`;
}

/**
 * What the committee's channel gets when a poll closes: the final card (same key, so the open card
 * is replaced) and the outcome. The scheduler posts these after closeDuePolls.
 */
export function pollOutcomeReplies(view: PollView, result: Pick<ClosePollResult, 'outcome' | 'decisionNumber'>): Reply[] {
  const lang = committeeLang(view);
  const to = { committeeId: view.committee.id };
  return [committeeCard(view), { ...text(resultText(lang, view, result)), to }];
}

/**
 * Closing by a person: the outcome for the asker (unless they asked in the committee's channel, which
 * gets it anyway) and the channel; only a note when it was closed before.
 */
export function pollClosedReplies(ctx: TurnContext, view: PollView, result: ClosePollResult, at: AskerPlace): Reply[] {
  if (result.alreadyClosed) return [text(t(ctx.lang, 'POLL_ALREADY_CLOSED')), ...(at.place === 'CHANNEL' ? [pollCard(ctx.lang, view)] : askerCard(ctx.lang, view, at))];
  const mine = at.place === 'CHANNEL' ? [] : [text(resultText(ctx.lang, view, result)), ...askerCard(ctx.lang, view, at)];
  return [...mine, ...pollOutcomeReplies(view, result)];
}

/** Messages to people in their own language (Dutch when they chose none). */
export async function toPeople(services: Services, personIds: readonly string[], build: (lang: Language) => string): Promise<Reply[]> {
  const people = await services.findLanguages({ personIds });
  return people.map((p) => ({ ...text(build(parseLanguage(p.language) ?? 'nl')), to: { personId: p.personId } }));
}
