/**
 * Every write is audited: who, what, when, and the state before and after. Called inside the write's
 * own transaction so that the change and its audit entry stand or fall together.
 */
import type { Actor, Tx } from './deps.ts';

/** One audited change. `before` and `after` are plain JSON snapshots (dates as ISO strings). */
export interface AuditInput {
  readonly action: string;
  readonly subjectType: 'Seat' | 'Mandate' | 'Person' | 'Organisation' | 'Committee' | 'PlatformIdentity' | (string & {});
  readonly subjectId: string;
  readonly committeeId?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** JSON snapshot of a row: Dates become ISO strings (calendar days stay `YYYY-MM-DD`), BigInts strings. */
export function snapshot(row: unknown): unknown {
  return JSON.parse(
    JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)),
  );
}

/** Writes the audit entry for a change, in the change's transaction. */
export async function audit(tx: Tx, actor: Actor, input: AuditInput, at: Date): Promise<void> {
  await tx.auditEntry.create({
    data: {
      at,
      actorId: actor.personId,
      actorLabel: actor.label,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      committeeId: input.committeeId ?? null,
      before: input.before === undefined ? undefined : (snapshot(input.before) as object),
      after: input.after === undefined ? undefined : (snapshot(input.after) as object),
    },
  });
}

/** Several audit entries at once (imports), in the same transaction. */
export async function auditMany(tx: Tx, actor: Actor, inputs: readonly AuditInput[], at: Date): Promise<void> {
  if (inputs.length === 0) return;
  await tx.auditEntry.createMany({
    data: inputs.map((input) => ({
      at,
      actorId: actor.personId,
      actorLabel: actor.label,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      committeeId: input.committeeId ?? null,
      before: input.before === undefined ? undefined : (snapshot(input.before) as object),
      after: input.after === undefined ? undefined : (snapshot(input.after) as object),
    })),
  });
}
