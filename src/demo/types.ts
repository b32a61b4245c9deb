/**
 * The shapes of the demo data (src/demo) and small builders that keep each row on one line.
 * Rows refer to each other by stable keys (`'jan-de-vries'`, `'combinatie-noord'`, `'SBO'`), never by
 * database ids; `src/services/registry/load-demo-data.ts` turns keys into ids. The builders keep a key's literal
 * type, so a seat naming an unknown person or organisation does not compile.
 */
import type { LocalDate } from '../domain/local-date.ts';
import type { DeadlinePolicy, DecisionRule, OrganisationKind, SeatRole, SubstituteRule } from '../domain/registry/words.ts';

/** Every committee of DOMAIN.md's table, by code. */
export const COMMITTEE_CODES = [
  'SBO',
  'ORO',
  'STUURGROEP',
  'AAO',
  'CM-NOORD',
  'CM-ZUID',
  'KBO',
  'INKOOP',
  'FOT',
  'BOSD',
  'DOSD',
  'CONTROL',
  'OBV',
] as const;
/** One of {@link COMMITTEE_CODES}. */
export type CommitteeCode = (typeof COMMITTEE_CODES)[number];

/** A municipality, provider, combination or regional body. */
export interface DemoOrganisation<K extends string = string> {
  readonly key: K;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: OrganisationKind;
  readonly region: string | null;
  /** Combinations only: the lead provider's key. */
  readonly penvoerder?: string;
  /** Combinations only: the member providers' keys (the penvoerder included). */
  readonly members?: readonly string[];
}

/** A person with the minimum of personal data: name, work e-mail, language, employer. */
export interface DemoPerson<K extends string = string> {
  readonly key: K;
  readonly name: string;
  readonly email: string;
  /** Null: follow the platform's locale. */
  readonly language: 'nl' | 'en' | null;
  readonly isAdmin: boolean;
  /** The employer's key; null for independent chairs and the administrator. */
  readonly organisation: string | null;
}

/** A committee with its rules; the Dutch words of the source in `rhythmNote`. */
export interface DemoCommittee {
  readonly code: CommitteeCode;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly partnership: string;
  readonly decisionRule: DecisionRule;
  readonly substituteRule: SubstituteRule;
  /** RFC 5545 RRULE when the source fixes a rhythm, else null. */
  readonly rhythmRule: string | null;
  readonly rhythmNote: string;
  /** First day of the `rhythmRule` series (RRULE DTSTART); with a rhythm only. */
  readonly seriesStart?: LocalDate;
  /** Amsterdam start time of its meetings ("14:00"); the database default when absent. */
  readonly meetingTime?: string;
  /** One-off meetings (kind EXTRA): days outside a rhythm, or for committees without one. */
  readonly meetings?: readonly { readonly day: LocalDate; readonly time?: string }[];
  readonly deadlinePolicy: DeadlinePolicy;
  readonly sourceRef: string;
  readonly escalatesTo: CommitteeCode | null;
}

/** A seat: a person, on behalf of an organisation, in a role, for a period (until inclusive). */
export interface DemoSeat<P extends string = string, O extends string = string> {
  readonly committee: CommitteeCode;
  readonly role: SeatRole;
  readonly person: P;
  readonly onBehalfOf: O;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
  /** The party's named substitute (Inkoopnetwerk, Fysieke overlegtafel). */
  readonly substitute: P | null;
}

/** A written mandate; `revoked` marks one withdrawn on a day by someone. */
export interface DemoMandate<P extends string = string, O extends string = string> {
  readonly key: string;
  readonly person: P;
  readonly organisation: O;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
  /** "bestuurlijk", "algemeen" or a committee code. */
  readonly scope: string;
  readonly revoked?: { readonly at: string; readonly by: P };
}

/** "Gemeente Almere" with the aliases people use: "Almere", "Municipality of Almere". */
export function municipality<const S extends string>(
  slug: S,
  place: string,
  region: string,
  extraAliases: readonly string[] = [],
): DemoOrganisation<`gemeente-${S}`> {
  return {
    key: `gemeente-${slug}`,
    name: `Gemeente ${place}`,
    aliases: [place, `Municipality of ${place}`, ...extraAliases],
    kind: 'MUNICIPALITY',
    region,
  };
}

/** A provider, combination member or penvoerder. */
export function provider<const K extends string>(key: K, name: string, region: string, aliases: readonly string[] = []): DemoOrganisation<K> {
  return { key, name, aliases, kind: 'PROVIDER', region };
}

/** A regional body: MGR, SDA, regional programme, purchasing centre. */
export function regionalBody<const K extends string>(key: K, name: string, region: string, aliases: readonly string[]): DemoOrganisation<K> {
  return { key, name, aliases, kind: 'REGIONAL_BODY', region };
}

/** A combination of providers led by a penvoerder; the penvoerder is always one of the members. */
export function combination<const K extends string, const M extends string>(
  key: K,
  name: string,
  aliases: readonly string[],
  region: string,
  penvoerder: M,
  others: readonly M[],
): DemoOrganisation<K> {
  return { key, name, aliases, kind: 'COMBINATION', region, penvoerder, members: [penvoerder, ...others] };
}

/**
 * A person builder whose employer must be one of `O` (the organisation keys):
 * `const person = personBuilder<OrganisationKey>()`. `language` only for those who asked ('en').
 */
export function personBuilder<O extends string>() {
  return <const K extends string>(
    key: K,
    name: string,
    email: string,
    organisation: O | null,
    language: 'nl' | 'en' | null = null,
  ): DemoPerson<K> => ({ key, name, email, language, isAdmin: false, organisation });
}

/**
 * A seat builder checked against the person keys `P` and organisation keys `O`:
 * `seat('SBO', 'MEMBER', 'jan-de-vries', 'combinatie-noord', '2024-01-01')`.
 */
export function seatBuilder<P extends string, O extends string>() {
  return (
    committee: CommitteeCode,
    role: SeatRole,
    person: P,
    onBehalfOf: O,
    from: LocalDate,
    until: LocalDate | null = null,
    substitute: P | null = null,
  ): DemoSeat<P, O> => ({ committee, role, person, onBehalfOf, from, until, substitute });
}
