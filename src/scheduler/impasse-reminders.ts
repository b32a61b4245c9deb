/**
 * Reminders of the impasse procedure (004 appendix 2) to the people who must act, through the outbox,
 * each under a unique key so any number of ticks create it once:
 * - a step in which parties deliver (step 1 the impasse document: "Betrokken partijen maken allen een
 *   impassedocument op en sturen dat naar elkaar."; step 2b the arguments) reminds the member seats of
 *   the parties that have not delivered; every other open step reminds the member seats of all parties;
 * - on the step's reminder days (7 and 2 days before its last day, on working days), keyed
 *   `impasse:<case>:<step>:<day>:<person>:<platform>`; a step without a last day (1, 2) once when it
 *   begins, keyed `impasse:<case>:<step>:start:<person>:<platform>`;
 * - a step past its last day is reported once to the committee's secretaries
 *   (`impasse:<case>:<step>:overdue:<person>:<platform>`), for a week after the day.
 */
import { toLocalDateOrNull } from '../db/dates.ts';
import { addDays } from '../domain/local-date.ts';
import { deliveryOf, IMPASSE_ARTICLES, isClosedStep, type ImpasseStep } from '../domain/procedures/impasse.ts';
import { MANAGER_ROLES } from '../domain/registry/seat-rules.ts';
import { amsterdamDay } from '../domain/schedule/clock.ts';
import type { Language } from '../i18n/catalog.ts';
import { formatDay } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { card } from '../conversation/reply.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { officersOn, votingOn } from '../services/registry/seat-filters.ts';
import { reminderDays } from '../domain/schedule/deadlines.ts';
import type { LocalDate } from '../domain/local-date.ts';
import type { OutboxRow } from './outbox-row.ts';

type Person = { personId: string; person: { language: string | null; identities: { platform: string; externalId: string }[] } };

/** The latest reminder day of `due` that has come by `today` (as create-due-reminders.ts keys deadlines), or null. */
function latestReminderDay(due: LocalDate, today: LocalDate): LocalDate | null {
  if (due < today) return null;
  const passed = reminderDays(due).filter((d) => d <= today);
  return passed.length === 0 ? null : passed[passed.length - 1]!;
}

/** The outbox rows due for open impasses on `now`; late steps are reported for `overdueDays` after their day. */
export async function createImpasseReminders(deps: ServiceDeps, now: Date, overdueDays: number): Promise<OutboxRow[]> {
  const today = amsterdamDay(now);
  const cases = await deps.db.impasseCase.findMany({
    where: { closedAt: null },
    include: { parties: true, committee: { select: { id: true, code: true, language: true } } },
  });
  const rows: OutboxRow[] = [];
  const personSelect = { personId: true, person: { select: { language: true, identities: { select: { platform: true, externalId: true } } } } } as const;
  for (const c of cases) {
    const step = c.step as ImpasseStep;
    if (isClosedStep(step)) continue;
    const due = toLocalDateOrNull(c.stepDue);
    const lang: Language = c.committee.language === 'en' ? 'en' : 'nl';
    const article = IMPASSE_ARTICLES[step];
    const base = { subject: c.subject, committee: c.committee.code, step, quote: article.text, source: `${article.seed} ${article.where}` };
    const post = (key: string, seat: Person, line: (l: Language) => string) => {
      const personLang: Language = seat.person.language === 'en' ? 'en' : seat.person.language === 'nl' ? 'nl' : lang;
      const payload = [card({ title: t(personLang, 'IMPASSE_REMINDER_TITLE', base), lines: [line(personLang)], to: { personId: seat.personId } })];
      for (const id of seat.person.identities) rows.push({ key: `${key}:${seat.personId}:${id.platform}`, platform: id.platform, channel: id.externalId, payload: payload as unknown as object, dueAt: now });
    };
    if (due !== null && due < today) {
      if (due < addDays(today, -overdueDays)) continue;
      const secretaries = await deps.db.seat.findMany({ where: { committeeId: c.committeeId, ...officersOn(today, MANAGER_ROLES) }, select: personSelect });
      for (const s of secretaries) post(`impasse:${c.id}:${step}:overdue`, s, (l) => t(l, 'IMPASSE_OVERDUE_TEXT', { ...base, due: formatDay(l, due) }));
      continue;
    }
    const day = due === null ? (deliveryOf(step) ? 'start' : null) : latestReminderDay(due, today);
    if (day === null) continue;
    const what = deliveryOf(step);
    const field = what === 'ARGUMENTS' ? 'argumentsAt' : 'documentAt';
    const waiting = c.parties.filter((p) => what === null || p[field] === null).map((p) => p.organisationId);
    const seats = await deps.db.seat.findMany({
      where: { committeeId: c.committeeId, onBehalfOfId: { in: waiting }, ...votingOn(today) },
      select: { ...personSelect, onBehalfOf: { select: { name: true } } },
    });
    for (const s of seats) {
      post(`impasse:${c.id}:${step}:${day}`, s, (l) => t(l, 'IMPASSE_REMINDER_TEXT', { ...base, party: s.onBehalfOf.name, ...(due ? { due: formatDay(l, due) } : {}) }));
    }
  }
  return rows;
}
