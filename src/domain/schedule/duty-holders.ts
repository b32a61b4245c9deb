/**
 * Who carries a deadline duty and may mark it done. The sources name a role, not a person:
 * 001 "De voorzitter van het ORO organiseert verzorgt de agenda's en de verslaglegging" (SBO),
 * 000 art. 5 the agenda committee sets the KBO agenda, 004 "de programmamanager" (BOSD minutes).
 * The bot reads that as: the committee's secretary (who supports every duty) and its chair; the
 * agenda committee for the agenda; and, where the policy names another committee's chair
 * ("ORO-voorzitter"), that chair too; and the people a duty names (a warm handover, a task's holder:
 * domain/schedule/tasks.ts). Administrators may always.
 */
import { authorize, type ActorFacts } from '../permissions/authorize.ts';
import type { LocalDate } from '../local-date.ts';
import type { Duty } from './deadlines.ts';

/** A duty as the rule needs it. */
export interface DutyFacts {
  readonly committeeId: string;
  readonly kind: Duty | string;
  /** The committee whose chair the policy names ("ORO-voorzitter" -> the ORO), if any. */
  readonly responsibleCommitteeId: string | null;
  /** The people who carry it by name: a warm handover's leaver and successor, a task's holder (services/schedule/duty-holders.ts). */
  readonly holderIds?: readonly string[];
}

/**
 * True when the actor carries the duty on `day` (or administers the bot), as the permission table
 * says: duty.done (the agenda: duty.done.agenda) in the duty's committee, or duty.done.named in the
 * committee whose chair the policy names.
 */
export function holdsDuty(actor: ActorFacts, duty: DutyFacts, day: LocalDate): boolean {
  const action = duty.kind === 'AGENDA' ? 'duty.done.agenda' : 'duty.done';
  if (duty.holderIds?.includes(actor.personId)) return true;
  return (
    authorize(actor, action, { committeeId: duty.committeeId }, day) === null ||
    (duty.responsibleCommitteeId !== null && authorize(actor, 'duty.done.named', { committeeId: duty.responsibleCommitteeId }, day) === null)
  );
}

/** The committee code in a responsibility such as "ORO-voorzitter", or null. */
export function chairCommitteeCode(responsible: string | null | undefined): string | null {
  const m = /^([A-Z][A-Z0-9-]*)-voorzitter$/.exec(responsible ?? '');
  return m ? (m[1] ?? null) : null;
}
