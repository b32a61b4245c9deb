/**
 * Starts the embedded PostgreSQL (PGlite) on its thread: the data directory's lock and the thread,
 * nothing else. Kept apart from pglite.ts (the Prisma adapter, which loads PGlite's own JavaScript
 * and Prisma's) so that the bootstrap can start the thread before it loads the rest of the
 * application, and PGlite opens its directory meanwhile (issue 12 point 3).
 */
import { lockDataDirectory } from './lock.ts';
import { PGliteThread } from './pglite-thread.ts';

/** The directory name that means "in memory, nothing on disk". */
export const IN_MEMORY = ':memory:';

/** PGlite on its thread, and how to close it (the data written, the directory's lock released). */
export interface OpenPglite {
  readonly pglite: PGliteThread;
  close(): Promise<void>;
}

/**
 * Takes the data-directory lock and starts PGlite on `dir` without waiting for it to open: the
 * caller awaits `pglite.ready` when it must (openDatabase does its own start-up work meanwhile) and
 * closes it when that rejects.
 */
export function startPglite(dir: string): OpenPglite {
  const release = dir === IN_MEMORY ? () => undefined : lockDataDirectory(dir);
  let pglite: PGliteThread;
  try {
    pglite = PGliteThread.start(dir === IN_MEMORY ? undefined : dir);
  } catch (error) {
    release();
    throw error;
  }
  return {
    pglite,
    close: async () => {
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}
