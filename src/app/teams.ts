/**
 * `gremium teams`: starts the Teams bot's endpoint POST /api/messages on its own port and runs until
 * SIGINT/SIGTERM. Configuration from the environment (src/config.ts): MICROSOFT_APP_ID,
 * MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID, GREMIUM_TEAMS_PORT, GREMIUM_TEAMS_HOST,
 * GREMIUM_ENV. Flags `--port` and `--host` override the port and host.
 * Exit codes: 0 stopped, 1 refused (the message says why), 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createServiceDeps } from '../services/deps.ts';
import { loadDemoData } from '../services/registry/load-demo-data.ts';
import type { DatabaseTarget } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { assertTeamsCanStart, authenticationIsOff, startTeamsBot, TeamsStartRefused } from '../platforms/teams/index.ts';

/** What main() hands a subcommand, as far as this one uses it (its shape is the console's CliRequest). */
interface TeamsRequest {
  readonly argv: readonly string[];
  readonly logger: Logger;
  readonly target: DatabaseTarget;
}

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

/** Runs the bot until it is stopped; resolves to the exit code. */
export async function run(database: Database, request: TeamsRequest): Promise<number> {
  let flags;
  try {
    flags = parseArgs({ args: [...request.argv], options: { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, lang: { type: 'string' }, as: { type: 'string' } }, allowPositionals: false, strict: true }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nGebruik / usage: gremium teams [--port <poort>] [--host <adres>] [--db <map>]\n`);
    return 2;
  }
  const config = loadConfig();
  const auth = { appId: config.MICROSOFT_APP_ID, appPassword: config.MICROSOFT_APP_PASSWORD, tenantId: config.MICROSOFT_APP_TENANT_ID };
  try {
    assertTeamsCanStart(config.GREMIUM_ENV, auth);
  } catch (error) {
    if (!(error instanceof TeamsStartRefused)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const port = flags.port !== undefined ? Number(flags.port) : config.GREMIUM_TEAMS_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port ${flags.port}: geen poortnummer / not a port number\n`);
    return 2;
  }
  const host = flags.host ?? config.GREMIUM_TEAMS_HOST;
  const deps = { ...createServiceDeps({ db: database.db }), logError: (reference: string, error: unknown) => request.logger.error({ reference, err: error }, 'unexpected error') };
  if (request.target.kind === 'pglite') await loadDemoData(deps);
  const bot = await startTeamsBot({ deps, auth, port, host, logError: (message, error) => request.logger.error({ err: error }, message) });
  if (authenticationIsOff(auth)) warnAuthOff(bot.server.url);
  process.stdout.write(`Gremium Teams-bot luistert op / listens on ${bot.server.url}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await bot.close();
  return 0;
}
