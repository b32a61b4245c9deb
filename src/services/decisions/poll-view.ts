/**
 * A poll as replies show it: the question, the committee's rule, the voting seats with who has voted
 * and what, and the outcome under the rule: live while the poll is open (decide(..., final: false)),
 * as stored once it closed. A secret ballot's view carries neither who voted nor what, and no
 * outcome while it is open: only how many seats voted (the choices are not even read).
 */
import { runStatement, type RawQueryable } from '../../db/raw-sql.ts';
import { decide, type Outcome, type StanceChoice } from '../../domain/decisions/index.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import type { DecisionRule } from '../../domain/registry/words.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { votingOnSql } from '../registry/seat-filters.ts';

/** One voting seat of the poll. `voted` and `choice` are null under a secret ballot; `choice` is null too when the seat has not voted. */
export interface PollSeatView {
  readonly seatId: string;
  readonly holderName: string;
  readonly organisationName: string;
  readonly voted: boolean | null;
  readonly choice: StanceChoice | null;
  /** Who cast the stance when it was not the holder (an accepted substitute). */
  readonly castByName: string | null;
}

/** Everything a poll card shows. */
export interface PollView {
  readonly id: string;
  readonly question: string;
  readonly options: readonly StanceChoice[];
  readonly rule: DecisionRule;
  readonly secret: boolean;
  readonly status: 'OPEN' | 'CLOSED';
  readonly closesAt: Date;
  readonly closedAt: Date | null;
  readonly committee: { readonly id: string; readonly code: string; readonly name: string; readonly language: string };
  readonly meeting: { readonly id: string; readonly day: LocalDate } | null;
  /** The day seats are judged on: the meeting's day, else the day the poll opened. */
  readonly day: LocalDate;
  readonly seats: readonly PollSeatView[];
  /** How many voting seats have voted, of how many. */
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
  SELECT p.id, p.question, p.options, p.rule::text AS rule, p.secret, p.status::text AS status,
         p."closesAt", p."closedAt", p.outcome, p."createdAt",
         json_build_object('id', c.id, 'code', c.code, 'name', c.name, 'language', c.language) AS committee,
         m.id AS "meetingId", m.day::text AS "meetingDay",
         (SELECT d.number FROM "Decision" d WHERE d."pollId" = p.id) AS "decisionNumber",
         (SELECT coalesce(json_agg(json_build_object('seatId', st."seatId", 'choice', CASE WHEN p.secret THEN NULL ELSE st.choice END, 'castById', st."castById", 'castByName', cb.name)
                                   ORDER BY st."castAt"), '[]')
            FROM "Stance" st JOIN "Person" cb ON cb.id = st."castById" WHERE st."pollId" = p.id) AS stances
    FROM "Poll" p JOIN "Committee" c ON c.id = p."committeeId" LEFT JOIN "Meeting" m ON m.id = p."meetingId"
   WHERE p.id = $1`;

/** The member seats a poll counts on its day, with holder and organisation. */
const VOTING_SEATS_SQL = `
  SELECT s.id, s."personId", p.name AS "holderName", o.name AS "organisationName"
    FROM "Seat" s JOIN "Person" p ON p.id = s."personId" JOIN "Organisation" o ON o.id = s."onBehalfOfId"
   WHERE s."committeeId" = $1 AND ${votingOnSql('s', '$2')}`;

interface PollRow {
  readonly id: string;
  readonly question: string;
  readonly options: string[];
  readonly rule: DecisionRule;
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
}

/**
 * Loads the view of a poll, or null when there is no such poll. Two plain statements (db/raw-sql.ts):
 * every vote redraws the card, so this runs as often as votes are cast.
 */
export async function loadPollView(db: RawQueryable, pollId: string): Promise<PollView | null> {
  const [poll] = await runStatement<PollRow>(db, { name: 'gremium_poll_view', text: POLL_SQL, values: [pollId] });
  if (!poll) return null;
  const day = pollDay(poll);
  const seats = await runStatement<{ id: string; personId: string; holderName: string; organisationName: string }>(db, {
    name: 'gremium_poll_seats',
    text: VOTING_SEATS_SQL,
    values: [poll.committee.id, day],
  });
  seats.sort((a, b) => a.organisationName.localeCompare(b.organisationName) || a.holderName.localeCompare(b.holderName));
  const stanceOf = new Map(poll.stances.map((s) => [s.seatId, s]));
  const outcome = outcomeOf(poll, seats.map((s) => s.id));
  const turnout = outcome ? { voted: outcome.counts.voted, seats: outcome.counts.seats } : { voted: seats.filter((s) => stanceOf.has(s.id)).length, seats: seats.length };
  return {
    id: poll.id,
    question: poll.question,
    options: poll.options as StanceChoice[],
    rule: poll.rule,
    secret: poll.secret,
    status: poll.status,
    closesAt: poll.closesAt,
    closedAt: poll.closedAt,
    committee: poll.committee,
    meeting: poll.meetingId && poll.meetingDay ? { id: poll.meetingId, day: poll.meetingDay } : null,
    day,
    seats: seats.map((s) => {
      const stance = poll.secret ? undefined : stanceOf.get(s.id);
      return {
        seatId: s.id,
        holderName: s.holderName,
        organisationName: s.organisationName,
        voted: poll.secret ? null : stance !== undefined,
        choice: (stance?.choice ?? null) as StanceChoice | null,
        castByName: stance && stance.castById !== s.personId ? stance.castByName : null,
      };
    }),
    turnout,
    outcome,
    decisionNumber: poll.decisionNumber,
  };
}

/** The stored outcome of a closed poll; the live one of an open poll; none of an open secret ballot. */
function outcomeOf(poll: PollRow, votingSeatIds: readonly string[]): Outcome | null {
  if (poll.status === 'CLOSED' && poll.outcome !== null) return poll.outcome as Outcome;
  if (poll.secret) return null;
  const stances = poll.stances.map((s) => ({ seatId: s.seatId, choice: s.choice as StanceChoice }));
  const live = decide(poll.rule, { votingSeatIds, stances, final: false });
  if (!live.ok) throw new Error(`poll ${poll.id}: rule ${poll.rule} cannot be counted`);
  return live.value;
}
