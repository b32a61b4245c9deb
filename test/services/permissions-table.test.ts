/**
 * Every cell of the permission table (src/domain/permissions/table.ts), tried through the services on a
 * real database (issue 13, point 1): for each action, each kind of person acting (an administrator,
 * someone without a seat, and every seat role whose seat runs today, has ended or has not begun) and
 * each target (in the committee of the actor's seat or in another; about herself or someone else; for
 * an organisation that sits there, only sat there, or sits elsewhere; a seat beginning today, just
 * within the grace, before it, in 2020; a mandate for one committee or for all). The expected answer
 * is read from the table's rows; an allowed cell must write, a refused cell must return the code and
 * leave every table exactly as it was (row count and a checksum of every row).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../../src/domain/local-date.ts';
import { earliestSeatStart } from '../../src/domain/permissions/authorize.ts';
import { ACTIONS, PERMISSIONS, type Action, type Limit } from '../../src/domain/permissions/table.ts';
import { SEAT_ROLES, type SeatRole } from '../../src/domain/registry/words.ts';
import type { DomainError, Result } from '../../src/domain/result.ts';
import { setCommitteeChannel } from '../../src/services/channels/set-committee-channel.ts';
import { closePoll } from '../../src/services/decisions/close-poll.ts';
import { openPoll } from '../../src/services/decisions/open-poll.ts';
import { recordAttendance } from '../../src/services/decisions/record-attendance.ts';
import { declareAbsence } from '../../src/services/decisions/declare-absence.ts';
import { withdrawAbsence } from '../../src/services/decisions/withdraw-absence.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { linkAccount } from '../../src/services/identity/link-account.ts';
import { addSeat } from '../../src/services/registry/add-seat.ts';
import { endSeat } from '../../src/services/registry/end-seat.ts';
import { recordMandate } from '../../src/services/registry/record-mandate.ts';
import { revokeMandate } from '../../src/services/registry/revoke-mandate.ts';
import { addMeeting } from '../../src/services/schedule/add-meeting.ts';
import { markDutyDone } from '../../src/services/schedule/mark-duty-done.ts';
import { decideProposal } from '../../src/services/procedures/decide-proposal.ts';
import { reactToProposal } from '../../src/services/procedures/react-to-proposal.ts';
import { submitProposal } from '../../src/services/procedures/submit-proposal.ts';
import { workOutProposal } from '../../src/services/procedures/work-out-proposal.ts';
import { deliverImpasse, recordImpasseStep, startImpasse } from '../../src/services/procedures/impasse-writes.ts';
import { proposeAccession, raiseEscalation } from '../../src/services/procedures/agenda-items.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

const TODAY: LocalDate = '2026-11-25';
const now = () => new Date(`${TODAY}T10:00:00Z`);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** When the acting person's seat runs, seen from today. */
const PERIODS = { CURRENT: ['2024-01-01', null], PAST: ['2020-01-01', addDays(TODAY, -1)], FUTURE: [addDays(TODAY, 1), null] } as const;
type Period = keyof typeof PERIODS;
/** Who acts: an administrator, a person without a seat, or a seat role in committee A in a period. */
type ActorKind = { role: 'ADMIN' | 'NONE'; period: null } | { role: SeatRole; period: Period };
const ACTORS: ActorKind[] = [
  { role: 'ADMIN', period: null },
  { role: 'NONE', period: null },
  ...SEAT_ROLES.flatMap((role) => (Object.keys(PERIODS) as Period[]).map((period) => ({ role, period }))),
];
const actorKey = (a: ActorKind) => (a.period ? `${a.role}/${a.period}` : a.role);
/** OWN: the committee of the actor's seat (A); OTHER: committee B. */
const SCOPES = ['OWN', 'OTHER'] as const;
type Scope = (typeof SCOPES)[number];
/** Organisations by their relation to committees A and B: a seat there now, only a past one, or seats elsewhere only. */
type OrgKind = 'SITS' | 'SAT' | 'ELSEWHERE';

/** A target of an action: about the actor herself, beyond one committee, which limits it touches. */
interface Variant {
  readonly name: string;
  readonly self?: boolean;
  readonly wide?: boolean;
  readonly triggers?: readonly Limit[];
  readonly org?: OrgKind;
}

/** One cell: the action, who acts, where, and on what. */
interface Cell {
  readonly action: Action;
  readonly actor: ActorKind;
  readonly scope: Scope;
  readonly variant: Variant;
}

/** The answer the table gives, read from its row alone: null (allowed) or the code of the refusal. */
function expected(cell: Cell): string | null {
  const { actor, variant } = cell;
  if (actor.role === 'ADMIN') return null;
  const row = PERMISSIONS[cell.action];
  const refusal = variant.self && row.refusalForSelf ? row.refusalForSelf : row.refusal;
  const holds = actor.period === 'CURRENT' && row.offices.includes(actor.role);
  if (variant.wide) return holds && row.limits.includes('ORGANISATION_WIDE_MANDATE') ? 'ORGANISATION_WIDE_MANDATE' : refusal;
  if (!holds || cell.scope !== 'OWN') return refusal;
  return row.limits.find((limit) => variant.triggers?.includes(limit)) ?? null;
}

let database: TestDatabase;
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });
const ids = {
  committee: {} as Record<'A' | 'B' | 'C' | 'D', string>,
  org: {} as Record<'OWN' | OrgKind, string>,
  actor: {} as Record<string, string>,
  memberOf: '',
};
let fingerprintSql = '';
let counter = 0;
const next = () => ++counter;

/** Row count and checksum of every table: a refused command must leave all of them as they were. */
async function fingerprint(): Promise<Record<string, string>> {
  const [row] = await database.sql.query<Record<string, string>>(fingerprintSql);
  return row!;
}

const fresh = async () => (await database.db.person.create({ data: { name: `Nieuw ${next()}` } })).id;
const committeeOf = (scope: Scope) => (scope === 'OWN' ? ids.committee.A : ids.committee.B);
const codeOf = (scope: Scope) => (scope === 'OWN' ? 'A' : 'B');
const actorOf = (cell: Cell) => ({ personId: ids.actor[actorKey(cell.actor)]!, label: actorKey(cell.actor) });
/** Somewhere in the future, a different day for every call (meetings must not clash). */
const futureDay = () => addDays('2027-01-04', next());

type Act = () => Promise<Result<unknown, DomainError>>;
/** Per action: its targets, and how to prepare one (before the snapshot) and act on it. */
const RUNS: Record<Action, { variants: readonly Variant[]; prepare: (cell: Cell) => Promise<Act> }> = {
  'seat.add': {
    variants: [
      { name: 'adviser for someone, from today' },
      { name: 'member for someone, from today' },
      { name: 'adviser for herself, from today', self: true },
      { name: 'member for herself, from today', self: true, triggers: ['SELF_VOTING_SEAT'] },
      { name: 'adviser for someone, from the first day of the grace' },
      { name: 'adviser for someone, from the day before the grace', triggers: ['BACKDATED_SEAT'] },
      { name: 'one day as adviser in 2020', triggers: ['BACKDATED_SEAT'] },
      { name: 'secretary from 2020 on', triggers: ['BACKDATED_SEAT'] },
    ],
    prepare: async (cell) => {
      const v = cell.variant.name;
      const personId = cell.variant.self ? actorOf(cell).personId : await fresh();
      const role: SeatRole = v.startsWith('member') ? 'MEMBER' : v.startsWith('secretary') ? 'SECRETARY' : 'ADVISER';
      const from = v.includes('2020') ? '2020-01-01' : v.includes('first day of the grace') ? earliestSeatStart(TODAY) : v.includes('before the grace') ? addDays(earliestSeatStart(TODAY), -1) : TODAY;
      const until = v.startsWith('one day') ? '2020-01-01' : null;
      return () => addSeat(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), personId, onBehalfOfId: ids.org.OWN, role, from, until, substituteId: null });
    },
  },
  'seat.end': {
    variants: [{ name: "someone's seat" }, { name: 'her own adviser seat', self: true }],
    prepare: async (cell) => {
      const personId = cell.variant.self ? actorOf(cell).personId : await fresh();
      const seat = await database.db.seat.create({ data: { committeeId: committeeOf(cell.scope), personId, onBehalfOfId: ids.org.OWN, role: 'ADVISER', startsOn: day('2025-01-01') } });
      return () => endSeat(deps(), { actor: actorOf(cell), seatId: seat.id, until: addDays(TODAY, 30) });
    },
  },
  'mandate.record': {
    variants: [
      ...(['SITS', 'SAT', 'ELSEWHERE'] as const).map((org) => ({ name: `for the committee, someone, organisation ${org}`, org })),
      { name: 'for the committee, herself', org: 'SITS', self: true, triggers: ['SELF_MANDATE'] },
      ...(['SITS', 'SAT'] as const).map((org) => ({ name: `for every committee, someone, organisation ${org}`, org, wide: true })),
    ],
    prepare: async (cell) => {
      const personId = cell.variant.self ? actorOf(cell).personId : await fresh();
      const scope = cell.variant.wide ? 'bestuurlijk' : codeOf(cell.scope);
      return () => recordMandate(deps(), { actor: actorOf(cell), personId, organisationId: ids.org[cell.variant.org!], from: '2026-12-01', until: null, scope });
    },
  },
  'mandate.revoke': {
    variants: [
      ...(['SITS', 'SAT', 'ELSEWHERE'] as const).map((org) => ({ name: `for the committee, organisation ${org}`, org })),
      ...(['SITS', 'SAT'] as const).map((org) => ({ name: `for every committee, organisation ${org}`, org, wide: true })),
    ],
    prepare: async (cell) => {
      const personId = await fresh();
      const organisationId = ids.org[cell.variant.org!];
      await database.db.mandate.create({ data: { personId, organisationId, startsOn: day('2025-01-01'), scope: cell.variant.wide ? 'bestuurlijk' : codeOf(cell.scope) } });
      return () => revokeMandate(deps(), { actor: actorOf(cell), personId, organisationId });
    },
  },
  'attendance.record': {
    variants: [{ name: 'a member at the last meeting' }, { name: "a member's notice for a period" }, { name: "withdrawing a member's notice for a period" }],
    prepare: async (cell) => {
      const committeeId = committeeOf(cell.scope);
      if (cell.variant.name === 'a member at the last meeting') {
        return () => recordAttendance(deps(), { actor: actorOf(cell), committeeId, day: '2026-11-20', personId: ids.memberOf, status: 'PRESENT', reason: null });
      }
      const from = futureDay();
      const until = addDays(from, 30);
      if (cell.variant.name === "a member's notice for a period") {
        return () => declareAbsence(deps(), { actor: actorOf(cell), committeeId, from, until, substituteId: null, reason: null, holderId: ids.memberOf });
      }
      await database.db.absence.create({ data: { committeeId, personId: ids.memberOf, startsOn: day(from), endsOn: day(until), declaredById: ids.memberOf } });
      return () => withdrawAbsence(deps(), { actor: actorOf(cell), committeeId, from, until, holderId: ids.memberOf });
    },
  },
  'meeting.plan': {
    variants: [{ name: 'an extra meeting' }],
    prepare: async (cell) => {
      const meetingDay = futureDay();
      return () => addMeeting(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), day: meetingDay, time: null });
    },
  },
  'channel.bind': {
    variants: [{ name: 'a Slack channel' }],
    prepare: async (cell) => {
      const channel = `C${next()}`;
      return () => setCommitteeChannel(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), platform: 'slack', channel });
    },
  },
  'poll.open': {
    variants: [{ name: 'a poll' }],
    prepare: async (cell) => () =>
      openPoll(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), question: `Vraag ${next()}?`, closesAt: new Date('2026-12-31T12:00:00Z'), meetingDay: null }),
  },
  'poll.close': {
    variants: [{ name: 'an open poll' }],
    prepare: async (cell) => {
      const poll = await database.db.poll.create({
        data: { committeeId: committeeOf(cell.scope), question: `Vraag ${next()}?`, options: ['FOR', 'AGAINST', 'ABSTAIN'], rule: 'MAJORITY', closesAt: new Date('2026-12-31T12:00:00Z'), openedById: ids.actor.ADMIN! },
      });
      return () => closePoll(deps(), { actor: actorOf(cell), pollId: poll.id });
    },
  },
  'duty.done': { variants: [{ name: 'the minutes' }], prepare: (cell) => dutyDone(cell, cell.scope === 'OWN' ? 'A' : 'B', 'MINUTES') },
  'duty.done.agenda': { variants: [{ name: 'the agenda' }], prepare: (cell) => dutyDone(cell, cell.scope === 'OWN' ? 'A' : 'B', 'AGENDA') },
  // C's policy names A's chair for its duties, D's names B's chair: the named committee is the target.
  'duty.done.named': { variants: [{ name: "the minutes of a committee whose policy names this committee's chair" }], prepare: (cell) => dutyDone(cell, cell.scope === 'OWN' ? 'C' : 'D', 'MINUTES') },
  'proposal.submit': {
    variants: [{ name: 'a proposal' }],
    prepare: async (cell) => {
      const title = `Voorstel ${next()}`;
      return () => submitProposal(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), kind: 'PROPOSAL', title, confidential: false });
    },
  },
  'proposal.react': {
    variants: [{ name: 'a reaction to a provisional proposal' }],
    prepare: async (cell) => {
      const ref = await proposalFor(cell, 'PROVISIONAL', '2026-12-31');
      // A member reacts for her own party; the secretary and the administrator for a party that sits there.
      const onBehalfOfId = cell.actor.role === 'MEMBER' ? null : ids.org.SITS;
      return () => reactToProposal(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), proposal: ref, onBehalfOfId, text: 'Akkoord' });
    },
  },
  'proposal.work-out': {
    variants: [{ name: 'a provisional proposal after its reaction period' }],
    prepare: async (cell) => {
      const ref = await proposalFor(cell, 'PROVISIONAL', '2026-11-15');
      return () => workOutProposal(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), proposal: ref });
    },
  },
  'proposal.decide': {
    variants: [{ name: 'a worked-out proposal' }],
    prepare: async (cell) => {
      const ref = await proposalFor(cell, 'WORKED_OUT', '2026-11-15');
      return () => decideProposal(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), proposal: ref, adopted: true, note: null });
    },
  },
  'impasse.start': {
    variants: [{ name: 'an impasse between two parties' }],
    prepare: async (cell) => {
      const subject = `Geschil ${next()}`;
      return () => startImpasse(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), subject, partyIds: [ids.org.OWN, ids.org.SITS] });
    },
  },
  'impasse.deliver': {
    variants: [{ name: "a party's impasse document" }],
    prepare: async (cell) => {
      const subject = await impasseFor(cell, 'STEP1_DOCUMENTS');
      // A member delivers for her own party (OWN); the secretary and the administrator for SITS.
      const onBehalfOfId = cell.actor.role === 'MEMBER' ? null : ids.org.SITS;
      return () => deliverImpasse(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), subject, onBehalfOfId });
    },
  },
  'impasse.step': {
    variants: [{ name: 'the documents differ (step 2a)' }],
    prepare: async (cell) => {
      const subject = await impasseFor(cell, 'STEP2_COMPARE');
      return () => recordImpasseStep(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), subject, event: 'DIFFER', day: null, mediator: null });
    },
  },
  'escalation.raise': {
    variants: [{ name: 'a subject the committee cannot agree on' }],
    prepare: async (cell) => {
      const subject = `Onderwerp ${next()}`;
      return () => raiseEscalation(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), subject });
    },
  },
  'agenda.accession': {
    variants: [{ name: 'an interim accession' }],
    prepare: async (cell) => {
      const organisation = `Nieuwe Aanbieder ${next()}`;
      return () => proposeAccession(deps(), { actor: actorOf(cell), committeeId: committeeOf(cell.scope), organisation });
    },
  },
  'account.link': {
    variants: [{ name: "someone else's account" }, { name: 'an account for herself', self: true }],
    prepare: async (cell) => {
      const personId = cell.variant.self ? actorOf(cell).personId : await fresh();
      const account = { platform: 'slack', externalId: `U${next()}` };
      return () => linkAccount(deps(), { actor: actorOf(cell), personId, account });
    },
  },
};

/** A proposal of its own for the cell, in the stage the action needs (002 art. 5.6, 9.1). */
async function proposalFor(cell: Cell, stage: 'PROVISIONAL' | 'WORKED_OUT', reactionsDue: string): Promise<string> {
  const number = next();
  await database.db.proposal.create({
    data: { committeeId: committeeOf(cell.scope), number, title: `Voorstel ${number}`, submittedById: ids.actor.ADMIN!, stage, publishedOn: day('2026-11-01'), reactionsDue: day(reactionsDue) },
  });
  return `#${number}`;
}

/** An impasse of its own for the cell between OWN and SITS, in `step` (004 appendix 2). */
async function impasseFor(cell: Cell, step: string): Promise<string> {
  const subject = `Geschil ${next()}`;
  await database.db.impasseCase.create({
    data: { committeeId: committeeOf(cell.scope), subject, step, startedById: ids.actor.ADMIN!, startedAt: now(), parties: { create: [{ organisationId: ids.org.OWN }, { organisationId: ids.org.SITS }] } },
  });
  return subject;
}

/** A meeting of its own for the cell, whose duty of `kind` is marked done. */
async function dutyDone(cell: Cell, committee: 'A' | 'B' | 'C' | 'D', kind: 'AGENDA' | 'MINUTES'): Promise<Act> {
  const meetingDay = futureDay();
  await database.db.meeting.create({ data: { committeeId: ids.committee[committee], day: day(meetingDay), originalDay: day(meetingDay), startsAt: new Date(`${meetingDay}T13:00:00Z`), kind: 'EXTRA' } });
  return () => markDutyDone(deps(), { actor: actorOf(cell), committeeId: ids.committee[committee], day: meetingDay, kind });
}

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const policy = (responsible?: string) => ({ agendaDaysBefore: 7, minutesDaysAfter: 14, ...(responsible ? { responsible } : {}) });
  for (const [code, responsible] of [['A'], ['B'], ['C', 'A-voorzitter'], ['D', 'B-voorzitter']] as const) {
    const c = await db.committee.create({
      data: { code, name: `Gremium ${code}`, partnership: 'Proef', decisionRule: 'MAJORITY', substituteRule: 'SAME_ORGANISATION', rhythmNote: 'naar behoefte', sourceRef: 'test', deadlinePolicy: policy(responsible) },
    });
    ids.committee[code] = c.id;
  }
  // A escalates to C and B to D (001: working group -> ORO -> SBO), so an escalation has somewhere to go.
  await db.committee.update({ where: { id: ids.committee.A }, data: { escalatesToId: ids.committee.C } });
  await db.committee.update({ where: { id: ids.committee.B }, data: { escalatesToId: ids.committee.D } });
  for (const [kind, name] of [['OWN', 'Gemeente Eigen'], ['SITS', 'Gemeente Zit'], ['SAT', 'Gemeente Zat'], ['ELSEWHERE', 'Zorg Elders BV']] as const) {
    ids.org[kind] = (await db.organisation.create({ data: { name, kind: kind === 'ELSEWHERE' ? 'PROVIDER' : 'MUNICIPALITY' } })).id;
  }
  const holder = (await db.person.create({ data: { name: 'Houder' } })).id;
  const seat = (committee: string, org: string, from: string, until: string | null, personId = holder, role: SeatRole = 'MEMBER') =>
    db.seat.create({ data: { committeeId: committee, personId, onBehalfOfId: org, role, startsOn: day(from), endsOn: until === null ? null : day(until) } });
  for (const c of [ids.committee.A, ids.committee.B]) {
    await seat(c, ids.org.SITS, '2024-01-01', null);
    await seat(c, ids.org.SAT, '2020-01-01', '2020-01-01');
    await db.meeting.create({ data: { committeeId: c, day: day('2026-11-20'), originalDay: day('2026-11-20'), startsAt: new Date('2026-11-20T13:00:00Z'), kind: 'EXTRA' } });
  }
  await seat(ids.committee.C, ids.org.ELSEWHERE, '2024-01-01', null);
  ids.memberOf = holder;
  for (const actor of ACTORS) {
    const person = await db.person.create({ data: { name: `Actor ${actorKey(actor)}`, isAdmin: actor.role === 'ADMIN' } });
    ids.actor[actorKey(actor)] = person.id;
    if (actor.period) {
      const [from, until] = PERIODS[actor.period];
      await seat(ids.committee.A, ids.org.OWN, from, until, person.id, actor.role as SeatRole);
    }
  }
  const tables = await database.sql.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`);
  fingerprintSql = `SELECT ${tables
    // Count and the sum of every row's hash: one pass without sorting (a sorted md5 of every row, read
    // twice per cell over ever larger tables, was most of this file's time); any changed, added or
    // removed row moves it.
    .map((t) => `(SELECT count(*)::text || ':' || coalesce(sum(hashtext(x::text)::bigint), 0)::text FROM "${t.tablename}" x) AS "${t.tablename}"`)
    .join(', ')}`;
});
afterAll(async () => database?.close());

const CELLS: Cell[] = ACTIONS.flatMap((action) =>
  RUNS[action].variants.flatMap((variant) => ACTORS.flatMap((actor) => SCOPES.map((scope) => ({ action, actor, scope, variant })))),
);

describe('the permission table, cell by cell, through the services', () => {
  it('covers every action, every kind of actor and both committees', () => {
    expect(new Set(CELLS.map((c) => c.action))).toEqual(new Set(ACTIONS));
    expect(CELLS.length).toBe(ACTIONS.reduce((n, a) => n + RUNS[a].variants.length, 0) * ACTORS.length * SCOPES.length);
    // Every row's refusal and every limit of the table is expected somewhere.
    const codes = new Set(CELLS.map(expected));
    for (const action of ACTIONS) {
      expect(codes).toContain(PERMISSIONS[action].refusal);
      for (const limit of PERMISSIONS[action].limits) expect(codes).toContain(limit);
    }
  });

  for (const action of ACTIONS) {
    describe(action, () => {
      for (const cell of CELLS.filter((c) => c.action === action)) {
        const answer = expected(cell);
        it(`${actorKey(cell.actor)} · ${cell.scope} committee · ${cell.variant.name} → ${answer ?? 'allowed'}`, async () => {
          const act = await RUNS[action].prepare(cell);
          const before = await fingerprint();
          const result = await act();
          if (answer === null) {
            expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
            expect(await fingerprint()).not.toEqual(before);
          } else {
            expect(result).toMatchObject({ ok: false, error: { code: answer } });
            expect(await fingerprint()).toEqual(before);
          }
        });
      }
    });
  }
});
