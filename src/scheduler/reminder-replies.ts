/** The messages the scheduler posts, as reply trees in the committee's language (or the person's). */
import type { Reply } from '../conversation/reply.ts';
import { card } from '../conversation/reply.ts';
import { doneCommand, dutyWord } from '../conversation/schedule/answers.ts';
import { daysBetween } from '../domain/schedule/clock.ts';
import type { LocalDate } from '../domain/local-date.ts';
import type { Language } from '../i18n/catalog.ts';
import { formatDay } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { dutyName } from '../i18n/schedule.ts';
import type { MandateEnding } from './mandate-warnings.ts';

/** A duty as a reminder shows it. */
export interface DutyFacts {
  readonly id: string;
  readonly kind: string;
  readonly due: LocalDate;
  /** Null for a proposal's reaction period (REACTIONS), which hangs off no meeting. */
  readonly meetingDay: LocalDate | null;
  readonly responsible: string | null;
  /** A task's name or a handover's "leaver -> successor" (DutyView.title). */
  readonly title?: string | null;
  readonly committee: { readonly id: string; readonly code: string; readonly name: string };
}

function dutyParams(lang: Language, d: DutyFacts, today: LocalDate) {
  return {
    committee: d.committee.code, duty: dutyName(lang, d.kind, false, d.title ?? null), due: formatDay(lang, d.due), meeting: d.meetingDay ? formatDay(lang, d.meetingDay) : '-',
    daysLeft: daysBetween(today, d.due), dutyWord: dutyWord(lang, d.kind), meetingIso: d.meetingDay ?? d.due, title: d.responsible ?? '', ...(d.responsible ? { responsible: d.responsible } : {}),
  };
}

function doneButton(lang: Language, d: DutyFacts) {
  const view = { id: d.id, committee: d.committee, meetingDay: d.meetingDay, kind: d.kind, due: d.due, responsible: d.responsible, title: d.title ?? null, holderIds: [], doneAt: null, state: 'OPEN' as const };
  return { id: `done:${d.id}`, label: t(lang, 'DONE_BUTTON'), command: doneCommand(lang, view), style: 'primary' as const };
}

/** "Herinnering BOSD: de agenda uiterlijk 10 december 2026", with a Done button; to the channel, or to one holder. */
export function reminderReply(lang: Language, d: DutyFacts, today: LocalDate, personId?: string): Reply[] {
  const p = dutyParams(lang, d, today);
  if (d.kind === 'REACTIONS') {
    // The reaction period closes by itself (register-proposal.ts): no Done button; `responsible` is the title.
    return [card({ title: t(lang, 'REACTIONS_REMINDER_TITLE', p), lines: [t(lang, 'REACTIONS_REMINDER_TEXT', p)], to: { committeeId: d.committee.id } })];
  }
  return [card({
    title: t(lang, 'REMINDER_TITLE', p), lines: [t(lang, 'REMINDER_TEXT', p)], footer: t(lang, 'REMINDER_FOOTER', p),
    actions: [doneButton(lang, d)], to: personId ? { personId } : { committeeId: d.committee.id },
  })];
}

/** The overdue report to a committee's secretary, as a direct message. */
export function overdueReply(lang: Language, d: DutyFacts, today: LocalDate, personId: string): Reply[] {
  const p = dutyParams(lang, d, today);
  return [card({ title: t(lang, 'OVERDUE_TITLE', p), lines: [t(lang, 'OVERDUE_TEXT', p)], actions: [doneButton(lang, d)], to: { personId } })];
}

/**
 * To a secretary: a voting seat's mandate ends (or just ended) with none to follow, so the seat will
 * not vote (mandate-warnings.ts); with the command that records the next mandate.
 */
export function mandateWarningReply(lang: Language, ending: MandateEnding, personId: string): Reply[] {
  const p = { committee: ending.committee.code, person: ending.person, organisation: ending.organisation, until: formatDay(lang, ending.until), untilIso: ending.until, daysLeft: ending.daysLeft };
  return [card({ title: t(lang, 'MANDATE_ENDING_TITLE', p), lines: [t(lang, 'MANDATE_ENDING_TEXT', p)], footer: t(lang, 'MANDATE_ENDING_FOOTER', p), to: { personId } })];
}

const VOTE_WORDS: Record<Language, Record<string, string>> = {
  nl: { FOR: 'voor', AGAINST: 'tegen', ABSTAIN: 'onthouding', AGREE: 'akkoord', OBJECT: 'bezwaar' },
  en: { FOR: 'for', AGAINST: 'against', ABSTAIN: 'abstain', AGREE: 'agree', OBJECT: 'object' },
};

/** "Nog niet gestemd": to one seat holder who has not voted, with the vote buttons (`/gremium stem <id> <keuze>`). */
export function pollReminderReply(
  lang: Language,
  poll: { id: string; question: string; options: readonly string[]; closesAt: Date; committeeCode: string },
  seat: { personId: string; organisation: string },
  closes: string,
): Reply[] {
  const verb = lang === 'nl' ? 'stem' : 'vote';
  const actions = poll.options.map((o) => {
    const word = VOTE_WORDS[lang][o] ?? o.toLowerCase();
    return { id: `vote:${poll.id}:${o}`, label: word, command: `/gremium ${verb} ${poll.id} ${word}` };
  });
  return [card({
    title: t(lang, 'POLL_REMINDER_TITLE', { committee: poll.committeeCode }),
    lines: [t(lang, 'POLL_REMINDER_TEXT', { question: poll.question, closes, organisation: seat.organisation })],
    actions, to: { personId: seat.personId },
  })];
}

export { formatDay };
