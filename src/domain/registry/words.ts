/**
 * The registry's words (DOMAIN.md): organisations, people, committees, seats and mandates.
 * These union types mirror the Prisma enums one to one; the database layer maps rows onto them.
 */
import type { LocalDate } from '../local-date.ts';
import type { CommitteeTask } from '../schedule/tasks.ts';

/**
 * What kind of body an organisation is. A combination is a coalition of providers led by a
 * penvoerder; OTHER is any other party a region seats (a health insurer, a client council).
 */
export const ORGANISATION_KINDS = ['MUNICIPALITY', 'PROVIDER', 'COMBINATION', 'REGIONAL_BODY', 'OTHER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** How a committee decides; see `src/domain/decisions` for the rule applied to stances. */
export const DECISION_RULES = [
  /** SBO: every voting seat takes a stance and none objects. */
  'CONSENSUS',
  /** ORO: more votes for than against among the votes cast (the ORO counts them per party: tally.ts). */
  'MAJORITY',
  /** Stuurgroep: at least half of all voting seats plus one vote for. */
  'ABSOLUTE_MAJORITY',
  /** BOSD, Ambtelijk afstemmingsoverleg: common agreement is sought; majority of votes cast as fallback. */
  'COMMON_AGREEMENT',
  /** Inkoopnetwerk, Fysieke overlegtafel: for/against, ratio recorded, the outcome is advice. */
  'FOR_AGAINST_ADVICE',
  /** DOSD, Control overleg: decisions by majority, recorded on a decision list shared afterwards. */
  'DECISION_LIST',
  /** Contractmanagement, Overleg Bedrijfsvoering: prepares and advises, no binding vote. */
  'ADVISORY',
  /** KBO: no decisions at all; the bot refuses to open a binding poll. */
  'NO_DECISIONS',
] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

/** Who may take a member's seat when they cannot attend. */
export const SUBSTITUTE_RULES = [
  /** SBO, contract talks: same organisation and a valid mandate ("rechtsgeldig bevoegd") on the date. */
  'SAME_ORGANISATION_WITH_MANDATE',
  /** ORO, Stuurgroep, BOSD...: a colleague from the same organisation (municipality). */
  'SAME_ORGANISATION',
  /** KBO: a colleague from the own organisation, coalition (combination) or municipality. */
  'SAME_ORGANISATION_OR_COMBINATION',
  /** Inkoopnetwerk, Fysieke overlegtafel: only the party's named substitute. */
  'NAMED_SUBSTITUTE',
  /** A region's workbook says "geen": a member may send notice, nobody takes the seat. */
  'NONE',
] as const;
export type SubstituteRule = (typeof SUBSTITUTE_RULES)[number];

/** A seat's role. Only members vote; advisers, chairs without a member seat and secretaries never do. */
export const SEAT_ROLES = ['MEMBER', 'ADVISER', 'CHAIR', 'SECRETARY', 'AGENDA_COMMITTEE'] as const;
export type SeatRole = (typeof SEAT_ROLES)[number];

/** Deadline duties derived from each meeting; absent fields mean the committee has no such duty. */
export interface DeadlinePolicy {
  /** Agenda published at least this many days before (KBO: 21). */
  readonly agendaDaysBefore?: number;
  /** Papers sent at least this many days before (BOSD: 7). */
  readonly papersDaysBefore?: number;
  /** Minutes at most this many days after (KBO: 21). */
  readonly minutesDaysAfter?: number;
  /** Decision list shared at most this many days after (DOSD, Control overleg). */
  readonly decisionListDaysAfter?: number;
  /** Days of reactions to a provisional proposal (Inkoopnetwerk: 14). */
  readonly reactionDays?: number;
  /** Who carries the duty, in words from the source ("ORO-voorzitter", "programmamanager"). */
  readonly responsible?: string;
  /** Days before a deadline to remind (default 7 and 2). */
  readonly remindDaysBefore?: readonly number[];
  /** The committee's own standing duties with their holders (the Taken column; domain/schedule/tasks.ts). */
  readonly tasks?: readonly CommitteeTask[];
}

/** A committee's seat as the domain rules see it. `until` is the last day, inclusive. */
export interface SeatFacts {
  readonly id: string;
  readonly committeeId: string;
  readonly personId: string;
  readonly onBehalfOfId: string;
  readonly role: SeatRole;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
  /** The party's named substitute (Inkoopnetwerk), if any. */
  readonly substituteId: string | null;
}

/** A written authorisation to represent an organisation (Steenwijkerland art. 4.1). */
export interface MandateFacts {
  readonly id: string;
  readonly personId: string;
  readonly organisationId: string;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
  /** Free text: "bestuurlijk", a committee code, or "algemeen". */
  readonly scope: string;
  readonly revoked: boolean;
}
