/**
 * `gremium slack`: starts the Slack app and runs until SIGINT/SIGTERM. HTTP receiver (POST
 * /slack/events) on GREMIUM_SLACK_HOST:GREMIUM_SLACK_PORT (default 127.0.0.1:3000), or Socket Mode
 * when SLACK_APP_TOKEN is set. Needs SLACK_BOT_TOKEN, and SLACK_SIGNING_SECRET in HTTP mode; without
 * them it stops at once, naming the missing variable. Flags `--port` and `--host` override.
 * Exit codes: 0 stopped, 1 refused (the message says why), 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { startSlackApp } from '../platforms/slack/index.ts';
import type { App } from './bootstrap.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';
import { portFlag, slackConnection } from './settings.ts';

/** The variables missing for the chosen mode, with what each is for (empty: ready to start). */
export function missingSlackConfig(config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN'>): string[] {
  const missing: string[] = [];
  if (!config.SLACK_BOT_TOKEN) missing.push('SLACK_BOT_TOKEN (xoxb-..., OAuth & Permissions > Bot User OAuth Token)');
  if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    missing.push('SLACK_SIGNING_SECRET (Basic Information > Signing Secret), or SLACK_APP_TOKEN (xapp-..., for Socket Mode)');
  }
  return missing;
}

/** Runs the app until it is stopped. */
export const command: Subcommand = { needs: 'services', run };

async function run(app: App, request: CliRequest): Promise<number> {
  let flags;
  try {
    flags = parseArgs({ args: [...request.argv], options: { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, lang: { type: 'string' }, as: { type: 'string' } }, allowPositionals: false, strict: true }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nGebruik / usage: gremium slack [--port <poort>] [--host <adres>] [--db <map>]\n`);
    return 2;
  }
  const { config } = app;
  const missing = missingSlackConfig(config);
  if (missing.length > 0) {
    process.stderr.write(`Gremium kan Slack niet starten; ontbreekt / cannot start Slack; missing:\n${missing.map((m) => `- ${m}`).join('\n')}\n`);
    return 1;
  }
  const port = portFlag(flags.port, config.GREMIUM_SLACK_PORT);
  if (port === null) return 2;
  const host = flags.host ?? config.GREMIUM_SLACK_HOST;
  const slack = await startSlackApp({ deps: await app.services(), logger: app.logger, port, host, ...slackConnection(config) });
  app.onShutdown(() => slack.stop());
  process.stdout.write(
    config.SLACK_APP_TOKEN
      ? 'Gremium Slack-app verbonden via Socket Mode / connected through Socket Mode\n'
      : `Gremium Slack-app luistert op / listens on http://${host}:${slack.port}/slack/events\n`,
  );
  await app.untilStopped();
  return 0;
}
