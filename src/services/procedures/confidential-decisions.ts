/**
 * A decision list as someone outside the partnership may read it (002 art. 5.7: "Informatie met
 * betrekking tot kosten, prijzen, innovatieve voorstellen of andere informatie waarvan Aanbieder deze
 * als vertrouwelijk bestempeld, worden niet gepubliceerd."): a decision on a confidential proposal's
 * poll says only the proposal's number ("#2"), its outcome and ratio (art. 9.1: "De stemverhouding in de
 * Fysieke overlegtafel wordt genotuleerd"); a confidential proposal's title anywhere else in a decision
 * becomes its number. Applied by the decision list itself, so no caller (chat, `gremium
 * export-decisions`) can forget it.
 */
import type { LocalDate } from '../../domain/local-date.ts';
import type { Db } from '../../db/database.ts';
import { mayReadConfidential, type Viewer } from './list-proposals.ts';
import { partnershipOf, proposalLabel } from './proposal-lookup.ts';

/** A decision's text and the poll it came from. */
interface Line {
  readonly text: string;
  readonly pollId?: string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** `lines` with confidential proposals named by number, unless `reader` may read them (a seat in the partnership, privately). */
export async function maskConfidential<L extends Line>(db: Db, committeeId: string, lines: readonly L[], reader: Viewer | null, today: LocalDate): Promise<L[]> {
  if (lines.length === 0) return [...lines];
  const committees = await partnershipOf(db, committeeId);
  const pollIds = lines.flatMap((l) => (l.pollId ? [l.pollId] : []));
  const secret = await db.proposal.findMany({
    where: { confidential: true, OR: [{ committeeId: { in: committees } }, ...(pollIds.length ? [{ pollId: { in: pollIds } }] : [])] },
    select: { number: true, title: true, pollId: true },
  });
  if (secret.length === 0) return [...lines];
  if (reader && (await mayReadConfidential(db, reader, committees, today))) return [...lines];
  const byPoll = new Map(secret.flatMap((p) => (p.pollId ? [[p.pollId, p] as const] : [])));
  // Longest titles first, so a title inside another is not replaced half.
  const titles = [...secret].sort((a, b) => b.title.length - a.title.length);
  return lines.map((l) => {
    const linked = l.pollId ? byPoll.get(l.pollId) : undefined;
    if (linked) return { ...l, text: proposalLabel(linked) };
    let text = l.text;
    for (const p of titles) text = text.replace(new RegExp(escape(p.title), 'giu'), proposalLabel(p));
    return { ...l, text };
  });
}
