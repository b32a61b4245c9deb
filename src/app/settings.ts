/**
 * The configuration, translated once into what each part takes (Slack's connection, Teams'
 * credentials, the scheduler's tuning), so `serve` and the single-part subcommands read it alike.
 */
import os from 'node:os';
import type { Config } from '../config.ts';
import type { Language } from '../i18n/catalog.ts';
import type { SlackWorkspace } from '../platforms/slack/index.ts';
import type { SchedulerOptions } from '../scheduler/cron.ts';
import type { CliRequest } from './cli-request.ts';

/** What the Slack app needs to connect, and whose users it accepts. */
export interface SlackConnection {
  readonly botToken: string;
  readonly appToken?: string;
  readonly signingSecret?: string;
  readonly apiUrl?: string;
  readonly workspace: SlackWorkspace;
}

/** Slack's connection: Socket Mode with an app token, else HTTP with the signing secret; a fake or proxy's API URL when set. */
export function slackConnection(config: Config): SlackConnection {
  return {
    botToken: config.SLACK_BOT_TOKEN,
    workspace: slackWorkspace(config),
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : { signingSecret: config.SLACK_SIGNING_SECRET }),
    ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
  };
}

/** Whose Slack users count, as configured (empty ids: the app asks auth.test at start). */
export function slackWorkspace(config: Pick<Config, 'SLACK_TEAM_ID' | 'SLACK_ENTERPRISE_ID' | 'SLACK_ALLOW_GUESTS' | 'SLACK_ALLOW_CONNECT'>): SlackWorkspace {
  return {
    ...(config.SLACK_TEAM_ID ? { teamId: config.SLACK_TEAM_ID } : {}),
    ...(config.SLACK_ENTERPRISE_ID ? { enterpriseId: config.SLACK_ENTERPRISE_ID } : {}),
    allowGuests: config.SLACK_ALLOW_GUESTS,
    allowConnect: config.SLACK_ALLOW_CONNECT,
  };
}

/** The Teams bot's Microsoft app credentials (an empty app id means authentication off). */
export function teamsAuth(config: Config): { appId: string; appPassword: string; tenantId: string } {
  return { appId: config.MICROSOFT_APP_ID, appPassword: config.MICROSOFT_APP_PASSWORD, tenantId: config.MICROSOFT_APP_TENANT_ID };
}

/** The scheduler's tuning from the configuration; `tickSeconds` and `workers` may come from flags instead. */
export function schedulerSettings(config: Config, overrides: { tickSeconds?: number; workers?: number } = {}): Pick<SchedulerOptions, 'tickSeconds' | 'workers' | 'idleMs' | 'dispatch'> {
  return {
    tickSeconds: overrides.tickSeconds ?? config.GREMIUM_TICK_SECONDS,
    workers: overrides.workers ?? config.GREMIUM_DISPATCH_WORKERS,
    idleMs: config.GREMIUM_DISPATCH_IDLE_MS,
    dispatch: {
      leaseMs: config.GREMIUM_OUTBOX_LEASE_SECONDS * 1000, channelGapMs: config.GREMIUM_CHANNEL_GAP_MS,
      channels: config.GREMIUM_DISPATCH_CHANNELS, perChannel: config.GREMIUM_DISPATCH_PER_CHANNEL,
    },
  };
}

/** This instance's name in outbox leases: the flag, GREMIUM_INSTANCE_ID, or host name and process id. */
export function instanceId(config: Config, flag?: string): string {
  return flag ?? (config.GREMIUM_INSTANCE_ID || `${os.hostname()}-${process.pid}`);
}

/** A `--port` flag as a port number (the configured one without the flag); null, after saying so on stderr, when it is none. */
export function portFlag(flag: string | undefined, configured: number): number | null {
  const port = flag !== undefined ? Number(flag) : configured;
  if (Number.isInteger(port) && port >= 0 && port <= 65535) return port;
  process.stderr.write(`--port ${flag}: geen poortnummer / not a port number\n`);
  return null;
}

/** The named string flags of a request (main.ts has checked them against the subcommand's options). */
export function stringFlags<K extends string>(request: CliRequest, ...names: K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const name of names) {
    const value = request.flags[name];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

/** Words the subcommand does not take: says which, prints its usage, exit code 2. */
export function wrongUsage(request: CliRequest, usage: Readonly<Record<Language, string>>): number {
  const lang = request.lang ?? 'nl';
  process.stderr.write(`${lang === 'nl' ? 'Onverwacht' : 'Unexpected'}: ${request.args.join(' ')}\n${usage[lang]}\n`);
  return 2;
}
