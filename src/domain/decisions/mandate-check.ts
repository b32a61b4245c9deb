/**
 * Whether a person holds a valid written mandate ("rechtsgeldig bevoegd") for an organisation on a
 * day, and if not, the most telling reason why.
 * 001 SBO: "De afgevaardigde vertegenwoordiging dient aantoonbaar rechtsgeldig bevoegd te zijn om de
 * jeugdhulpaanbieder te vertegenwoordigen."
 * 002 art. 4.1: "Elke Partij maakt schriftelijk kenbaar welke persoon of personen op basis van
 * wetgeving, statuten of anderszins rechtsgeldig bevoegd zijn haar te vertegenwoordigen."
 */
import type { LocalDate } from '../local-date.ts';
import type { MandateFacts } from '../registry/words.ts';

/**
 * Why no mandate holds, most telling first when several mandates fail:
 * REVOKED (withdrawn), EXPIRED (ended before the day), NOT_YET_VALID (starts after the day),
 * OTHER_SCOPE (for another committee), OTHER_ORGANISATION (only for other organisations), NONE.
 */
export const MANDATE_PROBLEMS = [
  'REVOKED',
  'EXPIRED',
  'NOT_YET_VALID',
  'OTHER_SCOPE',
  'OTHER_ORGANISATION',
  'NONE',
] as const;
/** One of {@link MANDATE_PROBLEMS}. */
export type MandateProblem = (typeof MANDATE_PROBLEMS)[number];

/** Scopes that cover every committee (the spreadsheet import writes "algemeen"; an empty scope is general too). */
export const GENERAL_MANDATE_SCOPES: readonly string[] = ['algemeen', 'general', 'bestuurlijk', ''];

/** What the lookup found: the valid mandate, or the problem and the mandate it concerns. */
export type MandateLookup =
  | { readonly valid: true; readonly mandate: MandateFacts }
  | { readonly valid: false; readonly problem: MandateProblem; readonly mandate: MandateFacts | null };

/** True when a mandate's free-text scope covers the committee: a general scope or its code. */
export function scopeCovers(scope: string, committeeCode: string): boolean {
  const s = scope.trim().toLowerCase();
  return GENERAL_MANDATE_SCOPES.includes(s) || s === committeeCode.trim().toLowerCase();
}

function problemOf(m: MandateFacts, day: LocalDate, committeeCode: string): MandateProblem | null {
  if (m.revoked) return 'REVOKED';
  if (m.until !== null && day > m.until) return 'EXPIRED';
  if (day < m.from) return 'NOT_YET_VALID';
  if (!scopeCovers(m.scope, committeeCode)) return 'OTHER_SCOPE';
  return null;
}

/**
 * Looks for a mandate of `personId` for `organisationId`, unrevoked, running on `day`, whose scope
 * covers `committeeCode`. When none holds, reports the most telling problem (see MANDATE_PROBLEMS).
 */
export function findValidMandate(
  mandates: readonly MandateFacts[],
  personId: string,
  organisationId: string,
  day: LocalDate,
  committeeCode: string,
): MandateLookup {
  const own = mandates.filter((m) => m.personId === personId);
  const forOrg = own.filter((m) => m.organisationId === organisationId);
  let worst: { problem: MandateProblem; mandate: MandateFacts } | null = null;
  for (const m of forOrg) {
    const problem = problemOf(m, day, committeeCode);
    if (problem === null) return { valid: true, mandate: m };
    if (worst === null || MANDATE_PROBLEMS.indexOf(problem) < MANDATE_PROBLEMS.indexOf(worst.problem)) {
      worst = { problem, mandate: m };
    }
  }
  if (worst !== null) return { valid: false, ...worst };
  const other = own[0];
  return other === undefined
    ? { valid: false, problem: 'NONE', mandate: null }
    : { valid: false, problem: 'OTHER_ORGANISATION', mandate: other };
}
