/**
 * The `gremium` command line: `chat`, `import`, `export`, `serve` and the single parts (`slack`,
 * `teams`, `scheduler`, `calendar`, `ics`, `export-decisions`). Every subcommand takes `--db <dir>`
 * for the embedded database; DATABASE_URL (postgres) switches to PostgreSQL. Exit codes: 0 done,
 * 1 refused or failed (the message says why), 2 wrong usage.
 *
 * This file only reads the words, picks the subcommand and hands it a booted app (bootstrap.ts);
 * the app is shut down (parts stopped, database closed) whatever the subcommand did.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.ts';
import { DataDirectoryBusyError, DataDirectoryUnusableError } from '../db/lock.ts';
import { parseLanguage, type Language } from '../i18n/catalog.ts';
import { bootstrap, type RunningApp } from './bootstrap.ts';
import type { Subcommand } from './cli-request.ts';

/**
 * The subcommands beyond the console's: each adds one line here, loaded only when used. A module's
 * `command` gets the words after the subcommand in `argv`, its own flags included.
 */
const SUBCOMMANDS: Record<string, () => Promise<Subcommand>> = {
  serve: async () => (await import('./serve.ts')).command,
  scheduler: async () => (await import('./scheduler.ts')).command,
  ics: async () => (await import('./calendar.ts')).command,
  calendar: async () => (await import('./calendar.ts')).command,
  teams: async () => (await import('./teams.ts')).command,
  slack: async () => (await import('./slack.ts')).command,
  'export-decisions': async () => (await import('./export-decisions.ts')).command,
  region: async () => (await import('./region.ts')).command,
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
  const [subcommand = 'chat', ...rest] = parsed.positionals;
  const as = typeof parsed.values.as === 'string' ? parsed.values.as : null;
  const extra = SUBCOMMANDS[subcommand];
  const help = !extra && (parsed.values.help === true || subcommand === 'help');
  // The console's subcommands (chat, import, export, help) see every word; the others the words after their name.
  const request = extra
    ? { subcommand, args: rest, argv: argv.slice(argv.indexOf(subcommand) + 1), as, lang }
    : { subcommand: help ? 'help' : subcommand, args: rest, argv, as: help ? null : as, lang };
  const command = extra ? await extra() : await consoleCommand(help);
  let app: RunningApp | null = null;
  try {
    app = await bootstrap({ needs: command.needs, dbDir: typeof parsed.values.db === 'string' ? parsed.values.db : null });
    return await command.run(app, request);
  } catch (error) {
    if (error instanceof DataDirectoryBusyError || error instanceof DataDirectoryUnusableError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await app?.shutdown();
  }
}

async function consoleCommand(help: boolean): Promise<Subcommand> {
  const module = await import('./console.ts');
  return help ? module.help : module.command;
}
