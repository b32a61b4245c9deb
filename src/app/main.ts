/**
 * The `gremium` command line: `chat`, `import`, `export`. Every subcommand takes `--db <dir>` for the
 * embedded database; DATABASE_URL (postgres) switches to PostgreSQL. Exit codes: 0 done, 1 refused
 * or failed (the message says why), 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import { ConfigError, databaseTarget, loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { DataDirectoryBusyError } from '../db/lock.ts';
import { parseLanguage, type Language } from '../i18n/catalog.ts';
import { createLogger } from '../logger.ts';
import type { CliRequest } from './cli-request.ts';
import { runCli } from './console.ts';

/**
 * Subcommands beyond the console's (chat, import, export): each facet adds one line here, loaded
 * only when used. A module's `run` gets the open database and the request (its `argv` holds the
 * words after the subcommand, its own flags included) and resolves to the exit code.
 */
const SUBCOMMANDS: Record<string, () => Promise<{ run: (database: Database, request: CliRequest) => Promise<number> }>> = {
  serve: () => import('./serve.ts'),
  scheduler: () => import('./scheduler.ts'),
  ics: () => import('./calendar.ts'),
  calendar: () => import('./calendar.ts'),
  teams: () => import('./teams.ts'),
  slack: () => import('./slack.ts'),
  'export-decisions': () => import('./export-decisions.ts'),
  region: () => import('./region.ts'),
};

const OPTIONS = {
  db: { type: 'string' },
  as: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nGebruik / usage: gremium chat --as <naam|e-mail> [--lang nl|en] [--db <map>]\n`);
    return 2;
  }
  const langFlag = typeof parsed.values.lang === 'string' ? parsed.values.lang : undefined;
  const lang: Language | null = parseLanguage(langFlag);
  if (langFlag !== undefined && lang === null) {
    process.stderr.write(`--lang ${langFlag}: kies nl of en / choose nl or en\n`);
    return 2;
  }
  let database: Database | null = null;
  try {
    const config = loadConfig();
    const logger = createLogger(config.GREMIUM_LOG_LEVEL);
    const target = databaseTarget(config, typeof parsed.values.db === 'string' ? parsed.values.db : null);
    const [subcommand = 'chat', ...rest] = parsed.positionals;
    const as = typeof parsed.values.as === 'string' ? parsed.values.as : null;
    const extra = SUBCOMMANDS[subcommand];
    if (extra) {
      database = await openDatabase(target);
      const argvAfter = argv.slice(argv.indexOf(subcommand) + 1);
      return await (await extra()).run(database, { subcommand, args: rest, argv: argvAfter, as, lang, logger, target });
    }
    if (parsed.values.help || subcommand === 'help') return runCli(null, { subcommand: 'help', args: rest, argv, as: null, lang, logger, target });
    database = await openDatabase(target);
    return await runCli(database, { subcommand, args: rest, argv, as, lang, logger, target });
  } catch (error) {
    if (error instanceof DataDirectoryBusyError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await database?.close();
  }
}
