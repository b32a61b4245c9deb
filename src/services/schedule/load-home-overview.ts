/**
 * A person's own overview (Slack App Home, Teams personal tab): the seats they hold today and what needs
 * them (what-needs-me.ts): the open polls in which one of their member seats has not voted yet (per party:
 * nor a colleague for the party), the duties they carry (overdue first), their notices, where they stand in,
 * a secretary's coming meetings. Empty lists when there is nothing (yet).
 */
import type { LocalDate } from '../../domain/local-date.ts';
import type { ServiceDeps } from '../deps.ts';
import { findSeatsOfPerson } from '../registry/find-seats-of-person.ts';
import type { SeatView } from '../registry/seat-view.ts';
import { whatNeedsMe, type WaitingPoll, type WhatNeedsMe } from './what-needs-me.ts';

export type { WaitingPoll } from './what-needs-me.ts';

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
  readonly procedures: WhatNeedsMe['procedures'];
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
    procedures: needs.procedures,
  };
}
