/** The duties of one meeting (agenda, papers, minutes, ...), for the reply that announces the meeting. */
import { toLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import type { ServiceDeps } from '../deps.ts';

/** One duty of the meeting: its kind and due day. */
export interface MeetingDuty {
  readonly kind: string;
  readonly due: LocalDate;
  /** A committee task's name as the workbook writes it; null for the fixed duties. */
  readonly title: string | null;
}

/** The meeting's duties, the earliest due first. */
export async function listMeetingDuties(deps: ServiceDeps, input: { meetingId: string }): Promise<MeetingDuty[]> {
  const duties = await deps.db.duty.findMany({ where: { meetingId: input.meetingId }, orderBy: { due: 'asc' }, select: { kind: true, due: true, title: true } });
  return duties.map((d) => ({ kind: d.kind, due: toLocalDate(d.due), title: d.title }));
}
