/**
 * "Wat staat er voor mij open?" / "what needs me?", complete (issue 17): the open polls waiting for a vote
 * of one of my seats, the duties I carry (overdue first, however old), my notices of absence to come (and
 * the substitutes the committee's rule says my party must still arrange: 001 "Bij verhindering zorgen
 * Gemeente of jeugdhulpcombinaties voor een adequate vervanger"), where I stand in for someone, and, for
 * a secretary, the coming meetings of the committees she serves. One read for chat and the Slack App Home.
 */
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import { addDays, type LocalDate } from '../../domain/local-date.ts';
import { isVotingSeat, MANAGER_ROLES } from '../../domain/registry/seat-rules.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import type { ServiceDeps } from '../deps.ts';
import { findSeatsOfPerson } from '../registry/find-seats-of-person.ts';
import { officersOn } from '../registry/seat-filters.ts';
import type { SeatView } from '../registry/seat-view.ts';
import { dutiesOfPerson, type DutyView } from './schedule-view.ts';
import { ensureMeetings } from './ensure-meetings.ts';
import { proceduresNeedingMe, type ProceduresNeedingMe } from '../procedures/procedures-needing-me.ts';

/** How far ahead notices, standing in and a secretary's meetings are listed. */
export const AHEAD_DAYS = 30;

/** An open poll still waiting for one of the person's votes. */
export interface WaitingPoll {
  readonly pollId: string;
  readonly committeeCode: string;
  readonly question: string;
  readonly options: readonly string[];
  readonly closesAt: Date;
}

/** A notice of mine to come: one meeting (from = until) or a period. */
export interface MyNotice {
  readonly committeeCode: string;
  readonly from: LocalDate;
  readonly until: LocalDate;
  readonly substituteName: string | null;
  /** The committee's rule asks my party for a substitute and none is named yet. */
  readonly substituteToArrange: boolean;
}

/** Where I stand in for someone, to come. */
export interface StandingIn {
  readonly committeeCode: string;
  readonly holderName: string;
  readonly day: LocalDate;
}

/** A coming meeting of a committee I am secretary of. */
export interface ComingMeeting {
  readonly committeeCode: string;
  readonly day: LocalDate;
  readonly startsAt: Date;
}

/** Everything that needs the person. */
export interface WhatNeedsMe {
  readonly polls: readonly WaitingPoll[];
  readonly duties: readonly DutyView[];
  readonly notices: readonly MyNotice[];
  readonly standingIn: readonly StandingIn[];
  readonly meetings: readonly ComingMeeting[];
  /** Proposals waiting for my party's reaction and impasse steps my party must act in (procedures-needing-me.ts). */
  readonly procedures: ProceduresNeedingMe;
}

/** Reads what needs `personId` today. */
export async function whatNeedsMe(deps: ServiceDeps, input: { personId: string; limit?: number }): Promise<WhatNeedsMe> {
  const now = deps.now();
  const today = amsterdamDay(now);
  const horizon = addDays(today, AHEAD_DAYS);
  const limit = input.limit ?? 20;
  const seats = await findSeatsOfPerson(deps, { personId: input.personId, day: today });
  const polls = await waitingPolls(deps, seats, today, limit);
  const duties = await dutiesOfPerson(deps, { personId: input.personId, backDays: null, aheadDays: AHEAD_DAYS });
  const notices = await myNotices(deps, input.personId, today);
  const standing = await deps.db.substitutionDeclaration.findMany({
    where: { status: 'ACCEPTED', substituteId: input.personId, meeting: { status: 'SCHEDULED', day: { gte: fromLocalDate(today), lte: fromLocalDate(horizon) } } },
    select: { seat: { select: { person: { select: { name: true } }, committee: { select: { code: true } } } }, meeting: { select: { day: true } } },
    orderBy: { meeting: { day: 'asc' } },
    take: limit,
  });
  const served = await deps.db.seat.findMany({ where: { personId: input.personId, ...officersOn(today, MANAGER_ROLES) }, select: { committeeId: true } });
  const committeeIds = [...new Set(served.map((s) => s.committeeId))];
  if (committeeIds.length > 0) await ensureMeetings(deps, { from: today, to: horizon });
  const meetings = committeeIds.length === 0 ? [] : await deps.db.meeting.findMany({
    where: { committeeId: { in: committeeIds }, status: 'SCHEDULED', day: { gte: fromLocalDate(today), lte: fromLocalDate(horizon) }, startsAt: { gte: now } },
    select: { day: true, startsAt: true, committee: { select: { code: true } } },
    orderBy: { startsAt: 'asc' },
    take: limit,
  });
  return {
    polls,
    duties,
    notices,
    standingIn: standing.map((d) => ({ committeeCode: d.seat.committee.code, holderName: d.seat.person.name, day: toLocalDate(d.meeting.day) })),
    meetings: meetings.map((m) => ({ committeeCode: m.committee.code, day: toLocalDate(m.day), startsAt: m.startsAt })),
    procedures: await proceduresNeedingMe(deps, { personId: input.personId, limit }),
  };
}

/** My notices to come: absences for a period that have not ended, and notice for one coming meeting. */
async function myNotices(deps: ServiceDeps, personId: string, today: LocalDate): Promise<MyNotice[]> {
  const names = new Map<string, string>();
  const absences = await deps.db.absence.findMany({
    where: { personId, status: 'ACCEPTED', endsOn: { gte: fromLocalDate(today) } },
    select: { startsOn: true, endsOn: true, substituteId: true, committee: { select: { code: true, substituteRequired: true } } },
    orderBy: { startsOn: 'asc' },
  });
  const single = await deps.db.substitutionDeclaration.findMany({
    where: { status: 'ACCEPTED', absenceId: null, seat: { personId }, meeting: { status: 'SCHEDULED', day: { gte: fromLocalDate(today) } } },
    select: { substituteId: true, meeting: { select: { day: true } }, seat: { select: { committee: { select: { code: true, substituteRequired: true } } } } },
  });
  const rows = [
    ...absences.map((a) => ({ committee: a.committee, from: toLocalDate(a.startsOn), until: toLocalDate(a.endsOn), substituteId: a.substituteId })),
    ...single.map((d) => ({ committee: d.seat.committee, from: toLocalDate(d.meeting.day), until: toLocalDate(d.meeting.day), substituteId: d.substituteId })),
  ];
  const ids = [...new Set(rows.flatMap((r) => (r.substituteId ? [r.substituteId] : [])))];
  for (const p of await deps.db.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })) names.set(p.id, p.name);
  const seen = new Set<string>();
  return rows
    .map((r) => ({
      committeeCode: r.committee.code, from: r.from, until: r.until, substituteName: r.substituteId ? (names.get(r.substituteId) ?? null) : null,
      substituteToArrange: r.committee.substituteRequired && r.substituteId === null,
    }))
    // Two seats in one committee give two declarations for one meeting: one notice.
    .filter((n) => !seen.has(`${n.committeeCode}:${n.from}:${n.until}`) && seen.add(`${n.committeeCode}:${n.from}:${n.until}`))
    .sort((a, b) => a.from.localeCompare(b.from));
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
