/**
 * `gremium teams`: starts the Teams bot's endpoint POST /api/messages on its own port and runs until
 * SIGINT/SIGTERM. Configuration from the environment (src/config.ts): MICROSOFT_APP_ID,
 * MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID, GREMIUM_TEAMS_PORT, GREMIUM_TEAMS_HOST,
 * GREMIUM_ENV. Flags `--port` and `--host` override the port and host.
 * Exit codes: 0 stopped, 1 refused (the message says why), 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import { assertTeamsCanStart, authenticationIsOff, startTeamsBot, TeamsStartRefused } from '../platforms/teams/index.ts';
import type { App } from './bootstrap.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';
import { portFlag, teamsAuth } from './settings.ts';

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

/** Runs the bot until it is stopped. */
export const command: Subcommand = { needs: 'services', run };

async function run(app: App, request: CliRequest): Promise<number> {
  let flags;
  try {
    flags = parseArgs({ args: [...request.argv], options: { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, lang: { type: 'string' }, as: { type: 'string' } }, allowPositionals: false, strict: true }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nGebruik / usage: gremium teams [--port <poort>] [--host <adres>] [--db <map>]\n`);
    return 2;
  }
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
