/**
 * Checks across the workbook's sheets that no single cell can make: a name or code used twice, a
 * penvoerder or member that is no organisation of the workbook, a committee escalating to an
 * unknown code or in a circle, a "<CODE>-voorzitter" naming no committee, two people sharing an
 * e-mail address, a mandate of someone the workbook does not name. Pure; every problem listed.
 */
import { chairCommitteeCode } from '../schedule/duty-holders.ts';
import { lookupIn, type Entry } from '../registry/membership-resolve.ts';
import { nameKey, suggest, type Named } from '../names.ts';
import type { RegionProblem, RegionWorkbook } from './workbook.ts';

/** The workbook's organisations as names resolve them; ids are the rows' names. */
export function organisationEntries(workbook: RegionWorkbook): Entry[] {
  return workbook.organisations.map((o) => ({ id: o.name, names: [o.name, ...o.aliases], primary: [o.name] }));
}

/** The workbook's committees as names resolve them; ids are the codes. */
export function committeeEntries(workbook: RegionWorkbook): Entry[] {
  return workbook.committees.map((c) => ({ id: c.code, names: [c.code, c.name, ...c.aliases], primary: [c.code, c.name] }));
}

/** Reports each name (key) a later row shares with an earlier one. */
function duplicateNames(
  rows: readonly { row: number; names: readonly { value: string; column: string }[] }[],
  sheet: string,
  problems: RegionProblem[],
): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const own = new Set<string>();
    for (const { value, column } of r.names) {
      const key = nameKey(value);
      if (key === '' || own.has(key)) continue;
      own.add(key);
      const other = seen.get(key);
      if (other === undefined) seen.set(key, r.row);
      else problems.push({ sheet, row: r.row, column, code: 'REGION_DUPLICATE_NAME', params: { value, otherRow: other } });
    }
  }
}

/** Every cross-sheet problem of the workbook. */
export function checkWorkbook(workbook: RegionWorkbook): RegionProblem[] {
  const problems: RegionProblem[] = [];
  checkOrganisations(workbook, problems);
  checkCommittees(workbook, problems);
  checkPeopleAndMandates(workbook, problems);
  return problems;
}

/** The roles a Taken holder may name instead of an organisation or person (domain/schedule/duty-holders.ts). */
const TASK_ROLE_WORDS = ['voorzitter', 'secretaris', 'agendacommissie', 'chair', 'secretary', 'agenda committee'];

/** Every Taken holder is an organisation or person of the workbook, or a role: the bot must find whom to remind. */
function checkTaskHolders(workbook: RegionWorkbook, problems: RegionProblem[]): void {
  const names: Named[] = [
    ...organisationEntries(workbook),
    ...[...workbook.people, ...workbook.members].map((p) => ({ id: p.name, names: [p.name] })),
  ];
  const known = new Set([...names.flatMap((n) => n.names.map(nameKey)), ...TASK_ROLE_WORDS.map(nameKey)]);
  for (const c of workbook.committees) {
    for (const task of c.deadlinePolicy.tasks ?? []) {
      if (task.holder === null || known.has(nameKey(task.holder))) continue;
      const hint = suggest(names, task.holder, 1)[0];
      problems.push({
        sheet: workbook.sheetNames.committees, row: c.row, column: workbook.labels.committees.tasks, code: 'REGION_UNKNOWN_TASK_HOLDER',
        params: hint ? { value: task.holder, suggestion: hint.name } : { value: task.holder },
      });
    }
  }
}

function checkOrganisations(workbook: RegionWorkbook, problems: RegionProblem[]): void {
  const sheet = workbook.sheetNames.organisations;
  const label = workbook.labels.organisations;
  duplicateNames(
    workbook.organisations.map((o) => ({
      row: o.row,
      names: [{ value: o.name, column: label.name }, ...o.aliases.map((a) => ({ value: a, column: label.aliases }))],
    })),
    sheet,
    problems,
  );
  const entries = organisationEntries(workbook);
  const kindOf = new Map(workbook.organisations.map((o) => [o.name, o.kind]));
  for (const o of workbook.organisations) {
    const at = (column: string) => ({ sheet, row: o.row, column });
    const resolve = (value: string, column: string): string | null => {
      const hit = lookupIn(entries, value);
      if ('id' in hit) return hit.id;
      problems.push({ ...at(column), code: `IMPORT_${hit.code}_ORGANISATION`, params: hit.params });
      return null;
    };
    if (o.kind !== 'COMBINATION') {
      if (o.lead !== null) problems.push({ ...at(label.lead), code: 'REGION_LEAD_NOT_GROUP', params: { value: o.name } });
      if (o.members.length > 0) problems.push({ ...at(label.members), code: 'REGION_LEAD_NOT_GROUP', params: { value: o.name } });
      continue;
    }
    // 000 art. 3 and 001: a combination or coalition is led by its penvoerder.
    if (o.lead === null) problems.push({ ...at(label.lead), code: 'IMPORT_MISSING_VALUE', params: {} });
    else resolve(o.lead, label.lead);
    for (const m of o.members) {
      const id = resolve(m, label.members);
      if (id !== null && (id === o.name || kindOf.get(id) === 'COMBINATION')) {
        problems.push({ ...at(label.members), code: 'REGION_NESTED_COMBINATION', params: { value: m } });
      }
    }
  }
}

function checkCommittees(workbook: RegionWorkbook, problems: RegionProblem[]): void {
  const sheet = workbook.sheetNames.committees;
  const label = workbook.labels.committees;
  duplicateNames(
    workbook.committees.map((c) => ({
      row: c.row,
      names: [
        { value: c.code, column: label.code },
        { value: c.name, column: label.name },
        ...c.aliases.map((a) => ({ value: a, column: label.aliases })),
      ],
    })),
    sheet,
    problems,
  );
  const entries = committeeEntries(workbook);
  const target = new Map<string, string>();
  for (const c of workbook.committees) {
    const at = (column: string) => ({ sheet, row: c.row, column });
    if (c.escalatesTo !== null) {
      const hit = lookupIn(entries, c.escalatesTo);
      if (!('id' in hit)) problems.push({ ...at(label.escalatesTo), code: `IMPORT_${hit.code}_COMMITTEE`, params: hit.params });
      else if (hit.id === c.code) problems.push({ ...at(label.escalatesTo), code: 'REGION_ESCALATES_TO_SELF', params: {} });
      else target.set(c.code, hit.id);
    }
    // "ORO-voorzitter" (001 SBO): the ORO's chair carries the SBO's agenda and minutes (duty-holders.ts).
    const chairOf = chairCommitteeCode(c.deadlinePolicy.responsible);
    if (chairOf !== null && !workbook.committees.some((o) => o.code === chairOf)) {
      const hint = suggest(entries, chairOf, 1)[0];
      problems.push({ ...at(label.responsible), code: 'IMPORT_UNKNOWN_COMMITTEE', params: hint ? { value: chairOf, suggestion: hint.name } : { value: chairOf } });
    }
  }
  checkTaskHolders(workbook, problems);
  // Escalation must end somewhere: working group -> ORO -> SBO (DOMAIN.md), never back.
  const reported = new Set<string>();
  for (const c of workbook.committees) {
    const chain = [c.code];
    let next = target.get(c.code);
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = target.get(next);
    }
    if (next === undefined || reported.has(c.code) || next !== c.code) continue;
    chain.forEach((code) => reported.add(code));
    problems.push({ sheet, row: c.row, column: label.escalatesTo, code: 'REGION_ESCALATION_CYCLE', params: { value: [...chain, c.code].join(' -> ') } });
  }
}

function checkPeopleAndMandates(workbook: RegionWorkbook, problems: RegionProblem[]): void {
  const orgs = organisationEntries(workbook);
  const people = workbook.sheetNames.people;
  const byEmail = new Map<string, number>();
  for (const p of workbook.people) {
    if (p.email !== null) {
      const other = byEmail.get(p.email);
      if (other !== undefined) problems.push({ sheet: people, row: p.row, column: workbook.labels.people.email, code: 'REGION_DUPLICATE_EMAIL', params: { value: p.email, otherRow: other } });
      else byEmail.set(p.email, p.row);
    }
    if (p.organisation !== null) {
      const hit = lookupIn(orgs, p.organisation);
      if (!('id' in hit)) problems.push({ sheet: people, row: p.row, column: workbook.labels.people.organisation, code: `IMPORT_${hit.code}_ORGANISATION`, params: hit.params });
    }
  }
  // A mandate belongs to someone the workbook names: in Personen, or holding a seat in Leden.
  const named = [
    ...workbook.people.map((p) => ({ id: `p${p.row}`, names: p.email ? [p.name, p.email] : [p.name] })),
    ...[...workbook.members, ...workbook.membersIncomplete].map((m) => ({ id: `m${m.row}`, names: m.email ? [m.name, m.email] : [m.name] })),
  ];
  const keys = new Set(named.flatMap((n) => n.names.map(nameKey)));
  const sheet = workbook.sheetNames.mandates;
  const label = workbook.labels.mandates;
  const seen = new Map<string, number>();
  for (const m of workbook.mandates) {
    const unknown = (value: string, column: string) => {
      if (keys.has(nameKey(value))) return;
      const hint = suggest(named, value, 1)[0];
      problems.push({ sheet, row: m.row, column, code: 'REGION_UNKNOWN_PERSON', params: hint ? { value, suggestion: hint.name } : { value } });
    };
    unknown(m.email ?? m.name, m.email ? label.email : label.name);
    if (m.revokedBy !== null) unknown(m.revokedBy, label.revokedBy);
    const hit = lookupIn(orgs, m.organisation);
    if (!('id' in hit)) problems.push({ sheet, row: m.row, column: label.organisation, code: `IMPORT_${hit.code}_ORGANISATION`, params: hit.params });
    const key = `${nameKey(m.email ?? m.name)}|${'id' in hit ? hit.id : m.organisation}|${m.from}`;
    const other = seen.get(key);
    if (other !== undefined) problems.push({ sheet, row: m.row, column: label.from, code: 'REGION_DUPLICATE_MANDATE', params: { otherRow: other } });
    else seen.set(key, m.row);
  }
}
