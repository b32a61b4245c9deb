/**
 * Things that must happen once (an inbound Slack retry or replay, a Teams re-send, posting a poll card
 * to a channel) claim a key first: insert-if-absent on ProcessedEvent, so it holds across restarts and
 * bot instances (never in memory).
 */
import { runStatement } from '../db/raw-sql.ts';
import type { ServiceDeps } from './deps.ts';
import { REVISION } from './revisions.ts';

/** One statement (every chat request runs it first; db/raw-sql.ts says why it bypasses Prisma). */
const CLAIM_SQL = `
  INSERT INTO "ProcessedEvent" (key, platform, at)
  SELECT k, $2, $3 FROM unnest($1::text[]) AS k
  ON CONFLICT (key) DO NOTHING
  RETURNING key`;

/**
 * Claims every key at once. True when none was claimed before (handle the request); false when any
 * was (a replay or a retry: do nothing). Two concurrent claims of the same key: one wins.
 */
export async function claimOnce(deps: ServiceDeps, input: ClaimInput): Promise<boolean> {
  const { keys, values } = claimOf(deps, input);
  if (keys.length === 0) return true;
  const created = await runStatement<{ key: string }>(deps.db, { name: 'gremium_claim_once', text: CLAIM_SQL, values });
  return created.length === keys.length;
}

/** What to claim: keys on one platform (empty keys are left out). */
interface ClaimInput {
  readonly platform: string;
  readonly keys: readonly string[];
}

/** The distinct keys to claim, and CLAIM_SQL's parameters for them. */
function claimOf(deps: ServiceDeps, input: ClaimInput): { keys: string[]; values: unknown[] } {
  const keys = [...new Set(input.keys.filter((k) => k.length > 0))];
  return { keys, values: [keys.map((key) => `${input.platform}:${key}`), input.platform, deps.now()] };
}

/**
 * The claim and the registry's revision in one statement (both in one snapshot): a chat turn needs
 * the revision first (its names and its sender come from memory while it holds), and on PGlite every
 * statement waits its turn on the database's thread.
 */
const CLAIM_AT_REVISION_SQL = `
  WITH claimed AS (${CLAIM_SQL})
  SELECT (SELECT count(*) FROM claimed)::int AS claimed,
         (SELECT "auditId"::text FROM "RegistryRevision" WHERE id = ${REVISION.registry}) AS revision`;

/** What {@link claimOnceAtRevision} found: the claim as claimOnce answers it, and the registry's revision. */
export interface ClaimAtRevision {
  readonly claimed: boolean;
  /** The id of the audit entry of the registry's newest change, 0 when it never changed (registry-catalog.ts). */
  readonly revision: bigint;
}

/** {@link claimOnce}, reading the registry's revision in the same statement. */
export async function claimOnceAtRevision(deps: ServiceDeps, input: ClaimInput): Promise<ClaimAtRevision> {
  const { keys, values } = claimOf(deps, input);
  // One row always: a SELECT without FROM (with no keys, nothing is claimed and the revision is read).
  const [row] = await runStatement<{ claimed: number; revision: string | null }>(deps.db, { name: 'gremium_claim_at_revision', text: CLAIM_AT_REVISION_SQL, values });
  return { claimed: row!.claimed === keys.length, revision: row!.revision ? BigInt(row!.revision) : 0n };
}

/** Forgets claims older than `before` (replays older than the signature window are refused anyway). */
export async function pruneClaims(deps: ServiceDeps, input: { before: Date }): Promise<number> {
  const deleted = await deps.db.processedEvent.deleteMany({ where: { at: { lt: input.before } } });
  return deleted.count;
}

/** Gives a claim back (the claimed work failed and may be tried again). */
export async function releaseClaim(deps: ServiceDeps, input: { platform: string; key: string }): Promise<void> {
  await deps.db.processedEvent.deleteMany({ where: { key: `${input.platform}:${input.key}` } });
}
