/**
 * A committee's composition rules (from its row in the region workbook), checked on every seat
 * change: a command, a modal, a membership import, a region import. Pure: the committee's other
 * seats, the parties and the mandates are passed in. The readings of the seeds:
 * - Seats per party. 001 SBO "6 Bestuurders namens de combinaties": one director per combination,
 *   so a party holds at most `seatsPerParty` member seats at a time; 002 art. 5.2 "Iedere Partij
 *   wijst een contactpersoon aan voor het Inkoopnetwerk": one contact person per party.
 * - Composition per kind. 001 SBO "6 vertegenwoordigende wethouders namens de gemeenten" and "6
 *   Bestuurders namens de combinaties": at most that many member seats per kind of party at a time,
 *   and none for a kind the composition does not name.
 * - Mandate required. 001 SBO "De afgevaardigde vertegenwoordiging dient aantoonbaar rechtsgeldig
 *   bevoegd te zijn": a member seat needs a valid mandate for its party on its first day.
 * - Own organisation only. 000 art. 3 "Elke bestuurder van een zorgaanbieder schuift aan namens de
 *   eigen organisatie/coalitie ... Er is geen vertegenwoordiging van andere zorgaanbieders": a member
 *   sits for their employer, or for a coalition their employer belongs to.
 * - Who may chair. 001 ORO "1 beleidsmedewerkers per Regio (uit hun midden wordt de voorzitter
 *   gekozen)": the chair holds a member seat (for that kind of party, when one is named) on the
 *   first day of the chair seat.
 */
import { periodsOverlap, withinPeriod, type LocalDate } from '../local-date.ts';
import { findValidMandate } from '../decisions/mandate-check.ts';
import type { MandateFacts, OrganisationKind, SeatFacts } from './words.ts';

/** What a committee's row says about who may sit in it. */
export interface CompositionRules {
  readonly code: string;
  /** "het" or "de" for Dutch sentences ("het SBO"); null: "het". */
  readonly article?: string | null;
  /** The committee's source (Bron), quoted in every refusal. */
  readonly sourceRef: string;
  readonly seatsPerParty: number | null;
  /** Member seats per kind of party; empty: no rule. */
  readonly composition: Readonly<Partial<Record<OrganisationKind, number>>>;
  readonly mandateRequired: boolean;
  readonly ownOrganisationOnly: boolean;
  /** "MEMBERS", a kind of party, or null (anyone may chair). */
  readonly chairFrom: string | null;
}

/** True when the rules restrict anything (most committees' do not, and then nothing is loaded). */
export function hasCompositionRules(rules: CompositionRules): boolean {
  return (
    rules.seatsPerParty !== null || Object.keys(rules.composition).length > 0 || rules.mandateRequired || rules.ownOrganisationOnly || rules.chairFrom !== null
  );
}

/** Every reason a seat is refused by its committee's composition. Params carry `committee` and `source`. */
export const COMPOSITION_ERROR_CODES = [
  /** The party already holds `limit` member seats then. Params add `organisation`, `limit`, `holders` (names). */
  'SEATS_PER_PARTY_EXCEEDED',
  /** The committee already has `limit` member seats for this kind of party then. Params add `kind`, `limit`. */
  'COMPOSITION_EXCEEDED',
  /** No valid mandate for the party on the seat's first day. Params add `organisation`, `person` (names), `from`. */
  'MANDATE_REQUIRED',
  /** The person's employer is neither the party nor one of its members. Params add `organisation`, `person`, `employer` (names; '' none). */
  'NOT_OWN_ORGANISATION',
  /** The chair holds no member seat (for the named kind of party) on the first day. Params add `chairFrom`, `person` (name). */
  'CHAIR_NOT_FROM_MEMBERS',
] as const;
/** One of {@link COMPOSITION_ERROR_CODES}. */
export type CompositionErrorCode = (typeof COMPOSITION_ERROR_CODES)[number];

/** A refusal: its code and message parameters. */
export interface CompositionProblem {
  readonly code: CompositionErrorCode;
  readonly params: Readonly<Record<string, string | number | readonly string[]>>;
}

/** The facts the check needs beside the seats. */
export interface CompositionFacts {
  /** Kind and (for a combination) member organisations of a party. */
  readonly partyOf: (organisationId: string) => { readonly kind: OrganisationKind; readonly memberIds: readonly string[] } | undefined;
  /** A person's employer, or null. */
  readonly employerOf: (personId: string) => string | null;
  readonly mandates: readonly MandateFacts[];
  /** The name of a person or organisation, for the messages; the id when absent. */
  readonly nameOf?: (id: string) => string;
}

/** The most seats of `others` running at once within `seat`'s period (the peak falls on a start day). */
function peak(seat: { from: LocalDate; until: LocalDate | null }, others: readonly SeatFacts[]): SeatFacts[] {
  const overlapping = others.filter((o) => periodsOverlap(o, seat));
  let best: SeatFacts[] = [];
  for (const day of new Set([seat.from, ...overlapping.map((o) => o.from).filter((d) => withinPeriod(d, seat.from, seat.until))])) {
    const running = overlapping.filter((o) => withinPeriod(day, o.from, o.until));
    if (running.length > best.length) best = running;
  }
  return best;
}

/**
 * The problems of giving `seat` (new or changed) in the committee whose other seats are `others`
 * (the seat itself left out). Empty when the seat may be given.
 */
export function compositionProblems(rules: CompositionRules, seat: SeatFacts, others: readonly SeatFacts[], facts: CompositionFacts): CompositionProblem[] {
  const base = { committee: rules.code, article: rules.article ?? 'het', source: rules.sourceRef };
  const name = (id: string) => facts.nameOf?.(id) ?? id;
  const problems: CompositionProblem[] = [];
  const members = others.filter((o) => o.role === 'MEMBER' && o.id !== seat.id);
  const party = facts.partyOf(seat.onBehalfOfId);
  if (seat.role === 'MEMBER') {
    if (rules.seatsPerParty !== null) {
      const same = peak(seat, members.filter((o) => o.onBehalfOfId === seat.onBehalfOfId));
      if (same.length >= rules.seatsPerParty) {
        const params = { ...base, organisation: name(seat.onBehalfOfId), limit: rules.seatsPerParty, holders: same.map((s) => name(s.personId)) };
        problems.push({ code: 'SEATS_PER_PARTY_EXCEEDED', params });
      }
    }
    if (Object.keys(rules.composition).length > 0 && party !== undefined) {
      const limit = rules.composition[party.kind] ?? 0;
      const sameKind = peak(seat, members.filter((o) => facts.partyOf(o.onBehalfOfId)?.kind === party.kind));
      if (sameKind.length >= limit) problems.push({ code: 'COMPOSITION_EXCEEDED', params: { ...base, kind: party.kind, limit } });
    }
    if (rules.mandateRequired && !findValidMandate(facts.mandates, seat.personId, seat.onBehalfOfId, seat.from, rules.code).valid) {
      problems.push({ code: 'MANDATE_REQUIRED', params: { ...base, organisation: name(seat.onBehalfOfId), person: name(seat.personId), from: seat.from } });
    }
    if (rules.ownOrganisationOnly) {
      const employer = facts.employerOf(seat.personId);
      const own = employer !== null && (employer === seat.onBehalfOfId || (party?.memberIds.includes(employer) ?? false));
      const params = { ...base, organisation: name(seat.onBehalfOfId), person: name(seat.personId), employer: employer === null ? '' : name(employer) };
      if (!own) problems.push({ code: 'NOT_OWN_ORGANISATION', params });
    }
  }
  if (seat.role === 'CHAIR' && rules.chairFrom !== null) {
    const member = members.some(
      (o) =>
        o.personId === seat.personId &&
        withinPeriod(seat.from, o.from, o.until) &&
        (rules.chairFrom === 'MEMBERS' || facts.partyOf(o.onBehalfOfId)?.kind === rules.chairFrom),
    );
    if (!member) problems.push({ code: 'CHAIR_NOT_FROM_MEMBERS', params: { ...base, chairFrom: rules.chairFrom, person: name(seat.personId) } });
  }
  return problems;
}
