/**
 * `/gremium stem <poll> <keuze>`: a member (or the accepted substitute) casts the stance of a seat.
 * One vote per seat: a person with two member seats casts one stance per seat; a change of vote
 * replaces the stance (unique pollId + seatId), it never adds one.
 *
 * Built for many voters at once: who may vote comes from the poll's roster in memory (poll-roster.ts),
 * decided by the domain (voteRightsOf / canVote), and each stance is written by ONE statement, its own
 * transaction, that
 * - checks the poll is open and its meeting neither held nor cancelled, locking the poll row FOR KEY
 *   SHARE (closePoll takes FOR UPDATE, so a stance is either counted in the outcome or refused);
 * - re-checks in SQL that the seat is still the voter's (a roster can be stale);
 * - upserts the stance on (pollId, seatId), writes its audit entry and returns the seat's earlier
 *   choice (so the reply can say "changed from ... to ..." without reading the stances first).
 * When the statement writes nothing, the reason is read afterwards (the slow path), and a roster read
 * before the newest change to who may vote (poll-roster.ts) is reloaded so the domain decides again on
 * fresh rows. The statement goes
 * past the Prisma client (db/raw-sql.ts): Prisma's per-call overhead was most of a vote's cost.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { runStatement, type Statement } from '../../db/raw-sql.ts';
import { toLocalDate } from '../../db/dates.ts';
import { canVote, checkStanceChoice, GENERAL_MANDATE_SCOPES, mandateSourceFor, voteRightsOf, type MandateRule, type StanceChoice, type VoteErrorCode, type VoteRight } from '../../domain/decisions/index.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { forgetRoster, pollRoster, votingRevision, type PollRoster } from './poll-roster.ts';

/**
 * Who votes how. `seatId` picks one seat when the voter may vote for several; `onBehalfOfId` picks
 * the voter's seats held (or substituted) on behalf of that organisation (`namens=` in the chat).
 */
export interface CastStanceInput {
  readonly actor: Actor & { personId: string };
  readonly pollId: string;
  readonly choice: StanceChoice;
  readonly seatId?: string;
  readonly onBehalfOfId?: string;
}

/**
 * Error codes:
 * - UNKNOWN_POLL: no poll with this id. Params: `pollId`.
 * - POLL_CLOSED: the poll is closed, or its closing time has passed. Params: `pollId`, `committee`.
 * - MEETING_CLOSED / MEETING_CANCELLED: the poll belongs to a meeting that was held or cancelled. Params: `committee`, `day`.
 * - CHOICE_NOT_ALLOWED: the rule does not offer this choice. Params: `rule`, `choice`, `allowed`.
 * - NO_VOTING_SEAT: the person holds no seat in the committee and substitutes for none (with
 *   `onBehalfOfId`: none on behalf of that organisation). Params: `committee`.
 * - NOT_A_MEMBER, SEAT_NOT_ACTIVE, SUBSTITUTED, NOT_SEAT_HOLDER: from canVote (eligibility.ts), plus `committee`.
 * - NO_VALID_MANDATE: from canVote, the committee requires a mandate and the voter has none valid today;
 *   params add `committee`, `organisationName`, and `quote` / `source` (the committee's mandate rule).
 * - NOT_IN_ELECTORATE: the person's member seat was given after the poll opened; the electorate is
 *   fixed at opening (issue 13). Params: `committee`, `opened` (the day the poll opened).
 */
export type CastStanceError = DomainError<
  'UNKNOWN_POLL' | 'POLL_CLOSED' | 'MEETING_CLOSED' | 'MEETING_CANCELLED' | 'CHOICE_NOT_ALLOWED' | 'NO_VOTING_SEAT' | 'NOT_IN_ELECTORATE' | VoteErrorCode
>;

/** One stance written: the seat, as whom, and the seat's choice before (null when it had not voted). */
export interface CastSeat {
  readonly seatId: string;
  readonly as: 'HOLDER' | 'SUBSTITUTE';
  readonly previous: StanceChoice | null;
}

/** The stances written: one per seat the person voted for. */
export interface CastStanceResult {
  readonly pollId: string;
  readonly committeeId: string;
  readonly cast: readonly CastSeat[];
}

/** The committee's mandate rule for a vote cast on `castOn`, when it requires one. */
function mandateRuleOf(roster: PollRoster, castOn: LocalDate): MandateRule | undefined {
  return roster.mandates === null ? undefined : { committeeCode: roster.committeeCode, mandates: roster.mandates, castOn };
}

/** The seats the person may vote for, or why none (with the domain's reason for the first seat). */
function rightsOf(roster: PollRoster, input: CastStanceInput, castOn: LocalDate): Result<VoteRight[], CastStanceError> {
  // Only the voter's own seats (held, or taken over as accepted substitute) can be chosen: a choice
  // by seat or by organisation narrows them, it never reaches another person's seat.
  const own = roster.seatsOf.get(input.actor.personId) ?? [];
  const chosen = own.filter((s) => (input.seatId === undefined || s.id === input.seatId) && (input.onBehalfOfId === undefined || s.onBehalfOfId === input.onBehalfOfId));
  const mandateRule = mandateRuleOf(roster, castOn);
  const all = voteRightsOf(input.actor.personId, chosen, roster.day, roster.declarations, mandateRule);
  // The electorate was fixed when the poll opened: a member seat given afterwards does not vote.
  const rights = all.filter((r) => roster.electorate.has(r.seatId));
  if (rights.length > 0) return ok(rights);
  if (all.length > 0) return err('NOT_IN_ELECTORATE', { committee: roster.committeeCode, opened: roster.openedOn });
  const first = chosen[0];
  const refused = first ? canVote({ seat: first, personId: input.actor.personId, day: roster.day, declarations: roster.declarations, ...(mandateRule ? { mandateRule } : {}) }) : null;
  return refused && !refused.ok
    ? err(refused.error.code, { ...refused.error.params, committee: roster.committeeCode })
    : err('NO_VOTING_SEAT', { committee: roster.committeeCode });
}

/** Casts (or changes) the stance of every seat the person may vote for, or of `seatId`. */
export async function castStance(deps: ServiceDeps, input: CastStanceInput): Promise<Result<CastStanceResult, CastStanceError>> {
  const now = deps.now();
  let roster = await pollRoster(deps, input.pollId);
  if (!roster) return err('UNKNOWN_POLL', { pollId: input.pollId });
  const choice = checkStanceChoice(roster.rule, input.choice);
  if (!choice.ok) return err('CHOICE_NOT_ALLOWED', { ...choice.error.params, committee: roster.committeeCode });
  const castOn = amsterdamDay(now);
  let rights = rightsOf(roster, input, castOn);
  const cast: CastSeat[] = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    if (rights.ok) {
      for (const right of rights.value.filter((r) => !cast.some((c) => c.seatId === r.seatId))) {
        const written = await writeStance(deps.db, roster, input, right, now);
        if (!written) break;
        cast.push({ seatId: right.seatId, as: right.as, previous: written.previous });
      }
      if (cast.length === rights.value.length) return ok({ pollId: input.pollId, committeeId: roster.committeeId, cast });
      const closed = await whyClosed(deps.db, roster, now);
      if (closed) return closed;
    }
    if (attempt > 0) break;
    // A refusal, or a seat the database no longer confirms: decide again on fresh rows if who may vote
    // changed since the roster was read (a non-member's click costs one read, not a reload, however
    // many votes were cast meanwhile).
    if ((await votingRevision(deps.db)) === roster.revision) break;
    forgetRoster(deps, input.pollId);
    roster = await pollRoster(deps, input.pollId);
    if (!roster) return err('UNKNOWN_POLL', { pollId: input.pollId });
    rights = rightsOf(roster, input, castOn);
  }
  if (cast.length > 0) return ok({ pollId: input.pollId, committeeId: roster.committeeId, cast });
  if (!rights.ok && rights.error.code === 'NO_VALID_MANDATE') return withMandateSource(deps.db, roster, rights.error);
  return rights.ok ? err('NO_VOTING_SEAT', { committee: roster.committeeCode }) : rights;
}

/** A mandate refusal with the party's name and the committee's mandate rule to quote (a refusal is rare: one read). */
async function withMandateSource(db: Db, roster: PollRoster, error: CastStanceError): Promise<Result<never, CastStanceError>> {
  const organisationId = String(error.params?.organisationId ?? '');
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
  const source = mandateSourceFor(roster.sourceRef);
  return err('NO_VALID_MANDATE', { ...error.params, organisationName: organisation?.name ?? organisationId, quote: source.text, source: source.ref });
}

/**
 * The one statement of a vote, as SQL text and parameters (exported so the benchmark can run the very
 * same statement over plain `pg` and show what the database itself costs).
 */
export function stanceStatement(roster: PollRoster, input: CastStanceInput, right: VoteRight, now: Date): Statement {
  const actorId = input.actor.personId;
  const after = JSON.stringify({ pollId: input.pollId, seatId: right.seatId, castById: actorId, as: right.as, choice: roster.secret ? 'SECRET' : input.choice, castAt: now.toISOString() });
  const values: unknown[] = [input.pollId, now, right.seatId, roster.committeeId, actorId, randomUUID(), input.choice, input.actor.label, roster.secret, after];
  // "No vote without a valid mandate", confirmed on the rows: a mandate revoked since the roster was read refuses.
  let mandate = '';
  if (roster.mandates !== null) {
    values.push(amsterdamDay(now), [...GENERAL_MANDATE_SCOPES, roster.committeeCode.trim().toLowerCase()]);
    const [castOn, scopes] = [`$${values.length - 1}`, `$${values.length}`];
    mandate = `AND EXISTS (SELECT 1 FROM "Mandate" md WHERE md."personId" = $5 AND md."organisationId" = st."onBehalfOfId" AND md."revokedAt" IS NULL
      AND md."startsOn" <= ${castOn}::date AND (md."endsOn" IS NULL OR md."endsOn" >= ${castOn}::date) AND lower(btrim(md.scope)) = ANY(${scopes}::text[]))`;
  }
  // Substitution only exists for a poll tied to a meeting; without one the holder votes and no
  // meeting or declaration needs reading.
  let meetingOpen = '';
  let holder = 'AND st."personId" = $5';
  const name = `gremium_stance_${roster.meetingId === null ? 'poll' : right.as === 'SUBSTITUTE' ? 'substitute' : 'holder'}${mandate ? '_mandate' : ''}`;
  if (roster.meetingId !== null) {
    values.push(roster.meetingId);
    const m = `$${values.length}`;
    meetingOpen = `AND EXISTS (SELECT 1 FROM "Meeting" m WHERE m.id = ${m} AND m.status = 'SCHEDULED')`;
    const declared = `SELECT 1 FROM "SubstitutionDeclaration" d WHERE d."seatId" = st.id AND d."meetingId" = ${m} AND d.status = 'ACCEPTED'`;
    holder = right.as === 'SUBSTITUTE'
      ? `AND EXISTS (${declared} AND d."substituteId" = $5)`
      : `AND st."personId" = $5 AND NOT EXISTS (${declared} AND d."substituteId" IS NOT NULL)`;
  }
  const text = `
    WITH p AS (
      SELECT p.id FROM "Poll" p
      WHERE p.id = $1 AND p.status = 'OPEN' AND p."closesAt" > $2 ${meetingOpen}
      FOR KEY SHARE OF p
    ), seat AS (
      -- The roster's decision, confirmed on the rows: a seat of the electorate fixed when the poll
      -- opened, voted for by its holder unless an accepted substitute takes it for the meeting, or by
      -- that substitute.
      SELECT st.id FROM "PollVoter" v JOIN "Seat" st ON st.id = v."seatId"
      WHERE v."pollId" = $1 AND v."seatId" = $3 AND st."committeeId" = $4 ${holder} ${mandate}
    ), prev AS (
      SELECT choice FROM "Stance" WHERE "pollId" = $1 AND "seatId" = $3
    ), s AS (
      INSERT INTO "Stance" (id, "pollId", "seatId", "castById", choice, "castAt")
      SELECT $6, p.id, seat.id, $5, $7, $2 FROM p, seat
      ON CONFLICT ("pollId", "seatId") DO UPDATE SET choice = EXCLUDED.choice, "castById" = EXCLUDED."castById", "castAt" = EXCLUDED."castAt"
      RETURNING id
    )
    INSERT INTO "AuditEntry" (at, "actorId", "actorLabel", action, "subjectType", "subjectId", "committeeId", before, after)
    SELECT $2, $5, $8, 'stance.cast', 'Stance', s.id, $4,
           (SELECT jsonb_build_object('choice', CASE WHEN $9::boolean THEN 'SECRET' ELSE prev.choice END) FROM prev),
           $10::jsonb
    FROM s
    RETURNING id, (SELECT choice::text FROM prev) AS previous`;
  return { name, text, values };
}

/**
 * Runs the vote's statement: the seat's earlier choice when it wrote, null when it wrote nothing
 * (poll not open, or the seat no longer the voter's).
 */
async function writeStance(db: Db, roster: PollRoster, input: CastStanceInput, right: VoteRight, now: Date): Promise<{ previous: StanceChoice | null } | null> {
  // The statement says RETURNING: a row back means the stance and its audit entry were written.
  const [row] = await runStatement<{ id: string; previous: StanceChoice | null }>(db, stanceStatement(roster, input, right, now));
  return row ? { previous: row.previous } : null;
}

/** Why the poll took no stance, when it is the poll (closed, past its time, meeting held or cancelled); null otherwise. */
async function whyClosed(db: Db, roster: PollRoster, now: Date): Promise<Result<never, CastStanceError> | null> {
  const poll = await db.poll.findUnique({ where: { id: roster.pollId }, select: { status: true, closesAt: true, meeting: { select: { status: true, day: true } } } });
  if (!poll) return err('UNKNOWN_POLL', { pollId: roster.pollId });
  const committee = roster.committeeCode;
  if (poll.status === 'CLOSED' || poll.closesAt.getTime() <= now.getTime()) return err('POLL_CLOSED', { pollId: roster.pollId, committee });
  if (poll.meeting?.status === 'CANCELLED') return err('MEETING_CANCELLED', { committee, day: toLocalDate(poll.meeting.day) });
  if (poll.meeting?.status === 'HELD') return err('MEETING_CLOSED', { committee, day: toLocalDate(poll.meeting.day) });
  return null;
}
