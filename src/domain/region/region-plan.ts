/**
 * What importing a region workbook changes in the registry: organisations, committees and people
 * added or changed, seats and mandates added, changed or ended, one-off meetings added. Pure: the
 * registry comes in as records (records.ts), so `region check` can show the plan without writing,
 * and a workbook exported from a registry plans nothing against it (the round trip).
 *
 * The workbook is the region's whole truth for what it lists: a seat of one of its committees that
 * its Leden sheet no longer lists ends yesterday (or, when it had not started, is withdrawn), and
 * with a Mandaten sheet a mandate for one of its organisations that the sheet no longer lists is
 * revoked. Organisations, committees and people it does not list are left alone.
 */
import { addDays, type LocalDate } from '../local-date.ts';
import { nameKey } from '../names.ts';
import { lookupIn, resolveRows, type RegistrySnapshot } from '../registry/membership-resolve.ts';
import { planMembership, seatKey } from '../registry/membership-plan.ts';
import type { SeatFacts } from '../registry/words.ts';
import { amsterdamDay } from '../schedule/clock.ts';
import { committeeEntries, organisationEntries } from './check-workbook.ts';
import { compositionOfChanges } from './plan-composition.ts';
import { planMandates, planPeople, section } from './plan-people.ts';
import { type Change, type CommitteeRecord, type MandateRecord, type MeetingRecord, type OrganisationRecord, type PersonRecord, type RecordKind, type RegistryState, type Section } from './records.ts';

export type { RecordKind, Section } from './records.ts';
import type { RegionProblem, RegionWorkbook } from './workbook.ts';


/** Everything an import does. */
export interface RegionPlan {
  readonly organisations: Section<OrganisationRecord>;
  readonly committees: Section<CommitteeRecord>;
  readonly people: Section<PersonRecord>;
  readonly seats: Section<SeatFacts> & {
    /** Running seats the workbook no longer lists: they end yesterday. */
    readonly ended: Change<SeatFacts>[];
    /** Seats that had not started and the workbook no longer lists: withdrawn. */
    readonly removed: SeatFacts[];
  };
  readonly mandates: Section<MandateRecord> & {
    /** Mandates the Mandaten sheet no longer lists: revoked now. */
    readonly ended: Change<MandateRecord>[];
  };
  readonly meetings: { readonly added: MeetingRecord[] };
}


/** How ids are made: the demo makes readable ones from a hint (a name or code), an import random ones. */
export type NewId = (kind: RecordKind, hint: string) => string;

/** The plan's clock and id maker. */
export interface PlanOptions {
  readonly now: Date;
  readonly newId: NewId;
}

/** True when the plan changes nothing. */
export function planIsEmpty(plan: RegionPlan): boolean {
  const s = plan;
  return [s.organisations, s.committees, s.people, s.seats, s.mandates].every((x) => x.added.length === 0 && x.changed.length === 0)
    && s.seats.ended.length === 0 && s.seats.removed.length === 0 && s.mandates.ended.length === 0 && s.meetings.added.length === 0;
}

/** Plans the workbook against the registry; problems are those only the registry can show (the Leden sheet's names, overlapping seats). */
export function planRegion(workbook: RegionWorkbook, state: RegistryState, options: PlanOptions): { plan: RegionPlan; problems: RegionProblem[] } {
  const today = amsterdamDay(options.now);
  const used = new Set<string>([...state.organisations, ...state.committees, ...state.people, ...state.seats, ...state.mandates].map((r) => r.id));
  const allocate = (kind: RecordKind, hint: string): string => {
    const base = options.newId(kind, hint);
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };

  // Organisations: by name, else by an alias the registry knows the workbook's name by.
  const orgIdOf = new Map<string, string>();
  const orgPairs = workbook.organisations.map((o) => {
    const key = nameKey(o.name);
    const before = state.organisations.find((e) => nameKey(e.name) === key) ?? state.organisations.find((e) => e.aliases.some((a) => nameKey(a) === key));
    const id = before?.id ?? allocate('organisation', o.name);
    orgIdOf.set(o.name, id);
    return { o, before, id };
  });
  const orgEntries = organisationEntries(workbook);
  const orgId = (name: string | null): string | null => {
    if (name === null) return null;
    const hit = lookupIn(orgEntries, name);
    return 'id' in hit ? (orgIdOf.get(hit.id) ?? null) : null;
  };
  const organisations = section(
    orgPairs.map(({ o, before, id }) => {
      const penvoerderId = o.kind === 'COMBINATION' ? orgId(o.lead) : null;
      const memberIds = o.kind === 'COMBINATION' ? [...new Set([penvoerderId, ...o.members.map(orgId)].filter((m): m is string => m !== null))] : [];
      return { before, after: { id, name: o.name, kind: o.kind, aliases: [...o.aliases], region: o.region, penvoerderId, memberIds } };
    }),
  );

  // Committees: by code.
  const committeeIdOf = new Map<string, string>();
  const committeePairs = workbook.committees.map((c) => {
    const before = state.committees.find((e) => e.code.toUpperCase() === c.code.toUpperCase());
    const id = before?.id ?? allocate('committee', c.code);
    committeeIdOf.set(c.code, id);
    return { c, before, id };
  });
  const cEntries = committeeEntries(workbook);
  const committees = section(
    committeePairs.map(({ c, before, id }) => {
      const target = c.escalatesTo === null ? null : lookupIn(cEntries, c.escalatesTo);
      const seriesStart = c.rhythmRule === null ? null : (c.seriesStart ?? before?.seriesStart ?? defaultSeriesStart(today));
      const after: CommitteeRecord = {
        id, code: c.code, name: c.name, article: c.article, aliases: [...c.aliases], partnership: c.partnership, purpose: c.purpose,
        decisionRule: c.decisionRule, votePer: c.votePer, substituteRule: c.substituteRule, mandateRequired: c.mandateRequired, substituteRequired: c.substituteRequired,
        seatsPerParty: c.seatsPerParty, composition: c.composition, ownOrganisationOnly: c.ownOrganisationOnly,
        chairFrom: c.chairFrom, rhythmRule: c.rhythmRule, rhythmNote: c.rhythmNote, seriesStart,
        meetingTime: c.meetingTime, meetingMinutes: c.meetingMinutes, deadlinePolicy: c.deadlinePolicy,
        escalatesToId: target !== null && 'id' in target ? (committeeIdOf.get(target.id) ?? null) : null,
        language: c.language, secretBallot: c.secretBallot, sourceRef: c.sourceRef,
      };
      return { before, after };
    }),
  );

  const people = planPeople(workbook, state, orgId, allocate);
  const problems: RegionProblem[] = [];
  const snapshot: RegistrySnapshot = {
    committees: workbook.committees.map((c) => ({ id: committeeIdOf.get(c.code) as string, code: c.code, name: c.name, aliases: c.aliases })),
    organisations: workbook.organisations.map((o) => ({ id: orgIdOf.get(o.name) as string, name: o.name, aliases: o.aliases })),
    persons: [...people.after.values()],
  };
  const resolution = resolveRows(workbook.members, snapshot, workbook.labels.members, () => allocate('person', ''), workbook.membersIncomplete);
  for (const p of resolution.problems) problems.push({ sheet: workbook.sheetNames.members, ...p });
  for (const n of resolution.newPeople) people.after.set(n.id, { id: n.id, name: n.name, email: n.email, organisationId: n.organisationId, language: null, isAdmin: false });
  for (const e of resolution.emailsAdded) {
    const p = people.after.get(e.personId);
    if (p) people.after.set(e.personId, { ...p, email: e.email });
  }
  const peopleSection = section([...people.after.values()].map((after) => ({ before: state.people.find((p) => p.id === after.id), after })));

  const mandates = planMandates(workbook, state, people.after, orgId, allocate, options.now);
  const regionCommittees = new Set(committeeIdOf.values());
  const existingSeats = state.seats.filter((s) => regionCommittees.has(s.committeeId));
  const membership = planMembership(resolution.rows, { seats: existingSeats, mandates: mandates.standing }, workbook.labels.members.from, () => allocate('seat', ''));
  for (const p of membership.problems) problems.push({ sheet: workbook.sheetNames.members, ...p });
  const listed = new Set(resolution.rows.map((r) => `${seatKey(r)}|${r.from}`));
  const yesterday = addDays(today, -1);
  const ended: Change<SeatFacts>[] = [];
  const removed: SeatFacts[] = [];
  for (const s of existingSeats) {
    if (listed.has(`${seatKey(s)}|${s.from}`) || (s.until !== null && s.until < today)) continue;
    if (s.from <= yesterday) ended.push({ before: s, after: { ...s, until: yesterday } });
    else removed.push(s);
  }

  // The seeds' composition rules bind every seat the import adds or changes (plan-composition.ts).
  const replaced = new Map<string, SeatFacts | null>([
    ...membership.updates.map((u) => [u.before.id, u.after] as const),
    ...ended.map((e) => [e.before.id, e.after] as const),
    ...removed.map((s) => [s.id, null] as const),
  ]);
  const finalSeats = [
    ...existingSeats.flatMap((s) => (replaced.has(s.id) ? [replaced.get(s.id)].filter((x): x is SeatFacts => x != null) : [s])),
    ...membership.creates,
  ];
  const finalOrgs = new Map<string, OrganisationRecord>(state.organisations.map((o) => [o.id, o]));
  for (const o of [...organisations.added, ...organisations.changed.map((c) => c.after)]) finalOrgs.set(o.id, o);
  problems.push(
    ...compositionOfChanges({
      changed: [...membership.creates, ...membership.updates.map((u) => ({ ...u.after, row: u.row }))],
      finalSeats,
      committees: [...committees.added, ...committees.changed.map((c) => c.after), ...state.committees.filter((c) => regionCommittees.has(c.id) && !committees.changed.some((x) => x.after.id === c.id))],
      // An organisation whose kind could not be read is not judged by a kind it does not have.
      organisations: new Map([...finalOrgs].filter(([id]) => !workbook.organisations.some((o) => !o.kindRead && orgIdOf.get(o.name) === id))),
      people: people.after,
      mandates: [...mandates.standing, ...membership.mandates],
      sheet: workbook.sheetNames.members,
      labels: workbook.labels.members,
    }),
  );

  const meetings: MeetingRecord[] = [];
  for (const { c, id } of committeePairs) {
    for (const m of c.meetings) {
      if (state.meetings.some((e) => e.committeeId === id && e.day === m.day)) continue;
      meetings.push({ committeeId: id, day: m.day, time: m.time ?? c.meetingTime, kind: 'EXTRA', scheduled: true });
    }
  }

  const plan: RegionPlan = {
    organisations,
    committees,
    people: peopleSection,
    seats: {
      added: membership.creates.map(({ row: _row, ...s }) => s),
      changed: membership.updates.map((u) => ({ before: u.before, after: u.after })),
      unchanged: membership.unchanged,
      ended,
      removed,
    },
    mandates: {
      ...mandates.section,
      added: [
        ...mandates.section.added,
        ...membership.mandates.map(({ row: _row, revoked: _revoked, ...m }) => ({ ...m, revokedAt: null, revokedById: null })),
      ],
      ended: mandates.ended,
    },
    meetings: { added: meetings },
  };
  return { plan, problems };
}

/** The first day of a committee's series when the workbook gives none: January 1st of `today`'s year. */
export function defaultSeriesStart(today: LocalDate): LocalDate {
  return `${today.slice(0, 4)}-01-01`;
}
