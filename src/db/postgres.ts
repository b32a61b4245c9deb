/** PostgreSQL through @prisma/adapter-pg, for production and for several bot instances. */
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';

const TEXT_OID = 25;
const CATALOG_OIDS = new Set([18, 19]); // "char" and name

/**
 * adapter-pg cannot deserialize the catalog types `name` and `"char"`, which `prisma migrate deploy`
 * reads (PLATFORM.md). Reporting them as text lets the CLI work; application queries never use them.
 */
class CatalogFriendlyPool extends pg.Pool {
  // pg's overloads make a faithful signature unwieldy; this only post-processes results.
  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((res: pg.QueryResult) => {
        for (const field of res?.fields ?? []) if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
        return res;
      }) as never;
    }
    return result as never;
  }
}

/**
 * How long a connection stays open unused. pg's default is 10 s, after which the next question paid
 * for a new connection (TCP, startup, authentication; with TLS to a remote server tens of
 * milliseconds), and every connection a burst had opened at once: chat comes in bursts with pauses
 * between them. Measured in `bench:slack` (issue 12 point 5): the paced Gremium runs, each after 20 s
 * of the bare app's run, began with a stall of several dozen requests while the pool reconnected.
 */
export const POOL_IDLE_MS = 5 * 60_000;

/** The Prisma adapter factory used by the application. */
export function postgresAdapter(url: string, max = 10): { adapter: PrismaPg; pool: pg.Pool } {
  // TCP keep-alive keeps a quiet connection known to the network between us and the server
  // (load balancers and NAT drop idle TCP flows after a few minutes).
  const options = { connectionString: url, max, idleTimeoutMillis: POOL_IDLE_MS, keepAlive: true, keepAliveInitialDelayMillis: 60_000 };
  const pool = tolerateIdleErrors(new pg.Pool(options));
  return { adapter: new PrismaPg(pool), pool };
}

/**
 * pg emits an 'error' on the pool when an IDLE connection dies (PostgreSQL restarted, the database
 * dropped, a network cut); without a listener that is an uncaught exception that ends the process.
 * The pool drops that connection and opens a new one for the next query, whose own error (if the
 * server is really gone) reaches the caller as usual.
 */
function tolerateIdleErrors<P extends pg.Pool>(pool: P): P {
  pool.on('error', () => undefined);
  return pool;
}

/** The adapter the Prisma CLI needs for migrate deploy and status. */
export function postgresAdapterForCli(url: string): PrismaPg {
  return new PrismaPg(tolerateIdleErrors(new CatalogFriendlyPool({ connectionString: url, max: 2 })));
}
