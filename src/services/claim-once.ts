/**
 * Things that must happen once (an inbound Slack retry or replay, a Teams re-send, posting a poll card
 * to a channel) claim a key first: insert-if-absent on ProcessedEvent, so it holds across restarts and
 * bot instances (never in memory).
 */
import { runStatement } from '../db/raw-sql.ts';
import type { ServiceDeps } from './deps.ts';

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
export async function claimOnce(deps: ServiceDeps, input: { platform: string; keys: readonly string[] }): Promise<boolean> {
  const keys = [...new Set(input.keys.filter((k) => k.length > 0))];
  if (keys.length === 0) return true;
  const at = deps.now();
  const values = [keys.map((key) => `${input.platform}:${key}`), input.platform, at];
  const created = await runStatement<{ key: string }>(deps.db, { name: 'gremium_claim_once', text: CLAIM_SQL, values });
  return created.length === keys.length;
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
