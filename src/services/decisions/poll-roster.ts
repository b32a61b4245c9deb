/**
 * Who may vote in a poll, held in memory (ServiceDeps.caches) so that a vote costs one statement: the
 * poll's fixed facts (committee, rule, meeting day, electorate: they never change after opening), the
 * electorate's seats and the accepted substitutions for the poll's meeting. The roster can go stale (a seat ends, a
 * declaration arrives); castStance's statement re-checks the chosen seat in SQL and, when that check
 * fails or the domain refuses, asks whether anything that decides who may vote was written since the
 * roster was read (the voting revision: moved by the audit of every registry change, substitution,
 * meeting and poll, not by votes: services/audit.ts) and, if so, decides again on fresh rows.
 */
import type { Db } from '../../db/database.ts';
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import type { SubstitutionDeclaration } from '../../domain/decisions/index.ts';
import type { MandateFacts } from '../../domain/registry/words.ts';
import { toMandateFacts } from '../registry/seat-view.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import type { DecisionRule, SeatFacts } from '../../domain/registry/words.ts';
import { runStatement } from '../../db/raw-sql.ts';
import { VOTING_ROLE } from '../../domain/registry/seat-rules.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { pollDay } from './poll-view.ts';
import { REVISION } from '../revisions.ts';

/** A poll's voters as the domain rules need them. */
export interface PollRoster {
  readonly pollId: string;
  readonly committeeId: string;
  readonly committeeCode: string;
  readonly rule: DecisionRule;
  readonly meetingId: string | null;
  readonly day: LocalDate;
  readonly secret: boolean;
  /** Seats held by each person, and electorate seats each person is the accepted substitute for. */
  readonly seatsOf: ReadonlyMap<string, readonly SeatFacts[]>;
  /** The electorate: the seats that vote, fixed when the poll opened (PollVoter). */
  readonly electorate: ReadonlySet<string>;
  /** The day the poll opened (Amsterdam): a refusal to a late voter names it. */
  readonly openedOn: LocalDate;
  readonly declarations: readonly SubstitutionDeclaration[];
  /**
   * When the committee requires a mandate (001 SBO "rechtsgeldig bevoegd"): the mandates for its
   * parties, to judge each vote by; null when it requires none. The committee's source is quoted.
   */
  readonly mandates: readonly MandateFacts[] | null;
  readonly sourceRef: string;
  /** The voting revision read before the roster's rows ({@link votingRevision}): another one means it may be stale. */
  readonly revision: bigint;
}

/** The rosters a process holds, by poll id, oldest first; one per ServiceDeps (deps.ts creates it). */
export type PollRosterCache = Map<string, PollRoster>;

/**
 * What the roster functions need: the database and the cache to keep rosters in (a ServiceDeps has
 * both; spelled out here because deps.ts names this file's cache type, and imports go one way only).
 */
export interface RosterDeps {
  readonly db: Db;
  readonly caches: { readonly pollRosters: PollRosterCache };
}

/** Rosters kept at most; past it the oldest is dropped. */
const MAX_CACHED = 1_000;

const VOTING_REVISION_SQL = `SELECT "auditId"::text AS revision FROM "RegistryRevision" WHERE id = ${REVISION.voting}`;

/**
 * The voting revision: the audit id of the newest change to who may vote (a seat, a mandate, a
 * substitution, a meeting, a poll), 0 before the first. Votes do not move it: a non-member clicking
 * during a burst of votes is refused from memory, not by reloading the roster after every vote.
 */
export async function votingRevision(db: Db): Promise<bigint> {
  const [newest] = await runStatement<{ revision: string | null }>(db, { name: 'gremium_voting_revision', text: VOTING_REVISION_SQL, values: [] });
  return newest?.revision ? BigInt(newest.revision) : 0n;
}

/** Forgets a poll's roster (after the database said it is stale). */
export function forgetRoster(deps: RosterDeps, pollId: string): void {
  deps.caches.pollRosters.delete(pollId);
}

/** The roster of a poll, from memory or loaded (four reads); null when there is no such poll. */
export async function pollRoster(deps: RosterDeps, pollId: string): Promise<PollRoster | null> {
  const cache = deps.caches.pollRosters;
  const hit = cache.get(pollId);
  if (hit) return hit;
  const roster = await loadRoster(deps.db, pollId);
  if (roster) {
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(pollId, roster);
  }
  return roster;
}

async function loadRoster(db: Db, pollId: string): Promise<PollRoster | null> {
  // Read first: a write landing between it and the rows only makes the roster look older than it is.
  const revision = await votingRevision(db);
  const poll = await db.poll.findUnique({
    where: { id: pollId },
    select: { committeeId: true, rule: true, meetingId: true, secret: true, createdAt: true, committee: { select: { code: true, mandateRequired: true, sourceRef: true } }, meeting: { select: { day: true } } },
  });
  if (!poll) return null;
  const day = pollDay({ createdAt: poll.createdAt, meetingDay: toLocalDateOrNull(poll.meeting?.day ?? null) });
  const [seats, electorate, accepted] = await Promise.all([
    db.seat.findMany({ where: { committeeId: poll.committeeId }, select: { id: true, personId: true, onBehalfOfId: true, role: true, startsOn: true, endsOn: true, substituteId: true } }),
    db.pollVoter.findMany({ where: { pollId }, select: { seatId: true } }),
    poll.meetingId
      ? db.substitutionDeclaration.findMany({ where: { meetingId: poll.meetingId, status: 'ACCEPTED', substituteId: { not: null } }, orderBy: { createdAt: 'asc' }, select: { seatId: true, substituteId: true } })
      : Promise.resolve([]),
  ]);
  const voters = new Set(electorate.map((v) => v.seatId));
  const facts = new Map<string, SeatFacts>();
  const seatsOf = new Map<string, SeatFacts[]>();
  const add = (personId: string, seat: SeatFacts) => seatsOf.set(personId, [...(seatsOf.get(personId) ?? []), seat]);
  for (const s of seats) {
    // An electorate seat counts as a member seat running on the poll's day, as it did when the poll
    // opened: ending it afterwards takes no vote away. Other seats keep their own facts, so that the
    // domain can say why they do not vote (an adviser, a seat not running that day, one given later).
    const inElectorate = voters.has(s.id);
    const seat: SeatFacts = {
      id: s.id, committeeId: poll.committeeId, personId: s.personId, onBehalfOfId: s.onBehalfOfId, role: inElectorate ? VOTING_ROLE : s.role,
      from: inElectorate ? day : toLocalDate(s.startsOn), until: inElectorate ? day : toLocalDateOrNull(s.endsOn), substituteId: s.substituteId,
    };
    if (inElectorate) facts.set(s.id, seat);
    add(s.personId, seat);
  }
  // A mandate revoked after this read is caught by the vote's own statement (cast-stance.ts).
  const mandates = poll.committee.mandateRequired
    ? (await db.mandate.findMany({ where: { organisationId: { in: [...new Set(seats.map((s) => s.onBehalfOfId))] } } })).map(toMandateFacts)
    : null;
  const declarations = accepted.map((d) => ({ seatId: d.seatId, substituteId: d.substituteId as string, from: day, until: day, status: 'ACCEPTED' as const }));
  for (const d of declarations) {
    const seat = facts.get(d.seatId);
    if (seat && seat.personId !== d.substituteId) add(d.substituteId, seat);
  }
  return {
    pollId, committeeId: poll.committeeId, committeeCode: poll.committee.code, rule: poll.rule, meetingId: poll.meetingId,
    day, secret: poll.secret, seatsOf, electorate: voters, openedOn: amsterdamDay(poll.createdAt), declarations, mandates, sourceRef: poll.committee.sourceRef, revision,
  };
}
