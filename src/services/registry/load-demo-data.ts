/**
 * Loads the demo data (src/demo) on the first start of an empty database, so every committee of
 * DOMAIN.md works end to end from the first message. Idempotent: once any committee exists it does
 * nothing, so a secretary's own registry is never mixed with demo rows.
 */
import { fromLocalDate } from '../../db/dates.ts';
import { checkDemoData } from '../../demo/check.ts';
import { DEMO_DATA, demoId, type DemoData } from '../../demo/index.ts';
import { auditMany, type AuditInput } from '../audit.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { transact } from '../transact.ts';
import { lockFor } from '../lock.ts';
import { meetingId } from '../schedule/ensure-meetings.ts';
import { atAmsterdam } from '../../domain/schedule/clock.ts';

/** What was loaded; all counts 0 when the database already had committees. */
export interface LoadDemoDataResult {
  readonly loaded: boolean;
  readonly committees: number;
  readonly organisations: number;
  readonly people: number;
  readonly seats: number;
  readonly mandates: number;
  /** One-off meetings of committees without (or beside) a rhythm; series meetings are materialised lazily. */
  readonly meetings: number;
}

const ACTOR: Actor = { personId: null, label: 'demo data' };
const ACTION = 'demo.create';
const NOTHING: LoadDemoDataResult = { loaded: false, committees: 0, organisations: 0, people: 0, seats: 0, mandates: 0, meetings: 0 };

/**
 * Inserts the demo set in one audited transaction (one audit entry per row, action `demo.create`,
 * actor "demo data"), unless a committee exists. Throws when the demo set itself is inconsistent
 * (a bug in src/demo, caught by its test) before touching the database.
 */
export async function loadDemoData(deps: ServiceDeps, data: DemoData = DEMO_DATA): Promise<LoadDemoDataResult> {
  const problems = checkDemoData(data);
  if (problems.length > 0) throw new Error(`demo data is inconsistent:\n${problems.join('\n')}`);
  if ((await deps.db.committee.count()) > 0) return NOTHING;
  const now = deps.now();
  return transact(
    deps,
    async (tx) => {
      // Two instances starting at once on one PostgreSQL: the second waits, then sees the committees.
      await lockFor(tx, 'load-demo-data');
      if ((await tx.committee.count()) > 0) return NOTHING;
      const audits: AuditInput[] = [];
      await insertOrganisations(tx, data, now, audits);
      await insertPeople(tx, data, now, audits);
      await insertCommittees(tx, data, now, audits);
      await insertSeats(tx, data, now, audits);
      await insertMandates(tx, data, now, audits);
      await auditMany(tx, ACTOR, audits, now);
      return {
        loaded: true,
        committees: data.committees.length,
        organisations: data.organisations.length,
        people: data.people.length,
        seats: data.seats.length,
        mandates: data.mandates.length,
        meetings: data.committees.reduce((n, c) => n + (c.meetings?.length ?? 0), 0),
      };
    },
    { timeout: 60_000 },
  );
}

async function insertOrganisations(tx: Tx, data: DemoData, now: Date, audits: AuditInput[]): Promise<void> {
  const rows = data.organisations.map((o) => ({
    id: demoId.organisation(o.key),
    name: o.name,
    aliases: [...o.aliases],
    kind: o.kind,
    region: o.region,
    penvoerderId: o.penvoerder === undefined ? null : demoId.organisation(o.penvoerder),
    createdAt: now,
  }));
  // Penvoerders before the combinations that point at them.
  await tx.organisation.createMany({ data: rows.filter((r) => r.penvoerderId === null) });
  await tx.organisation.createMany({ data: rows.filter((r) => r.penvoerderId !== null) });
  for (const o of data.organisations) {
    if (!o.members?.length) continue;
    await tx.organisation.update({
      where: { id: demoId.organisation(o.key) },
      data: { members: { connect: o.members.map((m) => ({ id: demoId.organisation(m) })) } },
    });
  }
  for (const [i, row] of rows.entries()) {
    const members = data.organisations[i]?.members?.map(demoId.organisation);
    audits.push({ action: ACTION, subjectType: 'Organisation', subjectId: row.id, after: members ? { ...row, memberIds: members } : row });
  }
}

async function insertPeople(tx: Tx, data: DemoData, now: Date, audits: AuditInput[]): Promise<void> {
  const rows = data.people.map((p) => ({
    id: demoId.person(p.key),
    name: p.name,
    email: p.email,
    language: p.language,
    isAdmin: p.isAdmin,
    organisationId: p.organisation === null ? null : demoId.organisation(p.organisation),
    createdAt: now,
  }));
  await tx.person.createMany({ data: rows });
  for (const row of rows) audits.push({ action: ACTION, subjectType: 'Person', subjectId: row.id, after: row });
}

async function insertCommittees(tx: Tx, data: DemoData, now: Date, audits: AuditInput[]): Promise<void> {
  // The list puts a committee before those escalating to it (checkDemoData), so the escalation
  // references hold even if the rows were split over several statements.
  const rows = data.committees.map((c) => ({
    id: demoId.committee(c.code),
    code: c.code,
    name: c.name,
    aliases: [...c.aliases],
    partnership: c.partnership,
    decisionRule: c.decisionRule,
    substituteRule: c.substituteRule,
    rhythmRule: c.rhythmRule,
    rhythmNote: c.rhythmNote,
    seriesStart: c.seriesStart === undefined ? null : fromLocalDate(c.seriesStart),
    ...(c.meetingTime === undefined ? {} : { meetingTime: c.meetingTime }),
    deadlinePolicy: { ...c.deadlinePolicy },
    language: 'nl',
    sourceRef: c.sourceRef,
    escalatesToId: c.escalatesTo === null ? null : demoId.committee(c.escalatesTo),
    createdAt: now,
  }));
  await tx.committee.createMany({ data: rows });
  for (const row of rows) audits.push({ action: ACTION, subjectType: 'Committee', subjectId: row.id, committeeId: row.id, after: row });
  // One-off meetings only; series meetings and every duty are materialised lazily (ensure-meetings.ts).
  const meetings = data.committees.flatMap((c) =>
    (c.meetings ?? []).map((m) => {
      const committeeId = demoId.committee(c.code);
      return {
        id: meetingId(committeeId, m.day), committeeId, day: fromLocalDate(m.day), originalDay: fromLocalDate(m.day),
        startsAt: atAmsterdam(m.day, m.time ?? c.meetingTime ?? '14:00'), kind: 'EXTRA', createdAt: now,
      };
    }),
  );
  await tx.meeting.createMany({ data: meetings });
  for (const row of meetings) audits.push({ action: ACTION, subjectType: 'Meeting', subjectId: row.id, committeeId: row.committeeId, after: row });
}

async function insertSeats(tx: Tx, data: DemoData, now: Date, audits: AuditInput[]): Promise<void> {
  const rows = data.seats.map((s) => ({
    id: demoId.seat(s),
    committeeId: demoId.committee(s.committee),
    personId: demoId.person(s.person),
    onBehalfOfId: demoId.organisation(s.onBehalfOf),
    role: s.role,
    startsOn: fromLocalDate(s.from),
    endsOn: s.until === null ? null : fromLocalDate(s.until),
    substituteId: s.substitute === null ? null : demoId.person(s.substitute),
    createdAt: now,
    updatedAt: now,
  }));
  await tx.seat.createMany({ data: rows });
  for (const row of rows) {
    audits.push({ action: ACTION, subjectType: 'Seat', subjectId: row.id, committeeId: row.committeeId, after: row });
  }
}

async function insertMandates(tx: Tx, data: DemoData, now: Date, audits: AuditInput[]): Promise<void> {
  const rows = data.mandates.map((m) => ({
    id: demoId.mandate(m.key),
    personId: demoId.person(m.person),
    organisationId: demoId.organisation(m.organisation),
    startsOn: fromLocalDate(m.from),
    endsOn: m.until === null ? null : fromLocalDate(m.until),
    scope: m.scope,
    revokedAt: m.revoked ? new Date(m.revoked.at) : null,
    revokedById: m.revoked ? demoId.person(m.revoked.by) : null,
    createdAt: now,
  }));
  await tx.mandate.createMany({ data: rows });
  for (const row of rows) audits.push({ action: ACTION, subjectType: 'Mandate', subjectId: row.id, after: row });
}
