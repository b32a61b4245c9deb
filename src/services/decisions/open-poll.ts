/** `/gremium peiling openen`: a secretary or chair puts a question to the committee's voting seats. */
import { canOpenPoll } from '../../domain/decisions/decision-rules.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';
import { audit } from '../audit.ts';
import { transact } from '../transact.ts';
import { lockFor } from '../lock.ts';
import { pollRef } from '../../domain/decisions/poll-ref.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { permit, type PermissionError } from '../authorize.ts';
import { meetingOn, nextMeetingDays } from '../schedule/meeting-lookup.ts';
import { votingOn } from '../registry/seat-filters.ts';
import { pollProposal, type PollProposalError } from '../procedures/poll-proposal.ts';
import { otherTable } from '../procedures/one-table.ts';

/**
 * What the secretary typed, names resolved. `meetingDay` ties the poll to that day's meeting. `secret`
 * asks for a secret ballot (the SBO's anonymous measurement, 001: "Steeds geanonimiseerd laten meten");
 * a committee whose workbook says "Geheime stemming: ja" votes secretly whatever the opener asks.
 */
export interface OpenPollInput {
  readonly actor: Actor & { personId: string };
  readonly committeeId: string;
  readonly question: string;
  readonly closesAt: Date;
  readonly meetingDay: LocalDate | null;
  readonly secret?: boolean;
  /** The proposal voted on (issue 16, 002 art. 9.1), by title or number; else recognised by its title in the question. */
  readonly proposal?: string | null;
}

/**
 * Error codes:
 * - POLL_CLOSES_IN_PAST: the closing time is not in the future. Params: `closesAt` (ISO instant).
 * - NOT_POLL_MANAGER: the actor is not the committee's secretary or chair (nor an administrator). Params: `committee`.
 * - POLL_NOT_ALLOWED: the committee's rule allows no binding poll (KBO, advisory bodies); params from
 *   canOpenPoll (`rule`, `quote`, `source`) plus `committee`.
 * - NO_MEETING_ON_DAY: the committee has no meeting on `day`. Params: `committee`, `day`, `next` (days).
 * - MEETING_CLOSED: the meeting already took place (HELD). Params: `committee`, `day`.
 * - TEXT_TOO_LONG, TEXT_CONTROL_CHARACTER: the question (src/domain/user-text.ts).
 * - PROPOSAL_NOT_WORKED_OUT, PROPOSAL_ALREADY_VOTED, CONFIDENTIAL_IN_QUESTION, UNKNOWN_PROPOSAL: the
 *   proposal voted on (src/services/procedures/poll-proposal.ts, 002 art. 9.1, 5.6, 5.7).
 */
export type OpenPollError = DomainError<'POLL_CLOSES_IN_PAST' | 'POLL_NOT_ALLOWED' | 'NO_MEETING_ON_DAY' | 'MEETING_CLOSED'> | PermissionError | TextError | PollProposalError;

/** Opens the poll with the options the committee's rule offers; one transaction, audited. */
export async function openPoll(deps: ServiceDeps, input: OpenPollInput): Promise<Result<{ pollId: string; ref: string; otherTable: { committee: string; day: LocalDate } | null }, OpenPollError>> {
  const question = checkText('question', input.question.trim());
  if (!question.ok) return question;
  const now = deps.now();
  if (input.closesAt.getTime() <= now.getTime()) return err('POLL_CLOSES_IN_PAST', { closesAt: input.closesAt.toISOString() });
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const committee = await tx.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true, decisionRule: true, votePer: true, secretBallot: true, sourceRef: true } });
    // The rule first: anyone asking learns why the KBO takes no votes, whoever they are, quoted from
    // the committee's own document.
    const allowed = canOpenPoll(committee.decisionRule, committee.sourceRef);
    if (!allowed.ok) return err('POLL_NOT_ALLOWED', { ...allowed.error.params, committee: committee.code });
    const permitted = await permit(tx, input.actor.personId, 'poll.open', { committeeId: input.committeeId }, today);
    if (!permitted.ok) return permitted;
    const proposalId = await pollProposal(tx, input.committeeId, question.value, input.proposal ?? null, today);
    if (!proposalId.ok) return proposalId;
    let meetingId: string | null = null;
    if (input.meetingDay !== null) {
      const meeting = await meetingOn(tx, input.committeeId, input.meetingDay);
      if (!meeting) {
        const next = await nextMeetingDays(tx, input.committeeId, today);
        return err('NO_MEETING_ON_DAY', { committee: committee.code, day: input.meetingDay, next });
      }
      if (meeting.status === 'HELD') return err('MEETING_CLOSED', { committee: committee.code, day: input.meetingDay });
      meetingId = meeting.id;
    }
    // The next number in the committee (its short name, "SBO-7"); the lock keeps two bot instances
    // opening polls in one committee at once from taking the same one.
    await lockFor(tx, `poll-number:${input.committeeId}`);
    const last = await tx.poll.aggregate({ where: { committeeId: input.committeeId }, _max: { number: true } });
    const poll = await tx.poll.create({
      data: {
        committeeId: input.committeeId,
        number: (last._max.number ?? 0) + 1,
        meetingId,
        question: question.value,
        options: [...allowed.value.options],
        rule: committee.decisionRule,
        // Fixed with the rule: a re-imported workbook does not change how a running poll counts.
        votePer: committee.votePer,
        secret: committee.secretBallot || input.secret === true,
        closesAt: input.closesAt,
        openedById: input.actor.personId,
        createdAt: now,
      },
    });
    // The electorate is fixed now (issue 13: a secretary gave herself a voting seat during a running
    // poll): the member seats that vote on the poll's day (pollDay: its meeting's day, else today).
    // Nobody joins later; these seats alone vote and count, whatever happens to seats afterwards.
    const day = input.meetingDay ?? today;
    const electorate = (await tx.seat.findMany({ where: { committeeId: input.committeeId, ...votingOn(day) }, select: { id: true }, orderBy: { id: 'asc' } })).map((s) => s.id);
    await tx.pollVoter.createMany({ data: electorate.map((seatId) => ({ pollId: poll.id, seatId })) });
    if (proposalId.value !== null) await tx.proposal.update({ where: { id: proposalId.value }, data: { pollId: poll.id } });
    // The audit names how many seats, not which: next to the poll's options, a list of seat ids would
    // look like a link from voters to choices in a secret ballot (PollVoter holds the list).
    await audit(tx, input.actor, { action: 'poll.open', subjectType: 'Poll', subjectId: poll.id, committeeId: input.committeeId, after: { ...poll, electorate: electorate.length } }, now);
    // 004 2.4.1 "Besluitvorming gebeurt op één tafel": a warning when another table voted on it already.
    return ok({ pollId: poll.id, ref: pollRef(committee.code, poll.number), otherTable: await otherTable(tx, input.committeeId, question.value) });
  });
}
