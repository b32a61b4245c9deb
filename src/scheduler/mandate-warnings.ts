/**
 * "A warning when the mandate ends" (issue 14; 001 SBO "De afgevaardigde vertegenwoordiging dient
 * aantoonbaar rechtsgeldig bevoegd te zijn"): in a committee that requires a mandate, a member seat
 * votes only while its holder's mandate for the party holds (eligibility.ts). So some weeks before
 * such a mandate ends, with no mandate to follow it and the seat running on, the committee's
 * secretaries are told, once, as a direct message through the outbox
 * (`mandate:<mandate>:<last day>:<seat>:<secretary>:<platform>`: a new end date warns again). A
 * mandate that ended in the last week without a warning (the scheduler was down) is reported too.
 */
import { toLocalDateOrNull } from '../db/dates.ts';
import { findValidMandate } from '../domain/decisions/mandate-check.ts';
import { addDays, type LocalDate } from '../domain/local-date.ts';
import type { MandateFacts } from '../domain/registry/words.ts';
import { MANAGER_ROLES } from '../domain/registry/seat-rules.ts';
import { amsterdamDay, daysBetween } from '../domain/schedule/clock.ts';
import { parseLanguage, type Language } from '../i18n/catalog.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { officersOn, votingOn } from '../services/registry/seat-filters.ts';
import { toMandateFacts } from '../services/registry/seat-view.ts';
import type { OutboxRow } from './outbox-row.ts';

/** Secretaries are warned this many days (six weeks) before a voting seat's mandate ends. */
export const MANDATE_WARNING_DAYS = 42;
/** A mandate that ended at most this many days ago, unwarned, is still reported. */
export const MANDATE_LAPSED_DAYS = 7;

/** What a warning says: whose mandate, for which party and committee, ending when. */
export interface MandateEnding {
  readonly committee: { readonly id: string; readonly code: string };
  readonly person: string;
  readonly organisation: string;
  /** The mandate's last day. */
  readonly until: LocalDate;
  /** Days from today to the last day; negative once it has passed. */
  readonly daysLeft: number;
}

/** Renders one warning to a secretary; the caller chooses the words. */
export type MandateWarningRender = (lang: Language, ending: MandateEnding, secretaryId: string) => object;

/** The outbox rows warning secretaries about voting seats whose mandate ends soon (or just ended). */
export async function createMandateWarnings(deps: ServiceDeps, now: Date, render: MandateWarningRender): Promise<OutboxRow[]> {
  const today = amsterdamDay(now);
  const committees = await deps.db.committee.findMany({
    where: { mandateRequired: true },
    select: {
      id: true, code: true, language: true,
      seats: { where: votingOn(today), select: { id: true, personId: true, onBehalfOfId: true, endsOn: true, person: { select: { name: true } }, onBehalfOf: { select: { name: true } } } },
    },
  });
  if (committees.length === 0) return [];
  const officers = await deps.db.seat.findMany({
    where: { committeeId: { in: committees.map((c) => c.id) }, ...officersOn(today, MANAGER_ROLES) },
    select: { committeeId: true, personId: true, person: { select: { language: true, identities: { select: { platform: true, externalId: true } } } } },
  });
  const rows: OutboxRow[] = [];
  for (const c of committees) {
    const secretaries = officers.filter((o) => o.committeeId === c.id);
    if (c.seats.length === 0 || secretaries.length === 0) continue;
    const mandates = (await deps.db.mandate.findMany({ where: { personId: { in: c.seats.map((s) => s.personId) } } })).map(toMandateFacts);
    for (const seat of c.seats) {
      const ending = endingMandate(mandates, seat.personId, seat.onBehalfOfId, c.code, today, toLocalDateOrNull(seat.endsOn));
      if (ending === null) continue;
      const facts: MandateEnding = { committee: { id: c.id, code: c.code }, person: seat.person.name, organisation: seat.onBehalfOf.name, until: ending.until, daysLeft: daysBetween(today, ending.until) };
      for (const secretary of secretaries) {
        const lang = parseLanguage(secretary.person.language) ?? parseLanguage(c.language) ?? 'nl';
        for (const id of secretary.person.identities) {
          rows.push({
            key: `mandate:${ending.id}:${ending.until}:${seat.id}:${secretary.personId}:${id.platform}`, platform: id.platform, channel: id.externalId,
            payload: render(lang, facts, secretary.personId), dueAt: now,
          });
        }
      }
    }
  }
  return rows;
}

/**
 * The mandate that makes the seat vote and ends within the warning period (or ended in the last
 * week), when no other mandate takes over the day after and the seat runs past it; else null.
 */
function endingMandate(
  mandates: readonly MandateFacts[], personId: string, organisationId: string, code: string, today: LocalDate, seatUntil: LocalDate | null,
): { id: string; until: LocalDate } | null {
  for (const day of [today, ...Array.from({ length: MANDATE_LAPSED_DAYS }, (_, i) => addDays(today, -(i + 1)))]) {
    const found = findValidMandate(mandates, personId, organisationId, day, code);
    if (!found.valid) continue;
    const until = found.mandate.until;
    if (until === null || daysBetween(today, until) > MANDATE_WARNING_DAYS) return null;
    const after = addDays(until, 1);
    if (seatUntil !== null && seatUntil < after) return null;
    if (findValidMandate(mandates, personId, organisationId, after, code).valid) return null;
    return { id: found.mandate.id, until };
  }
  return null;
}
