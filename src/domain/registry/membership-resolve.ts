/**
 * Resolving the names in membership rows to the registry: committees by code, name or alias;
 * organisations by name or alias; people by e-mail, else by exact name, else new; substitutes by
 * name among known people and people named in the file. Pure: the registry is passed in.
 */
import type { LocalDate } from '../local-date.ts';
import type { MembershipColumn } from './membership-headers.ts';
import type { ImportProblem, ImportProblemCode, MembershipRow, RowNames } from './membership-rows.ts';
import { findExact, nameKey, suggest, type Named } from '../names.ts';
import type { SeatRole } from './words.ts';

/** What resolution needs from the registry. */
export interface RegistrySnapshot {
  readonly committees: readonly { id: string; code: string; name: string; aliases: readonly string[] }[];
  readonly organisations: readonly { id: string; name: string; aliases: readonly string[] }[];
  readonly persons: readonly { id: string; name: string; email: string | null; organisationId: string | null }[];
}

/** A row whose names all resolved. `until`/`substituteId` undefined: the file leaves them as they are. */
export interface ResolvedRow {
  readonly row: number;
  readonly committeeId: string;
  readonly committeeCode: string;
  readonly personId: string;
  readonly onBehalfOfId: string;
  readonly role: SeatRole;
  readonly from: LocalDate;
  readonly until: LocalDate | null | undefined;
  readonly mandate: boolean;
  readonly substituteId: string | null | undefined;
}

/** A person the import creates; the employer is the row's Organisatie. */
export interface NewPerson {
  readonly id: string;
  readonly name: string;
  email: string | null;
  readonly organisationId: string;
}

/** The outcome: resolved rows, people to create, e-mails to add to known people, and problems. */
export interface Resolution {
  readonly rows: ResolvedRow[];
  readonly newPeople: NewPerson[];
  readonly emailsAdded: { personId: string; email: string }[];
  readonly problems: ImportProblem[];
}

/** A name looked up: the one hit (and its main name), or why not (with a suggestion or the candidates). */
export type Lookup = { id: string; primary: string } | { code: 'UNKNOWN' | 'AMBIGUOUS'; params: ImportProblem['params'] };
/** Something to look up by name: all its names, and the main ones that win over an alias. */
export interface Entry extends Named { readonly primary: readonly string[] }
interface PersonEntry { id: string; name: string; email: string | null; organisationId: string | null }

/** Exact match, preferring a main name (code, name) over an alias; else a "did you mean". */
export function lookupIn(entries: readonly Entry[], value: string): Lookup {
  let hits = findExact(entries, value);
  if (hits.length > 1) {
    const key = nameKey(value);
    const primary = hits.filter((e) => e.primary.some((n) => nameKey(n) === key));
    if (primary.length > 0) hits = primary;
  }
  const [first] = hits;
  if (hits.length === 1 && first) return { id: first.id, primary: first.names[0] ?? value };
  if (hits.length > 1) return { code: 'AMBIGUOUS', params: { value, candidates: hits.map((h) => h.names[0] ?? '') } };
  const hint = suggest(entries, value, 1)[0];
  return { code: 'UNKNOWN', params: hint ? { value, suggestion: hint.name } : { value } };
}

function memo(entries: readonly Entry[]): (value: string) => Lookup {
  const cache = new Map<string, Lookup>();
  return (value) => {
    const key = nameKey(value);
    let hit = cache.get(key);
    if (hit === undefined) cache.set(key, (hit = lookupIn(entries, value)));
    return 'id' in hit || hit.params.value === value ? hit : { ...hit, params: { ...hit.params, value } };
  };
}

/** Of several same-named people, the one(s) working for `orgId` when that narrows it down. */
function narrow(candidates: PersonEntry[], orgId: string | null): PersonEntry[] {
  if (candidates.length <= 1 || orgId === null) return candidates;
  const own = candidates.filter((p) => p.organisationId === orgId);
  return own.length > 0 ? own : candidates;
}

/** Resolves every row; `newId` makes ids for new people (the caller's id scheme). */
export function resolveRows(
  rows: readonly MembershipRow[],
  registry: RegistrySnapshot,
  labels: Readonly<Record<MembershipColumn, string>>,
  newId: () => string,
  /** Rows with cell problems: their names are checked too, so that every problem is listed. */
  incomplete: readonly RowNames[] = [],
): Resolution {
  const committee = memo(registry.committees.map((c) => ({ id: c.id, names: [c.code, c.name, ...c.aliases], primary: [c.code, c.name] })));
  const organisation = memo(registry.organisations.map((o) => ({ id: o.id, names: [o.name, ...o.aliases], primary: [o.name] })));
  const codeOf = new Map(registry.committees.map((c) => [c.id, c.code]));
  const byEmail = new Map<string, PersonEntry>();
  const byName = new Map<string, PersonEntry[]>();
  const index = (p: PersonEntry) => {
    if (p.email) byEmail.set(p.email.toLowerCase(), p);
    const key = nameKey(p.name);
    const same = byName.get(key);
    if (same) same.push(p);
    else byName.set(key, [p]);
  };
  registry.persons.forEach((p) => index({ ...p }));
  const all: (RowNames | MembershipRow)[] = [...rows, ...incomplete].sort((a, b) => a.row - b.row);
  const fileNames = new Set(all.map((r) => nameKey(r.name)));
  const out: Resolution = { rows: [], newPeople: [], emailsAdded: [], problems: [] };
  const fresh = new Map<string, NewPerson>();
  const holders: { row: RowNames; resolved: Omit<ResolvedRow, 'substituteId'> | null }[] = [];

  for (const row of all) {
    let failed = false;
    const problem = (column: MembershipColumn, code: ImportProblemCode, params: ImportProblem['params']) => {
      failed = true;
      out.problems.push({ row: row.row, column: labels[column], code, params });
    };
    const named = (column: MembershipColumn, hit: Lookup, kind: 'COMMITTEE' | 'ORGANISATION'): string | null => {
      if ('id' in hit) return hit.id;
      problem(column, `IMPORT_${hit.code}_${kind}`, hit.params);
      return null;
    };
    const committeeId = named('committee', committee(row.committee), 'COMMITTEE');
    const employerId = named('organisation', organisation(row.organisation), 'ORGANISATION');
    const onBehalfOfId =
      row.onBehalfOf === null ? employerId : named('onBehalfOf', organisation(row.onBehalfOf), 'ORGANISATION');

    if (!('role' in row)) {
      holders.push({ row, resolved: null });
      continue;
    }
    let person: PersonEntry | null = row.email ? (byEmail.get(row.email) ?? null) : null;
    if (person === null) {
      const sameName = (byName.get(nameKey(row.name)) ?? []).filter((p) => row.email === null || p.email === null);
      const candidates = narrow(sameName, employerId);
      if (candidates.length > 1) problem('name', 'IMPORT_AMBIGUOUS_PERSON', { value: row.name });
      else if (candidates[0]) {
        person = candidates[0];
        if (row.email !== null) {
          person.email = row.email;
          byEmail.set(row.email, person);
          const created = fresh.get(person.id);
          if (created) created.email = row.email;
          else out.emailsAdded.push({ personId: person.id, email: row.email });
        }
      } else if (employerId !== null) {
        person = { id: newId(), name: row.name, email: row.email, organisationId: employerId };
        const created: NewPerson = { ...person, organisationId: employerId };
        out.newPeople.push(created);
        fresh.set(created.id, created);
        index(person);
      }
    }
    holders.push({
      row,
      resolved:
        failed || committeeId === null || onBehalfOfId === null || person === null
          ? null
          : {
              row: row.row,
              committeeId,
              committeeCode: codeOf.get(committeeId) ?? '',
              personId: person.id,
              onBehalfOfId,
              role: row.role,
              from: row.from,
              until: row.until,
              mandate: row.mandate,
            },
    });
  }

  // Substitutes last: a substitute may be named as a holder further down the file.
  let everyone: PersonEntry[] | null = null;
  const substituteOf = (row: RowNames, holder: Omit<ResolvedRow, 'substituteId'> | null): string | null | undefined => {
    if (!row.substitute) return row.substitute;
    const at = { row: row.row, column: labels.substitute };
    const candidates = narrow(byName.get(nameKey(row.substitute)) ?? [], holder?.onBehalfOfId ?? null);
    const [only] = candidates;
    if (candidates.length > 1) out.problems.push({ ...at, code: 'IMPORT_AMBIGUOUS_SUBSTITUTE', params: { value: row.substitute } });
    else if (only && only.id === holder?.personId) out.problems.push({ ...at, code: 'IMPORT_SUBSTITUTE_IS_HOLDER', params: { value: row.substitute } });
    else if (only) return only.id;
    else if (!fileNames.has(nameKey(row.substitute))) {
      everyone ??= [...byName.values()].flat();
      const hint = suggest(everyone.map((p) => ({ id: p.id, names: [p.name] })), row.substitute, 1)[0];
      const params: ImportProblem['params'] = hint ? { value: row.substitute, suggestion: hint.name } : { value: row.substitute };
      out.problems.push({ ...at, code: 'IMPORT_UNKNOWN_SUBSTITUTE', params });
    }
    // Unresolved: keep planning the row so that its other problems (overlaps) are listed too.
    return undefined;
  };
  for (const { row, resolved } of holders) {
    const substituteId = substituteOf(row, resolved);
    if (resolved) out.rows.push({ ...resolved, substituteId });
  }
  return out;
}
