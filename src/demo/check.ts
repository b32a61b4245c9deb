/**
 * Consistency checks on the demo set that the type system cannot make: unique keys, names and
 * e-mails; no name or alias shared by two organisations or two committees; combinations whose
 * penvoerder is a member; escalation and mandate references; periods that end after they start;
 * and no seat the add-seat service would refuse as a duplicate. Returns problems, empty when sound.
 */
import { isLocalDate, periodsOverlap } from '../domain/local-date.ts';
import { nameKey } from '../domain/names.ts';
import { parseRecurrence } from '../domain/schedule/recurrence.ts';
import type { DemoData } from './index.ts';

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

function checkPeriod(what: string, from: string, until: string | null, problems: string[]): void {
  if (!isLocalDate(from) || (until !== null && !isLocalDate(until))) problems.push(`${what}: not a date`);
  else if (until !== null && until < from) problems.push(`${what}: ends before it starts`);
}

/** Every problem in `data`, as readable sentences. */
export function checkDemoData(data: DemoData): string[] {
  const problems: string[] = [];
  const orgs = new Map(data.organisations.map((o) => [o.key, o]));
  const people = new Set(data.people.map((p) => p.key));
  const codes = new Set(data.committees.map((c) => c.code));

  for (const key of duplicates(data.organisations.map((o) => o.key))) problems.push(`organisation key twice: ${key}`);
  for (const key of duplicates(data.people.map((p) => p.key))) problems.push(`person key twice: ${key}`);
  for (const email of duplicates(data.people.map((p) => p.email.toLowerCase()))) problems.push(`e-mail twice: ${email}`);
  for (const code of duplicates(data.committees.map((c) => c.code))) problems.push(`committee code twice: ${code}`);
  for (const key of duplicates(data.mandates.map((m) => m.key))) problems.push(`mandate key twice: ${key}`);
  const orgNames = data.organisations.flatMap((o) => [...new Set([o.name, ...o.aliases].map(nameKey))]);
  for (const name of duplicates(orgNames)) problems.push(`organisation name or alias twice: ${name}`);
  const committeeNames = data.committees.flatMap((c) => [...new Set([c.code, c.name, ...c.aliases].map(nameKey))]);
  for (const name of duplicates(committeeNames)) problems.push(`committee name or alias twice: ${name}`);

  for (const o of data.organisations) {
    if (o.kind !== 'COMBINATION') continue;
    if (!o.penvoerder || !orgs.has(o.penvoerder)) problems.push(`${o.key}: unknown penvoerder ${o.penvoerder ?? '(none)'}`);
    if (!o.members?.includes(o.penvoerder ?? '')) problems.push(`${o.key}: penvoerder is not a member`);
    for (const m of o.members ?? []) if (orgs.get(m)?.kind !== 'PROVIDER') problems.push(`${o.key}: member ${m} is no provider`);
  }
  for (const p of data.people) {
    if (p.organisation !== null && !orgs.has(p.organisation)) problems.push(`${p.key}: unknown employer ${p.organisation}`);
    if (!p.email.endsWith('.example')) problems.push(`${p.key}: e-mail must use an invented .example domain`);
  }
  data.committees.forEach((c, index) => {
    if (c.escalatesTo !== null && !data.committees.slice(0, index).some((e) => e.code === c.escalatesTo)) {
      problems.push(`${c.code}: escalates to ${c.escalatesTo}, which must come earlier in the list`);
    }
    if (c.rhythmRule !== null && !parseRecurrence(c.rhythmRule).ok) problems.push(`${c.code}: invalid RRULE ${c.rhythmRule}`);
  });

  data.seats.forEach((s, index) => {
    const what = `seat ${s.committee} ${s.role} ${s.person} ${s.from}`;
    if (!codes.has(s.committee)) problems.push(`${what}: unknown committee`);
    if (!people.has(s.person)) problems.push(`${what}: unknown person`);
    if (!orgs.has(s.onBehalfOf)) problems.push(`${what}: unknown organisation ${s.onBehalfOf}`);
    if (s.substitute !== null && !people.has(s.substitute)) problems.push(`${what}: unknown substitute ${s.substitute}`);
    if (s.substitute === s.person) problems.push(`${what}: is its own substitute`);
    checkPeriod(what, s.from, s.until, problems);
    const clash = data.seats.slice(0, index).find(
      (t) =>
        t.committee === s.committee &&
        t.person === s.person &&
        t.onBehalfOf === s.onBehalfOf &&
        t.role === s.role &&
        periodsOverlap({ from: t.from, until: t.until }, { from: s.from, until: s.until }),
    );
    if (clash) problems.push(`${what}: overlaps the seat from ${clash.from}`);
  });
  for (const m of data.mandates) {
    const what = `mandate ${m.key}`;
    if (!people.has(m.person)) problems.push(`${what}: unknown person`);
    if (!orgs.has(m.organisation)) problems.push(`${what}: unknown organisation`);
    if (m.revoked && (!people.has(m.revoked.by) || Number.isNaN(Date.parse(m.revoked.at)))) problems.push(`${what}: bad revocation`);
    checkPeriod(what, m.from, m.until, problems);
  }
  return problems;
}
