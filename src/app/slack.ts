/**
 * `gremium slack`: starts the Slack app and runs until SIGINT/SIGTERM. HTTP receiver (POST
 * /slack/events) on GREMIUM_SLACK_HOST:GREMIUM_SLACK_PORT (default 127.0.0.1:3000), or Socket Mode
 * when SLACK_APP_TOKEN is set. Needs SLACK_BOT_TOKEN, and SLACK_SIGNING_SECRET in HTTP mode; without
 * them it stops at once, naming the missing variable. Flags `--port` and `--host` override.
 * Exit codes: 0 stopped, 1 refused (the message says why), 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config.ts';
import type { Database, DatabaseTarget } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { loadDemoData } from '../services/registry/load-demo-data.ts';
import { startSlackApp } from '../platforms/slack/index.ts';

/** The variables missing for the chosen mode, with what each is for (empty: ready to start). */
export function missingSlackConfig(config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN'>): string[] {
  const missing: string[] = [];
  if (!config.SLACK_BOT_TOKEN) missing.push('SLACK_BOT_TOKEN (xoxb-..., OAuth & Permissions > Bot User OAuth Token)');
  if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    missing.push('SLACK_SIGNING_SECRET (Basic Information > Signing Secret), or SLACK_APP_TOKEN (xapp-..., for Socket Mode)');
  }
  return missing;
}

/** Whose Slack users count, as configured (empty ids: the app asks auth.test). */
export function slackWorkspace(config: Pick<Config, 'SLACK_TEAM_ID' | 'SLACK_ENTERPRISE_ID' | 'SLACK_ALLOW_GUESTS' | 'SLACK_ALLOW_CONNECT'>) {
  return {
    ...(config.SLACK_TEAM_ID ? { teamId: config.SLACK_TEAM_ID } : {}),
    ...(config.SLACK_ENTERPRISE_ID ? { enterpriseId: config.SLACK_ENTERPRISE_ID } : {}),
    allowGuests: config.SLACK_ALLOW_GUESTS,
    allowConnect: config.SLACK_ALLOW_CONNECT,
  };
}

/** What main() hands a subcommand, as far as Slack needs it (the console's CliRequest fits). */
export interface SlackCliRequest {
  readonly argv: readonly string[];
  readonly logger: Logger;
  readonly target: DatabaseTarget;
}

/** Runs the app until it is stopped; resolves to the exit code. */
export async function run(database: Database, request: SlackCliRequest): Promise<number> {
  let flags;
  try {
    flags = parseArgs({ args: [...request.argv], options: { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, lang: { type: 'string' }, as: { type: 'string' } }, allowPositionals: false, strict: true }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nGebruik / usage: gremium slack [--port <poort>] [--host <adres>] [--db <map>]\n`);
    return 2;
  }
  const config = loadConfig();
  const missing = missingSlackConfig(config);
  if (missing.length > 0) {
    process.stderr.write(`Gremium kan Slack niet starten; ontbreekt / cannot start Slack; missing:\n${missing.map((m) => `- ${m}`).join('\n')}\n`);
    return 1;
  }
  const port = flags.port !== undefined ? Number(flags.port) : config.GREMIUM_SLACK_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port ${flags.port}: geen poortnummer / not a port number\n`);
    return 2;
  }
  const host = flags.host ?? config.GREMIUM_SLACK_HOST;
  const deps = { db: database.db, now: () => new Date(), logError: (reference: string, error: unknown) => request.logger.error({ reference, err: error }, 'unexpected error') };
  if (request.target.kind === 'pglite') await loadDemoData(deps);
  const slack = await startSlackApp({
    deps, logger: request.logger, botToken: config.SLACK_BOT_TOKEN, port, host,
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : { signingSecret: config.SLACK_SIGNING_SECRET }),
    ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
    workspace: slackWorkspace(config),
  });
  process.stdout.write(
    config.SLACK_APP_TOKEN
      ? 'Gremium Slack-app verbonden via Socket Mode / connected through Socket Mode\n'
      : `Gremium Slack-app luistert op / listens on http://${host}:${slack.port}/slack/events\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await slack.stop();
  return 0;
}
