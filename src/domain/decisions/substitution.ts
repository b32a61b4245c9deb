/**
 * Substitution (vervanging): who may take a seat for a meeting when its holder cannot attend,
 * under the committee's {@link SubstituteRule}. Pure; the caller supplies seats, mandates, the
 * organisations involved and today's date.
 */
import type { LocalDate } from '../local-date.ts';
import { isActiveOn } from '../registry/seat-rules.ts';
import type { MandateFacts, SeatFacts, SubstituteRule } from '../registry/words.ts';
import { err, ok, type DomainError, type Result } from '../result.ts';
import { findValidMandate } from './mandate-check.ts';
import { SOURCES, type SourceKey } from './sources.ts';

/** A declaration that another person takes a seat on a meeting day or for a period. */
export interface SubstitutionDeclaration {
  readonly seatId: string;
  /** The person who takes the seat. */
  readonly substituteId: string;
  /** First day covered; for one meeting, the meeting day. */
  readonly from: LocalDate;
  /** Last day covered, inclusive; for one meeting, the meeting day. */
  readonly until: LocalDate;
  /** Only ACCEPTED declarations let the substitute vote. */
  readonly status: 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';
}

/** The Dutch sentence each substitute rule comes from. */
export const SUBSTITUTE_RULE_SOURCES: { readonly [R in Exclude<SubstituteRule, 'NONE'>]: SourceKey } = {
  // 001 SBO: "Bij verhindering zorgen Gemeente of jeugdhulpcombinaties voor een adequate vervanger
  // die hem/haar rechtsgeldig kan vertegenwoordigen"
  SAME_ORGANISATION_WITH_MANDATE: 'SBO_SUBSTITUTE',
  // 001 ORO: "zorgen zij voor een adequate vervanger die hem/haar op inhoud kan vervangen in het ORO"
  SAME_ORGANISATION: 'ORO_SUBSTITUTE',
  // 000 KBO, 4: "... vervangen door een collega uit de eigen organisatie/coalitie/gemeente, ..."
  SAME_ORGANISATION_OR_COMBINATION: 'KBO_SUBSTITUTE',
  // 002 art. 5.2: "Iedere Partij wijst een contactpersoon aan voor het Inkoopnetwerk. Ook wijzen zij
  // een vervanger voor deze persoon aan."
  NAMED_SUBSTITUTE: 'INKOOP_NAMED_SUBSTITUTE',
};

/** The expected failures of a substitution. Every one carries `rule`, `committee`, `seatId`, `meetingDay`. */
export const SUBSTITUTION_ERROR_CODES = [
  /** The meeting day lies before today. Params add `today`. */
  'DECLARATION_IN_PAST',
  /** The seat has not started or has ended on the meeting day. Params add `seatFrom`, `seatUntil` ('' = open). */
  'SEAT_NOT_ACTIVE_ON_DAY',
  /** The proposed substitute is the seat holder. */
  'SUBSTITUTE_IS_SELF',
  /**
   * The substitute does not belong to the seat's organisation (or, under the KBO rule, to its
   * combination). Params add `organisationId`, `substituteOrganisationIds`, `missing`.
   */
  'SUBSTITUTE_NOT_SAME_ORGANISATION',
  /**
   * SBO rule: the substitute holds no valid, unrevoked mandate for the seat's organisation on the day.
   * Params add `organisationId`, `reason` (a MandateProblem), `mandateId` and `mandateUntil` when one was found.
   */
  'SUBSTITUTE_NO_MANDATE',
  /** The committee's rule allows no substitute at all (a region's workbook says "geen"). */
  'SUBSTITUTION_NOT_ALLOWED',
  /**
   * Inkoopnetwerk rule: the substitute is not the party's named substitute. Params add
   * `namedSubstituteId` ('' when none is named) and `reason` (NONE_NAMED or OTHER_PERSON).
   */
  'SUBSTITUTE_NOT_NAMED',
] as const;
/** One of {@link SUBSTITUTION_ERROR_CODES}. */
export type SubstitutionErrorCode = (typeof SUBSTITUTION_ERROR_CODES)[number];

/** Display names the caller may add; they go into error params beside the ids. */
export interface SubstitutionNames {
  readonly seatHolder?: string;
  readonly substitute?: string;
  readonly organisation?: string;
  readonly committee?: string;
  readonly namedSubstitute?: string;
}

/** What `checkSubstitution` needs. */
export interface SubstitutionCheckInput {
  readonly rule: SubstituteRule;
  readonly committeeCode: string;
  readonly seat: SeatFacts;
  /** The proposed substitute and the organisations they work for or belong to. */
  readonly substitute: { readonly personId: string; readonly organisationIds: readonly string[] };
  readonly meetingDay: LocalDate;
  /** The Europe/Amsterdam day of the declaration (a parameter, never read from a clock). */
  readonly today: LocalDate;
  readonly mandates: readonly MandateFacts[];
  /** The combinations (coalitions) an organisation is a member or the penvoerder of. */
  readonly combinationsOf: (organisationId: string) => readonly string[];
  readonly names?: SubstitutionNames;
}

/** Why a substitution holds. */
export interface SubstitutionApproval {
  readonly rule: SubstituteRule;
  readonly seatId: string;
  readonly substituteId: string;
  readonly meetingDay: LocalDate;
  /** SAME_COMBINATION only under the KBO rule: a colleague of a member of the coalition the seat is held for. */
  readonly basis: 'SAME_ORGANISATION' | 'SAME_COMBINATION' | 'MANDATE' | 'NAMED_SUBSTITUTE';
  /** The mandate relied on (SBO rule), else null. */
  readonly mandateId: string | null;
}

type Params = NonNullable<DomainError['params']>;

/**
 * True when one of `organisationIds` is `target`, or is a member/penvoerder of the combination
 * `target`: a combination has no staff of its own, its people work for its member providers.
 */
export function belongsTo(
  organisationIds: readonly string[],
  target: string,
  combinationsOf: (organisationId: string) => readonly string[],
): boolean {
  return organisationIds.some((o) => o === target || combinationsOf(o).includes(target));
}

function baseParams(input: SubstitutionCheckInput): Params {
  // NONE comes from a region's own workbook, not from the seeds: there is no sentence to quote.
  const src = input.rule === 'NONE' ? { text: '', seed: '', where: '' } : SOURCES[SUBSTITUTE_RULE_SOURCES[input.rule]];
  const n = input.names ?? {};
  const names: Record<string, string> = {};
  if (n.seatHolder !== undefined) names.seatHolderName = n.seatHolder;
  if (n.substitute !== undefined) names.substituteName = n.substitute;
  if (n.organisation !== undefined) names.organisationName = n.organisation;
  if (n.committee !== undefined) names.committeeName = n.committee;
  if (n.namedSubstitute !== undefined) names.namedSubstituteName = n.namedSubstitute;
  return {
    rule: input.rule,
    committee: input.committeeCode,
    seatId: input.seat.id,
    substituteId: input.substitute.personId,
    meetingDay: input.meetingDay,
    quote: src.text,
    source: `${src.seed} ${src.where}`.trim(),
    ...names,
  };
}

/**
 * Checks that `substitute` may take `seat` on `meetingDay` under `rule`. Guards first (day not past,
 * seat active, not the holder), then the rule. Returns the basis of approval or a coded error.
 */
export function checkSubstitution(
  input: SubstitutionCheckInput,
): Result<SubstitutionApproval, DomainError<SubstitutionErrorCode>> {
  const { rule, seat, substitute, meetingDay } = input;
  const p = baseParams(input);
  if (meetingDay < input.today) return err('DECLARATION_IN_PAST', { ...p, today: input.today });
  if (!isActiveOn(seat, meetingDay)) {
    return err('SEAT_NOT_ACTIVE_ON_DAY', { ...p, seatFrom: seat.from, seatUntil: seat.until ?? '' });
  }
  if (substitute.personId === seat.personId) return err('SUBSTITUTE_IS_SELF', p);

  const approve = (basis: SubstitutionApproval['basis'], mandateId: string | null = null) =>
    ok({ rule, seatId: seat.id, substituteId: substitute.personId, meetingDay, basis, mandateId });
  const orgs = substitute.organisationIds;
  const notSame = (missing: string) =>
    err('SUBSTITUTE_NOT_SAME_ORGANISATION', {
      ...p,
      organisationId: seat.onBehalfOfId,
      substituteOrganisationIds: orgs,
      missing,
    });

  switch (rule) {
    case 'NAMED_SUBSTITUTE':
      if (seat.substituteId === substitute.personId) return approve('NAMED_SUBSTITUTE');
      return err('SUBSTITUTE_NOT_NAMED', {
        ...p,
        namedSubstituteId: seat.substituteId ?? '',
        reason: seat.substituteId === null ? 'NONE_NAMED' : 'OTHER_PERSON',
      });
    case 'SAME_ORGANISATION':
      return belongsTo(orgs, seat.onBehalfOfId, input.combinationsOf)
        ? approve('SAME_ORGANISATION')
        : notSame('SAME_ORGANISATION');
    // 000 art. 4: "een collega uit de eigen organisatie/coalitie/gemeente" of the seat's party: the
    // substitute works for the party itself, or for a member of the coalition the seat is held for.
    // Two providers that merely share a combination (in this region or another) are not colleagues:
    // a director who sits for their own provider is replaced from that provider.
    case 'SAME_ORGANISATION_OR_COMBINATION':
      if (orgs.includes(seat.onBehalfOfId)) return approve('SAME_ORGANISATION');
      return belongsTo(orgs, seat.onBehalfOfId, input.combinationsOf)
        ? approve('SAME_COMBINATION')
        : notSame('SAME_ORGANISATION_OR_COMBINATION');
    case 'SAME_ORGANISATION_WITH_MANDATE': {
      if (!belongsTo(orgs, seat.onBehalfOfId, input.combinationsOf)) return notSame('SAME_ORGANISATION');
      const found = findValidMandate(input.mandates, substitute.personId, seat.onBehalfOfId, meetingDay, input.committeeCode);
      if (found.valid) return approve('MANDATE', found.mandate.id);
      const extra: Record<string, string> = {};
      if (found.mandate !== null) {
        extra.mandateId = found.mandate.id;
        extra.mandateUntil = found.mandate.until ?? '';
      }
      return err('SUBSTITUTE_NO_MANDATE', { ...p, organisationId: seat.onBehalfOfId, reason: found.problem, ...extra });
    }
    case 'NONE':
      return err('SUBSTITUTION_NOT_ALLOWED', p);
    default: {
      const never: never = rule;
      throw new Error(`checkSubstitution: unknown rule ${String(never)}`);
    }
  }
}
