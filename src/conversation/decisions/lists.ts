/** "Wie was afwezig bij het laatste ORO?" and "besluitenlijst BOSD 19 maart", and the decision list as a file. */
import type { Language } from '../../i18n/catalog.ts';
import { joinList } from '../../i18n/catalog.ts';
import { outcomeName } from '../../i18n/decisions.ts';
import { formatDay } from '../../i18n/format.ts';
import { neutraliseCell } from '../../domain/spreadsheet-cell.ts';
import { t } from '../../i18n/index.ts';
import type { DecisionListView } from '../../services/decisions/decision-list.ts';
import type { DecisionListFormat } from '../../services/decisions/export-decisions.ts';
import { decisionListCardKey } from '../card-keys.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { card, type Reply } from '../reply.ts';
import { resolveCommittee } from '../resolve.ts';
import { typedDay, withDays } from './words.ts';
import { isPublic } from '../procedures/proposal-actions.ts';

/** The attendance of the committee's last meeting: a summary and one line per seat, plus absence flags. */
export async function absenteesAnswer(ctx: TurnContext, committeeText: string): Promise<Reply[]> {
  const { lang } = ctx;
  const committee = resolveCommittee(ctx.catalog, committeeText, lang);
  if (!committee.ok) return [errorReply(lang, committee.error)];
  const found = await ctx.services.findAbsentees({ committeeId: committee.value.id, day: ctx.today });
  if (!found.ok) return [errorReply(lang, found.error)];
  const v = found.value;
  const who = (status: string) => v.lines.filter((l) => l.status === status).map((l) => `${l.organisationName} (${l.personName})`);
  return [
    card({
      title: t(lang, 'ABSENTEES_TITLE', { committee: v.committeeCode, day: formatDay(lang, v.day) }),
      subtitle: v.lines.some((l) => l.status === 'PRESENT' || l.status === 'ABSENT')
        ? t(lang, 'ABSENTEES_SUMMARY', { absent: joinList(who('ABSENT'), lang), excused: joinList(who('EXCUSED'), lang) })
        : t(lang, 'ABSENTEES_NOT_RECORDED'),
      lines: [
        ...v.lines.map((l) => t(lang, 'ATTENDANCE_LINE', {
          organisation: l.organisationName, person: l.personName, status: l.status ?? '',
          ...(l.substituteName ? { substitute: l.substituteName } : {}), ...(l.reason ? { reason: l.reason } : {}),
        })),
        ...v.flags.map((f) => t(lang, 'ABSENCE_FLAG', { party: f.partyName, year: String(f.year), missed: f.missed, limit: f.limit, withoutReason: f.withoutReasonMeetingIds.length })),
      ],
    }),
  ];
}

/** One decision as a line: "1. Text — adopted (3 for ...)". */
function decisionLine(lang: Language, d: DecisionListView['decisions'][number]): string {
  return t(lang, 'DECISION_LINE', { number: d.number, text: d.text, outcome: outcomeName(lang, d.outcome), ratio: d.per === 'PARTY' ? `${ratioText(lang, d.ratio)}, ${t(lang, 'RATIO_PER_PARTY')}` : ratioText(lang, d.ratio) });
}

/** "3-1-0" as "3 voor, 1 tegen, 0 onthouding". */
export function ratioText(lang: Language, ratio: string): string {
  const [f = 0, a = 0, ab = 0] = ratio.split('-').map(Number);
  return t(lang, 'RATIO_VOTE', { for: f, against: a, abstain: ab });
}

/** The decision list card of a meeting. */
export async function decisionListAnswer(ctx: TurnContext, committeeText: string, dateText: string): Promise<Reply[]> {
  const { lang } = ctx;
  const committee = resolveCommittee(ctx.catalog, committeeText, lang);
  if (!committee.ok) return [errorReply(lang, committee.error)];
  const day = typedDay(ctx, dateText);
  if (!day.ok) return [errorReply(lang, day.error)];
  const list = await ctx.services.decisionList({ committeeId: committee.value.id, day: day.value, reader: { personId: ctx.asker.personId, publicView: isPublic(ctx) } });
  if (!list.ok) return [errorReply(lang, withDays(lang, list.error))];
  const v = list.value;
  return [
    card({
      key: decisionListCardKey(committee.value.id, v.day),
      title: t(lang, 'DECISION_LIST_TITLE', { committee: v.committeeCode, day: formatDay(lang, v.day) }),
      subtitle: v.committeeName,
      lines: v.decisions.length ? v.decisions.map((d) => decisionLine(lang, d)) : [t(lang, 'DECISION_LIST_EMPTY')],
    }),
  ];
}

/** A CSV cell: neutralised against formula injection (OWASP), quoted when it holds a separator. */
const csvCell = (v: string | number) => {
  const s = typeof v === 'number' ? String(v) : neutraliseCell(v);
  return /[";,\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The decision list as Markdown or CSV (Dutch CSV uses ';', as spreadsheets in the Netherlands expect). */
export function renderDecisionList(lang: Language, list: DecisionListView, format: DecisionListFormat): string {
  const head = lang === 'nl' ? ['Nr', 'Besluit', 'Uitkomst', 'Stemverhouding (voor-tegen-onthouding)'] : ['No', 'Decision', 'Outcome', 'Ratio (for-against-abstain)'];
  if (format === 'csv') {
    const sep = lang === 'nl' ? ';' : ',';
    const rows = list.decisions.map((d) => [d.number, d.text, outcomeName(lang, d.outcome), d.ratio]);
    return `${[head, ...rows].map((r) => r.map(csvCell).join(sep)).join('\n')}\n`;
  }
  const title = `# ${t(lang, 'DECISION_LIST_TITLE', { committee: list.committeeCode, day: formatDay(lang, list.day) })}\n\n${list.committeeName}\n\n`;
  if (list.decisions.length === 0) return `${title}${t(lang, 'DECISION_LIST_EMPTY')}\n`;
  const md = (s: string) => s.replace(/\|/g, '\\|');
  const rows = list.decisions.map((d) => `| ${d.number} | ${md(d.text)} | ${md(outcomeName(lang, d.outcome))} | ${d.ratio} |`);
  return `${title}| ${head.join(' | ')} |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}
