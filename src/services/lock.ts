/**
 * Serialises writes that check-then-insert (overlapping seats, mandates) across bot instances:
 * a transaction-scoped advisory lock on PostgreSQL, a no-op cost on PGlite's single connection.
 */
import type { Tx } from './deps.ts';

/** Takes the advisory lock for `key` until the transaction ends. */
export async function lockFor(tx: Tx, key: string): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))::text AS locked`;
}
