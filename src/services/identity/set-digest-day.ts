/**
 * `/gremium overzicht vrijdag` / `/gremium digest off`: a person chooses the weekday of their weekly
 * digest of "wat staat er voor mij open?" (issue 17, point 5), or turns it off (null). Only for
 * themselves: the actor is the person.
 */
import type { IsoWeekday } from '../../domain/schedule/clock.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';

/** The day before and after (null: off); equal when nothing changed. */
export interface DigestDayChange {
  readonly before: IsoWeekday | null;
  readonly after: IsoWeekday | null;
}

/** Stores the choice in one audited transaction; choosing what is already chosen writes nothing. */
export async function setDigestDay(deps: ServiceDeps, input: { actor: Actor & { personId: string }; day: IsoWeekday | null }): Promise<DigestDayChange> {
  const now = deps.now();
  return transact(deps, async (tx) => {
    const before = await tx.person.findUniqueOrThrow({ where: { id: input.actor.personId }, select: { id: true, digestDay: true } });
    const was = before.digestDay as IsoWeekday | null;
    if (was === input.day) return { before: was, after: was };
    const after = await tx.person.update({ where: { id: before.id }, data: { digestDay: input.day }, select: { id: true, digestDay: true } });
    await audit(tx, input.actor, { action: 'person.digestDay', subjectType: 'Person', subjectId: before.id, before, after }, now);
    return { before: was, after: input.day };
  });
}

/** The person's digest day (null: off). */
export async function findDigestDay(deps: ServiceDeps, input: { personId: string }): Promise<IsoWeekday | null> {
  const person = await deps.db.person.findUniqueOrThrow({ where: { id: input.personId }, select: { digestDay: true } });
  return person.digestDay as IsoWeekday | null;
}
