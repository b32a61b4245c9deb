/**
 * The procedures' part of "wat staat er voor mij open?" (issue 16 and 17 point 5), kept apart from
 * what-needs-me.ts so each part reads on its own:
 * - a provisional proposal in its reaction period for which my party (a member seat of mine in the
 *   proposal's committee) has not reacted, with the last day (002 art. 5.6: "Partijen krijgen twee weken
 *   de tijd om op de Voorlopige voorstellen te reageren");
 * - an open impasse in which my party must act (004 appendix 2), with the step's last day: in steps 1
 *   and 2b only while my party has not delivered, in every other step for as long as it runs, the same
 *   people the impasse reminders go to (src/scheduler/impasse-reminders.ts).
 * Titles come as stored; the reply names a confidential proposal by its number where others read along
 * (002 art. 5.7).
 */
import { fromLocalDate, toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { deliveryOf, isClosedStep, type ImpasseStep } from '../../domain/procedures/impasse.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import type { ServiceDeps } from '../deps.ts';
import { votingOn } from '../registry/seat-filters.ts';

/** A provisional proposal waiting for my party's reaction. */
export interface ProposalAwaitingReaction {
  readonly committeeCode: string;
  readonly number: number;
  readonly title: string;
  readonly confidential: boolean;
  readonly party: string;
  readonly due: LocalDate;
}

/** An impasse step in which my party must act. */
export interface ImpasseAwaitingMe {
  readonly committeeCode: string;
  readonly subject: string;
  readonly step: ImpasseStep;
  readonly due: LocalDate | null;
  readonly party: string;
  /** What my party still delivers in this step, if anything. */
  readonly deliver: 'DOCUMENT' | 'ARGUMENTS' | null;
}

/** The procedures waiting for the person. */
export interface ProceduresNeedingMe {
  readonly proposals: readonly ProposalAwaitingReaction[];
  readonly impasses: readonly ImpasseAwaitingMe[];
}

/** Reads the proposals and impasse steps waiting for `personId`'s party today, soonest deadline first. */
export async function proceduresNeedingMe(deps: ServiceDeps, input: { personId: string; limit?: number }): Promise<ProceduresNeedingMe> {
  const today = amsterdamDay(deps.now());
  const limit = input.limit ?? 20;
  const seats = await deps.db.seat.findMany({
    where: { personId: input.personId, ...votingOn(today) },
    select: { committeeId: true, onBehalfOf: { select: { id: true, name: true } } },
  });
  if (seats.length === 0) return { proposals: [], impasses: [] };
  const partyIn = (committeeId: string) => seats.filter((s) => s.committeeId === committeeId).map((s) => s.onBehalfOf);
  const committeeIds = [...new Set(seats.map((s) => s.committeeId))];

  const proposals = await deps.db.proposal.findMany({
    where: { committeeId: { in: committeeIds }, stage: 'PROVISIONAL', reactionsDue: { gte: fromLocalDate(today) } },
    select: { committeeId: true, number: true, title: true, confidential: true, reactionsDue: true, committee: { select: { code: true } }, reactions: { select: { organisationId: true } } },
    orderBy: [{ reactionsDue: 'asc' }, { number: 'asc' }],
  });
  const waitingProposals = proposals.flatMap((p) => {
    const reacted = new Set(p.reactions.map((r) => r.organisationId));
    const party = partyIn(p.committeeId).find((o) => !reacted.has(o.id));
    return party ? [{ committeeCode: p.committee.code, number: p.number, title: p.title, confidential: p.confidential, party: party.name, due: toLocalDate(p.reactionsDue!) }] : [];
  });

  const cases = await deps.db.impasseCase.findMany({
    where: { closedAt: null, committeeId: { in: committeeIds } },
    select: { committeeId: true, subject: true, step: true, stepDue: true, committee: { select: { code: true } }, parties: true },
    orderBy: { startedAt: 'asc' },
  });
  const waitingImpasses = cases.flatMap((c) => {
    const step = c.step as ImpasseStep;
    if (isClosedStep(step)) return [];
    const what = deliveryOf(step);
    const field = what === 'ARGUMENTS' ? 'argumentsAt' : 'documentAt';
    const mine = new Map(partyIn(c.committeeId).map((o) => [o.id, o.name]));
    const party = c.parties.find((p) => mine.has(p.organisationId) && (what === null || p[field] === null));
    return party ? [{ committeeCode: c.committee.code, subject: c.subject, step, due: toLocalDateOrNull(c.stepDue), party: mine.get(party.organisationId)!, deliver: what }] : [];
  });
  // A step without a last day (1, 2) comes after those with one.
  waitingImpasses.sort((a, b) => (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31'));
  return { proposals: waitingProposals.slice(0, limit), impasses: waitingImpasses.slice(0, limit) };
}
