/** What the poll verbs do: open, vote, close, show. Names are resolved here; services decide. */
import type { StanceChoice } from '../../domain/decisions/index.ts';
import { atAmsterdam } from '../../domain/schedule/clock.ts';
import { t } from '../../i18n/index.ts';
import { joinList } from '../../i18n/catalog.ts';
import type { PollView } from '../../services/decisions/poll-view.ts';
import { choiceName } from '../../i18n/decisions.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { pollCard } from './poll-card.ts';
import { resolveCommittee, resolveOrganisation } from '../resolve.ts';
import { askerCard, committeeCard, pollClosedReplies, pollOpenedReplies, type AskerPlace } from './replies.ts';
import { typedDay, withDays } from './words.ts';
import { formatDay } from '../../i18n/format.ts';

const actorOf = (ctx: TurnContext) => ({ personId: ctx.asker.personId, label: ctx.asker.name });

/**
 * Where the asker may see the poll's card here (placePollCard). Someone who just opened, closed or
 * voted in the poll may always see it privately, so a refusal there means only that.
 */
async function placeFor(ctx: TurnContext, pollId: string): Promise<AskerPlace> {
  const placed = await ctx.services.placePollCard({ pollId, personId: ctx.asker.personId, platform: ctx.origin.platform, channel: ctx.origin.channel });
  return placed.ok ? placed.value : { place: 'PRIVATE', channel: null };
}

/** `/gremium peiling openen <gremium> vraag="..." sluit=<datum> [tijd=<hh:mm>] [vergadering=<datum>] [geheim=ja]`. */
export async function openPollCommand(
  ctx: TurnContext,
  c: { committee: string; question: string; closes: string; time: string | null; meeting: string | null; secret: boolean | null; proposal?: string | null },
): Promise<Reply[]> {
  const { lang } = ctx;
  const committee = resolveCommittee(ctx.catalog, c.committee, lang);
  if (!committee.ok) return [errorReply(lang, committee.error)];
  const closesDay = typedDay(ctx, c.closes);
  if (!closesDay.ok) return [errorReply(lang, closesDay.error)];
  const meetingDay = c.meeting ? typedDay(ctx, c.meeting) : null;
  if (meetingDay && !meetingDay.ok) return [errorReply(lang, meetingDay.error)];
  // Without a time the poll stays open for the whole closing day.
  const closesAt = atAmsterdam(closesDay.value, c.time ?? '23:59');
  const opened = await ctx.services.openPoll({
    actor: actorOf(ctx), committeeId: committee.value.id, question: c.question, closesAt, meetingDay: meetingDay?.value ?? null, secret: c.secret === true, proposal: c.proposal ?? null,
  });
  if (!opened.ok) return [errorReply(lang, withDays(lang, opened.error))];
  const view = await ctx.services.showPoll({ pollId: opened.value.pollId });
  const replies = view.ok ? pollOpenedReplies(ctx, view.value, await placeFor(ctx, opened.value.pollId)) : [];
  const other = opened.value.otherTable;
  // 004 2.4.1: one subject, one table. The poll is open; the opener hears where it was voted on before.
  return other ? [...replies, text(t(lang, 'ONE_TABLE_WARNING', { committee: other.committee, day: formatDay(lang, other.day) }))] : replies;
}

/**
 * `/gremium stem <poll, e.g. SBO-7> <keuze> [namens=<organisatie>]`: a private acknowledgement and the refreshed
 * card: in the committee's channel that channel's card; elsewhere a private copy for the voter while
 * the channel's card is updated. `namens` narrows the vote to the asker's own seats (held, or taken over as substitute) for that
 * organisation; it never picks another person's seat.
 */
export async function voteCommand(ctx: TurnContext, typed: { poll: string; choice: StanceChoice; onBehalfOf: string | null }): Promise<Reply[]> {
  const { lang } = ctx;
  const organisation = typed.onBehalfOf ? resolveOrganisation(ctx.catalog, typed.onBehalfOf, lang) : null;
  if (organisation && !organisation.ok) return [errorReply(lang, organisation.error)];
  const castIn = (pollId: string) => ctx.services.castStance({
    actor: actorOf(ctx), pollId, choice: typed.choice, ...(organisation?.ok ? { onBehalfOfId: organisation.value.id } : {}),
  });
  // A vote button names its poll by id: the vote is cast at once (on PGlite every statement waits its
  // turn, and clicks come in bursts). Only when no poll has that id is it read as a name a person
  // typed ("SBO-7"), and the vote cast in the poll it names.
  let c = { ...typed, poll: typed.poll.trim() };
  let cast = await castIn(c.poll);
  if (!cast.ok && cast.error.code === 'UNKNOWN_POLL') {
    const found = await ctx.services.findPollId({ typed: typed.poll });
    if (!found.ok) return [{ ...errorReply(lang, found.error), private: true }];
    if (found.value.pollId !== c.poll) {
      c = { ...c, poll: found.value.pollId };
      cast = await castIn(c.poll);
    }
  }
  if (!cast.ok) {
    // "No vote on behalf of X" says more than "no vote" when the asker named X.
    const error = organisation?.ok && cast.error.code === 'NO_VOTING_SEAT' ? { ...cast.error, params: { ...cast.error.params, organisation: organisation.value.name } } : cast.error;
    return [{ ...errorReply(lang, withDays(lang, error)), private: true }];
  }
  // Two reads that do not depend on each other: what the card shows, and where the voter may see it.
  const [view, at] = await Promise.all([ctx.services.showPoll({ pollId: c.poll }), placeFor(ctx, c.poll)]);
  if (!view.ok) return [];
  const orgOf = new Map(view.value.seats.map((s) => [s.seatId, s.organisationName]));
  // The seat's earlier choice comes back from the vote itself, only to word "changed from ... to ...".
  const acks = cast.value.cast.map((s) => s.previous && s.previous !== c.choice
    ? t(lang, 'VOTE_CHANGED', { organisation: orgOf.get(s.seatId) ?? '', previous: choiceName(lang, s.previous), choice: choiceName(lang, c.choice) })
    : t(lang, 'VOTE_RECORDED', { organisation: orgOf.get(s.seatId) ?? '', choice: choiceName(lang, c.choice) }));
  // The voter's own view (their vote first); the channel's shared card is the platform's to update.
  const reader = ctx.asker.personId;
  const cards = at.place === 'CHANNEL' ? [pollCard(lang, view.value, reader)] : [...askerCard(lang, view.value, at, reader), committeeCard(view.value)];
  return [{ ...text([...acks, ...dividedNotes(ctx, view.value, cast.value.cast.map((s) => s.seatId))].join(' ')), private: true }, ...cards];
}

/**
 * Per party: when the vote leaves the voter's party divided, say so and who voted otherwise, so the
 * party's holders can agree (a divided party counts as abstaining; tally.ts quotes 001 ORO).
 */
function dividedNotes(ctx: TurnContext, view: PollView, castSeatIds: readonly string[]): string[] {
  return view.parties
    .filter((p) => p.divided && p.seats.some((s) => castSeatIds.includes(s.seatId)))
    .map((p) => {
      const others = p.seats.filter((s) => s.voted && !castSeatIds.includes(s.seatId)).map((s) => s.castByName ?? s.holderName);
      return t(ctx.lang, 'VOTE_PARTY_DIVIDED', { organisation: p.organisationName, committee: view.committee.code, others: joinList(others, ctx.lang) });
    });
}

/** `/gremium peiling sluiten <poll, e.g. SBO-7>`: closes now; the outcome goes to the asker and the channel. */
export async function closePollCommand(ctx: TurnContext, typed: { poll: string }): Promise<Reply[]> {
  const found = await ctx.services.findPollId({ typed: typed.poll });
  if (!found.ok) return [errorReply(ctx.lang, found.error)];
  const c = { poll: found.value.pollId };
  const closed = await ctx.services.closePoll({ actor: actorOf(ctx), pollId: c.poll });
  if (!closed.ok) return [errorReply(ctx.lang, closed.error)];
  const view = await ctx.services.showPoll({ pollId: c.poll });
  return view.ok ? pollClosedReplies(ctx, view.value, closed.value, await placeFor(ctx, c.poll)) : [];
}

/**
 * `/gremium peiling <poll, e.g. SBO-7>`: the live tally card, in the committee's channel; elsewhere privately to
 * a seat holder, and to anyone else a refusal saying where the card is.
 */
export async function showPollCommand(ctx: TurnContext, typed: { poll: string }): Promise<Reply[]> {
  const found = await ctx.services.findPollId({ typed: typed.poll });
  if (!found.ok) return [errorReply(ctx.lang, found.error)];
  const c = { poll: found.value.pollId };
  const placed = await ctx.services.placePollCard({ pollId: c.poll, personId: ctx.asker.personId, platform: ctx.origin.platform, channel: ctx.origin.channel });
  if (!placed.ok) return [errorReply(ctx.lang, placed.error)];
  const shown = await ctx.services.showPoll({ pollId: c.poll });
  if (!shown.ok) return [errorReply(ctx.lang, shown.error)];
  const reader = ctx.asker.personId;
  return placed.value.place === 'CHANNEL' ? [pollCard(ctx.lang, shown.value, reader)] : askerCard(ctx.lang, shown.value, placed.value, reader);
}
