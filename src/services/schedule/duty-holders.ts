/**
 * Who carries a duty by name, beside the committee's secretaries and chair (domain/schedule/
 * duty-holders.ts): the people a warm handover names (Duty.holderIds), and the holder a committee
 * task's Taken cell names (domain/schedule/tasks.ts), read against the registry on the day asked so
 * a change of seats changes the holder without touching the duties:
 * - an organisation (by name or alias): its people who sit in the committee that day, or, when none
 *   does, every person it employs (000 art. 5: "verspreid door de SDA");
 * - a person (by name): that person;
 * - anything else ("voorzitter", "programmamanager"): nobody by name, so the secretaries and chair.
 */
import { isTaskKind } from '../../domain/schedule/tasks.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import type { Db } from '../../db/database.ts';
import type { Tx } from '../deps.ts';
import { activeOn } from '../registry/seat-filters.ts';

/** A duty as holder resolution needs it. */
export interface DutyHolderFacts {
  readonly id: string;
  readonly committeeId: string;
  readonly kind: string;
  readonly responsible: string | null;
  readonly holderIds: readonly string[];
}

/** The people a task's holder names in `committeeId` on `day`; empty for a role word or nothing. */
export async function taskHolderIds(db: Db | Tx, committeeId: string, holder: string | null, day: LocalDate): Promise<string[]> {
  if (holder === null || holder.trim() === '') return [];
  const name = holder.trim();
  const organisation = await db.organisation.findFirst({
    where: { OR: [{ name: { equals: name, mode: 'insensitive' } }, { aliases: { has: name } }] },
    select: { id: true },
  });
  if (organisation) {
    const seated = await db.seat.findMany({
      where: { committeeId, AND: [activeOn(day), { OR: [{ onBehalfOfId: organisation.id }, { person: { organisationId: organisation.id } }] }] },
      select: { personId: true },
    });
    if (seated.length > 0) return [...new Set(seated.map((s) => s.personId))];
    const employed = await db.person.findMany({ where: { organisationId: organisation.id }, select: { id: true } });
    return employed.map((p) => p.id);
  }
  const people = await db.person.findMany({ where: { name: { equals: name, mode: 'insensitive' } }, select: { id: true } });
  return people.length === 1 ? [people[0]!.id] : [];
}

/** Each duty's named holders on `day` (its own holderIds, and a task's holder resolved), by duty id. */
export async function namedHolders(db: Db | Tx, duties: readonly DutyHolderFacts[], day: LocalDate): Promise<Map<string, readonly string[]>> {
  const cache = new Map<string, Promise<string[]>>();
  const out = new Map<string, readonly string[]>();
  for (const d of duties) {
    let resolved: string[] = [];
    if (isTaskKind(d.kind) && d.responsible) {
      const key = `${d.committeeId}\u0000${d.responsible}`;
      if (!cache.has(key)) cache.set(key, taskHolderIds(db, d.committeeId, d.responsible, day));
      resolved = await cache.get(key)!;
    }
    out.set(d.id, [...new Set([...d.holderIds, ...resolved])]);
  }
  return out;
}
