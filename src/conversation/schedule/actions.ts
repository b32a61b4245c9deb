/**
 * What the schedule's verbs and free-text asks do, shared by both: "/gremium vergadering afgelast ORO
 * 5 mei" and "het ORO van 5 mei gaat niet door" run the same code and give the same answer.
 */
import { parseDateText } from '../../domain/date-text.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import type { ClockTime } from '../../domain/schedule/clock.ts';
import type { DutyKind } from '../../domain/schedule/deadlines.ts';
import { taskKind, taskSlug } from '../../domain/schedule/tasks.ts';
import { joinList, type Language } from '../../i18n/catalog.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { dutyName } from '../../i18n/schedule.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { resolveCommittee } from '../resolve.ts';

/** Duty words people type, Dutch and English, to the duty. */
export const DUTY_WORDS: Readonly<Record<string, DutyKind>> = {
  agenda: 'AGENDA', stukken: 'PAPERS', papers: 'PAPERS', verslag: 'MINUTES', notulen: 'MINUTES', minutes: 'MINUTES',
  besluitenlijst: 'DECISION_LIST', besluiten: 'DECISION_LIST', decisions: 'DECISION_LIST', 'decision list': 'DECISION_LIST',
  overdracht: 'HANDOVER', 'warme overdracht': 'HANDOVER', handover: 'HANDOVER', 'warm handover': 'HANDOVER',
};

const actorOf = (ctx: TurnContext) => ({ personId: ctx.asker.personId, label: ctx.asker.name });

function day(ctx: TurnContext, value: string): Result<LocalDate> {
  const parsed = parseDateText(value.trim(), ctx.today);
  return parsed === null ? err('INVALID_DATE', { value }) : ok(parsed);
}

/** A service error in words: ISO days as "5 mei 2026", a duty kind as "de agenda", next meeting days listed. */
export async function scheduleError(ctx: TurnContext, error: DomainError, committeeId?: string): Promise<Reply[]> {
  const lang = ctx.lang;
  const params: Record<string, string | number | readonly string[]> = {};
  for (const [k, v] of Object.entries(error.params ?? {})) {
    params[k] = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDay(lang, v) : v;
  }
  if (typeof error.params?.kind === 'string') params.duty = dutyName(lang, error.params.kind);
  if (error.code === 'NO_MEETING_ON_DAY' && committeeId) {
    const next = await ctx.services.findNextMeetingDays({ committeeId, from: ctx.today, count: 3 });
    if (next.length > 0) params.next = joinList(next.map((d) => formatDay(lang, d)), lang);
  }
  return [errorReply(lang, { code: error.code, params })];
}

/** Resolves the committee and the days; the first failure as a reply. */
function resolveAll(ctx: TurnContext, committee: string, days: readonly string[]) {
  const c = resolveCommittee(ctx.catalog, committee, ctx.lang);
  if (!c.ok) return { failure: [errorReply(ctx.lang, c.error)] as Reply[] };
  const parsed: LocalDate[] = [];
  for (const d of days) {
    const r = day(ctx, d);
    if (!r.ok) return { failure: [errorReply(ctx.lang, r.error)] as Reply[] };
    parsed.push(r.value);
  }
  return { committee: c.value, days: parsed };
}

/** Adds a one-off meeting. */
export async function runAddMeeting(ctx: TurnContext, c: { committee: string; date: string; time: ClockTime | null; held?: boolean | null }): Promise<Reply[]> {
  const r = resolveAll(ctx, c.committee, [c.date]);
  if (r.failure) return r.failure;
  const held = c.held === true;
  const result = await ctx.services.addMeeting({ actor: actorOf(ctx), committeeId: r.committee.id, day: r.days[0]!, time: c.time, held });
  if (!result.ok) return scheduleError(ctx, result.error, r.committee.id);
  if (held) return [text(t(ctx.lang, 'MEETING_ADDED_HELD', { committee: result.value.code, day: formatDay(ctx.lang, result.value.day), iso: result.value.day }))];
  const duties = await ctx.services.listMeetingDuties({ meetingId: result.value.meetingId });
  const dutyList = joinList(duties.map((d) => `${d.title ?? dutyName(ctx.lang, d.kind, true)} ${formatDay(ctx.lang, d.due)}`), ctx.lang);
  return [text(t(ctx.lang, 'MEETING_ADDED', { committee: result.value.code, day: formatDay(ctx.lang, result.value.day), time: result.value.time, duties: duties.length, dutyList }))];
}

/** Moves a meeting. */
export async function runMoveMeeting(ctx: TurnContext, c: { committee: string; date: string; to: string; time: ClockTime | null }): Promise<Reply[]> {
  const r = resolveAll(ctx, c.committee, [c.date, c.to]);
  if (r.failure) return r.failure;
  const result = await ctx.services.moveMeeting({ actor: actorOf(ctx), committeeId: r.committee.id, day: r.days[0]!, to: r.days[1]!, time: c.time });
  if (!result.ok) return scheduleError(ctx, result.error, r.committee.id);
  const v = result.value;
  return [text(t(ctx.lang, 'MEETING_MOVED', { committee: v.code, from: formatDay(ctx.lang, v.from), to: formatDay(ctx.lang, v.to), time: v.time }))];
}

/** Cancels a meeting. */
export async function runCancelMeeting(ctx: TurnContext, c: { committee: string; date: string }): Promise<Reply[]> {
  const r = resolveAll(ctx, c.committee, [c.date]);
  if (r.failure) return r.failure;
  const result = await ctx.services.cancelMeeting({ actor: actorOf(ctx), committeeId: r.committee.id, day: r.days[0]! });
  if (!result.ok) return scheduleError(ctx, result.error, r.committee.id);
  return [text(t(ctx.lang, 'MEETING_CANCELLED_DONE', { committee: result.value.code, day: formatDay(ctx.lang, result.value.day), dropped: result.value.dutiesDropped }))];
}

/** Marks a duty done. */
export async function runDutyDone(ctx: TurnContext, c: { duty: DutyKind; committee: string; date: string }): Promise<Reply[]> {
  const r = resolveAll(ctx, c.committee, [c.date]);
  if (r.failure) return r.failure;
  const result = await ctx.services.markDutyDone({ actor: actorOf(ctx), committeeId: r.committee.id, day: r.days[0]!, kind: c.duty });
  if (!result.ok) return scheduleError(ctx, result.error, r.committee.id);
  const v = result.value;
  return [text(t(ctx.lang, 'DUTY_DONE', {
    duty: dutyName(ctx.lang, c.duty), committee: v.code, day: formatDay(ctx.lang, r.days[0]!), due: formatDay(ctx.lang, v.due), ...(v.late ? { late: 'yes' } : {}),
  }))];
}

/**
 * Makes the channel the command was typed in the committee's channel on that platform; the channel
 * it leaves gets a notice (in the committee's language) saying who moved it and when.
 */
export async function runSetChannel(ctx: TurnContext, c: { committee: string }): Promise<Reply[]> {
  const r = resolveAll(ctx, c.committee, []);
  if (r.failure) return r.failure;
  const notice = (lang: Language, facts: { committee: string; person: string }) => [text(t(lang, 'CHANNEL_MOVED_AWAY', { ...facts, day: formatDay(lang, ctx.today) }))];
  const result = await ctx.services.setCommitteeChannel({
    actor: actorOf(ctx), committeeId: r.committee.id, platform: ctx.origin.platform, channel: ctx.origin.channel, direct: ctx.origin.direct ?? false, notice,
  });
  if (!result.ok) return scheduleError(ctx, result.error);
  return [text(t(ctx.lang, 'CHANNEL_SET', { committee: result.value.code }))];
}

/**
 * The duty a typed word names, or null. A committee task is named by its slug, as its Done button
 * and the deadlines answer write it ("verslag-verspreiden"): a word of two or more parts joined by "-".
 */
export function dutyOfWord(word: string): DutyKind | null {
  const typed = word.trim().toLowerCase().replace(/\s+/g, ' ');
  const fixed = DUTY_WORDS[typed];
  if (fixed) return fixed;
  const slug = taskSlug(typed);
  return /^[a-z0-9]+(-[a-z0-9]+)+$/.test(slug) && typed.includes('-') ? taskKind(slug) : null;
}

export type { Language };

/** Registers a provisional proposal; its reaction period runs from `published` (default today). */
export async function runRegisterProposal(ctx: TurnContext, c: { committee: string; title: string; published: string | null; confidential?: boolean | null }): Promise<Reply[]> {
  const r = resolveAll(ctx, c.committee, c.published ? [c.published] : []);
  if (r.failure) return r.failure;
  const published = r.days[0] ?? ctx.today;
  const result = await ctx.services.registerProposal({ actor: actorOf(ctx), committeeId: r.committee.id, title: c.title, published, confidential: c.confidential === true });
  if (!result.ok) return scheduleError(ctx, result.error, r.committee.id);
  const v = result.value;
  // A confidential proposal (002 art. 5.7) is named by its number where others read along (a channel).
  const title = v.confidential && !(ctx.origin.direct === true || ctx.origin.platform === 'console' || ctx.origin.channel === null) ? `#${v.number}` : v.title;
  const registered = t(ctx.lang, 'PROPOSAL_REGISTERED', { committee: v.code, title, published: formatDay(ctx.lang, v.published), due: formatDay(ctx.lang, v.due), days: v.days });
  return [text(v.confidential ? `${registered} ${t(ctx.lang, 'PROPOSAL_CONFIDENTIAL_NOTE')}` : registered)];
}
