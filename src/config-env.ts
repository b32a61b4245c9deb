/**
 * What a start needs before the configuration is parsed (config.ts, with zod): the `.env` file, the
 * error a wrong environment gives, and where an embedded database already is. The bootstrap starts
 * opening an existing embedded database with these alone, and loads zod and parses the configuration
 * while that database opens (issue 12 point 3); the parsed configuration still decides.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where the embedded database lives when neither `--db` nor GREMIUM_DB_DIR says otherwise. */
export const DEFAULT_DB_DIR = 'data/gremium';

/** Thrown when the environment is wrong; its message lists every problem. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/**
 * Reads `.env` in `dir` (default: the working directory) into process.env when there is one, with
 * Node's own reader (process.loadEnvFile): a variable already set in the environment wins over the
 * file, so `FOO=x gremium ...` and a process manager's settings still decide. Returns the file read,
 * or null. Throws ConfigError when the file is there but cannot be read.
 */
export function loadEnvFile(dir: string = process.cwd()): string | null {
  const file = path.join(dir, '.env');
  if (!fs.existsSync(file)) return null;
  try {
    process.loadEnvFile(file);
  } catch (error) {
    throw new ConfigError(`Gremium kan ${file} niet lezen / cannot read ${file}: ${(error as Error).message}`);
  }
  return file;
}

/**
 * The directory of the embedded database this start will use, when one already exists there: the
 * `--db` flag, else GREMIUM_DB_DIR, else data/gremium, and only when DATABASE_URL is empty. Null
 * when PostgreSQL is configured, when the directory holds no database yet (a wrong environment then
 * creates nothing), or when GREMIUM_DB_DIR is blank (the configuration refuses that).
 */
export function existingEmbeddedDir(env: NodeJS.ProcessEnv, dbDirFlag: string | null): string | null {
  if ((env.DATABASE_URL ?? '').trim() !== '') return null;
  const dir = dbDirFlag ?? (env.GREMIUM_DB_DIR === undefined ? DEFAULT_DB_DIR : env.GREMIUM_DB_DIR.trim());
  if (dir === '') return null;
  return fs.existsSync(path.join(dir, 'PG_VERSION')) ? dir : null;
}
