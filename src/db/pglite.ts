/**
 * Opens the embedded PostgreSQL (PGlite) on a data directory, or in memory for tests, on its own
 * thread (pglite-thread.ts) so that its work never holds up the bot's event loop.
 */
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { PGliteThread } from './pglite-thread.ts';
import { startPglite, type OpenPglite } from './pglite-start.ts';

export { IN_MEMORY, startPglite, type OpenPglite } from './pglite-start.ts';

/** Opens PGlite on `dir` under the data-directory lock; resolves once it is open. */
export async function openPglite(dir: string): Promise<OpenPglite> {
  const opened = startPglite(dir);
  try {
    await opened.pglite.ready;
    return opened;
  } catch (error) {
    await opened.close();
    throw error;
  }
}

/**
 * The Prisma adapter for a PGlite instance. pglite-prisma-adapter 0.6.1 is typed against
 * driver-adapter-utils 6.10 while Prisma is 6.19; the runtime contract is the same (the service
 * suites run on it), only the declared types differ, hence the cast.
 */
export function pgliteAdapter(pglite: PGliteThread): SqlMigrationAwareDriverAdapterFactory {
  return new PrismaPGlite(pglite.asPGlite()) as unknown as SqlMigrationAwareDriverAdapterFactory;
}

/**
 * The adapter factory the Prisma CLI gets from prisma.config.ts. It opens nothing until the CLI
 * connects: `prisma -v`, `generate` and `validate` only read its name, and must not start a database
 * (opening one left `npm ci`'s postinstall waiting forever). The CLI never disposes what it opened,
 * so the database is closed once the CLI has nothing left to do ('beforeExit'), cleanly, lock released.
 */
export function pgliteAdapterForCli(dir: string): SqlMigrationAwareDriverAdapterFactory {
  // Its name and shadow database come from the real factory, which holds no client until connected.
  const named = new PrismaPGlite(undefined as unknown as PGlite) as unknown as SqlMigrationAwareDriverAdapterFactory;
  let opened: Promise<SqlMigrationAwareDriverAdapterFactory> | null = null;
  const open = async () => {
    const { pglite, close } = await openPglite(dir);
    process.once('beforeExit', () => void close());
    return pgliteAdapter(pglite);
  };
  return {
    provider: named.provider,
    adapterName: named.adapterName,
    connect: async () => (await (opened ??= open())).connect(),
    connectToShadowDb: () => named.connectToShadowDb(),
  };
}
