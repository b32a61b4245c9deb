/** A committee's rules as the region's workbook gave them, for "wat is de besluitregel van de Stuurgroep?". */
import type { DeadlinePolicy, DecisionRule, SubstituteRule } from '../../domain/registry/words.ts';
import type { ServiceDeps } from '../deps.ts';

/** Every rule of one committee, and the committee it escalates to. */
export interface CommitteeRules {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly article: string | null;
  readonly partnership: string;
  readonly purpose: string | null;
  readonly decisionRule: DecisionRule;
  readonly substituteRule: SubstituteRule;
  readonly votePer: 'SEAT' | 'PARTY';
  readonly mandateRequired: boolean;
  readonly seatsPerParty: number | null;
  /** Member seats per kind of party ({"MUNICIPALITY": 6, "COMBINATION": 6}). */
  readonly composition: Readonly<Record<string, number>>;
  readonly ownOrganisationOnly: boolean;
  readonly chairFrom: string | null;
  readonly rhythmNote: string;
  readonly hasRhythm: boolean;
  readonly meetingTime: string;
  readonly deadlinePolicy: DeadlinePolicy;
  readonly sourceRef: string;
  readonly escalatesTo: { readonly code: string; readonly name: string; readonly article: string | null } | null;
}

/** The committee's rules; null when there is no such committee. */
export async function findCommitteeRules(deps: ServiceDeps, input: { committeeId: string }): Promise<CommitteeRules | null> {
  const c = await deps.db.committee.findUnique({
    where: { id: input.committeeId },
    include: { escalatesTo: { select: { code: true, name: true, article: true } } },
  });
  if (!c) return null;
  return {
    id: c.id, code: c.code, name: c.name, article: c.article, partnership: c.partnership, purpose: c.purpose,
    decisionRule: c.decisionRule, substituteRule: c.substituteRule, votePer: c.votePer, mandateRequired: c.mandateRequired,
    seatsPerParty: c.seatsPerParty, composition: (c.composition ?? {}) as Record<string, number>, ownOrganisationOnly: c.ownOrganisationOnly,
    chairFrom: c.chairFrom, rhythmNote: c.rhythmNote, hasRhythm: c.rhythmRule !== null, meetingTime: c.meetingTime,
    deadlinePolicy: (c.deadlinePolicy ?? {}) as DeadlinePolicy, sourceRef: c.sourceRef, escalatesTo: c.escalatesTo,
  };
}
