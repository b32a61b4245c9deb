/**
 * Rotation (000 KBO, Spelregels 6): "Daarbij zullen we de komende jaren gaan rouleren, maar met oog voor
 * stabiliteit." Who leaves and who joins a committee in a year, and the warnings the rule implies:
 * - ALDERMEN_LEAVING: more than 2 aldermen leave in one year ("De afvaardiging van 4 wethouders ... zal
 *   jaarlijks* met 2 wethouders rouleren.");
 * - DIRECTORS_LEAVING: more than 3 directors of providers leave in one year ("De afvaardiging van
 *   zorgaanbieders zal jaarlijks* met 2 a 3 bestuurders rouleren.");
 * - DELEGATION_BELOW_FOUR: on some day of the year fewer than 4 aldermen sit ("De afvaardiging van 4 wethouders").
 * Pure: the caller supplies the member seats.
 */
import { SOURCES, type SourceQuote } from '../decisions/sources.ts';
import { addDays, type LocalDate } from '../local-date.ts';
import type { OrganisationKind } from './words.ts';

/** A member seat as rotation needs it. */
export interface RotationSeat {
  readonly personName: string;
  readonly organisationName: string;
  readonly organisationKind: OrganisationKind;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
}

/** One warning, with the sentence it comes from. */
export interface RotationWarning {
  readonly code: 'ALDERMEN_LEAVING' | 'DIRECTORS_LEAVING' | 'DELEGATION_BELOW_FOUR';
  /** How many leave, or the smallest delegation. */
  readonly count: number;
  /** DELEGATION_BELOW_FOUR: the first day it happens. */
  readonly day: LocalDate | null;
  readonly source: SourceQuote;
}

/** A year's rotation. */
export interface Rotation {
  readonly year: number;
  /** Seats whose last day falls in the year. */
  readonly leaving: readonly RotationSeat[];
  /** Seats whose first day falls in the year. */
  readonly joining: readonly RotationSeat[];
  readonly warnings: readonly RotationWarning[];
}

/** Most aldermen and directors that may leave in one year, and the delegation of aldermen (000, 6). */
export const ROTATION_LIMITS = { aldermenLeaving: 2, directorsLeaving: 3, aldermen: 4 } as const;

const isAlderman = (s: RotationSeat) => s.organisationKind === 'MUNICIPALITY';
const isDirector = (s: RotationSeat) => s.organisationKind !== 'MUNICIPALITY' && s.organisationKind !== 'REGIONAL_BODY';
const runsOn = (s: RotationSeat, day: LocalDate) => s.from <= day && (s.until === null || s.until >= day);

/** The rotation of `year`; `withRule` false: only who leaves and joins, no warnings (the committee has no rotation rule). */
export function rotationOfYear(seats: readonly RotationSeat[], year: number, withRule: boolean): Rotation {
  const first = `${year}-01-01` as LocalDate;
  const last = `${year}-12-31` as LocalDate;
  const inYear = (d: LocalDate | null) => d !== null && d >= first && d <= last;
  const leaving = seats.filter((s) => inYear(s.until)).sort((a, b) => (a.until ?? '').localeCompare(b.until ?? ''));
  const joining = seats.filter((s) => inYear(s.from)).sort((a, b) => a.from.localeCompare(b.from));
  const warnings: RotationWarning[] = [];
  if (withRule) {
    const aldermen = leaving.filter(isAlderman).length;
    if (aldermen > ROTATION_LIMITS.aldermenLeaving) warnings.push({ code: 'ALDERMEN_LEAVING', count: aldermen, day: null, source: SOURCES.KBO_ROTATION_ALDERMEN });
    const directors = leaving.filter(isDirector).length;
    if (directors > ROTATION_LIMITS.directorsLeaving) warnings.push({ code: 'DIRECTORS_LEAVING', count: directors, day: null, source: SOURCES.KBO_ROTATION_DIRECTORS });
    // The delegation changes only on a first day or the day after a last day: look at those.
    const days = [first, ...seats.flatMap((s) => [s.from, ...(s.until ? [addDays(s.until, 1)] : [])]).filter((d) => d > first && d <= last)].sort();
    for (const day of days) {
      const sitting = seats.filter((s) => isAlderman(s) && runsOn(s, day)).length;
      if (sitting < ROTATION_LIMITS.aldermen) {
        warnings.push({ code: 'DELEGATION_BELOW_FOUR', count: sitting, day, source: SOURCES.KBO_ROTATION_ALDERMEN });
        break;
      }
    }
  }
  return { year, leaving, joining, warnings };
}
