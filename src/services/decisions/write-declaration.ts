/**
 * Writing one seat's notice for one meeting: the declaration (replacing an earlier accepted one) and the
 * seat's EXCUSED attendance. Shared by notice for one meeting (declare-substitution.ts) and for a period
 * (declare-absence.ts, cover-absences.ts), so every reader of declarations sees both alike.
 */
import { audit } from '../audit.ts';
import type { Actor, Tx } from '../deps.ts';

/** One seat's notice for one meeting. */
export interface DeclarationRow {
  readonly committeeId: string;
  readonly seatId: string;
  readonly meetingId: string;
  readonly substituteId: string | null;
  readonly reason: string | null;
  readonly declaredById: string;
  /** The absence for a period it belongs to; null for notice for this meeting alone. */
  readonly absenceId: string | null;
}

/** Replaces any accepted declaration of the seat for the meeting and marks the seat excused; audited. */
export async function writeDeclaration(tx: Tx, actor: Actor, row: DeclarationRow, now: Date): Promise<void> {
  const { seatId, meetingId, committeeId } = row;
  const earlier = await tx.substitutionDeclaration.findMany({ where: { seatId, meetingId, status: 'ACCEPTED' } });
  for (const old of earlier) {
    const withdrawn = await tx.substitutionDeclaration.update({ where: { id: old.id }, data: { status: 'WITHDRAWN', withdrawnAt: now } });
    await audit(tx, actor, { action: 'declaration.replace', subjectType: 'SubstitutionDeclaration', subjectId: old.id, committeeId, before: old, after: withdrawn }, now);
  }
  const declaration = await tx.substitutionDeclaration.create({
    data: { seatId, meetingId, substituteId: row.substituteId, declaredById: row.declaredById, reason: row.reason, absenceId: row.absenceId, createdAt: now },
  });
  await audit(tx, actor, { action: 'declaration.create', subjectType: 'SubstitutionDeclaration', subjectId: declaration.id, committeeId, after: declaration }, now);
  const before = await tx.attendance.findUnique({ where: { meetingId_seatId: { meetingId, seatId } } });
  const data = { status: 'EXCUSED' as const, substituteId: row.substituteId, reason: row.reason, recordedById: row.declaredById, recordedAt: now };
  const after = await tx.attendance.upsert({ where: { meetingId_seatId: { meetingId, seatId } }, create: { meetingId, seatId, ...data }, update: data });
  await audit(tx, actor, { action: 'attendance.record', subjectType: 'Attendance', subjectId: after.id, committeeId, before, after }, now);
}

/** Withdraws one declaration and takes the excuse off the seat's attendance; audited. */
export async function unwriteDeclaration(
  tx: Tx, actor: Actor, committeeId: string, d: { id: string; seatId: string; meetingId: string }, now: Date,
): Promise<void> {
  const before = await tx.substitutionDeclaration.findUniqueOrThrow({ where: { id: d.id } });
  const after = await tx.substitutionDeclaration.update({ where: { id: d.id }, data: { status: 'WITHDRAWN', withdrawnAt: now } });
  await audit(tx, actor, { action: 'declaration.withdraw', subjectType: 'SubstitutionDeclaration', subjectId: d.id, committeeId, before, after }, now);
  const attendance = await tx.attendance.findUnique({ where: { meetingId_seatId: { meetingId: d.meetingId, seatId: d.seatId } } });
  if (attendance?.status === 'EXCUSED') {
    await tx.attendance.delete({ where: { id: attendance.id } });
    await audit(tx, actor, { action: 'attendance.delete', subjectType: 'Attendance', subjectId: attendance.id, committeeId, before: attendance }, now);
  }
}
