/**
 * Which committee a mandate is for. A mandate's scope is free text (schema.prisma: "bestuurlijk",
 * "algemeen", or a committee code); for permissions it either names one committee, whose secretary
 * may record and revoke it, or covers every committee (mandate-check.ts GENERAL_MANDATE_SCOPES), which
 * only an administrator records or revokes (table.ts ORGANISATION_WIDE_MANDATE).
 */
import { GENERAL_MANDATE_SCOPES } from '../decisions/mandate-check.ts';

/** The scope given to a mandate an administrator records without naming one (000 art. 2: "bestuurlijk mandaat"). */
export const ORGANISATION_WIDE_SCOPE = 'bestuurlijk';

/**
 * The committee `scope` names (by code, case ignored), null when it covers every committee, undefined
 * when it names no committee known.
 */
export function scopeCommittee<C extends { readonly code: string }>(scope: string, committees: readonly C[]): C | null | undefined {
  const s = scope.trim().toLowerCase();
  if (GENERAL_MANDATE_SCOPES.includes(s)) return null;
  return committees.find((c) => c.code.toLowerCase() === s);
}
