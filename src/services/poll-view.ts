/**
 * A poll as replies show it: the question, the committee's rule, the voting seats with who has voted
 * (and what, unless the committee votes by secret ballot), and the outcome under the rule: live while
 * the poll is open (decide(..., final: false)), as stored once it closed.
 */
import type { Db } from '../db/database.ts';
import { toLocalDate } from '../db/dates.ts';
import { decide, type Outcome, type StanceChoice } from '../domain/decisions/index.ts';
import type { LocalDate } from '../domain/local-date.ts';
import type { DecisionRule } from '../domain/registry.ts';
import { amsterdamDay } from '../domain/schedule/clock.ts';
import type { Tx } from './deps.ts';
import { activeOn } from './seat-view.ts';

/** One voting seat of the poll. `choice` is null when the seat has not voted or the ballot is secret. */
export interface PollSeatView {
  readonly seatId: string;
  readonly holderName: string;
  readonly organisationName: string;
  readonly voted: boolean;
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
  readonly outcome: Outcome;
  /** The number on the meeting's decision list, once recorded. */
  readonly decisionNumber: number | null;
}

/** The day a poll's seats are judged on. */
export function pollDay(poll: { createdAt: Date; meeting: { day: Date } | null }): LocalDate {
  return poll.meeting ? toLocalDate(poll.meeting.day) : amsterdamDay(poll.createdAt);
}

/** Loads the view of a poll, or null when there is no such poll. */
export async function loadPollView(db: Db | Tx, pollId: string): Promise<PollView | null> {
  const poll = await db.poll.findUnique({
    where: { id: pollId },
    include: {
      committee: { select: { id: true, code: true, name: true, language: true } },
      meeting: { select: { id: true, day: true } },
      stances: { orderBy: { castAt: 'asc' } },
      decision: { select: { number: true } },
    },
  });
  if (!poll) return null;
  const day = pollDay(poll);
  const seats = await db.seat.findMany({
    where: { committeeId: poll.committeeId, role: 'MEMBER', ...activeOn(day) },
    select: { id: true, personId: true, person: { select: { name: true } }, onBehalfOf: { select: { name: true } } },
  });
  seats.sort((a, b) => a.onBehalfOf.name.localeCompare(b.onBehalfOf.name) || a.person.name.localeCompare(b.person.name));
  const castByIds = [...new Set(poll.stances.map((s) => s.castById))];
  const castBy = new Map(
    (await db.person.findMany({ where: { id: { in: castByIds } }, select: { id: true, name: true } })).map((p) => [p.id, p.name]),
  );
  const stanceOf = new Map(poll.stances.map((s) => [s.seatId, s]));
  const stances = poll.stances.map((s) => ({ seatId: s.seatId, choice: s.choice as StanceChoice }));
  const live = decide(poll.rule, { votingSeatIds: seats.map((s) => s.id), stances, final: false });
  const outcome = poll.status === 'CLOSED' && poll.outcome !== null ? (poll.outcome as unknown as Outcome) : live.ok ? live.value : null;
  if (outcome === null) throw new Error(`poll ${poll.id}: rule ${poll.rule} cannot be counted`);
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
    meeting: poll.meeting ? { id: poll.meeting.id, day: toLocalDate(poll.meeting.day) } : null,
    day,
    seats: seats.map((s) => {
      const stance = stanceOf.get(s.id);
      return {
        seatId: s.id,
        holderName: s.person.name,
        organisationName: s.onBehalfOf.name,
        voted: stance !== undefined,
        choice: stance && !poll.secret ? (stance.choice as StanceChoice) : null,
        castByName: stance && stance.castById !== s.personId ? (castBy.get(stance.castById) ?? null) : null,
      };
    }),
    outcome,
    decisionNumber: poll.decision?.number ?? null,
  };
}
