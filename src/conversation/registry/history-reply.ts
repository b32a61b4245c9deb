/** `/gremium history <committee> <person>`: a seat's audit trail, and finding "the" seat meant. */
import { lookup } from '../../domain/names.ts';
import { err, ok, type Result } from '../../domain/result.ts';
import type { SeatRole } from '../../domain/registry/words.ts';
import { formatDay, roleName } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { amsterdamDay, amsterdamTime } from '../../domain/schedule/clock.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { card, type Reply } from '../reply.ts';
import { resolveCommittee, resolveOrganisation, resolvePerson } from '../resolve.ts';

/** The one seat a secretary means by committee + person (+ role, + organisation), newest first. */
export async function findSeat(
  ctx: TurnContext,
  c: { committee: string; person: string; role?: SeatRole | null; onBehalfOf?: string | null },
): Promise<Result<{ seatId: string; committee: string; person: string }>> {
  const committee = resolveCommittee(ctx.catalog, c.committee, ctx.lang);
  if (!committee.ok) return committee;
  const person = resolvePerson(ctx.catalog, c.person, ctx.lang);
  if (!person.ok) return person;
  const organisation = c.onBehalfOf ? resolveOrganisation(ctx.catalog, c.onBehalfOf, ctx.lang) : null;
  if (organisation && !organisation.ok) return organisation;
  const seats = await ctx.services.listPersonSeats({
    committeeId: committee.value.id, personId: person.value.id,
    ...(c.role ? { role: c.role } : {}), ...(organisation?.ok ? { onBehalfOfId: organisation.value.id } : {}),
  });
  const params = { committee: committee.value.code, person: person.value.name };
  if (seats.length === 0) return err('SEAT_NOT_FOUND', params);
  const running = seats.filter((s) => s.until === null || s.until >= ctx.today);
  const candidates = running.length > 0 ? running : seats.slice(0, 1);
  if (candidates.length > 1) {
    return err('SEAT_AMBIGUOUS', { ...params, seats: candidates.map((s) => `${roleName(ctx.lang, s.role)} / ${s.onBehalfOf.name}`).join('; ') });
  }
  return ok({ seatId: candidates[0]!.seatId, ...params });
}

/**
 * Seat fields a history shows, with their names in both languages. Snapshots come in two shapes:
 * single commands store the database row (`startsOn`, `endsOn`), an import stores the seat as the
 * registry speaks of it (`from`, `until`); each field lists the keys it may have.
 */
const FIELDS = [
  { keys: ['role'], nl: 'rol', en: 'role' },
  { keys: ['startsOn', 'from'], nl: 'begindatum', en: 'first day' },
  { keys: ['endsOn', 'until'], nl: 'einddatum', en: 'last day' },
  { keys: ['onBehalfOfId'], nl: 'namens', en: 'on behalf of' },
  { keys: ['substituteId'], nl: 'vervanger', en: 'substitute' },
  { keys: ['personId'], nl: 'persoon', en: 'person' },
] as const;

/** The value of a field in a snapshot, under whichever of its keys the snapshot uses. */
function field(snapshot: Record<string, unknown>, keys: readonly string[]): unknown {
  const key = keys.find((k) => Object.hasOwn(snapshot, k));
  return key === undefined ? undefined : snapshot[key];
}

/** The seat's history, oldest first, each change with what it changed, in words. */
export async function historyReply(ctx: TurnContext, c: { committee: string; person: string }): Promise<Reply[]> {
  const seat = await findSeat(ctx, c);
  if (!seat.ok) return [errorReply(ctx.lang, seat.error)];
  const entries = await ctx.services.seatHistory({ seatId: seat.value.seatId });
  const lines = entries.map((e) => {
    const { before, after } = e;
    const changes = before && after
      ? FIELDS.flatMap((f) => {
          const [was, is] = [field(before, f.keys), field(after, f.keys)];
          return is === undefined || sameValue(was, is) ? [] : [`${f[ctx.lang]} ${show(ctx, was)} → ${show(ctx, is)}`];
        })
      : [];
    // A change whose snapshot shows no field we know still says in words what happened, never its code.
    const what = before === null ? t(ctx.lang, 'HISTORY_CREATED') : changes.length > 0 ? t(ctx.lang, 'HISTORY_CHANGED', { changes: changes.join(', ') }) : t(ctx.lang, 'HISTORY_CHANGED_OTHER');
    return t(ctx.lang, 'HISTORY_LINE', { at: `${amsterdamDay(e.at)} ${amsterdamTime(e.at)}`, actor: e.actor, what });
  });
  return [card({ title: t(ctx.lang, 'HISTORY_TITLE', { person: seat.value.person, committee: seat.value.committee }), lines })];
}

/** Equal as the history shows them: a day stored as a date-time equals the same day written plainly. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(asDay(a)) === JSON.stringify(asDay(b));
}

function asDay(value: unknown): unknown {
  if (value === undefined) return null;
  return typeof value === 'string' ? (/^(\d{4}-\d{2}-\d{2})(?:T00:00:00\.000Z)?$/.exec(value)?.[1] ?? value) : value;
}

function show(ctx: TurnContext, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'string') return JSON.stringify(value);
  const day = /^(\d{4}-\d{2}-\d{2})(?:T00:00:00\.000Z)?$/.exec(value);
  if (day) return formatDay(ctx.lang, day[1]!);
  const named = ctx.catalog.people.find((p) => p.id === value) ?? ctx.catalog.organisations.find((o) => o.id === value);
  return named ? named.name : lookup(ROLE_WORDS, value) ? roleName(ctx.lang, value as SeatRole) : value;
}

const ROLE_WORDS: Record<string, true> = { MEMBER: true, ADVISER: true, CHAIR: true, SECRETARY: true, AGENDA_COMMITTEE: true };
