/**
 * The committee's composition rules (domain/registry/composition.ts) checked for one seat being
 * added or changed, inside the write's transaction (after its advisory lock, so two secretaries
 * cannot both give the last seat). Reads only when the committee has rules.
 */
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import { compositionProblems, hasCompositionRules, type CompositionProblem, type CompositionRules } from '../../domain/registry/composition.ts';
import type { SeatFacts } from '../../domain/registry/words.ts';
import type { Tx } from '../deps.ts';
import { toMandateFacts } from './seat-view.ts';

/** The first composition problem of `seat` in its committee, or null when the committee allows it. */
export async function checkComposition(tx: Tx, seat: SeatFacts): Promise<CompositionProblem | null> {
  const c = await tx.committee.findUniqueOrThrow({
    where: { id: seat.committeeId },
    select: { code: true, article: true, sourceRef: true, seatsPerParty: true, composition: true, mandateRequired: true, ownOrganisationOnly: true, chairFrom: true },
  });
  const rules: CompositionRules = { ...c, composition: (c.composition ?? {}) as CompositionRules['composition'] };
  if (!hasCompositionRules(rules)) return null;
  const rows = await tx.seat.findMany({ where: { committeeId: seat.committeeId, id: { not: seat.id } } });
  const others: SeatFacts[] = rows.map((s) => ({
    id: s.id, committeeId: s.committeeId, personId: s.personId, onBehalfOfId: s.onBehalfOfId, role: s.role,
    from: toLocalDate(s.startsOn), until: toLocalDateOrNull(s.endsOn), substituteId: s.substituteId,
  }));
  const orgIds = [...new Set([seat.onBehalfOfId, ...others.map((o) => o.onBehalfOfId)])];
  const orgs = await tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true, kind: true, members: { select: { id: true } } } });
  const person = await tx.person.findUniqueOrThrow({ where: { id: seat.personId }, select: { name: true, organisationId: true, organisation: { select: { name: true } } } });
  const mandates = await tx.mandate.findMany({ where: { personId: seat.personId } });
  const names = new Map<string, string>([...orgs.map((o) => [o.id, o.name] as const), [seat.personId, person.name]]);
  if (person.organisationId && person.organisation) names.set(person.organisationId, person.organisation.name);
  const holders = await tx.person.findMany({ where: { id: { in: others.map((o) => o.personId) } }, select: { id: true, name: true } });
  for (const h of holders) names.set(h.id, h.name);
  const byId = new Map(orgs.map((o) => [o.id, { kind: o.kind, memberIds: o.members.map((m) => m.id) }]));
  const [first] = compositionProblems(rules, seat, others, {
    partyOf: (id) => byId.get(id),
    employerOf: (id) => (id === seat.personId ? person.organisationId : null),
    mandates: mandates.map(toMandateFacts),
    nameOf: (id) => names.get(id) ?? id,
  });
  return first ?? null;
}
