/**
 * Closing a poll (after Loomio: lock the row, return early if already closed; the clock is a
 * parameter). The same function serves `/gremium peiling sluiten` and the scheduler, which calls
 * {@link closeDuePolls} with its own `now`. The outcome is computed under the rule the poll opened
 * with; a poll tied to a meeting becomes the next numbered decision on that meeting's decision list
 * (004 3.4.1: "Van de besluiten die het DOSD neemt wordt een besluitenlijst opgesteld."), with the
 * ratio (002 art. 9.1: "De stemverhouding ... wordt genotuleerd."). A secret ballot keeps only its
 * totals: closing erases the choice of every stance.
 */
import { toLocalDateOrNull } from '../../db/dates.ts';
import { decide, partiesOf, totalsOnly, type Outcome, type StanceChoice } from '../../domain/decisions/index.ts';
import { canRunPolls } from '../../domain/decisions/poll-permissions.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { transact } from '../transact.ts';
import { loadActorFacts } from '../identity/load-actor.ts';
import { lockFor } from '../lock.ts';
import { pollDay } from './poll-view.ts';
import { votingOn } from '../registry/seat-filters.ts';

/** Who closes: a person (secretary, chair, administrator) or the system at the closing time. */
export interface ClosePollInput {
  readonly actor: Actor;
  readonly pollId: string;
}

/**
 * Error codes:
 * - UNKNOWN_POLL: no poll with this id. Params: `pollId`.
 * - NOT_POLL_MANAGER: a person who is not the committee's secretary or chair (nor an administrator). Params: `committee`.
 * - POLL_NOT_DUE: the system may only close a poll whose closing time has come. Params: `pollId`.
 */
export type ClosePollError = DomainError<'UNKNOWN_POLL' | 'NOT_POLL_MANAGER' | 'POLL_NOT_DUE'>;

/** What closing did: `alreadyClosed` when an earlier call (or another instance) closed it. */
export interface ClosePollResult {
  readonly pollId: string;
  readonly committeeId: string;
  readonly alreadyClosed: boolean;
  readonly outcome: Outcome;
  readonly decisionNumber: number | null;
}

type LockedPoll = { id: string; status: string };

/** Closes the poll once; a second call returns the stored outcome and changes nothing. */
export async function closePoll(deps: ServiceDeps, input: ClosePollInput): Promise<Result<ClosePollResult, ClosePollError>> {
  const now = deps.now();
  return transact(deps, async (tx) => {
    const locked = await tx.$queryRaw<LockedPoll[]>`SELECT id, status::text AS status FROM "Poll" WHERE id = ${input.pollId} FOR UPDATE`;
    if (locked.length === 0) return err('UNKNOWN_POLL', { pollId: input.pollId });
    const poll = await tx.poll.findUniqueOrThrow({
      where: { id: input.pollId },
      include: { committee: { select: { code: true } }, meeting: { select: { id: true, day: true } }, stances: { orderBy: { castAt: 'asc' } }, decision: { select: { number: true } } },
    });
    if (poll.status === 'CLOSED') {
      return ok({ pollId: poll.id, committeeId: poll.committeeId, alreadyClosed: true, outcome: poll.outcome as unknown as Outcome, decisionNumber: poll.decision?.number ?? null });
    }
    if (input.actor.personId === null) {
      if (poll.closesAt.getTime() > now.getTime()) return err('POLL_NOT_DUE', { pollId: poll.id });
    } else {
      const actor = await loadActorFacts(tx, input.actor.personId);
      if (!actor || !canRunPolls(actor, poll.committeeId, amsterdamDay(now))) return err('NOT_POLL_MANAGER', { committee: poll.committee.code });
    }
    const day = pollDay({ createdAt: poll.createdAt, meetingDay: toLocalDateOrNull(poll.meeting?.day ?? null) });
    const seats = await tx.seat.findMany({ where: { committeeId: poll.committeeId, ...votingOn(day) }, select: { id: true, onBehalfOfId: true } });
    const partyOf = partiesOf(poll.votePer, seats);
    const decided = decide(poll.rule, {
      votingSeatIds: seats.map((s) => s.id),
      stances: poll.stances.flatMap((s) => (s.choice === null ? [] : [{ seatId: s.seatId, choice: s.choice as StanceChoice }])),
      final: true,
      ...(partyOf ? { partyOf } : {}),
    });
    // The rule was checked when the poll opened and every stance when it was cast.
    if (!decided.ok) throw new Error(`closePoll ${poll.id}: ${decided.error.code}`);
    const outcome = poll.secret ? totalsOnly(decided.value) : decided.value;
    const closed = await tx.poll.update({
      where: { id: poll.id },
      data: { status: 'CLOSED', closedAt: now, outcome: JSON.parse(JSON.stringify(outcome)) as object },
    });
    // A secret ballot forgets who chose what as it closes, in the same transaction as its totals: each
    // stance keeps only that its seat voted. While it was open the choice had to stay, so a vote could
    // be changed; the audit never held it (cast-stance.ts writes "SECRET").
    if (poll.secret) await tx.stance.updateMany({ where: { pollId: poll.id }, data: { choice: null } });
    const { stances: _stances, committee: _committee, meeting: _meeting, decision: _decision, ...before } = poll;
    await audit(tx, input.actor, { action: 'poll.close', subjectType: 'Poll', subjectId: poll.id, committeeId: poll.committeeId, before, after: closed }, now);
    const decisionNumber = poll.meeting ? await recordDecision(tx, input.actor, { meetingId: poll.meeting.id, pollId: poll.id, committeeId: poll.committeeId, text: poll.question, outcome }, now) : null;
    return ok({ pollId: poll.id, committeeId: poll.committeeId, alreadyClosed: false, outcome, decisionNumber });
  });
}

/** Adds the outcome as the meeting's next numbered decision; returns its number. */
async function recordDecision(
  tx: Tx,
  actor: Actor,
  d: { meetingId: string; pollId: string; committeeId: string; text: string; outcome: Outcome },
  now: Date,
): Promise<number> {
  await lockFor(tx, `decisions:${d.meetingId}`);
  const last = await tx.decision.findFirst({ where: { meetingId: d.meetingId }, orderBy: { number: 'desc' }, select: { number: true } });
  const decision = await tx.decision.create({
    data: { meetingId: d.meetingId, number: (last?.number ?? 0) + 1, pollId: d.pollId, text: d.text, outcome: d.outcome.status, ratio: d.outcome.ratio, createdAt: now },
  });
  await audit(tx, actor, { action: 'decision.create', subjectType: 'Decision', subjectId: decision.id, committeeId: d.committeeId, after: decision }, now);
  return decision.number;
}

/**
 * The scheduler's job: closes every open poll whose closing time has come, each in its own
 * transaction. Idempotent: a poll another instance closed first comes back as `alreadyClosed`.
 */
export async function closeDuePolls(deps: ServiceDeps): Promise<ClosePollResult[]> {
  const due = await deps.db.poll.findMany({ where: { status: 'OPEN', closesAt: { lte: deps.now() } }, select: { id: true }, orderBy: { closesAt: 'asc' } });
  const results: ClosePollResult[] = [];
  for (const poll of due) {
    const closed = await closePoll(deps, { actor: { personId: null, label: 'system' }, pollId: poll.id });
    if (closed.ok) results.push(closed.value);
  }
  return results;
}
