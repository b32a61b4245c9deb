/**
 * The Personen and Mandaten parts of a region plan (region-plan.ts): people matched by e-mail or by
 * a name only one known person has; mandates matched by person, organisation and start, and, with a
 * Mandaten sheet, the region's unlisted mandates revoked.
 */
import { nameKey } from '../names.ts';
import type { MandateFacts } from '../registry/words.ts';
import { sameData, type Change, type MandateRecord, type PersonRecord, type RecordKind, type RegistryState, type Section } from './records.ts';
import type { RegionWorkbook } from './workbook.ts';

/** People of the Personen sheet: by e-mail, else by a name only one known person has (narrowed by employer). */
export function planPeople(
  workbook: RegionWorkbook,
  state: RegistryState,
  orgId: (name: string | null) => string | null,
  allocate: (kind: RecordKind, hint: string) => string,
): { after: Map<string, PersonRecord> } {
  const after = new Map<string, PersonRecord>(state.people.map((p) => [p.id, p]));
  const claimed = new Set<string>();
  for (const row of workbook.people) {
    const organisationId = orgId(row.organisation);
    let match = row.email === null ? undefined : state.people.find((p) => p.email?.toLowerCase() === row.email);
    if (match === undefined) {
      const same = state.people.filter((p) => !claimed.has(p.id) && nameKey(p.name) === nameKey(row.name) && (row.email === null || p.email === null));
      const own = same.filter((p) => p.organisationId === organisationId);
      const candidates = own.length > 0 ? own : same;
      if (candidates.length === 1) match = candidates[0];
    }
    const id = match?.id ?? allocate('person', row.name);
    claimed.add(id);
    // An empty E-mail cell keeps a known address: the sheet adds addresses, it never erases one.
    after.set(id, { id, name: row.name, email: row.email ?? match?.email ?? null, organisationId, language: row.language, isAdmin: row.isAdmin });
  }
  return { after };
}

/** Mandates of the Mandaten sheet, matched by person, organisation and start; the rest of the region's revoked. */
export function planMandates(
  workbook: RegionWorkbook,
  state: RegistryState,
  people: ReadonlyMap<string, PersonRecord>,
  orgId: (name: string | null) => string | null,
  allocate: (kind: RecordKind, hint: string) => string,
  now: Date,
): { section: Section<MandateRecord>; ended: Change<MandateRecord>[]; standing: MandateFacts[] } {
  const everyone = [...people.values()];
  const personId = (name: string, email: string | null): string | null => {
    const byEmail = email === null ? undefined : everyone.find((p) => p.email?.toLowerCase() === email);
    if (byEmail) return byEmail.id;
    const byName = everyone.filter((p) => nameKey(p.name) === nameKey(name) || (p.email !== null && p.email.toLowerCase() === name.toLowerCase()));
    return byName.length === 1 ? (byName[0] as PersonRecord).id : null;
  };
  const pairs: { before: MandateRecord | undefined; after: MandateRecord }[] = [];
  for (const m of workbook.mandates) {
    const pid = personId(m.name, m.email);
    const oid = orgId(m.organisation);
    if (pid === null || oid === null) continue;
    const before = state.mandates.find((e) => e.personId === pid && e.organisationId === oid && e.from === m.from);
    const id = before?.id ?? allocate('mandate', `${m.email ?? m.name}--${m.organisation}`);
    const revokedById = m.revokedBy === null ? null : personId(m.revokedBy, null);
    pairs.push({ before, after: { id, personId: pid, organisationId: oid, from: m.from, until: m.until, scope: m.scope, revokedAt: m.revokedAt, revokedById } });
  }
  const listed = new Set(pairs.map((p) => p.after.id));
  const regionOrgs = new Set(workbook.organisations.map((o) => orgId(o.name)));
  const ended: Change<MandateRecord>[] = [];
  const kept: MandateRecord[] = [];
  for (const m of state.mandates) {
    if (listed.has(m.id)) continue;
    if (workbook.hasMandatesSheet && m.revokedAt === null && regionOrgs.has(m.organisationId)) {
      ended.push({ before: m, after: { ...m, revokedAt: now.toISOString(), revokedById: null } });
    } else kept.push(m);
  }
  const standing = [...pairs.map((p) => p.after), ...kept].map((m) => ({
    id: m.id, personId: m.personId, organisationId: m.organisationId, from: m.from, until: m.until, scope: m.scope, revoked: m.revokedAt !== null,
  }));
  return { section: section(pairs), ended, standing };
}

/** Added, changed and unchanged records of a list of (before, after) pairs. */
export function section<T extends { id: string }>(pairs: readonly { before: T | undefined; after: T }[]): Section<T> {
  const out: { added: T[]; changed: Change<T>[]; unchanged: number } = { added: [], changed: [], unchanged: 0 };
  for (const { before, after } of pairs) {
    if (before === undefined) out.added.push(after);
    else if (sameData(before, after)) out.unchanged += 1;
    else out.changed.push({ before, after });
  }
  return out;
}
