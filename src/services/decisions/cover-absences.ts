/**
 * A meeting added or moved into (or out of) someone's absence for a period: the absence's notice follows
 * it, so the meeting answers "who represents" with the substitute like every other meeting of the period.
 * Called inside add-meeting's and move-meeting's own transaction. The substitute rule is checked again
 * for the new day (001 SBO: "een adequate vervanger die hem/haar rechtsgeldig kan vertegenwoordigen"):
 * where it no longer holds (a mandate ended), the member stays excused without a substitute.
 */
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import { checkSubstitution } from '../../domain/decisions/index.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import type { Actor, Tx } from '../deps.ts';
import { toMandateFacts } from '../registry/seat-view.ts';
import { activeOn } from '../registry/seat-filters.ts';
import { combinationsLookup } from './declare-substitution.ts';
import { unwriteDeclaration, writeDeclaration } from './write-declaration.ts';

/** Brings the meeting's notices in line with the absences that cover its day; returns how many changed. */
export async function coverMeeting(tx: Tx, actor: Actor, meetingId: string, now: Date): Promise<number> {
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { id: true, committeeId: true, day: true } });
  const day = toLocalDate(meeting.day);
  let changed = 0;
  const stale = await tx.substitutionDeclaration.findMany({
    where: { meetingId, status: 'ACCEPTED', absenceId: { not: null }, absence: { OR: [{ status: 'WITHDRAWN' }, { startsOn: { gt: meeting.day } }, { endsOn: { lt: meeting.day } }] } },
  });
  for (const d of stale) {
    await unwriteDeclaration(tx, actor, meeting.committeeId, d, now);
    changed++;
  }
  const absences = await tx.absence.findMany({
    where: { committeeId: meeting.committeeId, status: 'ACCEPTED', startsOn: { lte: meeting.day }, endsOn: { gte: meeting.day } },
    orderBy: { createdAt: 'asc' },
  });
  if (absences.length === 0) return changed;
  const committee = await tx.committee.findUniqueOrThrow({ where: { id: meeting.committeeId }, select: { code: true, substituteRule: true } });
  const combinationsOf = await combinationsLookup(tx);
  for (const a of absences) {
    const seats = await tx.seat.findMany({ where: { committeeId: meeting.committeeId, personId: a.personId, role: { not: 'SECRETARY' }, ...activeOn(day) } });
    for (const seat of seats) {
      const has = await tx.substitutionDeclaration.count({ where: { seatId: seat.id, meetingId, status: 'ACCEPTED' } });
      if (has > 0) continue;
      let substituteId = a.substituteId;
      if (substituteId !== null) {
        const substitute = await tx.person.findUniqueOrThrow({ where: { id: substituteId }, select: { id: true, organisationId: true, mandates: true } });
        const checked = checkSubstitution({
          rule: committee.substituteRule, committeeCode: committee.code,
          seat: { id: seat.id, committeeId: seat.committeeId, personId: seat.personId, onBehalfOfId: seat.onBehalfOfId, role: seat.role, from: toLocalDate(seat.startsOn), until: toLocalDateOrNull(seat.endsOn), substituteId: seat.substituteId },
          substitute: { personId: substitute.id, organisationIds: substitute.organisationId ? [substitute.organisationId] : [] },
          meetingDay: day, today: amsterdamDay(now), mandates: substitute.mandates.map(toMandateFacts), combinationsOf,
        });
        if (!checked.ok) substituteId = null;
      }
      await writeDeclaration(tx, actor, {
        committeeId: meeting.committeeId, seatId: seat.id, meetingId, substituteId, reason: a.reason, declaredById: a.declaredById, absenceId: a.id,
      }, now);
      changed++;
    }
  }
  return changed;
}

