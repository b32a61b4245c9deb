/**
 * `gremium person export <person>`: everything Gremium holds about one person, for a request under
 * AVG art. 15 (right of access): the person, their chat accounts, seats, mandates, votes,
 * declarations, attendance, duties done, proposals submitted, reactions recorded and impasses started
 * (export-procedures.ts), and every audit entry about them. Administrators only;
 * the export itself is audited (who asked, and how much was handed out, not what).
 *
 * A vote in a secret ballot is listed without its choice: the export is no way around the secrecy.
 */
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import { ok, type Result } from '../../domain/result.ts';
import type { IsoWeekday } from '../../domain/schedule/clock.ts';
import { weekdayName } from '../../domain/schedule/digest-day.ts';
import { audit, snapshot } from '../audit.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { transact } from '../transact.ts';
import { auditAbout, ownRows, requireAdministrator, type PrivacyGuardError } from './person-trace.ts';
import { collectProcedures, type ProceduresExport } from './export-procedures.ts';

/** One person's data, as plain JSON: days as YYYY-MM-DD, instants as ISO strings. */
export interface PersonExport extends ProceduresExport {
  readonly exportedAt: string;
  readonly person: {
    id: string; name: string; email: string | null; language: string | null; administrator: boolean; organisation: string | null; createdAt: string;
    /** The weekday of their weekly digest ("monday" ... "sunday"), or "off". */
    weeklyDigest: string;
  };
  readonly platformAccounts: { platform: string; externalId: string }[];
  readonly seats: { committee: string; committeeName: string; role: string; onBehalfOf: string; startsOn: string; endsOn: string | null; namedSubstitute: string | null }[];
  readonly namedSubstituteFor: { committee: string; holder: string; onBehalfOf: string; startsOn: string; endsOn: string | null }[];
  readonly mandates: { organisation: string; scope: string; startsOn: string; endsOn: string | null; revokedAt: string | null; revokedBy: string | null }[];
  readonly stances: { committee: string; pollId: string; question: string; secret: boolean; choice: string | null; onBehalfOf: string; castBy: string | null; castAt: string }[];
  readonly pollsOpened: { committee: string; pollId: string; question: string; status: string; openedAt: string }[];
  readonly declarations: { committee: string; meetingDay: string; as: 'HOLDER' | 'SUBSTITUTE' | 'DECLARANT'; status: string; reason: string | null; substitute: string | null; declaredBy: string | null; declaredAt: string; withdrawnAt: string | null }[];
  readonly attendance: { committee: string; meetingDay: string; as: 'HOLDER' | 'SUBSTITUTE'; status: string; reason: string | null; substitute: string | null; recordedAt: string }[];
  readonly duties: { committee: string; kind: string; due: string; doneAt: string | null }[];
  readonly audit: { id: string; at: string; actor: string; action: string; subjectType: string; subjectId: string; before: unknown; after: unknown }[];
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/** Collects the person's data, and audits that it was handed out, in one transaction. */
export async function exportPerson(deps: ServiceDeps, input: { actor: Actor & { personId: string }; personId: string }): Promise<Result<PersonExport, PrivacyGuardError>> {
  const now = deps.now();
  return transact(deps, async (tx) => {
    const guard = await requireAdministrator(tx, input.actor.personId);
    if (!guard.ok) return guard;
    const data = await collect(tx, input.personId, now);
    await audit(
      tx,
      input.actor,
      { action: 'person.export', subjectType: 'Person', subjectId: input.personId, after: { seats: data.seats.length, stances: data.stances.length, proposals: data.proposals.length, reactions: data.reactions.length, auditEntries: data.audit.length } },
      now,
    );
    return ok(data);
  }, { timeout: 60_000 });
}

async function collect(tx: Tx, personId: string, now: Date): Promise<PersonExport> {
  const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, include: { organisation: { select: { name: true } }, identities: true } });
  const own = await ownRows(tx, personId);
  const seatInclude = { committee: { select: { code: true, name: true } }, onBehalfOf: { select: { name: true } } } as const;
  const [seats, substituteFor, mandates, stances, polls, declarations, attendance, duties] = await Promise.all([
    tx.seat.findMany({ where: { personId }, include: { ...seatInclude, substitute: { select: { name: true } } }, orderBy: { startsOn: 'asc' } }),
    tx.seat.findMany({ where: { substituteId: personId }, include: { ...seatInclude, person: { select: { name: true } } }, orderBy: { startsOn: 'asc' } }),
    tx.mandate.findMany({ where: { personId }, include: { organisation: { select: { name: true } } }, orderBy: { startsOn: 'asc' } }),
    tx.stance.findMany({ where: { id: { in: [...own.stances] } }, include: { poll: { include: { committee: { select: { code: true } } } }, seat: { include: { onBehalfOf: { select: { name: true } } } } }, orderBy: { castAt: 'asc' } }),
    tx.poll.findMany({ where: { openedById: personId }, include: { committee: { select: { code: true } } }, orderBy: { createdAt: 'asc' } }),
    tx.substitutionDeclaration.findMany({ where: { id: { in: [...own.declarations] } }, include: { seat: { include: { committee: { select: { code: true } } } }, meeting: { select: { day: true } } }, orderBy: { createdAt: 'asc' } }),
    tx.attendance.findMany({ where: { id: { in: [...own.attendance] } }, include: { seat: { include: { committee: { select: { code: true } } } }, meeting: { select: { day: true } } }, orderBy: { recordedAt: 'asc' } }),
    tx.duty.findMany({ where: { doneById: personId }, include: { committee: { select: { code: true } } }, orderBy: { due: 'asc' } }),
  ]);
  const who = { name: person.name, email: person.email, accounts: person.identities.map((i) => i.externalId) };
  const entries = await auditAbout(tx, personId, who, own);
  const procedures = await collectProcedures(tx, personId, own);
  const names = await namesOf(tx, [
    ...mandates.map((m) => m.revokedById), ...stances.map((s) => s.castById),
    ...declarations.flatMap((d) => [d.substituteId, d.declaredById]), ...attendance.map((a) => a.substituteId),
  ]);
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? id));
  return {
    exportedAt: now.toISOString(),
    person: {
      id: person.id, name: person.name, email: person.email, language: person.language, administrator: person.isAdmin,
      organisation: person.organisation?.name ?? null, createdAt: person.createdAt.toISOString(),
      weeklyDigest: person.digestDay === null ? 'off' : weekdayName('en', person.digestDay as IsoWeekday).toLowerCase(),
    },
    platformAccounts: person.identities.map((i) => ({ platform: i.platform, externalId: i.externalId })),
    seats: seats.map((s) => ({
      committee: s.committee.code, committeeName: s.committee.name, role: s.role, onBehalfOf: s.onBehalfOf.name,
      startsOn: toLocalDate(s.startsOn), endsOn: toLocalDateOrNull(s.endsOn), namedSubstitute: s.substitute?.name ?? null,
    })),
    namedSubstituteFor: substituteFor.map((s) => ({ committee: s.committee.code, holder: s.person.name, onBehalfOf: s.onBehalfOf.name, startsOn: toLocalDate(s.startsOn), endsOn: toLocalDateOrNull(s.endsOn) })),
    mandates: mandates.map((m) => ({
      organisation: m.organisation.name, scope: m.scope, startsOn: toLocalDate(m.startsOn), endsOn: toLocalDateOrNull(m.endsOn), revokedAt: iso(m.revokedAt), revokedBy: name(m.revokedById),
    })),
    stances: stances.map((s) => ({
      committee: s.poll.committee.code, pollId: s.pollId, question: s.poll.question, secret: s.poll.secret,
      choice: s.poll.secret ? null : s.choice, onBehalfOf: s.seat.onBehalfOf.name, castBy: name(s.castById), castAt: s.castAt.toISOString(),
    })),
    pollsOpened: polls.map((p) => ({ committee: p.committee.code, pollId: p.id, question: p.question, status: p.status, openedAt: p.createdAt.toISOString() })),
    declarations: declarations.map((d) => ({
      committee: d.seat.committee.code, meetingDay: toLocalDate(d.meeting.day), as: own.seats.includes(d.seatId) ? 'HOLDER' : d.substituteId === personId ? 'SUBSTITUTE' : 'DECLARANT',
      status: d.status, reason: d.reason, substitute: name(d.substituteId), declaredBy: name(d.declaredById), declaredAt: d.createdAt.toISOString(), withdrawnAt: iso(d.withdrawnAt),
    })),
    attendance: attendance.map((a) => ({
      committee: a.seat.committee.code, meetingDay: toLocalDate(a.meeting.day), as: own.seats.includes(a.seatId) ? 'HOLDER' : 'SUBSTITUTE',
      status: a.status, reason: a.reason, substitute: name(a.substituteId), recordedAt: a.recordedAt.toISOString(),
    })),
    duties: duties.map((d) => ({ committee: d.committee.code, kind: d.kind, due: toLocalDate(d.due), doneAt: iso(d.doneAt) })),
    ...procedures,
    audit: entries.map((e) => ({
      id: e.id.toString(), at: e.at.toISOString(), actor: e.actorLabel, action: e.action, subjectType: e.subjectType, subjectId: e.subjectId,
      before: snapshot(e.before ?? null), after: snapshot(e.after ?? null),
    })),
  };
}

/** Names of people by id, for the ids rows keep without a relation. */
async function namesOf(tx: Tx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const people = wanted.length === 0 ? [] : await tx.person.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(people.map((p) => [p.id, p.name]));
}
