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

/**
 * The subjects that make up the registry: the name catalog (registry-catalog.ts) and every answer about
 * who sits where read them. An audit entry about one of these moves the registry's revision.
 */
const REGISTRY_SUBJECTS: ReadonlySet<string> = new Set(['Organisation', 'Person', 'Committee', 'Seat', 'Mandate']);

function row(actor: Actor, input: AuditInput, at: Date) {
  return {
    at,
    actorId: actor.personId,
    actorLabel: actor.label,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    committeeId: input.committeeId ?? null,
    before: input.before === undefined ? undefined : (snapshot(input.before) as object),
    after: input.after === undefined ? undefined : (snapshot(input.after) as object),
  };
}

/**
 * Records that the registry changed, as of the audit entry `auditId` (RegistryRevision in
 * schema.prisma). In the change's transaction: readers see the new revision together with the change,
 * and concurrent registry writes queue on the one row. Audit ids are unique, so every change gives a
 * revision no earlier state had, even when two transactions commit out of id order.
 */
async function moveRegistryRevision(tx: Tx, auditId: bigint): Promise<void> {
  await tx.$executeRaw`INSERT INTO "RegistryRevision" ("id", "auditId") VALUES (1, ${auditId}) ON CONFLICT ("id") DO UPDATE SET "auditId" = EXCLUDED."auditId"`;
}

/** Writes the audit entry for a change, in the change's transaction (moving the registry revision when it is a registry change). */
export async function audit(tx: Tx, actor: Actor, input: AuditInput, at: Date): Promise<void> {
  const entry = await tx.auditEntry.create({ data: row(actor, input, at), select: { id: true } });
  if (REGISTRY_SUBJECTS.has(input.subjectType)) await moveRegistryRevision(tx, entry.id);
}

/** Several audit entries at once (imports), in the same transaction. */
export async function auditMany(tx: Tx, actor: Actor, inputs: readonly AuditInput[], at: Date): Promise<void> {
  if (inputs.length === 0) return;
  const data = inputs.map((input) => row(actor, input, at));
  if (!inputs.some((input) => REGISTRY_SUBJECTS.has(input.subjectType))) {
    await tx.auditEntry.createMany({ data });
    return;
  }
  const entries = await tx.auditEntry.createManyAndReturn({ data, select: { id: true } });
  await moveRegistryRevision(tx, entries.reduce((newest, e) => (e.id > newest ? e.id : newest), 0n));
}
