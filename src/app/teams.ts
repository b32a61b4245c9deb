/**
 * `gremium teams`: starts the Teams bot's endpoint POST /api/messages on its own port and runs until
 * SIGINT/SIGTERM. Configuration from the environment (src/config.ts): MICROSOFT_APP_ID,
 * MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID, GREMIUM_TEAMS_PORT, GREMIUM_TEAMS_HOST,
 * GREMIUM_ENV. Flags `--port` and `--host` override the port and host.
 * Exit codes: 0 stopped, 1 refused (the message says why), 2 wrong usage.
 */
import { assertTeamsCanStart, authenticationIsOff, startTeamsBot, TeamsStartRefused } from '../platforms/teams/index.ts';
import type { App } from './bootstrap.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';
import { portFlag, stringFlags, teamsAuth, wrongUsage } from './settings.ts';

/** Prints a banner nobody can miss when anyone on the network could act as any user. */
function warnAuthOff(url: string): void {
  const rule = '!'.repeat(78);
  process.stderr.write(
    `\n${rule}\n!! AUTHENTICATIE UIT / AUTHENTICATION OFF\n` +
      `!! Zonder MICROSOFT_APP_ID controleert de bot geen tokens: iedereen die ${url} bereikt, kan zich als elke gebruiker voordoen.\n` +
      `!! Without MICROSOFT_APP_ID the bot checks no tokens: anyone who reaches ${url} can act as any user.\n` +
      `!! Alleen voor lokaal proberen (GREMIUM_ENV=development) / for local trials only.\n${rule}\n\n`,
  );
}

const USAGE = {
  nl: `Gebruik: gremium teams [--port <poort>] [--host <adres>] [--db <map>]
Start alleen de Teams-bot (POST /api/messages) tot Ctrl-C. Nodig: MICROSOFT_APP_ID en MICROSOFT_APP_PASSWORD
(zonder: alleen met GREMIUM_ENV=development, en dan zonder authenticatie).`,
  en: `Usage: gremium teams [--port <port>] [--host <address>] [--db <dir>]
Starts only the Teams bot (POST /api/messages) until Ctrl-C. Needs MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD
(without them: only with GREMIUM_ENV=development, and then without authentication).`,
};

/** Runs the bot until it is stopped. */
export const command: Subcommand = { needs: 'services', usage: USAGE, options: { port: { type: 'string' }, host: { type: 'string' } }, run };

async function run(app: App, request: CliRequest): Promise<number> {
  const flags = stringFlags(request, 'port', 'host');
  if (request.args.length > 0) return wrongUsage(request, USAGE);
  const { config, logger } = app;
  const auth = teamsAuth(config);
  try {
    assertTeamsCanStart(config.GREMIUM_ENV, auth);
  } catch (error) {
    if (!(error instanceof TeamsStartRefused)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const port = portFlag(flags.port, config.GREMIUM_TEAMS_PORT);
  if (port === null) return 2;
  const host = flags.host ?? config.GREMIUM_TEAMS_HOST;
  const bot = await startTeamsBot({ deps: await app.services(), auth, port, host, logError: (message, error) => logger.error({ err: error }, message) });
  app.onShutdown(() => bot.close());
  if (authenticationIsOff(auth)) warnAuthOff(bot.server.url);
  process.stdout.write(`Gremium Teams-bot luistert op / listens on ${bot.server.url}\n`);
  await app.untilStopped();
  return 0;
}
