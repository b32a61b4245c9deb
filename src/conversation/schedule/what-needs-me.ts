/**
 * "Wat staat er voor mij open?" / "what needs me?" (issue 17): one card with the polls waiting for my
 * vote, my duties (overdue first, however old), my notices and the substitutes still to arrange, where I
 * stand in, and a secretary's coming meetings. The same read feeds the Slack App Home.
 */
import { amsterdamDay, amsterdamTime } from '../../domain/schedule/clock.ts';
import type { Language } from '../../i18n/catalog.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { MyNotice, WhatNeedsMe } from '../../services/schedule/what-needs-me.ts';
import type { TurnContext } from '../context.ts';
import { periodText } from '../decisions/absence-commands.ts';
import { card, text, type Button, type Reply } from '../reply.ts';
import { doneCommand, dutyLine, dutyWord } from './answers.ts';
import { isPublic } from '../procedures/proposal-actions.ts';
import { procedureNeedsMeLines } from '../procedures/needs-me-lines.ts';

/** The lines of each part, after its heading; an empty part is left out. `hideConfidential`: others read along (002 art. 5.7). */
export function whatNeedsMeLines(lang: Language, today: string, w: WhatNeedsMe, hideConfidential = false): string[] {
  // Headings are lines of their own (a card's lines are its one level); the items follow them.
  const part = (heading: string, lines: string[]) => (lines.length ? [t(lang, heading), ...lines] : []);
  return [
    ...part('NEEDS_POLLS', w.polls.map((p) => t(lang, 'NEEDS_POLL_LINE', {
      committee: p.committeeCode, question: p.question, closes: `${formatDay(lang, amsterdamDay(p.closesAt))} ${amsterdamTime(p.closesAt)}`,
      command: `/gremium ${lang === 'nl' ? 'peiling' : 'poll'} ${p.pollId}`,
    }))),
    ...part('NEEDS_DUTIES', w.duties.map((d) => dutyLine(lang, today, d))),
    ...part('NEEDS_NOTICES', w.notices.map((n) => noticeLine(lang, n))),
    ...part('NEEDS_STANDING_IN', w.standingIn.map((s) => t(lang, 'NEEDS_STANDING_IN_LINE', { holder: s.holderName, committee: s.committeeCode, day: formatDay(lang, s.day) }))),
    ...part('NEEDS_MEETINGS', w.meetings.map((m) => t(lang, 'NEEDS_MEETING_LINE', { committee: m.committeeCode, day: formatDay(lang, m.day), time: amsterdamTime(m.startsAt) }))),
    ...procedureNeedsMeLines(lang, w.procedures, hideConfidential),
  ];
}

/** One notice of mine, with the command that names the substitute where my party must still arrange one. */
export function noticeLine(lang: Language, n: MyNotice): string {
  const command = [
    lang === 'nl' ? '/gremium verhinderd' : '/gremium absent', n.committeeCode, n.from,
    ...(n.until !== n.from ? [`${lang === 'nl' ? 'tot' : 'until'}=${n.until}`] : []), lang === 'nl' ? 'vervanger=<naam>' : 'substitute=<name>',
  ].join(' ');
  return t(lang, 'NEEDS_NOTICE_LINE', {
    committee: n.committeeCode, period: periodText(lang, n.from, n.until),
    ...(n.substituteName ? { substitute: n.substituteName } : {}), ...(n.substituteToArrange ? { arrange: command } : {}),
  });
}

/** Done buttons on the card, at most (Slack allows 25 elements in an actions block, Teams is readable to about 10). */
const MAX_BUTTONS = 10;

/** The Done buttons of "what needs me" and the weekly digest: overdue duties come first and may be many, so enough to reach the ones due soon. */
export function dutyDoneButtons(lang: Language, w: WhatNeedsMe): Button[] {
  return w.duties.slice(0, MAX_BUTTONS).map((d) => ({
    id: `done:${d.id}`, label: `${t(lang, 'DONE_BUTTON')}: ${d.kind.startsWith('TASK:') && d.title ? d.title : dutyWord(lang, d.kind)} ${d.committee.code}`, command: doneCommand(lang, d),
  }));
}

/** Answers "wat staat er voor mij open?" for the asker. */
export async function answerWhatNeedsMe(ctx: TurnContext): Promise<Reply[]> {
  const { lang } = ctx;
  const w = await ctx.services.whatNeedsMe({ personId: ctx.asker.personId });
  const lines = whatNeedsMeLines(lang, ctx.today, w, isPublic(ctx));
  if (lines.length === 0) return [text(t(lang, 'MY_DUTIES_NONE', { person: ctx.asker.name }))];
  return [card({ title: t(lang, 'NEEDS_TITLE', { person: ctx.asker.name }), lines, actions: dutyDoneButtons(lang, w), private: true })];
}
