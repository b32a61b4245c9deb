/**
 * The composition rules (registry/composition.ts) applied to the seats a region import adds or
 * changes, each against the committee's other seats as they will be after the import. A seat the
 * workbook leaves as it is, is not judged again: the rules bind changes, and a round trip of an
 * older registry must not be refused for what nobody changes.
 */
import { compositionProblems, hasCompositionRules, type CompositionErrorCode, type CompositionRules } from '../registry/composition.ts';
import type { MembershipColumn } from '../registry/membership-headers.ts';
import type { MandateFacts, SeatFacts } from '../registry/words.ts';
import type { CommitteeRecord, OrganisationRecord, PersonRecord } from './records.ts';
import type { RegionProblem } from './workbook.ts';

/** The rules of a committee record. */
export function rulesOf(c: Pick<CommitteeRecord, 'code' | 'article' | 'sourceRef' | 'seatsPerParty' | 'composition' | 'mandateRequired' | 'ownOrganisationOnly' | 'chairFrom'>): CompositionRules {
  return {
    code: c.code, article: c.article, sourceRef: c.sourceRef, seatsPerParty: c.seatsPerParty, composition: c.composition,
    mandateRequired: c.mandateRequired, ownOrganisationOnly: c.ownOrganisationOnly, chairFrom: c.chairFrom,
  };
}

/** Which Leden column a composition problem points at. */
const COLUMN: Readonly<Record<string, MembershipColumn>> = {
  SEATS_PER_PARTY_EXCEEDED: 'onBehalfOf',
  COMPOSITION_EXCEEDED: 'onBehalfOf',
  NOT_OWN_ORGANISATION: 'onBehalfOf',
  MANDATE_REQUIRED: 'mandate',
  CHAIR_NOT_FROM_MEMBERS: 'role',
};

/** The problems of the changed seats (`changed`, with their Leden rows) against the final seats of their committees. */
export function compositionOfChanges(input: {
  readonly changed: readonly (SeatFacts & { row: number })[];
  readonly finalSeats: readonly SeatFacts[];
  readonly committees: readonly CommitteeRecord[];
  readonly organisations: ReadonlyMap<string, OrganisationRecord>;
  readonly people: ReadonlyMap<string, PersonRecord>;
  readonly mandates: readonly MandateFacts[];
  readonly sheet: string;
  readonly labels: Readonly<Record<MembershipColumn, string>>;
}): (RegionProblem & { readonly code: CompositionErrorCode })[] {
  const problems: (RegionProblem & { readonly code: CompositionErrorCode })[] = [];
  const facts = {
    partyOf: (id: string) => input.organisations.get(id),
    employerOf: (id: string) => input.people.get(id)?.organisationId ?? null,
    mandates: input.mandates,
    nameOf: (id: string) => input.organisations.get(id)?.name ?? input.people.get(id)?.name ?? id,
  };
  for (const committee of input.committees) {
    const rules = rulesOf(committee);
    if (!hasCompositionRules(rules)) continue;
    const seats = input.finalSeats.filter((s) => s.committeeId === committee.id);
    for (const seat of input.changed.filter((s) => s.committeeId === committee.id)) {
      for (const p of compositionProblems(rules, seat, seats.filter((s) => s.id !== seat.id), facts)) {
        problems.push({ sheet: input.sheet, row: seat.row, column: input.labels[COLUMN[p.code] ?? 'onBehalfOf'], code: p.code, params: p.params });
      }
    }
  }
  return problems;
}
