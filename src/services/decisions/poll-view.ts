/**
 * A poll as replies show it: the question, the committee's rule, the electorate's seats (fixed when the
 * poll opened) with who has voted and what, and the outcome under the rule: live while the poll is open
 * (decide(..., final: false)), as stored once it closed. A secret ballot's view carries neither who
 * voted nor what, and no outcome while it is open: only how many seats voted (the choices are not even read).
 *
 * Every vote redraws the card, so this runs as often as votes are cast. The electorate never changes
 * after opening, but its holders' names and parties may: the seat list of a poll is kept in memory
 * (ServiceDeps.caches) at the registry revision it was read at; the poll's own statement reads the
 * current revision with it, so a seat, person or party changed since (every such write moves the
 * revision: services/audit.ts) is read again. Stances are never cached.
 */
import { pollRef } from '../../domain/decisions/poll-ref.ts';
import { runStatement, type RawQueryable } from '../../db/raw-sql.ts';
import { decide, partiesOf, sideOf, type Outcome, type StanceChoice } from '../../domain/decisions/index.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import type { VotePer } from '../../domain/region/words.ts';
import type { DecisionRule } from '../../domain/registry/words.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';

/** One voting seat of the poll. `voted` and `choice` are null under a secret ballot; `choice` is null too when the seat has not voted. */
export interface PollSeatView {
  readonly seatId: string;
  /** The person holding the seat (a card shows them their own vote). */
  readonly holderId: string;
  readonly holderName: string;
  readonly organisationName: string;
  readonly voted: boolean | null;
  readonly choice: StanceChoice | null;
  /** Who cast the stance when it was not the holder (an accepted substitute). */
  readonly castByName: string | null;
}

/**
 * Per party: one party's seats and what the party counts as. `choice` is the party's agreed choice
 * (null when it has not voted, is divided, or the ballot is secret); `divided` when its holders took
 * different sides (never told on a secret ballot, as that would tell what they voted).
 */
export interface PollPartyView {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly seats: readonly PollSeatView[];
  /** Null under a secret ballot: whether a party voted would tell who did. */
  readonly voted: boolean | null;
  readonly choice: StanceChoice | null;
  readonly divided: boolean;
}

/** Everything a poll card shows. */
export interface PollView {
  readonly id: string;
  /** The short name people say and type: "SBO-7" (domain/decisions/poll-ref.ts). */
  readonly ref: string;
  readonly question: string;
  readonly options: readonly StanceChoice[];
  readonly rule: DecisionRule;
  /** What counts: every member seat, or every party once (the committee's vote-per when the poll opened). */
  readonly per: VotePer;
  readonly secret: boolean;
  readonly status: 'OPEN' | 'CLOSED';
  readonly closesAt: Date;
  readonly closedAt: Date | null;
  readonly committee: { readonly id: string; readonly code: string; readonly name: string; readonly language: string };
  readonly meeting: { readonly id: string; readonly day: LocalDate } | null;
  /** The day seats are judged on: the meeting's day, else the day the poll opened. */
  readonly day: LocalDate;
  readonly seats: readonly PollSeatView[];
  /** Per party: the voting seats grouped by party, in the order of `seats`; empty per seat. */
  readonly parties: readonly PollPartyView[];
  /** How many voting seats (per party: parties) have voted, of how many. */
  readonly turnout: { readonly voted: number; readonly seats: number };
  /** The outcome: live, or final once closed; null while a secret ballot is open. */
  readonly outcome: Outcome | null;
  /** The number on the meeting's decision list, once recorded. */
  readonly decisionNumber: number | null;
}

/** The day a poll's seats are judged on: its meeting's day, else the day it opened (Amsterdam). */
export function pollDay(poll: { createdAt: Date; meetingDay: LocalDate | null }): LocalDate {
  return poll.meetingDay ?? amsterdamDay(poll.createdAt);
}

/** The poll, its committee, meeting, decision number and stances (with who cast them), in one row. */
const POLL_SQL = `
  SELECT p.id, p.question, p.options, p.rule::text AS rule, p."votePer"::text AS "votePer", p.secret, p.status::text AS status,
         p."closesAt", p."closedAt", p.outcome, p."createdAt", p.number,
         (SELECT rr."auditId"::text FROM "RegistryRevision" rr WHERE rr.id = 1) AS "registryRevision",
         json_build_object('id', c.id, 'code', c.code, 'name', c.name, 'language', c.language) AS committee,
         m.id AS "meetingId", m.day::text AS "meetingDay",
         (SELECT d.number FROM "Decision" d WHERE d."pollId" = p.id) AS "decisionNumber",
         (SELECT coalesce(json_agg(json_build_object('seatId', st."seatId", 'choice', CASE WHEN p.secret THEN NULL ELSE st.choice END, 'castById', st."castById", 'castByName', cb.name)
                                   ORDER BY st."castAt"), '[]')
            FROM "Stance" st JOIN "Person" cb ON cb.id = st."castById" WHERE st."pollId" = p.id) AS stances
    FROM "Poll" p JOIN "Committee" c ON c.id = p."committeeId" LEFT JOIN "Meeting" m ON m.id = p."meetingId"
   WHERE p.id = $1`;

/** The seats a poll counts: its electorate, fixed when it opened (PollVoter), with holder and organisation. */
const VOTING_SEATS_SQL = `
  SELECT s.id, s."personId", s."onBehalfOfId", p.name AS "holderName", o.name AS "organisationName"
    FROM "PollVoter" v JOIN "Seat" s ON s.id = v."seatId"
    JOIN "Person" p ON p.id = s."personId" JOIN "Organisation" o ON o.id = s."onBehalfOfId"
   WHERE v."pollId" = $1`;

interface PollRow {
  readonly id: string;
  readonly number: number | null;
  readonly question: string;
  readonly options: string[];
  readonly rule: DecisionRule;
  readonly votePer: VotePer;
  readonly secret: boolean;
  readonly status: 'OPEN' | 'CLOSED';
  readonly closesAt: Date;
  readonly closedAt: Date | null;
  readonly outcome: unknown;
  readonly createdAt: Date;
  readonly committee: PollView['committee'];
  readonly meetingId: string | null;
  readonly meetingDay: LocalDate | null;
  readonly decisionNumber: number | null;
  readonly stances: { seatId: string; choice: string | null; castById: string; castByName: string }[];
  readonly registryRevision: string | null;
}

/** A seat of the electorate as the card lists it. */
interface SeatRow {
  readonly id: string;
  readonly personId: string;
  readonly onBehalfOfId: string;
  readonly holderName: string;
  readonly organisationName: string;
}

/** Electorates by poll, each at the registry revision it was read at, in card order. */
export type VotingSeatsCache = Map<string, { readonly revision: string; readonly seats: readonly SeatRow[] }>;

/** What loading a view needs: the database and the cache of electorates (a ServiceDeps has both). */
export interface PollViewDeps {
  readonly db: RawQueryable;
  readonly caches: { readonly votingSeats: VotingSeatsCache };
}

/** Seat lists kept at most; past it the oldest is dropped. */
const MAX_CACHED_SEAT_LISTS = 200;

/** The poll's electorate, from memory when the registry is still at `revision`. */
async function electorate(deps: PollViewDeps, pollId: string, revision: string): Promise<readonly SeatRow[]> {
  const cached = deps.caches.votingSeats.get(pollId);
  if (cached && cached.revision === revision) return cached.seats;
  const seats = await runStatement<SeatRow>(deps.db, { name: 'gremium_poll_electorate', text: VOTING_SEATS_SQL, values: [pollId] });
  seats.sort((a, b) => a.organisationName.localeCompare(b.organisationName) || a.holderName.localeCompare(b.holderName));
  const cache = deps.caches.votingSeats;
  cache.delete(pollId);
  if (cache.size >= MAX_CACHED_SEAT_LISTS) cache.delete(cache.keys().next().value as string);
  cache.set(pollId, { revision, seats });
  return seats;
}

/**
 * Loads the view of a poll, or null when there is no such poll. One plain statement (db/raw-sql.ts),
 * and a second one for the electorate when the registry changed since it was read.
 */
export async function loadPollView(deps: PollViewDeps, pollId: string): Promise<PollView | null> {
  const [poll] = await runStatement<PollRow>(deps.db, { name: 'gremium_poll_view', text: POLL_SQL, values: [pollId] });
  if (!poll) return null;
  const day = pollDay(poll);
  const seats = await electorate(deps, poll.id, poll.registryRevision ?? '0');
  const stanceOf = new Map(poll.stances.map((s) => [s.seatId, s]));
  const partyOf = partiesOf(poll.votePer, seats);
  const outcome = outcomeOf(poll, seats.map((s) => s.id), partyOf);
  const seatViews = seats.map((s): PartySeat => {
    const stance = poll.secret ? undefined : stanceOf.get(s.id);
    return {
      seatId: s.id,
      holderId: s.personId,
      organisationId: s.onBehalfOfId,
      holderName: s.holderName,
      organisationName: s.organisationName,
      voted: poll.secret ? null : stance !== undefined,
      choice: (stance?.choice ?? null) as StanceChoice | null,
      castByName: stance && stance.castById !== s.personId ? stance.castByName : null,
    };
  });
  const turnout = outcome ? { voted: outcome.counts.voted, seats: outcome.counts.seats } : secretTurnout(seats, stanceOf, poll.votePer);
  return {
    id: poll.id,
    ref: pollRef(poll.committee.code, poll.number, poll.id),
    question: poll.question,
    options: poll.options as StanceChoice[],
    rule: poll.rule,
    per: poll.votePer,
    secret: poll.secret,
    status: poll.status,
    closesAt: poll.closesAt,
    closedAt: poll.closedAt,
    committee: poll.committee,
    meeting: poll.meetingId && poll.meetingDay ? { id: poll.meetingId, day: poll.meetingDay } : null,
    day,
    seats: seatViews.map(withoutParty),
    parties: poll.votePer === 'PARTY' ? partyViews(seatViews, stanceOf, poll.secret) : [],
    turnout,
    outcome,
    decisionNumber: poll.decisionNumber,
  };
}

type PartySeat = PollSeatView & { readonly organisationId: string };
const withoutParty = ({ organisationId: _party, ...seat }: PartySeat): PollSeatView => seat;

/** An outcome stored before polls knew their vote-per counted seats. */
function withPer(outcome: Outcome): Outcome {
  return { ...outcome, per: outcome.per ?? 'SEAT', dividedParties: outcome.dividedParties ?? [] };
}

/** The seats grouped by party, with what each party counts as (tally.ts: agreed, divided, or not voted). */
function partyViews(seats: readonly PartySeat[], stanceOf: ReadonlyMap<string, { choice: string | null }>, secret: boolean): PollPartyView[] {
  const groups = new Map<string, PartySeat[]>();
  for (const seat of seats) groups.set(seat.organisationId, [...(groups.get(seat.organisationId) ?? []), seat]);
  return [...groups.values()].map((group) => {
    const choices = group.flatMap((s) => {
      const stance = secret ? undefined : stanceOf.get(s.seatId);
      return stance?.choice ? [stance.choice as StanceChoice] : [];
    });
    const divided = new Set(choices.map(sideOf)).size > 1;
    return {
      organisationId: group[0]!.organisationId,
      organisationName: group[0]!.organisationName,
      seats: group.map(withoutParty),
      voted: secret ? null : choices.length > 0,
      choice: secret || divided || choices.length === 0 ? null : choices[choices.length - 1]!,
      divided: divided && !secret,
    };
  });
}

/** An open secret ballot's "N of M": seats (or parties) that voted, read from whether a stance exists, never its choice. */
function secretTurnout(seats: readonly { id: string; onBehalfOfId: string }[], stanceOf: ReadonlyMap<string, unknown>, per: VotePer): { voted: number; seats: number } {
  if (per === 'SEAT') return { voted: seats.filter((s) => stanceOf.has(s.id)).length, seats: seats.length };
  const parties = new Set(seats.map((s) => s.onBehalfOfId));
  const voted = new Set(seats.filter((s) => stanceOf.has(s.id)).map((s) => s.onBehalfOfId));
  return { voted: voted.size, seats: parties.size };
}

/** The stored outcome of a closed poll; the live one of an open poll; none of an open secret ballot. */
function outcomeOf(poll: PollRow, votingSeatIds: readonly string[], partyOf: ReturnType<typeof partiesOf>): Outcome | null {
  if (poll.status === 'CLOSED' && poll.outcome !== null) return withPer(poll.outcome as Outcome);
  if (poll.secret) return null;
  const stances = poll.stances.flatMap((s) => (s.choice === null ? [] : [{ seatId: s.seatId, choice: s.choice as StanceChoice }]));
  const live = decide(poll.rule, { votingSeatIds, stances, final: false, ...(partyOf ? { partyOf } : {}) });
  if (!live.ok) throw new Error(`poll ${poll.id}: rule ${poll.rule} cannot be counted`);
  return live.value;
}
