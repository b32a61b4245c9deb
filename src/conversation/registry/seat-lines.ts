/** One line per seat, the way every answer shows a seat. */
import type { Language } from '../../i18n/catalog.ts';
import { formatDay, roleName } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { SeatView } from '../../services/registry/seat-view.ts';

/** "Jan de Vries, lid namens Combinatie Noord (mandaat geldig tot en met 31 december 2027)". */
export function seatLine(lang: Language, seat: SeatView, options: { organisation?: boolean; mandate?: boolean; period?: boolean } = {}): string {
  const base = t(lang, 'SEAT_LINE', {
    person: seat.person.name,
    role: roleName(lang, seat.role),
    ...(options.organisation === false ? {} : { organisation: seat.onBehalfOf.name }),
    ...(options.period ? { since: formatDay(lang, seat.from), ...(seat.until ? { until: formatDay(lang, seat.until) } : {}) } : {}),
  });
  const notes: string[] = [];
  // A missing mandate is news only where the committee requires one; a mandate on record always shows.
  const mandateMatters = seat.mandateRequired || seat.mandate.valid || seat.mandate.problem !== 'NONE';
  if (options.mandate && mandateMatters && (seat.role === 'MEMBER' || seat.role === 'CHAIR')) {
    notes.push(
      seat.mandate.valid
        ? t(lang, 'MANDATE_VALID', seat.mandate.until ? { until: formatDay(lang, seat.mandate.until) } : {})
        : t(lang, 'MANDATE_MISSING', { problem: seat.mandate.problem }),
    );
  }
  if (seat.substitute) notes.push(t(lang, 'SUBSTITUTE_NAMED', { name: seat.substitute.name }));
  return notes.length ? `${base}; ${notes.join('; ')}` : base;
}
