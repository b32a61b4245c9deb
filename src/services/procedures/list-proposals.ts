/**
 * "Welke voorstellen staan open?", "waar staat het voorstel Tarieven 2027?": the proposals with their
 * stage and next deadline (src/domain/procedures/proposal-stage.ts). A confidential proposal (002 art.
 * 5.7: "... worden niet gepubliceerd.") shows its title only to someone with a seat in the partnership's
 * committees (or an administrator) and only privately (`publicView` false: a direct chat, the console);
 * everyone else sees "#3".
 */
import type { LocalDate } from '../../domain/local-date.ts';
import { nextStep, type NextStep, type ProposalKind, type ProposalStage } from '../../domain/procedures/proposal-stage.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type Result } from '../../domain/result.ts';
import type { Db } from '../../db/database.ts';
import type { ServiceDeps } from '../deps.ts';
import { activeOn, votingOn } from '../registry/seat-filters.ts';
import { findProposal, partnershipOf, PROPOSAL_SELECT, proposalFacts, proposalLabel, toProposalRow, type LookupError, type ProposalRow } from './proposal-lookup.ts';

/** One proposal as answers show it. */
export interface ProposalView {
  readonly code: string;
  readonly number: number;
  readonly kind: ProposalKind;
  /** The title, or "#3" where a confidential one may not show it. */
  readonly title: string;
  readonly hidden: boolean;
  readonly stage: ProposalStage;
  readonly step: NextStep;
  readonly due: LocalDate | null;
  readonly quote: string;
  readonly source: string;
  /** Parties that reacted and that did not yet (while the reaction period runs). */
  readonly reacted: readonly string[];
  readonly notReacted: readonly string[];
  readonly pilot: ProposalRow['pilot'] & { readonly providerNames: readonly string[] };
}

/** Who asks and where: whether confidential titles may show. */
export interface Viewer {
  readonly personId: string;
  readonly publicView: boolean;
}

/** Whether `viewer` may read confidential titles of `committees`' proposals: an administrator or a seat in them, and only privately. */
export async function mayReadConfidential(db: Db, viewer: Viewer, committees: readonly string[], today: LocalDate): Promise<boolean> {
  if (viewer.publicView) return false;
  const person = await db.person.findUnique({ where: { id: viewer.personId }, select: { isAdmin: true } });
  if (person?.isAdmin) return true;
  return (await db.seat.count({ where: { personId: viewer.personId, committeeId: { in: [...committees] }, ...activeOn(today) } })) > 0;
}

async function view(db: Db, p: ProposalRow, today: LocalDate, insider: boolean): Promise<ProposalView> {
  const facts = await proposalFacts(db, p);
  const next = nextStep(facts, today);
  const reactions = await db.proposalReaction.findMany({ where: { proposalId: p.id }, select: { organisationId: true } });
  const parties = await db.seat.findMany({ where: { committeeId: p.committeeId, ...votingOn(today) }, select: { onBehalfOf: { select: { id: true, name: true } } } });
  const names = new Map(parties.map((s) => [s.onBehalfOf.id, s.onBehalfOf.name]));
  const extra = await db.organisation.findMany({ where: { id: { in: [...reactions.map((r) => r.organisationId), ...p.pilot.providers] } }, select: { id: true, name: true } });
  for (const o of extra) names.set(o.id, o.name);
  const reactedIds = new Set(reactions.map((r) => r.organisationId));
  const sorted = (ids: Iterable<string>) => [...ids].map((id) => names.get(id) ?? id).sort((a, b) => a.localeCompare(b));
  const hidden = p.confidential && !insider;
  return {
    code: p.code, number: p.number, kind: p.kind, title: hidden ? proposalLabel(p) : p.title, hidden, stage: p.stage, step: next.step, due: next.due,
    quote: next.article.text, source: `${next.article.seed} ${next.article.where}`,
    reacted: sorted(reactedIds), notReacted: next.step === 'REACTIONS' ? sorted([...names.keys()].filter((id) => !reactedIds.has(id) && parties.some((s) => s.onBehalfOf.id === id))) : [],
    pilot: { ...p.pilot, providerNames: sorted(p.pilot.providers) },
  };
}

/** The proposals not yet decided, of a committee's partnership (or of every committee when null), oldest first. */
export async function listOpenProposals(deps: ServiceDeps, input: { committeeId: string | null; viewer: Viewer }): Promise<ProposalView[]> {
  const today = amsterdamDay(deps.now());
  const committees = input.committeeId ? await partnershipOf(deps.db, input.committeeId) : null;
  const rows = (await deps.db.proposal.findMany({
    where: { stage: { notIn: ['ADOPTED', 'NOT_ADOPTED'] }, ...(committees ? { committeeId: { in: committees } } : {}) },
    select: PROPOSAL_SELECT,
    orderBy: [{ createdAt: 'asc' }],
  })).map(toProposalRow);
  const out: ProposalView[] = [];
  for (const p of rows) out.push(await view(deps.db, p, today, await mayReadConfidential(deps.db, input.viewer, await partnershipOf(deps.db, p.committeeId), today)));
  return out;
}

/**
 * One proposal by title or number. A confidential proposal named by its title to someone who may not
 * read it is unknown: the answer must not confirm what the title says.
 */
export async function proposalStatus(
  deps: ServiceDeps,
  input: { committeeId: string | null; proposal: string; viewer: Viewer },
): Promise<Result<ProposalView, LookupError>> {
  const today = amsterdamDay(deps.now());
  const found = await findProposal(deps.db, input.committeeId, input.proposal);
  if (!found.ok) return found;
  const insider = await mayReadConfidential(deps.db, input.viewer, await partnershipOf(deps.db, found.value.committeeId), today);
  const byTitle = !/^#?\d+$/u.test(input.proposal.trim());
  if (found.value.confidential && !insider && byTitle) return err('UNKNOWN_PROPOSAL', { ref: input.proposal.trim(), committee: '' });
  return ok(await view(deps.db, found.value, today, insider));
}
