/**
 * The one way a service writes: one transaction per write (its audit entries inside it), which also
 * rolls back on an expected failure, so a service that returns `err(...)` from inside leaves nothing
 * behind, not even a meeting materialised on the way.
 */
import type { DomainError, Result } from '../domain/result.ts';
import type { ServiceDeps, Tx } from './deps.ts';

/** How long a transaction may wait for a connection and run (Prisma's defaults: 2 s and 5 s). */
export interface TransactionOptions {
  readonly maxWait?: number;
  readonly timeout?: number;
}

class Refused extends Error {
  constructor(readonly result: Result<never, DomainError>) {
    super('refused');
  }
}

/** True for a failed Result (`err(...)`); plain values and successes commit. */
function isRefusal(value: unknown): value is Result<never, DomainError> {
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false && 'error' in value;
}

/**
 * Runs `fn` in one transaction and commits what it returns; a failed Result rolls the transaction back
 * and is returned as it is, a throw rolls back and propagates.
 */
export async function transact<T>(deps: Pick<ServiceDeps, 'db'>, fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
  try {
    return await deps.db.$transaction(async (tx) => {
      const value = await fn(tx);
      if (isRefusal(value)) throw new Refused(value);
      return value;
    }, options);
  } catch (error) {
    if (error instanceof Refused) return error.result as T;
    throw error;
  }
}
