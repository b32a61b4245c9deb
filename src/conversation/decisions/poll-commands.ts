/** What the poll verbs do: open, vote, close, show. Names are resolved here; services decide. */
import type { StanceChoice } from '../../domain/decisions/index.ts';
import { atAmsterdam } from '../../domain/schedule/clock.ts';
import { t } from '../../i18n/index.ts';
import { castStance } from '../../services/decisions/cast-stance.ts';
import { closePoll } from '../../services/decisions/close-poll.ts';
import { openPoll } from '../../services/decisions/open-poll.ts';
import { loadPollView } from '../../services/decisions/poll-view.ts';
import { showPoll } from '../../services/decisions/show-poll.ts';
import { choiceName } from '../../i18n/decisions.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { resolveCommittee, resolveOrganisation } from '../resolve.ts';
import { pollCard } from './poll-card.ts';
import { pollClosedReplies, pollOpenedReplies } from './replies.ts';
import { typedDay, withDays } from './words.ts';

const actorOf = (ctx: TurnContext) => ({ personId: ctx.asker.personId, label: ctx.asker.name });

/** `/gremium peiling openen <gremium> vraag="..." sluit=<datum> [tijd=<hh:mm>] [vergadering=<datum>]`. */
export async function openPollCommand(
  ctx: TurnContext,
  c: { committee: string; question: string; closes: string; time: string | null; meeting: string | null },
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
  const opened = await openPoll(ctx.deps, {
    actor: actorOf(ctx), committeeId: committee.value.id, question: c.question, closesAt, meetingDay: meetingDay?.value ?? null,
  });
  if (!opened.ok) return [errorReply(lang, withDays(lang, opened.error))];
  const view = await loadPollView(ctx.deps.db, opened.value.pollId);
  return view ? pollOpenedReplies(ctx, view) : [];
}

/** `/gremium stem <poll-id> <keuze> [namens=<organisatie>]`: a private acknowledgement and the refreshed card. */
export async function voteCommand(ctx: TurnContext, c: { poll: string; choice: StanceChoice; onBehalfOf: string | null }): Promise<Reply[]> {
  const { lang } = ctx;
  let seatId: string | undefined;
  if (c.onBehalfOf) {
    const organisation = resolveOrganisation(ctx.catalog, c.onBehalfOf, lang);
    if (!organisation.ok) return [errorReply(lang, organisation.error)];
    const poll = await ctx.deps.db.poll.findUnique({ where: { id: c.poll }, select: { committeeId: true } });
    const seat = poll
      ? await ctx.deps.db.seat.findFirst({ where: { committeeId: poll.committeeId, onBehalfOfId: organisation.value.id, role: 'MEMBER' }, select: { id: true } })
      : null;
    seatId = seat?.id ?? 'none';
  }
  // What the seats had before, only to word the acknowledgement ("changed from ... to ...").
  const earlier = new Map((await ctx.deps.db.stance.findMany({ where: { pollId: c.poll }, select: { seatId: true, choice: true } })).map((s) => [s.seatId, s.choice]));
  const cast = await castStance(ctx.deps, { actor: actorOf(ctx), pollId: c.poll, choice: c.choice, ...(seatId ? { seatId } : {}) });
  if (!cast.ok) return [{ ...errorReply(lang, withDays(lang, cast.error)), private: true }];
  const view = await loadPollView(ctx.deps.db, c.poll);
  if (!view) return [];
  const orgOf = new Map(view.seats.map((s) => [s.seatId, s.organisationName]));
  const acks = cast.value.cast.map((s) => {
    const previous = earlier.get(s.seatId);
    return previous && previous !== c.choice
      ? t(lang, 'VOTE_CHANGED', { organisation: orgOf.get(s.seatId) ?? '', previous: choiceName(lang, previous), choice: choiceName(lang, c.choice) })
      : t(lang, 'VOTE_RECORDED', { organisation: orgOf.get(s.seatId) ?? '', choice: choiceName(lang, c.choice) });
  });
  return [{ ...text(acks.join(' ')), private: true }, pollCard(lang, view)];
}

/** `/gremium peiling sluiten <poll-id>`: closes now; the outcome goes to the asker and the channel. */
export async function closePollCommand(ctx: TurnContext, c: { poll: string }): Promise<Reply[]> {
  const closed = await closePoll(ctx.deps, { actor: actorOf(ctx), pollId: c.poll });
  if (!closed.ok) return [errorReply(ctx.lang, closed.error)];
  const view = await loadPollView(ctx.deps.db, c.poll);
  return view ? pollClosedReplies(ctx, view, closed.value) : [];
}

/** `/gremium peiling <poll-id>`: the live tally card. */
export async function showPollCommand(ctx: TurnContext, c: { poll: string }): Promise<Reply[]> {
  const shown = await showPoll(ctx.deps, { pollId: c.poll });
  return shown.ok ? [pollCard(ctx.lang, shown.value)] : [errorReply(ctx.lang, shown.error)];
}
