/**
 * Finding a proposal as people name it ("Tarieven 2027", "#3", "3") among the proposals of a committee's
 * partnership: a proposal submitted to the Inkoopnetwerk is treated at the Fysieke overlegtafel (002 art.
 * 5.4: "Deze voorstellen worden meegenomen in de Fysieke overlegtafel"), so either committee finds it.
 */
import { toLocalDateOrNull } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import type { LifecycleError, ProposalFacts, ProposalKind, ProposalStage } from '../../domain/procedures/proposal-stage.ts';
import type { Action } from '../../domain/permissions/table.ts';
import { permit, type PermissionError } from '../authorize.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import type { Db } from '../../db/database.ts';
import type { Tx } from '../deps.ts';

/** The columns every proposal service reads. */
export const PROPOSAL_SELECT = {
  id: true, committeeId: true, number: true, kind: true, title: true, onBehalfOfId: true, confidential: true, stage: true,
  publishedOn: true, reactionsDue: true, dutyId: true, pollId: true, decisionNote: true, pilotFrom: true, pilotUntil: true, pilotProviders: true,
  committee: { select: { code: true } },
} as const;

/** A proposal as the services use it. */
export interface ProposalRow {
  readonly id: string;
  readonly committeeId: string;
  readonly code: string;
  readonly number: number;
  readonly kind: ProposalKind;
  readonly title: string;
  readonly onBehalfOfId: string | null;
  readonly confidential: boolean;
  readonly stage: ProposalStage;
  readonly publishedOn: LocalDate | null;
  readonly reactionsDue: LocalDate | null;
  readonly dutyId: string | null;
  readonly pollId: string | null;
  readonly decisionNote: string | null;
  readonly pilot: { readonly from: LocalDate | null; readonly until: LocalDate | null; readonly providers: readonly string[] };
}

type Selected = { id: string; committeeId: string; number: number; kind: string; title: string; onBehalfOfId: string | null; confidential: boolean; stage: ProposalStage; publishedOn: Date | null; reactionsDue: Date | null; dutyId: string | null; pollId: string | null; decisionNote: string | null; pilotFrom: Date | null; pilotUntil: Date | null; pilotProviders: string[]; committee: { code: string } };

/** A selected row as a {@link ProposalRow}. */
export function toProposalRow(r: Selected): ProposalRow {
  return {
    id: r.id, committeeId: r.committeeId, code: r.committee.code, number: r.number, kind: r.kind as ProposalKind, title: r.title,
    onBehalfOfId: r.onBehalfOfId, confidential: r.confidential, stage: r.stage, publishedOn: toLocalDateOrNull(r.publishedOn),
    reactionsDue: toLocalDateOrNull(r.reactionsDue), dutyId: r.dutyId, pollId: r.pollId, decisionNote: r.decisionNote,
    pilot: { from: toLocalDateOrNull(r.pilotFrom), until: toLocalDateOrNull(r.pilotUntil), providers: r.pilotProviders },
  };
}

/** How a confidential proposal is named where its title may not go (002 art. 5.7): "#3". */
export const proposalLabel = (p: { number: number }) => `#${p.number}`;

/** The ids of the committees of `committeeId`'s partnership (itself first). */
export async function partnershipOf(db: Db | Tx, committeeId: string): Promise<string[]> {
  const committee = await db.committee.findUniqueOrThrow({ where: { id: committeeId }, select: { partnership: true } });
  const all = await db.committee.findMany({ where: { partnership: committee.partnership }, select: { id: true }, orderBy: { code: 'asc' } });
  return [committeeId, ...all.map((c) => c.id).filter((id) => id !== committeeId)];
}

/** The facts the lifecycle rules need, the proposal's poll included. */
export async function proposalFacts(db: Db | Tx, p: ProposalRow): Promise<ProposalFacts> {
  const poll = p.pollId ? await db.poll.findUnique({ where: { id: p.pollId }, select: { status: true, closesAt: true } }) : null;
  return { kind: p.kind, stage: p.stage, reactionsDue: p.reactionsDue, poll: poll ? { open: poll.status === 'OPEN', closes: amsterdamDay(poll.closesAt) } : null };
}

/** UNKNOWN_PROPOSAL: no proposal of the partnership goes by `ref`. Params `ref`, `committee`. */
export type LookupError = DomainError<'UNKNOWN_PROPOSAL'>;

/**
 * The proposal `ref` names among the partnership's of `committeeId` (every committee's when null):
 * "#3"/"3" by number in the committee itself, else by title (exactly, case and spacing ignored; else
 * the one undecided proposal whose title contains it).
 */
export async function findProposal(db: Db | Tx, committeeId: string | null, ref: string): Promise<Result<ProposalRow, LookupError>> {
  const code = committeeId ? (await db.committee.findUniqueOrThrow({ where: { id: committeeId }, select: { code: true } })).code : '';
  const wanted = ref.trim().replace(/^["“]|["”]$/gu, '').replace(/\s+/gu, ' ');
  const number = /^#?(\d{1,6})$/u.exec(wanted);
  if (number && committeeId) {
    const row = await db.proposal.findUnique({ where: { committeeId_number: { committeeId, number: Number(number[1]) } }, select: PROPOSAL_SELECT });
    return row ? ok(toProposalRow(row)) : err('UNKNOWN_PROPOSAL', { ref: wanted, committee: code });
  }
  const committees = committeeId ? await partnershipOf(db, committeeId) : null;
  const rows = (await db.proposal.findMany({ where: committees ? { committeeId: { in: committees } } : {}, select: PROPOSAL_SELECT, orderBy: { createdAt: 'desc' } })).map(toProposalRow);
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const key = norm(wanted);
  const exact = rows.find((r) => norm(r.title) === key);
  if (exact) return ok(exact);
  const open = rows.filter((r) => r.stage !== 'ADOPTED' && r.stage !== 'NOT_ADOPTED' && key.length >= 3 && norm(r.title).includes(key));
  return open.length === 1 ? ok(open[0]!) : err('UNKNOWN_PROPOSAL', { ref: wanted, committee: code });
}

/** The next free number in a committee (call under the committee's proposal lock). */
export async function nextProposalNumber(tx: Tx, committeeId: string): Promise<number> {
  const last = await tx.proposal.findFirst({ where: { committeeId }, orderBy: { number: 'desc' }, select: { number: true } });
  return (last?.number ?? 0) + 1;
}


/**
 * The opening of every step on a proposal, inside its transaction: the proposal `ref` names, the
 * permission table's answer for `action` in its committee, and the lifecycle's `check` of its stage
 * (domain/procedures/proposal-stage.ts), in that order; the first refusal is the answer. With the
 * proposal comes what the table knew of the actor (an administrator may speak for any party).
 */
export async function proposalForStep(
  tx: Tx,
  input: { actorId: string; committeeId: string | null; ref: string; action: Action; today: LocalDate },
  check: (facts: ProposalFacts, today: LocalDate) => Result<null, LifecycleError>,
): Promise<Result<{ proposal: ProposalRow; actor: { readonly isAdmin: boolean } }, LookupError | PermissionError | LifecycleError>> {
  const found = await findProposal(tx, input.committeeId, input.ref);
  if (!found.ok) return found;
  const allowed = await permit(tx, input.actorId, input.action, { committeeId: found.value.committeeId }, input.today);
  if (!allowed.ok) return allowed;
  const may = check(await proposalFacts(tx, found.value), input.today);
  return may.ok ? ok({ proposal: found.value, actor: allowed.value }) : may;
}
