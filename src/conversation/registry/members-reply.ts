/** A committee's composition on a day, and with `details` its rules (for `/gremium list`). */
import type { LocalDate } from '../../domain/local-date.ts';
import type { DeadlinePolicy } from '../../domain/registry/words.ts';
import type { Language } from '../../i18n/catalog.ts';
import { decisionRuleName, formatDay, substituteRuleName, votePerName } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { TurnContext } from '../context.ts';
import { card, text, type Field, type Reply } from '../reply.ts';
import { seatLine } from './seat-lines.ts';

/** The committee's seats running on `day`, one line each, optionally with its rules as fields. */
export async function membersReply(ctx: TurnContext, committeeId: string, day: LocalDate, details: boolean): Promise<Reply[]> {
  const { lang } = ctx;
  const listed = await ctx.services.listCommittee({ committeeId, day });
  if (!listed) return [text(t(lang, 'MEMBERS_NONE', { committee: '?', day: formatDay(lang, day) }))];
  const { committee, seats } = listed;
  const fields: Field[] = details
    ? [
        { label: t(lang, 'FIELD_PARTNERSHIP'), value: committee.partnership },
        { label: t(lang, 'FIELD_DECISION_RULE'), value: decisionRuleName(lang, committee.decisionRule) },
        ...(committee.votePer === 'PARTY' ? [{ label: t(lang, 'FIELD_VOTE_PER'), value: votePerName(lang, committee.votePer) }] : []),
        ...(committee.mandateRequired ? [{ label: t(lang, 'FIELD_MANDATE_REQUIRED'), value: t(lang, 'MANDATE_REQUIRED_TEXT') }] : []),
        { label: t(lang, 'FIELD_SUBSTITUTE_RULE'), value: substituteRuleName(lang, committee.substituteRule) },
        { label: t(lang, 'FIELD_RHYTHM'), value: committee.rhythmNote },
        { label: t(lang, 'FIELD_DEADLINES'), value: deadlinesText(lang, committee.deadlinePolicy) },
        ...(committee.escalatesTo ? [{ label: t(lang, 'FIELD_ESCALATES_TO'), value: committee.escalatesTo }] : []),
        { label: t(lang, 'FIELD_SOURCE'), value: committee.sourceRef },
      ]
    : [];
  if (seats.length === 0 && !details) return [text(t(lang, 'MEMBERS_NONE', { committee: committee.code, day: formatDay(lang, day) }))];
  return [
    card({
      title: `${committee.code}: ${committee.name}`,
      subtitle: t(lang, 'MEMBERS_SUBTITLE', { day: formatDay(lang, day), count: seats.length }),
      ...(fields.length ? { fields } : {}),
      lines: seats.map((s) => seatLine(lang, s, { mandate: details, period: details })),
    }),
  ];
}

/** The deadline policy in words. */
export function deadlinesText(lang: Language, policy: DeadlinePolicy): string {
  const parts: string[] = [];
  if (policy.agendaDaysBefore !== undefined) parts.push(t(lang, 'DEADLINE_AGENDA', { days: policy.agendaDaysBefore }));
  if (policy.papersDaysBefore !== undefined) parts.push(t(lang, 'DEADLINE_PAPERS', { days: policy.papersDaysBefore }));
  if (policy.minutesDaysAfter !== undefined) parts.push(t(lang, 'DEADLINE_MINUTES', { days: policy.minutesDaysAfter }));
  if (policy.decisionListDaysAfter !== undefined) parts.push(t(lang, 'DEADLINE_DECISION_LIST', { days: policy.decisionListDaysAfter }));
  if (policy.reactionDays !== undefined) parts.push(t(lang, 'DEADLINE_REACTIONS', { days: policy.reactionDays }));
  return parts.length ? parts.join('; ') : t(lang, 'DEADLINE_NONE');
}
