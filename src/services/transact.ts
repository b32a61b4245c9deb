/**
 * One transaction per write that also rolls back on an expected failure: a service that returns
 * `err(...)` from inside leaves nothing behind, not even a meeting materialised on the way.
 */
import type { Result, DomainError } from '../domain/result.ts';
import type { ServiceDeps, Tx } from './deps.ts';

class Refused extends Error {
  constructor(readonly result: Result<never, DomainError>) {
    super('refused');
  }
}

/** Runs `fn` in a transaction; a failed Result rolls the transaction back and is returned as it is. */
export async function transact<R extends Result<unknown, DomainError>>(deps: Pick<ServiceDeps, 'db'>, fn: (tx: Tx) => Promise<R>): Promise<R> {
  try {
    return await deps.db.$transaction(async (tx) => {
      const result = await fn(tx);
      if (!result.ok) throw new Refused(result as Result<never, DomainError>);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result as R;
    throw error;
  }
}
