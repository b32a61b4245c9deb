/**
 * "Welke voorstellen staan open?", "waar staat het voorstel Tarieven 2027?": each proposal with its
 * stage, its next step and that step's last day, and the article behind the step (002).
 */
import { joinList } from '../../i18n/catalog.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { KIND_WORDS, STAGE_WORDS, STEP_WORDS } from '../../i18n/procedures.ts';
import type { ProposalView } from '../../services/procedures/list-proposals.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { card, text, type Reply } from '../reply.ts';
import { resolveCommittee } from '../resolve.ts';
import { isPublic, procedureError } from './proposal-actions.ts';

function line(ctx: TurnContext, v: ProposalView): string {
  const { lang } = ctx;
  const step = STEP_WORDS[v.step][lang].replace('{due}', v.due ? formatDay(lang, v.due) : '-');
  const label = v.hidden ? `#${v.number}` : `"${v.title}" (#${v.number})`;
  return t(lang, 'PROPOSAL_LINE', { kindWord: KIND_WORDS[v.kind][lang], label, committee: v.code, stage: STAGE_WORDS[v.stage][lang], step });
}

/** "Welke voorstellen staan open?" (of a committee's partnership when one is named). */
export async function answerOpenProposals(ctx: TurnContext, committeeName: string | null): Promise<Reply[]> {
  const { lang } = ctx;
  let committeeId: string | null = null;
  let code: string | null = null;
  if (committeeName) {
    const c = resolveCommittee(ctx.catalog, committeeName, lang);
    if (!c.ok) return [errorReply(lang, c.error)];
    committeeId = c.value.id;
    code = c.value.code;
  }
  const views = await ctx.services.listOpenProposals({ committeeId, viewer: { personId: ctx.asker.personId, publicView: isPublic(ctx) } });
  const params: Record<string, string> = code ? { committee: code } : {};
  if (views.length === 0) return [text(t(lang, 'PROPOSALS_NONE', params))];
  return [card({ title: t(lang, 'PROPOSALS_TITLE', params), lines: views.map((v) => line(ctx, v)) })];
}

/** "Waar staat het voorstel Tarieven 2027?": stage, next step with its deadline, reactions so far, the article. */
export async function answerProposalStatus(ctx: TurnContext, committeeName: string | null, proposal: string): Promise<Reply[]> {
  const { lang } = ctx;
  let committeeId: string | null = null;
  if (committeeName) {
    const c = resolveCommittee(ctx.catalog, committeeName, lang);
    if (!c.ok) return [errorReply(lang, c.error)];
    committeeId = c.value.id;
  }
  const r = await ctx.services.proposalStatus({ committeeId, proposal, viewer: { personId: ctx.asker.personId, publicView: isPublic(ctx) } });
  if (!r.ok) return procedureError(ctx, r.error);
  const v = r.value;
  const lines = [line(ctx, v)];
  if (v.stage === 'PROVISIONAL' || v.reacted.length > 0) {
    lines.push(t(lang, 'PROPOSAL_REACTIONS_LINE', { reacted: joinList(v.reacted, lang), ...(v.notReacted.length ? { notReacted: joinList(v.notReacted, lang) } : {}) }));
  }
  if (v.kind === 'PILOT' && v.pilot.from && v.pilot.until) {
    lines.push(t(lang, 'PROPOSAL_PILOT_LINE', { from: formatDay(lang, v.pilot.from), until: formatDay(lang, v.pilot.until), providers: joinList(v.pilot.providerNames, lang) }));
  }
  lines.push(t(lang, 'PROPOSAL_SOURCE_LINE', { quote: v.quote, source: v.source }));
  return [card({ title: v.hidden ? `#${v.number}` : v.title, lines })];
}
