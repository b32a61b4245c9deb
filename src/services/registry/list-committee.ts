/** "Who sits in the ORO?" and `/gremium list ORO`: a committee's facts and its seats on a day. */
import type { LocalDate } from '../../domain/local-date.ts';
import type { DeadlinePolicy, DecisionRule, SubstituteRule } from '../../domain/registry/words.ts';
import type { VotePer } from '../../domain/region/words.ts';
import { runStatement } from '../../db/raw-sql.ts';
import type { ServiceDeps } from '../deps.ts';
import { bySeatOrder, loadSeatViews, type SeatView } from './seat-view.ts';

/** A committee with its rules, as replies describe it. */
export interface CommitteeView {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly partnership: string;
  readonly decisionRule: DecisionRule;
  readonly substituteRule: SubstituteRule;
  readonly votePer: VotePer;
  readonly mandateRequired: boolean;
  readonly rhythmNote: string;
  readonly deadlinePolicy: DeadlinePolicy;
  readonly sourceRef: string;
  readonly escalatesTo: string | null;
}

/** The committee's facts in one plain statement (asked as often as "who represents"; db/raw-sql.ts). */
const COMMITTEE_SQL = `
  SELECT c.id, c.code, c.name, c.partnership, c."decisionRule"::text AS "decisionRule",
         c."substituteRule"::text AS "substituteRule", c."votePer"::text AS "votePer", c."mandateRequired", c."rhythmNote", c."deadlinePolicy",
         c."sourceRef", e.code AS "escalatesTo"
    FROM "Committee" c LEFT JOIN "Committee" e ON e.id = c."escalatesToId"
   WHERE c.id = $1`;

/** The committee and the seats running on `day`. */
export async function listCommittee(
  deps: ServiceDeps,
  input: { committeeId: string; day: LocalDate },
): Promise<{ committee: CommitteeView; seats: SeatView[] } | null> {
  const [[committee], seats] = await Promise.all([
    runStatement<CommitteeView>(deps.db, { name: 'gremium_committee', text: COMMITTEE_SQL, values: [input.committeeId] }),
    loadSeatViews(deps.db, { committeeId: input.committeeId, day: input.day }),
  ]);
  if (!committee) return null;
  return {
    committee: { ...committee, deadlinePolicy: (committee.deadlinePolicy ?? {}) as DeadlinePolicy },
    seats: seats.sort(bySeatOrder),
  };
}
