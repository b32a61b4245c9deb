/** "Who sits in the ORO?" and `/gremium list ORO`: a committee's facts and its seats on a day. */
import type { LocalDate } from '../domain/local-date.ts';
import type { DeadlinePolicy, DecisionRule, SubstituteRule } from '../domain/registry.ts';
import type { ServiceDeps } from './deps.ts';
import { bySeatOrder, loadSeatViews, type SeatView } from './seat-view.ts';

/** A committee with its rules, as replies describe it. */
export interface CommitteeView {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly partnership: string;
  readonly decisionRule: DecisionRule;
  readonly substituteRule: SubstituteRule;
  readonly rhythmNote: string;
  readonly deadlinePolicy: DeadlinePolicy;
  readonly sourceRef: string;
  readonly escalatesTo: string | null;
}

/** The committee and the seats running on `day`. */
export async function listCommittee(
  deps: ServiceDeps,
  input: { committeeId: string; day: LocalDate },
): Promise<{ committee: CommitteeView; seats: SeatView[] } | null> {
  const [committee, seats] = await Promise.all([
    deps.db.committee.findUnique({ where: { id: input.committeeId }, include: { escalatesTo: { select: { code: true } } } }),
    loadSeatViews(deps.db, { committeeId: input.committeeId, day: input.day }),
  ]);
  if (!committee) return null;
  return {
    committee: {
      id: committee.id,
      code: committee.code,
      name: committee.name,
      partnership: committee.partnership,
      decisionRule: committee.decisionRule,
      substituteRule: committee.substituteRule,
      rhythmNote: committee.rhythmNote,
      deadlinePolicy: (committee.deadlinePolicy ?? {}) as DeadlinePolicy,
      sourceRef: committee.sourceRef,
      escalatesTo: committee.escalatesTo?.code ?? null,
    },
    seats: seats.sort(bySeatOrder),
  };
}
