/**
 * Where a poll's card may be shown to the person asking, in the conversation they asked in (issue 13:
 * "a committee's cards go only to its bound channel or privately to a seat holder"). Reads only; the
 * rule is the domain's (pollCardPlace in poll-permissions.ts).
 */
import { pollCardPlace, type CardPlace } from '../../domain/decisions/poll-permissions.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import type { ServiceDeps } from '../deps.ts';
import { loadActorFacts } from '../identity/load-actor.ts';

/** Who asks, on which platform, in which conversation (null: none, as in the console). */
export interface PlacePollCardInput {
  readonly pollId: string;
  readonly personId: string;
  readonly platform: string;
  readonly channel: string | null;
}

/** Where the card goes, and the committee's bound channel on the platform (null: none chosen). */
export interface PollCardPlacement {
  readonly place: CardPlace;
  readonly committeeId: string;
  readonly committeeCode: string;
  readonly channel: string | null;
}

/**
 * Error codes:
 * - UNKNOWN_POLL: no poll with this id. Params: `pollId`.
 * - POLL_CARD_ELSEWHERE: the asker is not in the committee's bound channel and holds no seat of the
 *   committee (nor substitutes in this poll, nor administers). Params: `committee`, `channel` (the
 *   bound channel on this platform, '' when none), `platform`.
 */
export type PlacePollCardError = DomainError<'UNKNOWN_POLL' | 'POLL_CARD_ELSEWHERE'>;

/** Decides where the card of `pollId` may be shown to the asker. */
export async function placePollCard(deps: ServiceDeps, input: PlacePollCardInput): Promise<Result<PollCardPlacement, PlacePollCardError>> {
  const poll = await deps.db.poll.findUnique({ where: { id: input.pollId }, select: { committeeId: true, meetingId: true, committee: { select: { code: true } } } });
  if (!poll) return err('UNKNOWN_POLL', { pollId: input.pollId });
  const [bound, actor, substitute] = await Promise.all([
    deps.db.committeeChannel.findUnique({ where: { committeeId_platform: { committeeId: poll.committeeId, platform: input.platform } }, select: { channel: true } }),
    loadActorFacts(deps.db, input.personId),
    poll.meetingId
      ? deps.db.substitutionDeclaration.count({ where: { meetingId: poll.meetingId, status: 'ACCEPTED', substituteId: input.personId } })
      : Promise.resolve(0),
  ]);
  const channel = bound?.channel ?? null;
  const place = actor
    ? pollCardPlace({ actor, committeeId: poll.committeeId, day: amsterdamDay(deps.now()), inBoundChannel: channel !== null && channel === input.channel, substitute: substitute > 0 })
    : null;
  if (place === null) return err('POLL_CARD_ELSEWHERE', { committee: poll.committee.code, channel: channel ?? '', platform: input.platform });
  return ok({ place, committeeId: poll.committeeId, committeeCode: poll.committee.code, channel });
}
