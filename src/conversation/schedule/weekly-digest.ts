/**
 * The weekly digest (issue 17, point 5): "wat staat er voor mij open?" as a direct message on the day the
 * person chose, made by the scheduler (scheduler/weekly-digests.ts). The same lines as the chat answer
 * (what-needs-me.ts, whatNeedsMeLines) and the same Done buttons; when nothing is open it says so in one
 * line, and it always says how to choose another day or turn it off.
 */
import type { LocalDate } from '../../domain/local-date.ts';
import type { IsoWeekday } from '../../domain/schedule/clock.ts';
import { weekdayName } from '../../domain/schedule/digest-day.ts';
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import type { WhatNeedsMe } from '../../services/schedule/what-needs-me.ts';
import { card, type Reply } from '../reply.ts';
import { dutyDoneButtons, whatNeedsMeLines } from './what-needs-me.ts';

/** Whose digest, for which day and week, and what needs them. */
export interface DigestFacts {
  readonly personId: string;
  readonly name: string;
  readonly today: LocalDate;
  /** The ISO week number shown in the title ("49"). */
  readonly week: string;
  readonly day: IsoWeekday;
  readonly needs: WhatNeedsMe;
}

/** The digest as one card, sent to the person as a direct message. */
export function weeklyDigestReply(lang: Language, d: DigestFacts): Reply[] {
  const lines = whatNeedsMeLines(lang, d.today, d.needs);
  const actions = dutyDoneButtons(lang, d.needs);
  return [card({
    title: t(lang, 'DIGEST_TITLE', { person: d.name, week: d.week }),
    lines: lines.length > 0 ? lines : [t(lang, 'DIGEST_NOTHING')],
    ...(actions.length > 0 ? { actions } : {}),
    footer: t(lang, 'DIGEST_FOOTER', { day: weekdayName(lang, d.day) }),
    to: { personId: d.personId },
  })];
}
