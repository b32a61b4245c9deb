/**
 * Poll closing reminders: only to the voting seats (members) that have not voted yet, once per seat
 * and platform, as a direct message through the holder's platform identity. In a committee that votes
 * per party, only the holders of parties none of whose holders voted.
 */
import { amsterdamDay } from '../domain/schedule/clock.ts';
import type { Language } from '../i18n/catalog.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { votingOn } from '../services/registry/seat-filters.ts';
import type { OutboxRow } from './outbox-row.ts';

/** A poll as its reminder needs it. */
export interface PollFacts {
  readonly id: string;
  readonly question: string;
  readonly options: readonly string[];
  readonly closesAt: Date;
  readonly committeeCode: string;
}

/** Renders one reminder; the caller chooses the words. */
export type PollReminderRender = (lang: Language, poll: PollFacts, seat: { personId: string; organisation: string }) => object;

/** The outbox rows (keys `poll:<id>:remind:<seat>:<platform>`) for open polls closing within `hours` of `now`. */
export async function createPollReminders(deps: ServiceDeps, now: Date, hours: number, render: PollReminderRender): Promise<OutboxRow[]> {
  const polls = await deps.db.poll.findMany({
    where: { status: 'OPEN', closesAt: { gt: now, lte: new Date(now.getTime() + hours * 3_600_000) } },
    select: { id: true, question: true, options: true, closesAt: true, committeeId: true, votePer: true, committee: { select: { code: true, language: true } }, stances: { select: { seatId: true } } },
  });
  const rows: OutboxRow[] = [];
  const today = amsterdamDay(now);
  for (const poll of polls) {
    const voted = new Set(poll.stances.map((s) => s.seatId));
    const seats = await deps.db.seat.findMany({
      where: { committeeId: poll.committeeId, ...votingOn(today) },
      select: { id: true, personId: true, onBehalfOfId: true, onBehalfOf: { select: { name: true } }, person: { select: { language: true, identities: { select: { platform: true, externalId: true } } } } },
    });
    const committeeLang: Language = poll.committee.language === 'en' ? 'en' : 'nl';
    const facts: PollFacts = { id: poll.id, question: poll.question, options: poll.options, closesAt: poll.closesAt, committeeCode: poll.committee.code };
    // Per party, a party has voted once any of its holders has: the others are not reminded.
    const votedParties = new Set(seats.filter((s) => voted.has(s.id)).map((s) => s.onBehalfOfId));
    for (const seat of seats) {
      if (voted.has(seat.id) || (poll.votePer === 'PARTY' && votedParties.has(seat.onBehalfOfId))) continue;
      const lang: Language = seat.person.language === 'en' ? 'en' : seat.person.language === 'nl' ? 'nl' : committeeLang;
      for (const identity of seat.person.identities) {
        rows.push({
          key: `poll:${poll.id}:remind:${seat.id}:${identity.platform}`, platform: identity.platform, channel: identity.externalId,
          payload: render(lang, facts, { personId: seat.personId, organisation: seat.onBehalfOf.name }), dueAt: now,
        });
      }
    }
  }
  return rows;
}
