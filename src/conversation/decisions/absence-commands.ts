/**
 * Notice of absence, for one meeting or a period, by the member or by the committee's secretary for the
 * member, and its withdrawal: `/gremium verhinderd SBO 2027-03-11 tot=2027-06-30 vervanger="Piet Jansen"
 * [lid=<persoon>]` and the sentences understood as the same (understand/). Whoever is concerned is told:
 * the member when the secretary gave notice, the secretaries, the substitute; and what the committee's
 * rule asks of the party (substitute-demand.ts) is said where it applies.
 */
import type { SubstituteDemand } from '../../domain/decisions/substitute-demand.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { joinList, type Language } from '../../i18n/catalog.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { theCommittee } from '../committee-words.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { resolveCommittee, resolvePerson } from '../resolve.ts';
import { toPeople } from './replies.ts';
import { typedDay, upcomingDay, withDays } from './words.ts';

/** Notice as typed or understood. */
export interface NoticeInput {
  readonly committee: string;
  readonly date: string;
  /** Last day of a period, as typed; null: the one meeting on `date`. */
  readonly until: string | null;
  readonly substitute: string | null;
  /** The member, when the asker gives notice for someone else; null: the asker. */
  readonly holder: string | null;
  readonly reason: string | null;
}

const actorOf = (ctx: TurnContext) => ({ personId: ctx.asker.personId, label: ctx.asker.name });
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The last day of a period: "tot 1 april" after "van 1 januari 2027" is the 1 April that follows. */
function untilDay(ctx: TurnContext, from: LocalDate, value: string) {
  const day = typedDay(ctx, value);
  if (!day.ok || /\d{4}/.test(value) || day.value >= from) return day;
  return typedDay(ctx, `${Number(day.value.slice(0, 4)) + 1}${day.value.slice(4)}`);
}

/** "van 1 januari 2027 tot en met 1 april 2027" / "on 11 March 2027". */
export function periodText(lang: Language, from: LocalDate, until: LocalDate): string {
  return t(lang, 'ABSENCE_PERIOD_TEXT', { from: formatDay(lang, from), until: formatDay(lang, until) });
}

/** The committee, first day and (for a period) last day as typed, or the replies that say what is wrong. */
function readPeriod(ctx: TurnContext, c: { committee: string; date: string; until: string | null }) {
  const { lang } = ctx;
  const committee = resolveCommittee(ctx.catalog, c.committee, lang);
  if (!committee.ok) return { failure: [errorReply(lang, committee.error)] };
  const from = upcomingDay(ctx, c.date);
  if (!from.ok) return { failure: [errorReply(lang, from.error)] };
  const until = c.until === null ? null : untilDay(ctx, from.value, c.until);
  if (until && !until.ok) return { failure: [errorReply(lang, until.error)] };
  return { committee, from, until };
}

/** Gives notice and answers everyone concerned. */
export async function noticeCommand(ctx: TurnContext, c: NoticeInput): Promise<Reply[]> {
  const { lang } = ctx;
  const read = readPeriod(ctx, c);
  if (read.failure) return read.failure;
  const { committee, from, until } = read;
  const substitute = c.substitute ? resolvePerson(ctx.catalog, c.substitute, lang) : null;
  if (substitute && !substitute.ok) return [errorReply(lang, substitute.error)];
  const holder = c.holder ? resolvePerson(ctx.catalog, c.holder, lang) : null;
  if (holder && !holder.ok) return [errorReply(lang, holder.error)];
  const base = {
    actor: actorOf(ctx), committeeId: committee.value.id, substituteId: substitute?.value.id ?? null, reason: c.reason, holderId: holder?.value.id ?? null,
  };
  const period = until !== null && until.value !== from.value;
  const declared = period
    ? await ctx.services.declareAbsence({ ...base, from: from.value, until: until.value })
    : await ctx.services.declareSubstitution({ ...base, day: from.value });
  if (!declared.ok) return [errorReply(lang, withDays(lang, declared.error))];
  const d = declared.value;
  const last = period ? until.value : from.value;
  const meetings = 'meetingDays' in d ? d.meetingDays : [d.day];
  const forOther = d.holderId !== ctx.asker.personId;
  const params = (l: Language) => ({
    the: theCommittee(l, committee.value), committee: d.committeeCode, period: periodText(l, from.value, last), day: formatDay(l, from.value),
    holder: d.declarantName, person: ctx.asker.name, organisations: joinList(d.organisations, l), votes: d.substituteVotes ? 'yes' : 'no',
    meetings: joinList(meetings.map((m) => formatDay(l, m)), l),
    ...(d.substituteName ? { substitute: d.substituteName } : {}), ...(c.reason ? { reason: c.reason } : {}),
  });
  const own = period ? (forOther ? 'ABSENCE_FOR_ACCEPTED' : 'ABSENCE_ACCEPTED') : forOther ? 'DECLARATION_FOR_ACCEPTED' : 'DECLARATION_ACCEPTED';
  const command = (l: Language) => retryCommand(l, d.committeeCode, from.value, period ? last : null, forOther ? d.declarantName : null);
  const demand = (l: Language, to: 'holder' | 'substitute') => demandText(l, d.demand, params(l), command(l), to);
  const secretaries = d.secretaryIds.filter((id) => id !== ctx.asker.personId && id !== d.holderId);
  // Someone's absence (and who replaces them) is theirs and the secretary's to know, not the channel's (issue 18).
  return [
    { ...text([t(lang, own, params(lang)), demand(lang, 'holder')].filter(Boolean).join(' ')), private: true },
    ...(forOther
      ? await toPeople(ctx.services, [d.holderId], (l) => [t(l, period ? 'ABSENCE_TO_HOLDER' : 'DECLARATION_FOR_TO_HOLDER', params(l)), demand(l, 'holder')].filter(Boolean).join(' '))
      : []),
    ...(await toPeople(ctx.services, secretaries, (l) => (period ? t(l, 'ABSENCE_TO_SECRETARY', params(l)) : t(l, 'DECLARATION_TO_SECRETARY', { ...params(l), person: d.declarantName })))),
    ...(d.substituteId && d.substituteId !== ctx.asker.personId
      ? await toPeople(ctx.services, [d.substituteId], (l) => [t(l, 'ABSENCE_TO_SUBSTITUTE', params(l)), demand(l, 'substitute')].filter(Boolean).join(' '))
      : []),
  ];
}

/** What the committee's rule asks, said to the member (or the secretary) or to the substitute; '' for nothing. */
function demandText(lang: Language, demand: SubstituteDemand, p: Record<string, string>, command: string, to: 'holder' | 'substitute'): string {
  if (demand.kind === 'NONE') return '';
  const source = { quote: demand.source.text, source: `${demand.source.seed} ${demand.source.where}` };
  if (demand.kind === 'ARRANGE') return to === 'holder' ? t(lang, 'SUBSTITUTE_TO_ARRANGE', { ...p, ...source, The: capital(p.the ?? ''), command }) : '';
  return t(lang, to === 'holder' ? 'SUBSTITUTE_TO_INFORM' : 'SUBSTITUTE_BE_INFORMED', { ...p, ...source });
}

/** The command that names the substitute afterwards, in the asker's words. */
function retryCommand(lang: Language, code: string, from: LocalDate, until: LocalDate | null, holder: string | null): string {
  const nl = lang === 'nl';
  return [
    nl ? '/gremium verhinderd' : '/gremium absent', code, from,
    ...(until ? [`${nl ? 'tot' : 'until'}=${until}`] : []),
    ...(holder ? [`${nl ? 'lid' : 'member'}="${holder}"`] : []),
    nl ? 'vervanger=<naam>' : 'substitute=<name>',
  ].join(' ');
}

/** Withdrawal as typed: one day, or a period with `until`; `holder` when the secretary withdraws for a member. */
export async function withdrawNoticeCommand(ctx: TurnContext, c: { committee: string; date: string; until: string | null; holder: string | null }): Promise<Reply[]> {
  const { lang } = ctx;
  const read = readPeriod(ctx, c);
  if (read.failure) return read.failure;
  const { committee, from, until } = read;
  const holder = c.holder ? resolvePerson(ctx.catalog, c.holder, lang) : null;
  if (holder && !holder.ok) return [errorReply(lang, holder.error)];
  const last = until?.value ?? from.value;
  const withdrawn = await ctx.services.withdrawAbsence({ actor: actorOf(ctx), committeeId: committee.value.id, from: from.value, until: last, holderId: holder?.value.id ?? null });
  if (!withdrawn.ok) return [errorReply(lang, withDays(lang, withdrawn.error))];
  const w = withdrawn.value;
  const forOther = w.holderId !== ctx.asker.personId;
  const params = (l: Language) => ({
    the: theCommittee(l, committee.value), committee: w.committeeCode, period: periodText(l, from.value, last), day: formatDay(l, from.value),
    holder: w.holderName, person: ctx.asker.name, ...(last !== from.value ? { count: String(w.withdrawn) } : {}),
  });
  const single = last === from.value && !forOther;
  const secretaries = w.secretaryIds.filter((id) => id !== ctx.asker.personId && id !== w.holderId);
  return [
    { ...text(t(lang, single ? 'DECLARATION_WITHDRAWN' : forOther ? 'ABSENCE_FOR_WITHDRAWN' : 'ABSENCE_WITHDRAWN', params(lang))), private: true },
    ...(forOther ? await toPeople(ctx.services, [w.holderId], (l) => t(l, 'ABSENCE_WITHDRAWN_TO_HOLDER', params(l))) : []),
    ...(await toPeople(ctx.services, secretaries, (l) => t(l, single ? 'DECLARATION_WITHDRAWN_TO_SECRETARY' : 'ABSENCE_WITHDRAWN_TO_SECRETARY', params(l)))),
  ];
}
