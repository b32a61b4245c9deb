/** Notice of absence with a substitute, withdrawing it, and recording attendance. */
import { joinList } from '../../i18n/catalog.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { lookup } from '../../domain/names.ts';
import type { RecordAttendanceInput } from '../../services/decisions/record-attendance.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { resolveCommittee, resolvePerson } from '../resolve.ts';
import { toPeople } from './replies.ts';
import { leadingDay, typedDay, upcomingDay, withDays } from './words.ts';

type AttendanceStatus = RecordAttendanceInput['status'];

const actorOf = (ctx: TurnContext) => ({ personId: ctx.asker.personId, label: ctx.asker.name });

/** "Ik ben verhinderd bij het SBO van 12 maart, Piet Jansen vervangt mij" and `/gremium verhinderd`. */
export async function declareCommand(ctx: TurnContext, c: { committee: string; date: string; substitute: string | null; reason: string | null }): Promise<Reply[]> {
  const { lang } = ctx;
  const committee = resolveCommittee(ctx.catalog, c.committee, lang);
  if (!committee.ok) return [errorReply(lang, committee.error)];
  const day = upcomingDay(ctx, c.date);
  if (!day.ok) return [errorReply(lang, day.error)];
  const substitute = c.substitute ? resolvePerson(ctx.catalog, c.substitute, lang) : null;
  if (substitute && !substitute.ok) return [errorReply(lang, substitute.error)];
  const declared = await ctx.services.declareSubstitution({
    actor: actorOf(ctx), committeeId: committee.value.id, day: day.value, substituteId: substitute?.value.id ?? null, reason: c.reason,
  });
  if (!declared.ok) return [errorReply(lang, withDays(lang, declared.error))];
  const d = declared.value;
  const params = (l: typeof lang) => ({ committee: d.committeeCode, day: formatDay(l, d.day), ...(d.substituteName ? { substitute: d.substituteName } : {}) });
  // Someone's absence (and who replaces them) is theirs and the secretary's to know, not the channel's.
  return [
    { ...text(t(lang, 'DECLARATION_ACCEPTED', { ...params(lang), organisations: joinList(d.organisations, lang), votes: d.substituteVotes ? 'yes' : 'no' })), private: true },
    ...(await toPeople(ctx.services, d.secretaryIds, (l) => t(l, 'DECLARATION_TO_SECRETARY', { ...params(l), person: d.declarantName, ...(c.reason ? { reason: c.reason } : {}) }))),
  ];
}

/** `/gremium verhinderd intrekken <gremium> <datum>`. */
export async function withdrawCommand(ctx: TurnContext, c: { committee: string; date: string }): Promise<Reply[]> {
  const { lang } = ctx;
  const committee = resolveCommittee(ctx.catalog, c.committee, lang);
  if (!committee.ok) return [errorReply(lang, committee.error)];
  const day = upcomingDay(ctx, c.date);
  if (!day.ok) return [errorReply(lang, day.error)];
  const withdrawn = await ctx.services.withdrawDeclaration({ actor: actorOf(ctx), committeeId: committee.value.id, day: day.value });
  if (!withdrawn.ok) return [errorReply(lang, withDays(lang, withdrawn.error))];
  const params = (l: typeof lang) => ({ committee: withdrawn.value.committeeCode, day: formatDay(l, day.value), person: ctx.asker.name });
  return [
    { ...text(t(lang, 'DECLARATION_WITHDRAWN', params(lang))), private: true },
    ...(await toPeople(ctx.services, withdrawn.value.secretaryIds, (l) => t(l, 'DECLARATION_WITHDRAWN_TO_SECRETARY', params(l)))),
  ];
}

const STATUS_INPUT: Readonly<Record<string, AttendanceStatus>> = {
  aanwezig: 'PRESENT', present: 'PRESENT', afwezig: 'ABSENT', absent: 'ABSENT', verhinderd: 'EXCUSED', excused: 'EXCUSED', afgemeld: 'EXCUSED',
};

/** `/gremium aanwezigheid <gremium> <datum> <persoon> <aanwezig|afwezig|verhinderd> [reden=<tekst>]`. */
export async function attendanceCommand(ctx: TurnContext, c: { committee: string; rest: string; reason: string | null }): Promise<Reply[]> {
  const { lang } = ctx;
  const committee = resolveCommittee(ctx.catalog, c.committee, lang);
  if (!committee.ok) return [errorReply(lang, committee.error)];
  const words = c.rest.split(/\s+/);
  const statusWord = words.pop() ?? '';
  const status = lookup(STATUS_INPUT, statusWord.toLowerCase());
  if (!status) return [errorReply(lang, { code: 'INVALID_ATTENDANCE', params: { value: statusWord } })];
  const split = leadingDay(ctx, words);
  if (!split) return [errorReply(lang, typedDay(ctx, words[0] ?? '').ok ? { code: 'NOT_UNDERSTOOD' } : { code: 'INVALID_DATE', params: { value: words[0] ?? '' } })];
  const person = resolvePerson(ctx.catalog, split.rest.join(' '), lang);
  if (!person.ok) return [errorReply(lang, person.error)];
  const recorded = await ctx.services.recordAttendance({ actor: actorOf(ctx), committeeId: committee.value.id, day: split.day, personId: person.value.id, status, reason: c.reason });
  if (!recorded.ok) return [errorReply(lang, withDays(lang, recorded.error))];
  const r = recorded.value;
  return [
    text(t(lang, 'ATTENDANCE_RECORDED', {
      person: r.personName, organisations: joinList(r.organisations, lang), committee: r.committeeCode, day: formatDay(lang, split.day), status: t(lang, `ATTENDANCE_${status}`),
    })),
    ...r.flags.map((f) => text(t(lang, 'ABSENCE_FLAG', { party: f.partyName, year: String(f.year), missed: f.missed, limit: f.limit, withoutReason: f.withoutReasonMeetingIds.length }))),
  ];
}
