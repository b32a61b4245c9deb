/**
 * "Wie is het aanspreekpunt van de regio?": the contact point the sources name for the partnership of
 * the committee asked about, or of the asker's own committees; and the source lines every rule answer
 * ends with.
 */
import { quotesFor } from '../../domain/rules/rule-quotes.ts';
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import type { CommitteeName } from '../../services/registry/registry-catalog.ts';
import { theCommittee } from '../committee-words.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { card, type Reply } from '../reply.ts';
import { resolveCommittee } from '../resolve.ts';
import type { Slot } from './read-message.ts';
import { committeeText } from './slot-text.ts';

/** A quoted sentence and where it stands ("001 ORO, Taken"). */
export interface Quoted {
  readonly ref: string;
  readonly text: string;
}

/** A source quote as {@link Quoted}. */
export const quoted = (q: { readonly seed: string; readonly where: string; readonly text: string }): Quoted => ({ ref: `${q.seed} ${q.where}`, text: q.text });

/** One line per quote; without a quote, the committee's own source reference. */
export function quoteLines(lang: Language, quotes: readonly Quoted[], sourceRef: string): string[] {
  if (quotes.length === 0) return [t(lang, 'RULE_SOURCE_REF', { ref: sourceRef })];
  return [...new Map(quotes.map((q) => [q.text, q])).values()].map((q) => t(lang, 'RULE_SOURCE_QUOTE', { ref: q.ref, text: q.text }));
}

/** The contact point of the committee's partnership, or of each partnership the asker sits in. */
export async function contactAnswer(ctx: TurnContext, slot: Slot<CommitteeName> | null): Promise<Reply[]> {
  const { lang } = ctx;
  let ids: string[];
  if (slot) {
    const resolved = resolveCommittee(ctx.catalog, committeeText(slot), lang);
    if (!resolved.ok) return [errorReply(lang, resolved.error)];
    ids = [resolved.value.id];
  } else {
    ids = await ctx.services.committeesOfPerson(ctx.asker.personId);
    if (ids.length === 0) ids = ctx.catalog.committees.map((c) => c.id);
  }
  const rules = (await Promise.all(ids.slice(0, 12).map((committeeId) => ctx.services.findCommitteeRules({ committeeId })))).filter((r) => r !== null);
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const c of rules) {
    if (seen.has(c.partnership)) continue;
    seen.add(c.partnership);
    const quotes = quotesFor('contact', c).map(quoted);
    if (quotes.length) lines.push(...quoteLines(lang, quotes, c.sourceRef));
    else lines.push(t(lang, 'CONTACT_NONE', { partnership: c.partnership, the: theCommittee(lang, c) }));
  }
  return [card({ title: t(lang, 'RULE_TITLE_CONTACT'), lines })];
}
