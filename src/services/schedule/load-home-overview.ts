/**
 * A person's own overview (Slack App Home, Teams personal tab): the seats they hold today, the open
 * polls in which one of their member seats has not voted yet (per party: nor a colleague for the party), and the open duties of committees they
 * serve as secretary, due from today on. Empty lists when there is nothing (yet).
 */
import { toLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { isOfficerOf, isVotingSeat, MANAGER_ROLES } from '../../domain/registry/seat-rules.ts';
import type { ServiceDeps } from '../deps.ts';
import { findSeatsOfPerson } from '../registry/find-seats-of-person.ts';
import type { SeatView } from '../registry/seat-view.ts';

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
}

/** Loads the overview for `personId` on `day`; at most `limit` polls and duties each. */
export async function loadHomeOverview(deps: ServiceDeps, input: { personId: string; day: LocalDate; limit?: number }): Promise<HomeOverview> {
  const limit = input.limit ?? 10;
  const seats = await findSeatsOfPerson(deps, { personId: input.personId, day: input.day });
  const memberSeats = seats.filter((s) => isVotingSeat(s, input.day));
  const polls = memberSeats.length === 0 ? [] : await deps.db.poll.findMany({
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
  const secretaryOf = seats.filter((s) => isOfficerOf({ ...s, committeeId: s.committee.id }, s.committee.id, input.day, MANAGER_ROLES)).map((s) => s.committee.id);
  const duties = secretaryOf.length === 0 ? [] : await deps.db.duty.findMany({
    where: { committeeId: { in: secretaryOf }, doneAt: null, due: { gte: new Date(`${input.day}T00:00:00.000Z`) } },
    select: { kind: true, due: true, committee: { select: { code: true } } },
    orderBy: { due: 'asc' },
    take: limit,
  });
  return {
    seats,
    polls: polls.map((p) => ({ pollId: p.id, committeeCode: p.committee.code, question: p.question, options: p.options, closesAt: p.closesAt })),
    duties: duties.map((d) => ({ committeeCode: d.committee.code, kind: d.kind, due: toLocalDate(d.due) })),
  };
}
