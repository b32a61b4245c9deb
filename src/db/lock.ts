/**
 * One process per embedded data directory. PGlite is one connection in one process and nothing in it
 * stops a second process from opening the same directory, which corrupts it (PLATFORM.md). A lock file
 * created with O_EXCL holds the owner's pid; a lock whose process is gone is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Thrown when another live process holds the data directory. Its message is for the user. */
export class DataDirectoryBusyError extends Error {
  readonly code = 'DATA_DIRECTORY_BUSY';
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `De database in ${dir} is al in gebruik door een ander Gremium-proces (pid ${pid}). Stop dat proces of kies een andere map met --db.\n` +
        `The database in ${dir} is already in use by another Gremium process (pid ${pid}). Stop that process or pick another directory with --db.`,
    );
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on `dir` for this process; returns a function that releases it. */
export function lockDataDirectory(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'gremium.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
      if (Number.isFinite(owner) && owner !== process.pid && processAlive(owner)) {
        throw new DataDirectoryBusyError(dir, owner);
      }
      // The owner died without cleaning up (kill -9, power loss): the lock is stale.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock ${dir}`);
}
