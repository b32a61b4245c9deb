/**
 * The environment, parsed once by zod. A wrong value stops the program with a message naming the
 * variable and what it should look like; secrets come only from here and are never logged.
 */
import { z } from 'zod';
import { ConfigError, DEFAULT_DB_DIR } from './config-env.ts';

export { ConfigError, loadEnvFile } from './config-env.ts';

/** A yes/no variable: 1/true/yes or 0/false/no (empty: no). */
const flag = (name: string) =>
  z.string().trim().toLowerCase()
    .refine((v) => ['', '0', '1', 'true', 'false', 'yes', 'no'].includes(v), { message: `${name} must be 1 or 0` })
    .transform((v) => v === '1' || v === 'true' || v === 'yes')
    .default(false);

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: 'must be a PostgreSQL URL such as postgresql://user:password@host:5432/gremium' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  GREMIUM_DB_DIR: z.string().trim().min(1).default(DEFAULT_DB_DIR),
  GREMIUM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** Slack: the bot token (xoxb-...) from the app's OAuth page. Required by `gremium slack`. Never logged. */
  SLACK_BOT_TOKEN: z.string().trim().default(''),
  /** Slack: the signing secret that verifies HTTP requests. Required by `gremium slack` in HTTP mode. */
  SLACK_SIGNING_SECRET: z.string().trim().default(''),
  /** Slack: an app-level token (xapp-..., scope connections:write); when set, `gremium slack` uses Socket Mode. */
  SLACK_APP_TOKEN: z.string().trim().default(''),
  /** Slack: the Web API base URL; only for tests and proxies (default https://slack.com/api/). */
  SLACK_API_URL: z.string().trim().url({ message: 'must be a URL such as https://slack.com/api/' }).optional().or(z.literal('').transform(() => undefined)),
  /**
   * Slack: the installing workspace (T...). Only its members count; without it (and without
   * SLACK_ENTERPRISE_ID) the app asks Slack (auth.test) which workspace the bot token belongs to.
   */
  SLACK_TEAM_ID: z.string().trim().regex(/^$|^T[A-Z0-9]+$/, { message: 'must be a Slack team id such as T0123ABCD' }).default(''),
  /** Slack: for an org-wide install, the Enterprise Grid organisation (E...); all its workspaces count. */
  SLACK_ENTERPRISE_ID: z.string().trim().regex(/^$|^E[A-Z0-9]+$/, { message: 'must be a Slack enterprise id such as E0123ABCD' }).default(''),
  /** Slack: 1 admits multi- and single-channel guests (refused by default). */
  SLACK_ALLOW_GUESTS: flag('SLACK_ALLOW_GUESTS'),
  /** Slack: 1 admits users of other organisations in shared channels (Slack Connect; refused by default). */
  SLACK_ALLOW_CONNECT: flag('SLACK_ALLOW_CONNECT'),
  /** Slack HTTP mode: where to listen (default 127.0.0.1:3000; put a TLS proxy in front). */
  GREMIUM_SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  GREMIUM_SLACK_HOST: z.string().trim().min(1).default('127.0.0.1'),
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
  /** Scheduler: seconds between ticks that create due reminders and close due polls (1-59, or whole minutes up to 3600). */
  GREMIUM_TICK_SECONDS: z.coerce.number({ message: 'must be a number of seconds such as 60' }).int()
    .refine((n) => (n >= 1 && n <= 59) || (n % 60 === 0 && n >= 60 && n <= 3600), { message: 'must be 1-59 seconds or whole minutes up to 3600' }).default(60),
  /** Scheduler: concurrent outbox dispatchers in one instance. */
  GREMIUM_DISPATCH_WORKERS: z.coerce.number({ message: 'must be a number such as 2' }).int().min(1).max(64).default(2),
  /** Scheduler: channels one dispatcher claims at a time, and messages per channel per claim. */
  GREMIUM_DISPATCH_CHANNELS: z.coerce.number({ message: 'must be a number such as 50' }).int().min(1).max(1000).default(50),
  GREMIUM_DISPATCH_PER_CHANNEL: z.coerce.number({ message: 'must be a number such as 10' }).int().min(1).max(100).default(10),
  /** Scheduler: pause of an idle dispatcher before it looks again (milliseconds). */
  GREMIUM_DISPATCH_IDLE_MS: z.coerce.number({ message: 'must be milliseconds such as 500' }).int().min(10).max(60_000).default(500),
  /** Scheduler: how long a claimed outbox message is held before another instance may take it over (seconds). */
  GREMIUM_OUTBOX_LEASE_SECONDS: z.coerce.number({ message: 'must be seconds such as 60' }).int().min(5).max(3600).default(60),
  /** Scheduler: least time between two posts to one channel (Slack: about one message per second). */
  GREMIUM_CHANNEL_GAP_MS: z.coerce.number({ message: 'must be milliseconds such as 1000' }).int().min(0).max(60_000).default(1000),
  /** Scheduler: this instance's name in outbox leases (default host name and process id). */
  GREMIUM_INSTANCE_ID: z.string().trim().default(''),
  /** Calendar feed (GET /calendar/<CODE>.ics): where `gremium calendar` listens; keep 127.0.0.1 behind a proxy. */
  GREMIUM_CALENDAR_HOST: z.string().trim().min(1).default('127.0.0.1'),
  GREMIUM_CALENDAR_PORT: z.coerce.number({ message: 'must be a port number such as 8790' }).int().min(0).max(65535).default(8790),
  /** production refuses to start a platform bot without its credentials; development allows auth OFF on loopback. */
  GREMIUM_ENV: z.enum(['production', 'development'], { message: 'must be production or development' }).default('production'),
});

/** The parsed configuration. */
export type Config = z.infer<typeof schema>;

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
