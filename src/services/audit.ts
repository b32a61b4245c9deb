/**
 * Every write is audited: who, what, when, and the state before and after. Called inside the write's
 * own transaction so that the change and its audit entry stand or fall together.
 */
import type { Actor, Tx } from './deps.ts';
import { REVISION } from './revisions.ts';

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
 * who sits where read them, and every turn reads who its sender is (a PlatformIdentity: link-identity.ts
 * keeps that between turns). An audit entry about one of these moves the registry's revision.
 */
const REGISTRY_SUBJECTS: ReadonlySet<string> = new Set(['Organisation', 'Person', 'Committee', 'Seat', 'Mandate', 'PlatformIdentity']);

/**
 * The subjects that decide who may vote in a poll (poll-roster.ts): the registry's, the accepted
 * substitutions, the meetings (a poll's day) and the polls themselves. An audit entry about one of
 * these moves the voting revision; a vote does not, so a burst of votes never reloads a roster.
 */
const VOTING_SUBJECTS: ReadonlySet<string> = new Set([...REGISTRY_SUBJECTS, 'SubstitutionDeclaration', 'Meeting', 'Poll']);

/** The revisions an audit entry about `subjectType` moves. */
function revisionsMovedBy(subjectType: string): number[] {
  return [
    ...(REGISTRY_SUBJECTS.has(subjectType) ? [REVISION.registry] : []),
    ...(VOTING_SUBJECTS.has(subjectType) ? [REVISION.voting] : []),
  ];
}

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
 * Records that the registry (or who may vote) changed, as of the audit entry `auditId`
 * (RegistryRevision in schema.prisma). In the change's transaction: readers see the new revision
 * together with the change, and concurrent writes queue on the row. Audit ids are unique, so every
 * change gives a revision no earlier state had, even when two transactions commit out of id order.
 */
async function moveRevisions(tx: Tx, rows: readonly number[], auditId: bigint): Promise<void> {
  if (rows.length === 0) return;
  const ids = [...rows];
  await tx.$executeRaw`INSERT INTO "RegistryRevision" ("id", "auditId") SELECT unnest(${ids}::int[]), ${auditId} ON CONFLICT ("id") DO UPDATE SET "auditId" = EXCLUDED."auditId"`;
}

/** Writes the audit entry for a change, in the change's transaction (moving the revisions its subject is part of). */
export async function audit(tx: Tx, actor: Actor, input: AuditInput, at: Date): Promise<void> {
  const entry = await tx.auditEntry.create({ data: row(actor, input, at), select: { id: true } });
  await moveRevisions(tx, revisionsMovedBy(input.subjectType), entry.id);
}

/** Several audit entries at once (imports), in the same transaction. */
export async function auditMany(tx: Tx, actor: Actor, inputs: readonly AuditInput[], at: Date): Promise<void> {
  if (inputs.length === 0) return;
  const data = inputs.map((input) => row(actor, input, at));
  const moved = [...new Set(inputs.flatMap((input) => revisionsMovedBy(input.subjectType)))].sort();
  if (moved.length === 0) {
    await tx.auditEntry.createMany({ data });
    return;
  }
  const entries = await tx.auditEntry.createManyAndReturn({ data, select: { id: true } });
  await moveRevisions(tx, moved, entries.reduce((newest, e) => (e.id > newest ? e.id : newest), 0n));
}
