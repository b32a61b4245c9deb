/**
 * Where a poll's card may be shown to the person asking, in the conversation they asked in (issue 13:
 * "a committee's cards go only to its bound channel or privately to a seat holder"). Reads only; the
 * rule is the domain's (pollCardPlace in poll-card-place.ts).
 */
import { pollCardPlace, type CardPlace } from '../../domain/decisions/poll-card-place.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { runStatement } from '../../db/raw-sql.ts';
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

/**
 * The poll, its committee's bound channel on the platform and whether the asker substitutes in it, in
 * one plain prepared statement (db/raw-sql.ts): read after every accepted vote, where three Prisma
 * reads cost more than the vote itself.
 */
const POLL_PLACE_SQL = `
  SELECT p."committeeId", c.code AS "committeeCode",
         (SELECT cc.channel FROM "CommitteeChannel" cc WHERE cc."committeeId" = p."committeeId" AND cc.platform = $2) AS channel,
         EXISTS (SELECT 1 FROM "SubstitutionDeclaration" d
                  WHERE d."meetingId" = p."meetingId" AND d.status = 'ACCEPTED' AND d."substituteId" = $3) AS substitute
    FROM "Poll" p JOIN "Committee" c ON c.id = p."committeeId"
   WHERE p.id = $1`;

interface PollPlaceRow {
  readonly committeeId: string;
  readonly committeeCode: string;
  readonly channel: string | null;
  readonly substitute: boolean;
}

/** Decides where the card of `pollId` may be shown to the asker. */
export async function placePollCard(deps: ServiceDeps, input: PlacePollCardInput): Promise<Result<PollCardPlacement, PlacePollCardError>> {
  const [[poll], actor] = await Promise.all([
    runStatement<PollPlaceRow>(deps.db, { name: 'gremium_poll_place', text: POLL_PLACE_SQL, values: [input.pollId, input.platform, input.personId] }),
    loadActorFacts(deps.db, input.personId),
  ]);
  if (!poll) return err('UNKNOWN_POLL', { pollId: input.pollId });
  const channel = poll.channel;
  const place = actor
    ? pollCardPlace({ actor, committeeId: poll.committeeId, day: amsterdamDay(deps.now()), inBoundChannel: channel !== null && channel === input.channel, substitute: poll.substitute })
    : null;
  if (place === null) return err('POLL_CARD_ELSEWHERE', { committee: poll.committeeCode, channel: channel ?? '', platform: input.platform });
  return ok({ place, committeeId: poll.committeeId, committeeCode: poll.committeeCode, channel });
}
