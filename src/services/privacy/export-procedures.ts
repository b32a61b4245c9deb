/**
 * The procedures' part of `gremium person export` (AVG art. 15, issue 16): the proposals, signals and
 * pilots the person submitted, the reactions they recorded (for their party, or as secretary for
 * another), and the impasses they started. Titles are listed as stored, confidential ones included:
 * the export goes to the person it is about, who submitted or reacted to them.
 */
import { toLocalDateOrNull } from '../../db/dates.ts';
import type { Tx } from '../deps.ts';
import type { OwnRows } from './person-trace.ts';

/** The person's proposals, reactions and impasses, as plain JSON. */
export interface ProceduresExport {
  readonly proposals: { committee: string; number: number; kind: string; title: string; confidential: boolean; stage: string; onBehalfOf: string | null; submittedAt: string; publishedOn: string | null; decisionNote: string | null }[];
  readonly reactions: { committee: string; proposalNumber: number; proposal: string; party: string; text: string | null; at: string }[];
  readonly impassesStarted: { committee: string; subject: string; step: string; startedAt: string; closedAt: string | null }[];
}

/** Collects them inside the export's transaction. */
export async function collectProcedures(tx: Tx, personId: string, own: OwnRows): Promise<ProceduresExport> {
  const [proposals, reactions, impasses] = await Promise.all([
    tx.proposal.findMany({ where: { id: { in: [...own.proposals] } }, include: { committee: { select: { code: true } } }, orderBy: { createdAt: 'asc' } }),
    tx.proposalReaction.findMany({ where: { id: { in: [...own.reactions] } }, include: { proposal: { select: { number: true, title: true, committee: { select: { code: true } } } } }, orderBy: { at: 'asc' } }),
    tx.impasseCase.findMany({ where: { startedById: personId }, include: { committee: { select: { code: true } } }, orderBy: { startedAt: 'asc' } }),
  ]);
  const orgIds = [...new Set([...proposals.flatMap((p) => (p.onBehalfOfId ? [p.onBehalfOfId] : [])), ...reactions.map((r) => r.organisationId)])];
  const orgs = new Map((await tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  return {
    proposals: proposals.map((p) => ({
      committee: p.committee.code, number: p.number, kind: p.kind, title: p.title, confidential: p.confidential, stage: p.stage,
      onBehalfOf: p.onBehalfOfId ? (orgs.get(p.onBehalfOfId) ?? p.onBehalfOfId) : null, submittedAt: p.createdAt.toISOString(),
      publishedOn: toLocalDateOrNull(p.publishedOn), decisionNote: p.decisionNote,
    })),
    reactions: reactions.map((r) => ({
      committee: r.proposal.committee.code, proposalNumber: r.proposal.number, proposal: r.proposal.title, party: orgs.get(r.organisationId) ?? r.organisationId, text: r.text, at: r.at.toISOString(),
    })),
    impassesStarted: impasses.map((c) => ({ committee: c.committee.code, subject: c.subject, step: c.step, startedAt: c.startedAt.toISOString(), closedAt: c.closedAt ? c.closedAt.toISOString() : null })),
  };
}
