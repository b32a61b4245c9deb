/**
 * The environment, parsed once by zod. A wrong value stops the program with a message naming the
 * variable and what it should look like; secrets come only from here and are never logged.
 */
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: 'must be a PostgreSQL URL such as postgresql://user:password@host:5432/gremium' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  GREMIUM_DB_DIR: z.string().trim().min(1).default('data/gremium'),
  GREMIUM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  GREMIUM_DEFAULT_LANGUAGE: z.enum(['nl', 'en']).default('nl'),
});

/** The parsed configuration. */
export type Config = z.infer<typeof schema>;

/** Thrown when the environment is wrong; its message lists every problem. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/** Parses `env` (default: process.env). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Gremium kan niet starten: de omgeving klopt niet / cannot start: the environment is invalid\n${lines.join('\n')}`);
}

/** Where the data lives: PostgreSQL when DATABASE_URL is set, else the embedded directory (`--db` wins). */
export function databaseTarget(config: Config, dbDirFlag?: string | null) {
  if (config.DATABASE_URL) return { kind: 'postgres' as const, url: config.DATABASE_URL };
  return { kind: 'pglite' as const, dir: dbDirFlag ?? config.GREMIUM_DB_DIR };
}
