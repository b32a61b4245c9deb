/** `/gremium history`: the audit trail of one seat, oldest first. */
import type { ServiceDeps } from '../deps.ts';

/** One change to a seat as the history shows it. */
export interface HistoryEntry {
  readonly at: Date;
  readonly actor: string;
  readonly action: string;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

/** The seat's audit entries, oldest first. */
export async function seatHistory(deps: ServiceDeps, input: { seatId: string }): Promise<HistoryEntry[]> {
  const entries = await deps.db.auditEntry.findMany({
    where: { subjectType: 'Seat', subjectId: input.seatId },
    orderBy: { id: 'asc' },
  });
  return entries.map((e) => ({
    at: e.at,
    actor: e.actorLabel,
    action: e.action,
    before: (e.before ?? null) as Record<string, unknown> | null,
    after: (e.after ?? null) as Record<string, unknown> | null,
  }));
}
