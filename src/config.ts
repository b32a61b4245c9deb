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
  /** Teams: the bot's Microsoft app id (Azure Bot registration); empty means authentication OFF (development only). */
  MICROSOFT_APP_ID: z.string().trim().default(''),
  /** Teams: the app's client secret. Never logged. */
  MICROSOFT_APP_PASSWORD: z.string().trim().default(''),
  /** Teams: the tenant of a single-tenant bot registration; empty for multi-tenant. */
  MICROSOFT_APP_TENANT_ID: z.string().trim().default(''),
  /** Teams: the port of the bot's endpoint POST /api/messages. */
  GREMIUM_TEAMS_PORT: z.coerce.number({ message: 'must be a port number such as 3978' }).int().min(0).max(65535).default(3978),
  /** Teams: the interface the bot listens on (behind a reverse proxy: keep 127.0.0.1). */
  GREMIUM_TEAMS_HOST: z.string().trim().min(1).default('127.0.0.1'),
  /** production refuses to start a platform bot without its credentials; development allows auth OFF on loopback. */
  GREMIUM_ENV: z.enum(['production', 'development'], { message: 'must be production or development' }).default('production'),
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
