/**
 * Applies a checked region plan inside the import's transaction: organisations, people,
 * committees, one-off meetings, seats and mandates, in the order their references need, with one
 * audit entry per changed row in the same transaction. Rows are inserted in batches.
 */
import { fromLocalDate } from '../../db/dates.ts';
import type { CommitteeRecord, MandateRecord, OrganisationRecord, PersonRecord } from '../../domain/region/records.ts';
import type { RegionPlan } from '../../domain/region/region-plan.ts';
import type { SeatFacts } from '../../domain/registry/words.ts';
import { atAmsterdam } from '../../domain/schedule/clock.ts';
import { auditMany, type AuditInput } from '../audit.ts';
import type { Actor, Tx } from '../deps.ts';
import { meetingId } from '../schedule/ensure-meetings.ts';

/** How the entries are named: by default `<subject>.<create|update|end|revoke|delete>`; the demo uses one action for all. */
export interface WriteOptions {
  readonly actor: Actor;
  readonly at: Date;
  /** One action for every entry ("demo.create"), instead of one per kind of change. */
  readonly action?: string;
}

const BATCH = 500;
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function organisationData(o: OrganisationRecord) {
  return { name: o.name, kind: o.kind, aliases: [...o.aliases], region: o.region };
}
function committeeData(c: CommitteeRecord) {
  return {
    code: c.code, name: c.name, article: c.article, aliases: [...c.aliases], partnership: c.partnership, purpose: c.purpose,
    decisionRule: c.decisionRule, votePer: c.votePer, substituteRule: c.substituteRule, mandateRequired: c.mandateRequired, substituteRequired: c.substituteRequired,
    seatsPerParty: c.seatsPerParty, composition: { ...c.composition }, ownOrganisationOnly: c.ownOrganisationOnly,
    chairFrom: c.chairFrom, rhythmRule: c.rhythmRule, rhythmNote: c.rhythmNote,
    seriesStart: c.seriesStart === null ? null : fromLocalDate(c.seriesStart), meetingTime: c.meetingTime, meetingMinutes: c.meetingMinutes,
    deadlinePolicy: { ...c.deadlinePolicy }, language: c.language, secretBallot: c.secretBallot, sourceRef: c.sourceRef,
  };
}
function personData(p: PersonRecord) {
  return { name: p.name, email: p.email, organisationId: p.organisationId, language: p.language, isAdmin: p.isAdmin };
}
function seatData(s: SeatFacts) {
  return {
    committeeId: s.committeeId, personId: s.personId, onBehalfOfId: s.onBehalfOfId, role: s.role,
    startsOn: fromLocalDate(s.from), endsOn: s.until === null ? null : fromLocalDate(s.until), substituteId: s.substituteId,
  };
}
function mandateData(m: MandateRecord) {
  return {
    personId: m.personId, organisationId: m.organisationId, startsOn: fromLocalDate(m.from), endsOn: m.until === null ? null : fromLocalDate(m.until),
    scope: m.scope, revokedAt: m.revokedAt === null ? null : new Date(m.revokedAt), revokedById: m.revokedById,
  };
}

/** Writes the plan; returns how many audit entries it wrote. */
export async function writeRegionPlan(tx: Tx, plan: RegionPlan, options: WriteOptions): Promise<number> {
  const audits: AuditInput[] = [];
  const action = (subject: string, verb: string) => options.action ?? `${subject}.${verb}`;
  const { at } = options;

  // Organisations first, without their penvoerder and members: those point at each other.
  const orgs = plan.organisations;
  for (const batch of chunks(orgs.added)) await tx.organisation.createMany({ data: batch.map((o) => ({ id: o.id, ...organisationData(o), createdAt: at })) });
  for (const { after } of orgs.changed) await tx.organisation.update({ where: { id: after.id }, data: organisationData(after) });
  for (const o of [...orgs.added, ...orgs.changed.map((c) => c.after)]) {
    if (o.kind !== 'COMBINATION' && o.memberIds.length === 0 && o.penvoerderId === null && orgs.added.includes(o)) continue;
    await tx.organisation.update({ where: { id: o.id }, data: { penvoerderId: o.penvoerderId, members: { set: o.memberIds.map((id) => ({ id })) } } });
  }
  for (const o of orgs.added) audits.push({ action: action('organisation', 'create'), subjectType: 'Organisation', subjectId: o.id, after: o });
  for (const c of orgs.changed) audits.push({ action: action('organisation', 'update'), subjectType: 'Organisation', subjectId: c.after.id, before: c.before, after: c.after });

  // People (employers exist now).
  for (const batch of chunks(plan.people.added)) await tx.person.createMany({ data: batch.map((p) => ({ id: p.id, ...personData(p), createdAt: at })) });
  for (const { after } of plan.people.changed) await tx.person.update({ where: { id: after.id }, data: personData(after) });
  for (const p of plan.people.added) audits.push({ action: action('person', 'create'), subjectType: 'Person', subjectId: p.id, after: p });
  for (const c of plan.people.changed) audits.push({ action: action('person', 'update'), subjectType: 'Person', subjectId: c.after.id, before: c.before, after: c.after });

  // Committees, then their escalation targets (which may be added in the same import).
  const committees = plan.committees;
  for (const batch of chunks(committees.added)) await tx.committee.createMany({ data: batch.map((c) => ({ id: c.id, ...committeeData(c), createdAt: at })) });
  for (const { after } of committees.changed) await tx.committee.update({ where: { id: after.id }, data: committeeData(after) });
  for (const c of [...committees.added, ...committees.changed.map((x) => x.after)]) {
    if (c.escalatesToId !== null || committees.changed.some((x) => x.after.id === c.id)) await tx.committee.update({ where: { id: c.id }, data: { escalatesToId: c.escalatesToId } });
  }
  for (const c of committees.added) audits.push({ action: action('committee', 'create'), subjectType: 'Committee', subjectId: c.id, committeeId: c.id, after: c });
  for (const c of committees.changed) audits.push({ action: action('committee', 'update'), subjectType: 'Committee', subjectId: c.after.id, committeeId: c.after.id, before: c.before, after: c.after });

  // One-off meetings; series meetings and every duty are materialised lazily (ensure-meetings.ts).
  const meetings = plan.meetings.added.map((m) => ({
    id: meetingId(m.committeeId, m.day), committeeId: m.committeeId, day: fromLocalDate(m.day), originalDay: fromLocalDate(m.day),
    startsAt: atAmsterdam(m.day, m.time), kind: 'EXTRA', createdAt: at,
  }));
  if (meetings.length > 0) await tx.meeting.createMany({ data: meetings });
  for (const m of meetings) audits.push({ action: action('meeting', 'create'), subjectType: 'Meeting', subjectId: m.id, committeeId: m.committeeId, after: m });

  // Seats and mandates.
  const seats = plan.seats;
  for (const batch of chunks(seats.added)) await tx.seat.createMany({ data: batch.map((s) => ({ id: s.id, ...seatData(s), createdAt: at, updatedAt: at })) });
  for (const { after } of [...seats.changed, ...seats.ended]) await tx.seat.update({ where: { id: after.id }, data: seatData(after) });
  for (const s of seats.removed) {
    // A seat that never started has no votes or attendance; one with a declaration ends on its first day instead.
    const used = await tx.substitutionDeclaration.count({ where: { seatId: s.id } });
    if (used === 0) await tx.seat.delete({ where: { id: s.id } });
    else await tx.seat.update({ where: { id: s.id }, data: { endsOn: fromLocalDate(s.from) } });
  }
  for (const s of seats.added) audits.push({ action: action('seat', 'create'), subjectType: 'Seat', subjectId: s.id, committeeId: s.committeeId, after: s });
  for (const c of seats.changed) audits.push({ action: action('seat', 'update'), subjectType: 'Seat', subjectId: c.after.id, committeeId: c.after.committeeId, before: c.before, after: c.after });
  for (const c of seats.ended) audits.push({ action: action('seat', 'end'), subjectType: 'Seat', subjectId: c.after.id, committeeId: c.after.committeeId, before: c.before, after: c.after });
  for (const s of seats.removed) audits.push({ action: action('seat', 'delete'), subjectType: 'Seat', subjectId: s.id, committeeId: s.committeeId, before: s });

  const mandates = plan.mandates;
  for (const batch of chunks(mandates.added)) await tx.mandate.createMany({ data: batch.map((m) => ({ id: m.id, ...mandateData(m), createdAt: at })) });
  for (const { after } of [...mandates.changed, ...mandates.ended]) await tx.mandate.update({ where: { id: after.id }, data: mandateData(after) });
  for (const m of mandates.added) audits.push({ action: action('mandate', 'create'), subjectType: 'Mandate', subjectId: m.id, after: m });
  for (const c of mandates.changed) audits.push({ action: action('mandate', 'update'), subjectType: 'Mandate', subjectId: c.after.id, before: c.before, after: c.after });
  for (const c of mandates.ended) audits.push({ action: action('mandate', 'revoke'), subjectType: 'Mandate', subjectId: c.after.id, before: c.before, after: c.after });

  for (const batch of chunks(audits)) await auditMany(tx, options.actor, batch, at);
  return audits.length;
}
