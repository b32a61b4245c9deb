/**
 * "Besluitenlijst BOSD 19 maart": the numbered decisions of one meeting with their ratios
 * (004 3.4.1: "Van de besluiten die het DOSD neemt wordt een besluitenlijst opgesteld.").
 */
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import type { ServiceDeps } from '../deps.ts';
import { meetsOn, nextMeetingDays } from '../schedule/meeting-lookup.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { maskConfidential } from '../procedures/confidential-decisions.ts';
import type { Viewer } from '../procedures/list-proposals.ts';

/** One line of a decision list. `outcome` is an OutcomeStatus; `ratio` is for-against-abstain. */
export interface DecisionLine {
  readonly number: number;
  readonly text: string;
  readonly outcome: string;
  readonly ratio: string;
  /** What the ratio counts: seats, or parties (a poll in a committee that votes per party). */
  readonly per: 'SEAT' | 'PARTY';
  /** The poll it came from, if any. */
  readonly pollId?: string | null;
}

/** A meeting's decision list. */
export interface DecisionListView {
  readonly committeeCode: string;
  readonly committeeName: string;
  readonly day: LocalDate;
  readonly decisions: readonly DecisionLine[];
}

/**
 * Error code NO_MEETING_ON_DAY: the committee had no meeting that day (a decision list needs one).
 * Params: `committee`, `day`, `next` (the meeting days from that day on).
 */
export type DecisionListError = DomainError<'NO_MEETING_ON_DAY'>;

/**
 * The decisions recorded on the committee's meeting of `day`, by number. Reads only. A confidential
 * proposal (002 art. 5.7) shows only its number unless `reader` has a seat in the partnership and reads
 * privately (confidential-decisions.ts); without a reader the list is the one anyone may read.
 */
export async function decisionList(deps: ServiceDeps, input: { committeeId: string; day: LocalDate; reader?: Viewer | null }): Promise<Result<DecisionListView, DecisionListError>> {
  const committee = await deps.db.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true, name: true } });
  const meetings = await deps.db.meeting.findMany({
    where: { committeeId: input.committeeId, day: fromLocalDate(input.day), status: { not: 'CANCELLED' } },
    include: { decisions: { orderBy: { number: 'asc' }, include: { poll: { select: { votePer: true } } } } },
  });
  if (meetings.length === 0) {
    // A series meeting nobody has touched yet has no row, and no decisions: an empty list, not "no meeting".
    if (await meetsOn(deps.db, input.committeeId, input.day)) return ok({ committeeCode: committee.code, committeeName: committee.name, day: input.day, decisions: [] });
    const next = await nextMeetingDays(deps.db, input.committeeId, input.day);
    return err('NO_MEETING_ON_DAY', { committee: committee.code, day: input.day, next });
  }
  const lines = meetings.flatMap((m) => m.decisions.map((d) => ({ number: d.number, text: d.text, outcome: d.outcome, ratio: d.ratio, per: d.poll?.votePer ?? 'SEAT', pollId: d.pollId })));
  const decisions = await maskConfidential(deps.db, input.committeeId, lines, input.reader ?? null, amsterdamDay(deps.now()));
  return ok({ committeeCode: committee.code, committeeName: committee.name, day: toLocalDate(meetings[0]!.day), decisions });
}
