/**
 * The proposal a for/against poll is about (002 art. 9.1: "Partijen uit het Inkoopnetwerk stemmen voor
 * of tegen een Uitgewerkt voorstel"): named with `voorstel=`, or recognised by its title in the
 * question. A proposal that is not worked out yet, above all one whose reaction period still runs
 * (art. 5.6), is refused a vote; a worked-out one gets the poll linked. A confidential proposal's title
 * must not stand in the question (art. 5.7): the card is posted in the channel.
 */
import type { LocalDate } from '../../domain/local-date.ts';
import { ARTICLES } from '../../domain/procedures/articles.ts';
import { mayVote, refuse, type LifecycleError } from '../../domain/procedures/proposal-stage.ts';
import { ok, type DomainError, type Result } from '../../domain/result.ts';
import type { Tx } from '../deps.ts';
import { findProposal, partnershipOf, PROPOSAL_SELECT, proposalFacts, proposalLabel, toProposalRow, type LookupError } from './proposal-lookup.ts';

/** CONFIDENTIAL_IN_QUESTION: the question names a confidential proposal by its title (params `label`, `quote`, `source`). */
export type PollProposalError = LookupError | LifecycleError | DomainError<'CONFIDENTIAL_IN_QUESTION'>;

const norm = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** The proposal to link the poll to (null: none), or why the poll may not open. */
export async function pollProposal(tx: Tx, committeeId: string, question: string, ref: string | null, today: LocalDate): Promise<Result<string | null, PollProposalError>> {
  let proposal;
  if (ref !== null) {
    const found = await findProposal(tx, committeeId, ref);
    if (!found.ok) return found;
    proposal = found.value;
  } else {
    // Only an undecided proposal of the partnership whose whole title stands in the question.
    const rows = (await tx.proposal.findMany({
      where: { committeeId: { in: await partnershipOf(tx, committeeId) }, kind: 'PROPOSAL', stage: { in: ['SUBMITTED', 'PROVISIONAL', 'WORKED_OUT'] } },
      select: PROPOSAL_SELECT,
    })).map(toProposalRow);
    const q = norm(question);
    proposal = rows.find((r) => norm(r.title).trim().length >= 4 && q.includes(norm(r.title)));
    if (!proposal) return ok(null);
  }
  const may = mayVote(await proposalFacts(tx, proposal), today);
  if (!may.ok) return { ok: false, error: { ...may.error, params: { ...may.error.params, title: proposal.confidential ? proposalLabel(proposal) : proposal.title } } };
  if (proposal.confidential && norm(question).includes(norm(proposal.title))) return refuse('CONFIDENTIAL_IN_QUESTION', ARTICLES.confidential, { label: proposalLabel(proposal) });
  return ok(proposal.id);
}
