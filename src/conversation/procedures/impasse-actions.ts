/** What the impasse verbs and sentences do (004 appendix 2): start, deliver, record a step, ask where it stands. */
import { parseDateText } from '../../domain/date-text.ts';
import { IMPASSE_ARTICLES, deliveryOf, type ImpasseEvent } from '../../domain/procedures/impasse.ts';
import { joinList } from '../../i18n/catalog.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { card, text, type Reply } from '../reply.ts';
import { resolveCommittee, resolveOrganisation } from '../resolve.ts';
import { procedureError } from './proposal-actions.ts';

const actorOf = (ctx: TurnContext) => ({ personId: ctx.asker.personId, label: ctx.asker.name });
const sourceOf = (step: keyof typeof IMPASSE_ARTICLES) => ({ quote: IMPASSE_ARTICLES[step].text, source: `${IMPASSE_ARTICLES[step].seed} ${IMPASSE_ARTICLES[step].where}` });

/** Words for the events, Dutch and English. */
const EVENT_WORDS: Readonly<Record<string, ImpasseEvent>> = {
  verschillend: 'DIFFER', verschillen: 'DIFFER', different: 'DIFFER', differ: 'DIFFER',
  gelijk: 'SAME', hetzelfde: 'SAME', same: 'SAME',
  'zelfde-impasse': 'SAME_IMPASSE', 'same-impasse': 'SAME_IMPASSE',
  'geen-overeenstemming': 'NO_AGREEMENT', 'no-agreement': 'NO_AGREEMENT',
  gepland: 'PLANNED', planned: 'PLANNED',
  bemiddelaar: 'MEDIATOR', mediator: 'MEDIATOR',
  gesprek: 'TALK_HELD', 'gesprek-gehouden': 'TALK_HELD', 'talk-held': 'TALK_HELD', talk: 'TALK_HELD',
  opgelost: 'RESOLVED', resolved: 'RESOLVED',
};

/** The word a command takes for `event` in `lang` (the first listed above). */
export function eventWord(lang: 'nl' | 'en', event: ImpasseEvent): string {
  const nl: Readonly<Record<ImpasseEvent, string>> = { DIFFER: 'verschillend', SAME: 'gelijk', SAME_IMPASSE: 'zelfde-impasse', NO_AGREEMENT: 'geen-overeenstemming', PLANNED: 'gepland', MEDIATOR: 'bemiddelaar', TALK_HELD: 'gesprek', RESOLVED: 'opgelost' };
  const en: Readonly<Record<ImpasseEvent, string>> = { DIFFER: 'different', SAME: 'same', SAME_IMPASSE: 'same-impasse', NO_AGREEMENT: 'no-agreement', PLANNED: 'planned', MEDIATOR: 'mediator', TALK_HELD: 'talk-held', RESOLVED: 'resolved' };
  return (lang === 'nl' ? nl : en)[event];
}

/** The event a typed word names, or null. */
export function eventOfWord(word: string): ImpasseEvent | null {
  return EVENT_WORDS[word.trim().toLowerCase().replace(/[\s_]+/gu, '-')] ?? null;
}

function committeeId(ctx: TurnContext, typed: string | null): { id: string | null; failure?: Reply[] } {
  if (typed === null) return { id: null };
  const c = resolveCommittee(ctx.catalog, typed, ctx.lang);
  return c.ok ? { id: c.value.id } : { id: null, failure: [errorReply(ctx.lang, c.error)] };
}

/** Starts a case between the parties named ("Gemeente Almere; Gemeente Lelystad"). */
export async function runStartImpasse(ctx: TurnContext, c: { committee: string; subject: string; parties: string }): Promise<Reply[]> {
  const committee = committeeId(ctx, c.committee);
  if (committee.failure || committee.id === null) return committee.failure ?? [];
  const partyIds: string[] = [];
  for (const name of c.parties.split(/[;,]|\s+en\s+|\s+and\s+/u).map((s) => s.trim()).filter(Boolean)) {
    const o = resolveOrganisation(ctx.catalog, name, ctx.lang);
    if (!o.ok) return [errorReply(ctx.lang, o.error)];
    partyIds.push(o.value.id);
  }
  const r = await ctx.services.startImpasse({ actor: actorOf(ctx), committeeId: committee.id, subject: c.subject, partyIds });
  if (!r.ok) return procedureError(ctx, r.error);
  return [text(t(ctx.lang, 'IMPASSE_STARTED', { subject: r.value.subject, committee: r.value.code, parties: r.value.parties, step: 'STEP1_DOCUMENTS' }))];
}

/** A party delivers its document (step 1) or arguments (step 2b). */
export async function runDeliverImpasse(ctx: TurnContext, c: { committee: string | null; subject: string; onBehalfOf: string | null }): Promise<Reply[]> {
  const committee = committeeId(ctx, c.committee);
  if (committee.failure) return committee.failure;
  const organisation = c.onBehalfOf ? resolveOrganisation(ctx.catalog, c.onBehalfOf, ctx.lang) : null;
  if (organisation && !organisation.ok) return [errorReply(ctx.lang, organisation.error)];
  const r = await ctx.services.deliverImpasse({ actor: actorOf(ctx), committeeId: committee.id, subject: c.subject, onBehalfOfId: organisation?.ok ? organisation.value.id : null });
  if (!r.ok) return procedureError(ctx, r.error);
  const v = r.value;
  return [text(t(ctx.lang, 'IMPASSE_DELIVERED', {
    party: v.party, what: v.what, subject: v.subject, step: v.step, ...(v.missing.length ? { missing: joinList(v.missing, ctx.lang) } : {}), ...(v.due ? { due: formatDay(ctx.lang, v.due) } : {}),
  }))];
}

/** The secretary or chair records what happened; the case moves on. */
export async function runImpasseStep(ctx: TurnContext, c: { committee: string | null; event: ImpasseEvent; subject: string; date: string | null; mediator: string | null }): Promise<Reply[]> {
  const committee = committeeId(ctx, c.committee);
  if (committee.failure) return committee.failure;
  const day = c.date ? parseDateText(c.date, ctx.today) : null;
  if (c.date && day === null) return [errorReply(ctx.lang, { code: 'INVALID_DATE', params: { value: c.date } })];
  const r = await ctx.services.recordImpasseStep({ actor: actorOf(ctx), committeeId: committee.id, subject: c.subject, event: c.event, day, mediator: c.mediator });
  if (!r.ok) return procedureError(ctx, r.error);
  const v = r.value;
  return [text(t(ctx.lang, 'IMPASSE_STEP_RECORDED', { subject: v.subject, committee: v.code, step: v.step, ...(v.due ? { due: formatDay(ctx.lang, v.due) } : {}), ...sourceOf(v.step) }))];
}

/** "Waar staan we met de impasse over X?" */
export async function answerImpasse(ctx: TurnContext, c: { committee: string | null; subject: string }): Promise<Reply[]> {
  const committee = committeeId(ctx, c.committee);
  if (committee.failure) return committee.failure;
  const r = await ctx.services.impasseStatus({ committeeId: committee.id, subject: c.subject });
  if (!r.ok) return procedureError(ctx, r.error);
  const v = r.value;
  const lang = ctx.lang;
  const lines = [t(lang, 'IMPASSE_STATUS_STEP', { step: v.step, ...(v.due ? { due: formatDay(lang, v.due) } : {}) })];
  const what = deliveryOf(v.step);
  if (what) {
    const field = what === 'DOCUMENT' ? 'documentAt' : 'argumentsAt';
    const done = v.parties.filter((p) => p[field] !== null).map((p) => p.name);
    const missing = v.parties.filter((p) => p[field] === null).map((p) => p.name);
    lines.push(t(lang, 'IMPASSE_STATUS_PARTIES', { what, done: joinList(done, lang), ...(missing.length ? { missing: joinList(missing, lang) } : {}) }));
  }
  if (v.mediator) lines.push(t(lang, 'IMPASSE_STATUS_MEDIATOR', { mediator: v.mediator }));
  lines.push(t(lang, 'IMPASSE_SOURCE', sourceOf(v.step)));
  return [card({ title: t(lang, 'IMPASSE_STATUS_TITLE', { subject: v.subject, committee: v.code }), lines })];
}
