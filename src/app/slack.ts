/**
 * `gremium slack`: starts the Slack app and runs until SIGINT/SIGTERM. HTTP receiver (POST
 * /slack/events) on GREMIUM_SLACK_HOST:GREMIUM_SLACK_PORT (default 127.0.0.1:3000), or Socket Mode
 * when SLACK_APP_TOKEN is set. Needs SLACK_BOT_TOKEN, and SLACK_SIGNING_SECRET in HTTP mode; without
 * them it stops at once, naming the missing variable. Flags `--port` and `--host` override.
 * Exit codes: 0 stopped, 1 refused (the message says why), 2 wrong usage.
 */
import type { Config } from '../config.ts';
import { startSlackApp } from '../platforms/slack/index.ts';
import type { App } from './bootstrap.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';
import { portFlag, slackConnection, stringFlags, wrongUsage } from './settings.ts';

/** The variables missing for the chosen mode, with what each is for (empty: ready to start). */
export function missingSlackConfig(config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN'>): string[] {
  const missing: string[] = [];
  if (!config.SLACK_BOT_TOKEN) missing.push('SLACK_BOT_TOKEN (xoxb-..., OAuth & Permissions > Bot User OAuth Token)');
  if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    missing.push('SLACK_SIGNING_SECRET (Basic Information > Signing Secret), or SLACK_APP_TOKEN (xapp-..., for Socket Mode)');
  }
  return missing;
}

const USAGE = {
  nl: `Gebruik: gremium slack [--port <poort>] [--host <adres>] [--db <map>]
Start alleen de Slack-app tot Ctrl-C. Nodig: SLACK_BOT_TOKEN, en SLACK_SIGNING_SECRET (HTTP) of SLACK_APP_TOKEN (Socket Mode).`,
  en: `Usage: gremium slack [--port <port>] [--host <address>] [--db <dir>]
Starts only the Slack app until Ctrl-C. Needs SLACK_BOT_TOKEN, and SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode).`,
};

/** Runs the app until it is stopped. */
export const command: Subcommand = { needs: 'services', usage: USAGE, options: { port: { type: 'string' }, host: { type: 'string' } }, run };

async function run(app: App, request: CliRequest): Promise<number> {
  const flags = stringFlags(request, 'port', 'host');
  if (request.args.length > 0) return wrongUsage(request, USAGE);
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
