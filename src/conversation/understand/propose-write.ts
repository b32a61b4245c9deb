/**
 * An understood write turned into its confirmation (confirm.ts): the names resolved (a close guess is
 * taken and shown as such; an unknown name gets the usual "did you mean"), the meeting's day found, and
 * the exact command built. Nothing here calls a service that writes.
 */
import type { CommitteeName, PersonName } from '../../services/registry/registry-catalog.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { typedDay, upcomingDay } from '../decisions/words.ts';
import type { Reply } from '../reply.ts';
import { resolveCommittee, resolvePerson, type ResolveError } from '../resolve.ts';
import { meetingDay } from './meeting-day.ts';
import { absenceSummary, cancelSummary, confirmVerb, confirmWrite, dutySummary, dutyValue, personKey, withdrawSummary, type ProposedWrite } from './confirm.ts';
import type { DigestIntent } from './digest-cues.ts';
import { weekdayName } from '../../domain/schedule/digest-day.ts';
import { t } from '../../i18n/index.ts';
import type { DateSpan } from './dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import type { Slot } from './read-message.ts';
import type { Intent } from './understand.ts';

type Guesses = { typed: string; read: string }[];
type Resolved<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly replies: Reply[] };

/**
 * A slot as the registry's item: found, guessed (the guess is recorded, shown as `label`), or resolved
 * from what was typed, whose failure is the usual "did you mean".
 */
function itemOf<T>(
  ctx: TurnContext,
  slot: Slot<T>,
  guesses: Guesses,
  label: (item: T) => string,
  resolve: (typed: string) => { ok: true; value: T } | { ok: false; error: ResolveError },
): Resolved<T> {
  if (slot.item) return { ok: true, value: slot.item };
  if (slot.guess) {
    guesses.push({ typed: slot.typed, read: label(slot.guess) });
    return { ok: true, value: slot.guess };
  }
  const r = resolve(slot.typed);
  return r.ok ? { ok: true, value: r.value } : { ok: false, replies: [errorReply(ctx.lang, r.error)] };
}

const committeeOf = (ctx: TurnContext, slot: Slot<CommitteeName>, guesses: Guesses) =>
  itemOf(ctx, slot, guesses, (c) => c.code, (typed) => resolveCommittee(ctx.catalog, typed, ctx.lang));
const personOf = (ctx: TurnContext, slot: Slot<PersonName>, guesses: Guesses) =>
  itemOf(ctx, slot, guesses, (p) => p.name, (typed) => resolvePerson(ctx.catalog, typed, ctx.lang));

type WriteIntent = Extract<Intent, { kind: 'declare' | 'withdraw-notice' | 'cancel-meeting' | 'duty-done' }>;

/** The last day of a period on or after `from` ("van 1 januari 2027 tot 1 april"); undefined for one meeting. */
function untilDay(from: LocalDate, until: DateSpan | null): LocalDate | undefined {
  if (until === null) return undefined;
  if (until.day >= from) return until.day;
  if (until.upcoming >= from) return until.upcoming;
  return `${Number(until.upcoming.slice(0, 4)) + 1}${until.upcoming.slice(4)}`;
}

/** The confirmation of an understood write, or why it cannot be built. */
export async function proposeWrite(ctx: TurnContext, intent: WriteIntent): Promise<Reply[]> {
  const guesses: Guesses = [];
  const committee = committeeOf(ctx, intent.committee, guesses);
  if (!committee.ok) return committee.replies;
  const c = committee.value;
  const found: Slot<CommitteeName> = { item: c, typed: c.code, guess: c };
  // A notice or a cancellation is for a meeting to come; a duty is done for one already dated.
  const day = await meetingDay(ctx, found, intent.meeting, intent.kind !== 'duty-done');
  if (typeof day !== 'string') return day;
  let write: ProposedWrite;
  switch (intent.kind) {
    case 'declare': {
      const holder = personOf(ctx, intent.holder, guesses);
      if (!holder.ok) return holder.replies;
      const substitute = intent.substitute ? personOf(ctx, intent.substitute, guesses) : null;
      if (substitute && !substitute.ok) return substitute.replies;
      const forOther = holder.value.id !== ctx.asker.personId;
      const until = untilDay(day, intent.until);
      write = {
        verb: 'absent',
        values: { committee: c.code, date: day, until, substitute: substitute ? personKey(ctx.catalog, substitute.value) : undefined, holder: forOther ? personKey(ctx.catalog, holder.value) : undefined },
        summary: absenceSummary(c, day, until ?? null, forOther ? holder.value : null, substitute?.value ?? null),
        guesses,
      };
      break;
    }
    case 'withdraw-notice': {
      const holder = personOf(ctx, intent.holder, guesses);
      if (!holder.ok) return holder.replies;
      const forOther = holder.value.id !== ctx.asker.personId;
      const until = untilDay(day, intent.until);
      write = {
        verb: 'absent.withdraw',
        values: { committee: c.code, date: day, until, holder: forOther ? personKey(ctx.catalog, holder.value) : undefined },
        summary: withdrawSummary(c, day, until ?? null, forOther ? holder.value : null),
        guesses,
      };
      break;
    }
    case 'cancel-meeting':
      write = { verb: 'meeting.cancel', values: { committee: c.code, date: day }, summary: cancelSummary(c, day), guesses };
      break;
    case 'duty-done':
      write = { verb: 'duty.done', values: { duty: dutyValue(ctx.lang, intent.duty), committee: c.code, date: day }, summary: dutySummary(c, day, intent.duty), guesses };
      break;
  }
  return confirmWrite(ctx, write);
}

/** A write in one of the fixed sentence forms (decisions/asks.ts, schedule/asks.ts): names and date as typed. */
export interface TypedWrite {
  readonly kind: 'declare' | 'cancel-meeting' | 'duty-done';
  readonly committee: string;
  readonly date: string;
  readonly substitute?: string | null;
  readonly duty?: Extract<Intent, { kind: 'duty-done' }>['duty'];
}

/** The confirmation of a write typed in a fixed sentence form; a bad date gets the usual message. */
export async function proposeTyped(ctx: TurnContext, w: TypedWrite): Promise<Reply[]> {
  const day = typedDay(ctx, w.date);
  if (!day.ok) return [errorReply(ctx.lang, day.error)];
  const upcoming = upcomingDay(ctx, w.date);
  const date = { start: 0, end: 0, text: w.date, day: day.value, upcoming: upcoming.ok ? upcoming.value : day.value };
  const typed = <T>(text: string): Slot<T> => ({ item: null, typed: text, guess: null });
  const committee = typed<CommitteeName>(w.committee);
  const meeting = { kind: 'on', date } as const;
  switch (w.kind) {
    case 'declare': {
      const me = ctx.catalog.people.find((p) => p.id === ctx.asker.personId) ?? null;
      if (!me) return [];
      return proposeWrite(ctx, { kind: 'declare', committee, meeting, until: null, holder: { item: me, typed: me.name, guess: me }, substitute: w.substitute ? typed<PersonName>(w.substitute) : null });
    }
    case 'cancel-meeting':
      return proposeWrite(ctx, { kind: 'cancel-meeting', committee, meeting });
    case 'duty-done':
      return proposeWrite(ctx, { kind: 'duty-done', committee, meeting, duty: w.duty! });
  }
}

/** The confirmation of a new day for the asker's weekly digest, or of turning it off: `/gremium overzicht vrijdag`. */
export function proposeDigest(ctx: TurnContext, intent: DigestIntent): Reply[] {
  const { choice } = intent;
  const day = (lang: typeof ctx.lang) => (choice === 'off' ? (lang === 'nl' ? 'uit' : 'off') : weekdayName(lang, choice).toLowerCase());
  return confirmVerb(ctx, 'digest.day', { day: day(ctx.lang) }, (lang) => (choice === 'off' ? t(lang, 'CONFIRM_DIGEST_OFF') : t(lang, 'CONFIRM_DIGEST_DAY', { day: weekdayName(lang, choice) })));
}
