/** Escalation (001: working group -> ORO -> SBO), interim accession, and a committee's open agenda items. */
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { card, text, type Reply } from '../reply.ts';
import { resolveCommittee, resolveOrganisation } from '../resolve.ts';
import { procedureError } from './proposal-actions.ts';

const actorOf = (ctx: TurnContext) => ({ personId: ctx.asker.personId, label: ctx.asker.name });

/** "Het ORO komt er niet uit over X": X goes on the agenda of the committee the ORO escalates to. */
export async function runEscalate(ctx: TurnContext, c: { committee: string; subject: string | null }): Promise<Reply[]> {
  const committee = resolveCommittee(ctx.catalog, c.committee, ctx.lang);
  if (!committee.ok) return [errorReply(ctx.lang, committee.error)];
  if (c.subject === null) return [text(t(ctx.lang, 'ESCALATION_NEEDS_SUBJECT', { committee: committee.value.code }))];
  const r = await ctx.services.raiseEscalation({ actor: actorOf(ctx), committeeId: committee.value.id, subject: c.subject });
  if (!r.ok) return procedureError(ctx, r.error);
  const v = r.value;
  return [text(t(ctx.lang, 'ESCALATED', { from: v.from ?? '', to: v.to, subject: v.subject, quote: v.quote, source: v.source, ...(v.next ? { next: formatDay(ctx.lang, v.next) } : {}) }))];
}

/** An interim accession on the committee's (the SBO's) agenda. */
export async function runAccession(ctx: TurnContext, c: { committee: string; organisation: string }): Promise<Reply[]> {
  const committee = resolveCommittee(ctx.catalog, c.committee, ctx.lang);
  if (!committee.ok) return [errorReply(ctx.lang, committee.error)];
  // A known organisation by its registered name; a newcomer not yet in the registry as typed.
  const known = resolveOrganisation(ctx.catalog, c.organisation, ctx.lang);
  const r = await ctx.services.proposeAccession({ actor: actorOf(ctx), committeeId: committee.value.id, organisation: known.ok ? known.value.name : c.organisation.trim() });
  if (!r.ok) return procedureError(ctx, r.error);
  const v = r.value;
  return [text(t(ctx.lang, 'ACCESSION_ON_AGENDA', { to: v.to, subject: v.subject, quote: v.quote, source: v.source, ...(v.next ? { next: formatDay(ctx.lang, v.next) } : {}) }))];
}

/** "Wat staat er op de agenda van het SBO?": the subjects escalated to it and accessions, not yet handled. */
export async function answerAgendaItems(ctx: TurnContext, c: { committee: string }): Promise<Reply[]> {
  const committee = resolveCommittee(ctx.catalog, c.committee, ctx.lang);
  if (!committee.ok) return [errorReply(ctx.lang, committee.error)];
  const items = await ctx.services.listAgendaItems({ committeeId: committee.value.id });
  const code = committee.value.code;
  if (items.length === 0) return [text(t(ctx.lang, 'AGENDA_ITEMS_NONE', { committee: code }))];
  return [card({
    title: t(ctx.lang, 'AGENDA_ITEMS_TITLE', { committee: code }),
    lines: items.map((i) => t(ctx.lang, i.reason === 'ESCALATION' ? 'AGENDA_ITEM_ESCALATION' : 'AGENDA_ITEM_ACCESSION', { subject: i.subject, from: i.from ?? '', day: formatDay(ctx.lang, i.addedOn) })),
  })];
}
