/**
 * What the proposal verbs and sentences do (002 art. 5.4-5.7, 9, 10), shared by both: "/gremium reactie
 * INKOOP Tarieven 2027 tekst=..." and "Reactie op voorstel Tarieven 2027: ..." run the same code.
 */
import { parseDateText } from '../../domain/date-text.ts';
import { ARTICLES } from '../../domain/procedures/articles.ts';
import type { DomainError } from '../../domain/result.ts';
import { joinList } from '../../i18n/catalog.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { KIND_WORDS } from '../../i18n/procedures.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { resolveCommittee, resolveOrganisation } from '../resolve.ts';

const actorOf = (ctx: TurnContext) => ({ personId: ctx.asker.personId, label: ctx.asker.name });

/** True where what is said may be read by others than the asker: a channel (not a direct chat, not the console). */
export function isPublic(ctx: TurnContext): boolean {
  return !(ctx.origin.direct === true || ctx.origin.platform === 'console' || ctx.origin.channel === null);
}

/** How a proposal is named in a reply: `"Tarieven 2027" (#3)`, or only `#3` for a confidential one in public (002 art. 5.7). */
export function labelOf(ctx: TurnContext, p: { title: string; number: number; confidential: boolean }): string {
  return p.confidential && isPublic(ctx) ? `#${p.number}` : `"${p.title}" (#${p.number})`;
}

/** An error in words, ISO days as "9 december 2026"; a title of a confidential proposal stays out in public. */
export function procedureError(ctx: TurnContext, error: DomainError): Reply[] {
  const params: Record<string, string | number | readonly string[]> = {};
  for (const [k, v] of Object.entries(error.params ?? {})) params[k] = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(v) ? formatDay(ctx.lang, v) : v;
  return [errorReply(ctx.lang, { code: error.code, params })];
}

function committeeOf(ctx: TurnContext, typed: string | null): { id: string | null; failure?: Reply[] } {
  if (typed === null) return { id: null };
  const c = resolveCommittee(ctx.catalog, typed, ctx.lang);
  return c.ok ? { id: c.value.id } : { id: null, failure: [errorReply(ctx.lang, c.error)] };
}

/** A party submits a proposal or a signal (art. 5.4, 5.5). */
export async function runSubmit(ctx: TurnContext, c: { committee: string; title: string; confidential: boolean | null; signal: boolean }): Promise<Reply[]> {
  const committee = committeeOf(ctx, c.committee);
  if (committee.failure || committee.id === null) return committee.failure ?? [];
  const kind = c.signal ? 'SIGNAL' : 'PROPOSAL';
  const r = await ctx.services.submitProposal({ actor: actorOf(ctx), committeeId: committee.id, kind, title: c.title, confidential: c.confidential === true });
  if (!r.ok) return procedureError(ctx, r.error);
  const v = r.value;
  const label = labelOf(ctx, { title: v.title, number: v.number, confidential: c.confidential === true });
  return [text(t(ctx.lang, 'PROPOSAL_SUBMITTED', { kindWord: KIND_WORDS[kind][ctx.lang], label, committee: v.code, ...(v.party ? { party: v.party } : {}), ...(c.confidential ? { confidential: 'yes' } : {}) }))];
}

/** A party (or the secretary for one) reacts to a provisional proposal (art. 5.6). */
export async function runReact(ctx: TurnContext, c: { committee: string | null; proposal: string; onBehalfOf: string | null; text: string | null }): Promise<Reply[]> {
  const committee = committeeOf(ctx, c.committee);
  if (committee.failure) return committee.failure;
  const organisation = c.onBehalfOf ? resolveOrganisation(ctx.catalog, c.onBehalfOf, ctx.lang) : null;
  if (organisation && !organisation.ok) return [errorReply(ctx.lang, organisation.error)];
  const r = await ctx.services.reactToProposal({ actor: actorOf(ctx), committeeId: committee.id, proposal: c.proposal, onBehalfOfId: organisation?.ok ? organisation.value.id : null, text: c.text });
  if (!r.ok) return procedureError(ctx, r.error);
  const v = r.value;
  return [text(t(ctx.lang, 'REACTION_RECORDED', { party: v.party, label: labelOf(ctx, v), reacted: v.reacted, parties: v.parties, due: v.due ? formatDay(ctx.lang, v.due) : '-', ...(v.replaced ? { replaced: 'yes' } : {}) }))];
}

/** The table marks a provisional proposal worked out (art. 5.6). */
export async function runWorkOut(ctx: TurnContext, c: { committee: string | null; proposal: string }): Promise<Reply[]> {
  const committee = committeeOf(ctx, c.committee);
  if (committee.failure) return committee.failure;
  const r = await ctx.services.workOutProposal({ actor: actorOf(ctx), committeeId: committee.id, proposal: c.proposal });
  if (!r.ok) return procedureError(ctx, r.error);
  const v = r.value;
  return [text(t(ctx.lang, 'PROPOSAL_WORKED_OUT', { label: labelOf(ctx, v), committee: v.code, reactions: joinList(v.reactions, ctx.lang), ref: `#${v.number}` }))];
}

/** adopted/aangenomen, not-adopted/niet-aangenomen/verworpen; for a pilot consented/ingestemd, refused/geweigerd. */
export function outcomeOfWord(word: string): boolean | null {
  const w = word.trim().toLowerCase().replace(/[\s_]+/gu, '-');
  if (['aangenomen', 'adopted', 'ingestemd', 'instemmen', 'akkoord', 'consented', 'approved', 'goedgekeurd'].includes(w)) return true;
  if (['niet-aangenomen', 'verworpen', 'afgewezen', 'not-adopted', 'rejected', 'geweigerd', 'niet-ingestemd', 'refused'].includes(w)) return false;
  return null;
}

/** The municipality's decision on a worked-out proposal (art. 9.1-9.3) or a pilot (art. 10.4); closes it. */
export async function runDecide(ctx: TurnContext, c: { committee: string | null; adopted: boolean; proposal: string; note: string | null }): Promise<Reply[]> {
  const committee = committeeOf(ctx, c.committee);
  if (committee.failure) return committee.failure;
  const r = await ctx.services.decideProposal({ actor: actorOf(ctx), committeeId: committee.id, proposal: c.proposal, adopted: c.adopted, note: c.note });
  if (!r.ok) return procedureError(ctx, r.error);
  const v = r.value;
  const label = labelOf(ctx, v);
  if (v.kind === 'PILOT') return [text(t(ctx.lang, v.adopted ? 'PILOT_CONSENTED' : 'PILOT_REFUSED', { label }))];
  return [text(t(ctx.lang, v.adopted ? 'PROPOSAL_ADOPTED' : 'PROPOSAL_NOT_ADOPTED', {
    label, ...(v.outcome ? { ratio: v.outcome } : {}), adopted: ARTICLES.adopted.text, leave: ARTICLES.leave.text, notAdopted: ARTICLES.notAdopted.text,
  }))];
}

/** A pilot request with its period and providers (art. 10.2, 10.3). */
export async function runPilot(ctx: TurnContext, c: { committee: string; title: string; from: string; until: string; providers: string; confidential: boolean | null }): Promise<Reply[]> {
  const committee = committeeOf(ctx, c.committee);
  if (committee.failure || committee.id === null) return committee.failure ?? [];
  const from = parseDateText(c.from, ctx.today);
  const until = parseDateText(c.until, ctx.today);
  if (from === null || until === null) return [errorReply(ctx.lang, { code: 'INVALID_DATE', params: { value: from === null ? c.from : c.until } })];
  const providerIds: string[] = [];
  const names: string[] = [];
  for (const name of c.providers.split(/[;,]/u).map((s) => s.trim()).filter(Boolean)) {
    const o = resolveOrganisation(ctx.catalog, name, ctx.lang);
    if (!o.ok) return [errorReply(ctx.lang, o.error)];
    providerIds.push(o.value.id);
    names.push(o.value.name);
  }
  const r = await ctx.services.submitProposal({ actor: actorOf(ctx), committeeId: committee.id, kind: 'PILOT', title: c.title, confidential: c.confidential === true, pilot: { from, until, providerIds } });
  if (!r.ok) return procedureError(ctx, r.error);
  const v = r.value;
  return [text(t(ctx.lang, 'PILOT_SUBMITTED', { label: labelOf(ctx, { ...v, confidential: c.confidential === true }), committee: v.code, from: formatDay(ctx.lang, from), until: formatDay(ctx.lang, until), providers: joinList(names, ctx.lang) }))];
}
