/**
 * Where a proposal stands and what comes next (002 art. 5.4-5.6, 9.1-9.3, 10), pure: the services load
 * the rows, these rules say what may happen. Each refusal carries the article it comes from.
 */
import { err, ok, type DomainError, type Result } from '../result.ts';
import type { LocalDate } from '../local-date.ts';
import { ARTICLES, articleRef, type Article } from './articles.ts';

/** The stages of {@link ProposalFacts}, as in the schema. */
export type ProposalStage = 'SUBMITTED' | 'PROVISIONAL' | 'WORKED_OUT' | 'ADOPTED' | 'NOT_ADOPTED';
/** A proposal (art. 5.4), a signal (art. 5.5) or a pilot request (art. 10). */
export type ProposalKind = 'PROPOSAL' | 'SIGNAL' | 'PILOT';

/** What the rules need to know about a proposal. */
export interface ProposalFacts {
  readonly kind: ProposalKind;
  readonly stage: ProposalStage;
  readonly reactionsDue: LocalDate | null;
  /** The for/against poll, when one was opened: whether it still runs, and the day it closes. */
  readonly poll: { readonly open: boolean; readonly closes: LocalDate } | null;
}

/**
 * The next step of a proposal and its deadline, as a code the conversation words:
 * - AWAIT_TABLE: submitted, waiting for the Fysieke overlegtafel to publish it as a provisional proposal (art. 5.6).
 * - REACTIONS: parties react until `due` (art. 5.6).
 * - AWAIT_WORKED_OUT: the reaction period is over; the table marks it worked out (art. 5.6).
 * - AWAIT_VOTE: worked out; parties vote for or against (art. 9.1).
 * - VOTING: the vote runs until `due`.
 * - AWAIT_DECISION: the municipality decides (art. 9.1-9.3; a pilot: art. 10.4).
 * - CLOSED: decided.
 */
export type NextStep = 'AWAIT_TABLE' | 'REACTIONS' | 'AWAIT_WORKED_OUT' | 'AWAIT_VOTE' | 'VOTING' | 'AWAIT_DECISION' | 'CLOSED';

/** The next step on `today`, with its last day when it has one, and the article behind it. */
export function nextStep(p: ProposalFacts, today: LocalDate): { step: NextStep; due: LocalDate | null; article: Article } {
  switch (p.stage) {
    case 'SUBMITTED':
      if (p.kind === 'PILOT') return { step: 'AWAIT_DECISION', due: null, article: ARTICLES.pilotConsent };
      return { step: 'AWAIT_TABLE', due: null, article: ARTICLES.toTable };
    case 'PROVISIONAL':
      if (p.reactionsDue !== null && today <= p.reactionsDue) return { step: 'REACTIONS', due: p.reactionsDue, article: ARTICLES.reactions };
      return { step: 'AWAIT_WORKED_OUT', due: null, article: ARTICLES.workedOut };
    case 'WORKED_OUT':
      if (p.poll?.open) return { step: 'VOTING', due: p.poll.closes, article: ARTICLES.vote };
      if (p.poll) return { step: 'AWAIT_DECISION', due: null, article: ARTICLES.adopted };
      return { step: 'AWAIT_VOTE', due: null, article: ARTICLES.vote };
    case 'ADOPTED':
    case 'NOT_ADOPTED':
      return { step: 'CLOSED', due: null, article: p.stage === 'ADOPTED' ? ARTICLES.adopted : ARTICLES.notAdopted };
  }
}

/** A refusal quoting its article: params `quote` and `source` ("002 art. 9.1") beside the caller's own. */
export function refuse<C extends string>(code: C, article: Article, params: Record<string, string | number> = {}): { readonly ok: false; readonly error: DomainError<C> } {
  return err(code, { ...params, quote: article.text, source: articleRef(article) });
}

/**
 * Error codes of the lifecycle rules (each with `quote` and `source`):
 * - PROPOSAL_NOT_WORKED_OUT: a vote on a proposal that is not worked out (art. 9.1); params `due` when
 *   the reaction period still runs (art. 5.6), `stage`.
 * - PROPOSAL_ALREADY_VOTED: a second for/against poll on the same proposal.
 * - REACTIONS_STILL_OPEN: marked worked out before the reaction period ended (art. 5.6); param `due`.
 * - NOT_PROVISIONAL: reacting to, or marking worked out, a proposal that is not provisional; param `stage`.
 * - REACTIONS_CLOSED: a reaction after the last day (art. 5.6); param `due`.
 * - NOT_DECIDABLE: a decision on a proposal that is not worked out, or whose vote still runs (art. 9.1); param `stage`.
 * - PROPOSAL_CLOSED: the municipality has decided already; param `stage`.
 */
export type LifecycleError = DomainError<'PROPOSAL_NOT_WORKED_OUT' | 'PROPOSAL_ALREADY_VOTED' | 'REACTIONS_STILL_OPEN' | 'NOT_PROVISIONAL' | 'REACTIONS_CLOSED' | 'NOT_DECIDABLE' | 'PROPOSAL_CLOSED'>;

/** Whether a for/against vote may be opened on the proposal (002 art. 9.1: only on a worked-out one). */
export function mayVote(p: ProposalFacts, today: LocalDate): Result<null, LifecycleError> {
  if (p.stage === 'WORKED_OUT') return p.poll ? refuse('PROPOSAL_ALREADY_VOTED', ARTICLES.vote) : ok(null);
  const running = p.stage === 'PROVISIONAL' && p.reactionsDue !== null && today <= p.reactionsDue;
  return refuse('PROPOSAL_NOT_WORKED_OUT', running ? ARTICLES.vote : ARTICLES.workedOut, { stage: p.stage, ...(running ? { due: p.reactionsDue!, reactions: ARTICLES.reactions.text } : {}) });
}

/** Whether a party may still react on `today` (art. 5.6: two weeks). */
export function mayReact(p: ProposalFacts, today: LocalDate): Result<null, LifecycleError> {
  if (p.stage !== 'PROVISIONAL') return refuse('NOT_PROVISIONAL', ARTICLES.reactions, { stage: p.stage });
  if (p.reactionsDue !== null && today > p.reactionsDue) return refuse('REACTIONS_CLOSED', ARTICLES.reactions, { due: p.reactionsDue });
  return ok(null);
}

/** Whether the table may mark it worked out on `today` (art. 5.6: on the reactions, so after the period). */
export function mayWorkOut(p: ProposalFacts, today: LocalDate): Result<null, LifecycleError> {
  if (p.stage !== 'PROVISIONAL') return refuse('NOT_PROVISIONAL', ARTICLES.workedOut, { stage: p.stage });
  if (p.reactionsDue !== null && today <= p.reactionsDue) return refuse('REACTIONS_STILL_OPEN', ARTICLES.reactions, { due: p.reactionsDue });
  return ok(null);
}

/** Whether the municipality may record its decision (art. 9.1-9.3; a pilot art. 10.4). */
export function mayDecide(p: ProposalFacts): Result<null, LifecycleError> {
  if (p.stage === 'ADOPTED' || p.stage === 'NOT_ADOPTED') return refuse('PROPOSAL_CLOSED', ARTICLES.adopted, { stage: p.stage });
  if (p.kind === 'PILOT') return ok(null);
  if (p.stage !== 'WORKED_OUT' || p.poll?.open) return refuse('NOT_DECIDABLE', ARTICLES.vote, { stage: p.stage });
  return ok(null);
}
