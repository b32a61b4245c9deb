/**
 * The warm handover as a duty (issue 17, point 3). 001 SBO and contract talks: "Bij wisseling van
 * personen wordt gezorgd voor een warme overdracht." When a seat ends, a HANDOVER duty is due on its
 * last day, carried by the one who leaves and, once known, the successor (the seat for the same party
 * and role from the next day on); both see it in "wat staat er voor mij open?", are reminded of it, and
 * either marks it done with `/gremium gedaan overdracht <gremium> <laatste dag>`.
 */
import type { SeatRole } from '../../domain/registry/words.ts';
import { fromLocalDate } from '../../db/dates.ts';
import { addDays, type LocalDate } from '../../domain/local-date.ts';
import { audit } from '../audit.ts';
import type { Actor, Tx } from '../deps.ts';

/** The stable id of a seat's handover duty, so ending a seat twice keeps one duty. */
export function handoverDutyId(seatId: string): string {
  return `duty_handover_${seatId}`;
}

/** "Anne de Vries → Piet Jansen", or the leaver alone while no successor is known. */
function title(leaver: string, successor: string | null): string {
  return successor ? `${leaver} → ${successor}` : leaver;
}

/**
 * Creates (or moves) the handover duty of a seat that ends on `until`, in the caller's transaction,
 * audited. A seat that ended before `today` gets none: nobody can hand over in the past.
 */
export async function planHandover(
  tx: Tx, actor: Actor,
  seat: { id: string; committeeId: string; personId: string; personName: string },
  successor: { personId: string; name: string } | null, until: LocalDate, today: LocalDate, now: Date,
): Promise<void> {
  if (until < today) return;
  const id = handoverDutyId(seat.id);
  const data = {
    committeeId: seat.committeeId, kind: 'HANDOVER', due: fromLocalDate(until), title: title(seat.personName, successor?.name ?? null),
    holderIds: successor ? [seat.personId, successor.personId] : [seat.personId],
  };
  const before = await tx.duty.findUnique({ where: { id } });
  if (before?.doneAt) return;
  const after = before ? await tx.duty.update({ where: { id }, data }) : await tx.duty.create({ data: { id, ...data } });
  await audit(tx, actor, { action: before ? 'duty.move' : 'duty.create', subjectType: 'Duty', subjectId: id, committeeId: seat.committeeId, before, after }, now);
}

/**
 * A new seat that follows one ending the day before (same committee, party and role) joins that
 * seat's open handover duty as the successor, audited.
 */
export async function joinHandover(
  tx: Tx, actor: Actor,
  seat: { committeeId: string; onBehalfOfId: string; role: SeatRole; personId: string; from: LocalDate }, now: Date,
): Promise<void> {
  const predecessor = await tx.seat.findFirst({
    where: { committeeId: seat.committeeId, onBehalfOfId: seat.onBehalfOfId, role: seat.role, endsOn: fromLocalDate(addDays(seat.from, -1)), personId: { not: seat.personId } },
    select: { id: true, person: { select: { name: true } } },
  });
  if (!predecessor) return;
  const before = await tx.duty.findUnique({ where: { id: handoverDutyId(predecessor.id) } });
  if (!before || before.doneAt || before.holderIds.includes(seat.personId)) return;
  const successor = await tx.person.findUnique({ where: { id: seat.personId }, select: { name: true } });
  const after = await tx.duty.update({
    where: { id: before.id },
    data: { holderIds: [...before.holderIds, seat.personId], title: title(predecessor.person.name, successor?.name ?? null) },
  });
  await audit(tx, actor, { action: 'duty.assign', subjectType: 'Duty', subjectId: before.id, committeeId: seat.committeeId, before, after }, now);
}
