/**
 * The weekly digest (issue 17, point 5: "a weekly digest message per person on a day they choose (sent
 * through the outbox, exactly once, opt-out)"): on each person's chosen weekday (Person.digestDay,
 * Monday unless they chose another or turned it off), from {@link DIGEST_FROM} Amsterdam time until the
 * day ends, one direct message per platform they are linked on, keyed
 * `digest:<personId>:<ISO week>:<platform>` and inserted if absent, so any number of ticks on any number
 * of instances create it once a week. Amsterdam's calendar decides the day and the week (DST-safe: the
 * wall clock, not UTC), and `now` is a parameter.
 *
 * Who gets one: people who take part (a seat that has not ended, or named as a seat's substitute) and
 * have a linked chat account. Someone who left every committee gets none, rather than a weekly "nothing
 * open". The digest is the "wat staat er voor mij open?" answer; with nothing open it says so in one
 * line (so the person knows it still works, and how to turn it off). A day the scheduler was down all
 * day is not caught up: the next digest comes the next week.
 */
import { fromLocalDate } from '../db/dates.ts';
import { amsterdamDay, amsterdamTime } from '../domain/schedule/clock.ts';
import { DIGEST_FROM, isoWeekdayOf, isoWeekOf } from '../domain/schedule/digest-day.ts';
import { weeklyDigestReply } from '../conversation/schedule/weekly-digest.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { whatNeedsMe } from '../services/schedule/what-needs-me.ts';
import type { OutboxRow } from './outbox-row.ts';

/** The outbox key of one person's digest of one ISO week on one platform. */
export function digestKey(personId: string, isoWeek: string, platform: string): string {
  return `digest:${personId}:${isoWeek}:${platform}`;
}

/** Puts the digests due at `now` into the outbox; the number of new messages. Idempotent. */
export async function createWeeklyDigests(deps: ServiceDeps, now: Date): Promise<number> {
  if (amsterdamTime(now) < DIGEST_FROM) return 0;
  const today = amsterdamDay(now);
  const weekday = isoWeekdayOf(today);
  const week = isoWeekOf(today);
  const running = { OR: [{ endsOn: null }, { endsOn: { gte: fromLocalDate(today) } }] };
  const people = await deps.db.person.findMany({
    where: { digestDay: weekday, identities: { some: {} }, OR: [{ seats: { some: running } }, { substituteFor: { some: running } }] },
    select: { id: true, name: true, language: true, identities: { select: { platform: true, externalId: true }, orderBy: { id: 'asc' } } },
    orderBy: { id: 'asc' },
  });
  // One message per platform: a second account on the same platform (another workspace) shares the key.
  const wanted = people.map((p) => ({ person: p, accounts: [...new Map(p.identities.map((i) => [i.platform, i] as const)).values()] }));
  const keys = wanted.flatMap((w) => w.accounts.map((a) => digestKey(w.person.id, week, a.platform)));
  if (keys.length === 0) return 0;
  // Digests already made this week are not read again: later ticks of the day cost one query.
  const made = new Set((await deps.db.outboxMessage.findMany({ where: { key: { in: keys } }, select: { key: true } })).map((m) => m.key));
  const at: ServiceDeps = { ...deps, now: () => now };
  const rows: OutboxRow[] = [];
  for (const { person, accounts } of wanted) {
    const missing = accounts.filter((a) => !made.has(digestKey(person.id, week, a.platform)));
    if (missing.length === 0) continue;
    const needs = await whatNeedsMe(at, { personId: person.id });
    // Person.language null means "follow the platform's locale, else Dutch"; a scheduled message has no locale.
    const lang = person.language === 'en' ? 'en' : 'nl';
    const payload = weeklyDigestReply(lang, { personId: person.id, name: person.name, today, week: week.slice(6), day: weekday, needs }) as unknown as object;
    for (const a of missing) rows.push({ key: digestKey(person.id, week, a.platform), platform: a.platform, channel: a.externalId, payload, dueAt: now });
  }
  if (rows.length === 0) return 0;
  return (await deps.db.outboxMessage.createMany({ data: rows, skipDuplicates: true })).count;
}
