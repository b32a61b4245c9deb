/**
 * A person's own overview (Slack App Home, Teams personal tab): the seats they hold today and what needs
 * them (what-needs-me.ts): the open polls in which one of their member seats has not voted yet (per party:
 * nor a colleague for the party), the duties they carry (overdue first), their notices, where they stand in,
 * a secretary's coming meetings. Empty lists when there is nothing (yet).
 */
import type { LocalDate } from '../../domain/local-date.ts';
import { isVotingSeat } from '../../domain/registry/seat-rules.ts';
import type { ServiceDeps } from '../deps.ts';
import { findSeatsOfPerson } from '../registry/find-seats-of-person.ts';
import type { SeatView } from '../registry/seat-view.ts';
import { whatNeedsMe, type WhatNeedsMe } from './what-needs-me.ts';

/** An open poll still waiting for one of the person's votes. */
export interface WaitingPoll {
  readonly pollId: string;
  readonly committeeCode: string;
  readonly question: string;
  readonly options: readonly string[];
  readonly closesAt: Date;
}

/** An open duty with its due day. */
export interface ComingDuty {
  readonly committeeCode: string;
  readonly kind: string;
  readonly due: LocalDate;
}

/** What the home tab shows. */
export interface HomeOverview {
  readonly seats: readonly SeatView[];
  readonly polls: readonly WaitingPoll[];
  readonly duties: readonly ComingDuty[];
  readonly notices: WhatNeedsMe['notices'];
  readonly standingIn: WhatNeedsMe['standingIn'];
  readonly meetings: WhatNeedsMe['meetings'];
}

/** Loads the overview for `personId` on `day`: the seats, and what needs them (what-needs-me.ts), at most `limit` of each. */
export async function loadHomeOverview(deps: ServiceDeps, input: { personId: string; day: LocalDate; limit?: number }): Promise<HomeOverview> {
  const limit = input.limit ?? 10;
  const seats = await findSeatsOfPerson(deps, { personId: input.personId, day: input.day });
  const needs = await whatNeedsMe(deps, { personId: input.personId, limit });
  return {
    seats,
    polls: needs.polls,
    // Overdue first, however old (issue 17), then those to come.
    duties: needs.duties.slice(0, limit).map((d) => ({ committeeCode: d.committee.code, kind: d.kind, due: d.due })),
    notices: needs.notices,
    standingIn: needs.standingIn,
    meetings: needs.meetings,
  };
}

/** The open polls in which one of the person's member seats has not voted (per party: nor a colleague for the party). */
export async function waitingPolls(deps: ServiceDeps, seats: readonly SeatView[], day: LocalDate, limit: number): Promise<WaitingPoll[]> {
  const memberSeats = seats.filter((s) => isVotingSeat(s, day));
  if (memberSeats.length === 0) return [];
  const polls = await deps.db.poll.findMany({
    where: {
      status: 'OPEN',
      committeeId: { in: memberSeats.map((s) => s.committee.id) },
      NOT: {
        OR: [
          { stances: { some: { seatId: { in: memberSeats.map((s) => s.seatId) } } } },
          // Per party, a party has voted once any of its holders has (domain/decisions/tally.ts).
          ...memberSeats.map((s) => ({ committeeId: s.committee.id, votePer: 'PARTY' as const, stances: { some: { seat: { onBehalfOfId: s.onBehalfOf.id } } } })),
        ],
      },
    },
    select: { id: true, question: true, options: true, closesAt: true, committee: { select: { code: true } } },
    orderBy: { closesAt: 'asc' },
    take: limit,
  });
  return polls.map((p) => ({ pollId: p.id, committeeCode: p.committee.code, question: p.question, options: p.options, closesAt: p.closesAt }));
}
