/**
 * One process per embedded data directory. PGlite is one connection in one process and nothing in it
 * stops a second process from opening the same directory, which corrupts it (PLATFORM.md). A lock file
 * created atomically holds the owner's pid; a lock whose process is gone is taken over by one process.
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

/** File-system answers that mean the directory cannot hold a database, whatever we retry. */
const UNUSABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOSPC', 'EISDIR']);

/** Thrown when the data directory cannot be created or written (read-only, no permission, a file in the way, disk full). */
export class DataDirectoryUnusableError extends Error {
  readonly code = 'DATA_DIRECTORY_UNUSABLE';
  constructor(
    readonly dir: string,
    readonly reason: string,
  ) {
    super(
      `Gremium kan de database in ${dir} niet openen of aanmaken (${reason}): de map is alleen-lezen, niet toegankelijk of geen map. Kies een map waarin u mag schrijven met --db <map> of GREMIUM_DB_DIR.\n` +
        `Gremium cannot open or create the database in ${dir} (${reason}): the directory is read-only, not accessible or not a directory. Choose a directory you can write to with --db <dir> or GREMIUM_DB_DIR.`,
    );
  }
}

/** Runs a file-system step on the data directory, turning "this directory cannot be used" into a message for the user. */
function onDirectory<T>(dir: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && UNUSABLE.has(code)) throw new DataDirectoryUnusableError(dir, code);
    throw error;
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

/** Blocks this thread for `ms` (lock contention only: microseconds of work on the other side). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A take-over guard older than this belongs to a process that died while holding it. */
const GUARD_STALE_MS = 5_000;

/**
 * Runs `fn` while holding the take-over guard, a directory next to the lock: mkdir is atomic, so of
 * processes that found the same stale lock exactly one replaces it; the others wait and look again
 * (and then find a live owner). Resolves to undefined when the guard is held by someone else.
 */
function withTakeOverGuard<T>(file: string, fn: () => T): T | undefined {
  const guard = `${file}.takeover`;
  try {
    fs.mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    try {
      if (Date.now() - fs.statSync(guard).mtimeMs > GUARD_STALE_MS) fs.rmSync(guard, { recursive: true, force: true });
    } catch {
      // Gone meanwhile: the next attempt takes it.
    }
    return undefined;
  }
  try {
    return fn();
  } finally {
    fs.rmSync(guard, { recursive: true, force: true });
  }
}

/** The lock file's content (its owner's pid), or null when there is no lock file. */
function contentOf(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Creates the lock file holding this pid; false when it exists already. The pid is written to a file
 * of our own first and linked into place (link fails when the name exists), so a lock file is never
 * seen empty.
 */
function create(file: string): boolean {
  const mine = `${file}.${process.pid}`;
  fs.writeFileSync(mine, String(process.pid));
  try {
    fs.linkSync(mine, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

/**
 * Takes the lock on `dir` for this process; returns a function that releases it. A lock whose owner
 * is gone (kill -9, power loss) is taken over by exactly one of the processes that find it, however
 * many start at once.
 */
export function lockDataDirectory(dir: string): () => void {
  onDirectory(dir, () => fs.mkdirSync(dir, { recursive: true }));
  const file = path.join(dir, 'gremium.lock');
  // A lock file of our own is the first write: a read-only directory is found here, not deep in PGlite.
  onDirectory(dir, () => fs.accessSync(dir, fs.constants.W_OK));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (onDirectory(dir, () => create(file))) return releaser(file);
    const content = contentOf(file);
    if (content === null) continue; // released meanwhile: try again
    const owner = Number.parseInt(content, 10);
    if (Number.isFinite(owner) && owner !== process.pid && processAlive(owner)) throw new DataDirectoryBusyError(dir, owner);
    // Stale: replace it under the guard, after checking that it is still the same stale lock.
    const taken = withTakeOverGuard(file, () => {
      if (contentOf(file) !== content) return false;
      fs.rmSync(file, { force: true });
      return create(file);
    });
    if (taken) return releaser(file);
    pause(5 + Math.random() * 10);
  }
  throw new Error(`could not lock ${dir}`);
}

function releaser(file: string): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    // A process that opens and closes databases many times (the test suite) keeps no listener per lock.
    process.removeListener('exit', release);
    try {
      if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once('exit', release);
  return release;
}
