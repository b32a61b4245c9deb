/**
 * The `gremium` command line: `chat`, `import`, `export`, `serve` and the single parts (`slack`,
 * `teams`, `scheduler`, `calendar`, `ics`, `export-decisions`), `region` and `person`. Every subcommand takes `--db <dir>`
 * for the embedded database; DATABASE_URL (postgres) switches to PostgreSQL. Exit codes: 0 done,
 * 1 refused or failed (the message says why), 2 wrong usage.
 *
 * This file only reads the words, picks the subcommand, checks its flags (`--help` prints its usage
 * and starts nothing; an unknown flag is wrong usage) and hands it a booted app (bootstrap.ts);
 * the app is shut down (parts stopped, database closed) whatever the subcommand did.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '../config-env.ts';
import { DataDirectoryBusyError, DataDirectoryUnusableError } from '../db/lock.ts';
import { lookup } from '../domain/names.ts';
import { parseLanguage, type Language } from '../i18n/catalog.ts';
import { bootstrap, type RunningApp } from './bootstrap.ts';
import type { Subcommand } from './cli-request.ts';
import { GLOBAL_OPTIONS, nearestName, readFlags } from './flags.ts';
import { OVERVIEW } from './help.ts';

/**
 * Every subcommand: each adds one line here, loaded only when used. A module's `command` gets the
 * words after the subcommand in `argv`, its own flags included.
 */
const SUBCOMMANDS: Record<string, () => Promise<Subcommand>> = {
  chat: async () => (await import('./console.ts')).commands.chat,
  import: async () => (await import('./console.ts')).commands.import,
  export: async () => (await import('./console.ts')).commands.export,
  serve: async () => (await import('./serve.ts')).command,
  scheduler: async () => (await import('./scheduler.ts')).command,
  ics: async () => (await import('./calendar.ts')).ics,
  calendar: async () => (await import('./calendar.ts')).calendar,
  teams: async () => (await import('./teams.ts')).command,
  slack: async () => (await import('./slack.ts')).command,
  'export-decisions': async () => (await import('./export-decisions.ts')).command,
  region: async () => (await import('./region.ts')).command,
  person: async () => (await import('./person.ts')).command,
};

/** The subcommands' names, for `gremium --help` and its test. */
export const SUBCOMMAND_NAMES: readonly string[] = Object.keys(SUBCOMMANDS);

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const first = parseArgs({ args: argv, options: GLOBAL_OPTIONS, allowPositionals: true, strict: false });
  const langFlag = typeof first.values.lang === 'string' ? first.values.lang : undefined;
  const lang: Language | null = parseLanguage(langFlag);
  if (langFlag !== undefined && lang === null) {
    process.stderr.write(`--lang ${langFlag}: kies nl of en / choose nl or en\n`);
    return 2;
  }
  const say = lang ?? 'nl';
  const [name, topic] = first.positionals;
  if (name === 'help' || (name === undefined && first.values.help === true)) return help(say, topic);
  const load = lookup(SUBCOMMANDS, name ?? 'chat');
  if (!load) {
    const near = nearestName(SUBCOMMAND_NAMES, name!);
    const hint = near ? (say === 'nl' ? `; bedoelt u ${near}?` : `; did you mean ${near}?`) : '';
    process.stderr.write(`${say === 'nl' ? 'Onbekende opdracht' : 'Unknown command'}: ${name}${hint}\n${OVERVIEW[say]}\n`);
    return 2;
  }
  const command = await load();
  const read = readFlags(argv, { ...GLOBAL_OPTIONS, ...command.options }, say);
  if (!read.ok) {
    process.stderr.write(`${read.message}\n${command.usage[say]}\n`);
    return 2;
  }
  if (read.flags.help === true) {
    process.stdout.write(`${command.usage[say]}\n`);
    return 0;
  }
  const { flags } = read;
  const request = {
    subcommand: name ?? 'chat',
    args: name === undefined ? read.positionals : read.positionals.slice(read.positionals.indexOf(name) + 1),
    argv: name === undefined ? argv : argv.slice(argv.indexOf(name) + 1),
    flags,
    as: typeof flags.as === 'string' ? flags.as : null,
    lang,
  };
  let app: RunningApp | null = null;
  try {
    // The bootstrap starts the embedded database first; the subcommand's code loads while it opens.
    const booting = bootstrap({ needs: command.needs, dbDir: typeof flags.db === 'string' ? flags.db : null });
    void command.preload?.().catch(() => undefined); // run() loads it again and reports a failure
    app = await booting;
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

/** `gremium help [subcommand]` and `gremium --help`: the overview, or one subcommand's usage; nothing is opened. */
async function help(lang: Language, topic: string | undefined): Promise<number> {
  const load = topic === undefined ? undefined : lookup(SUBCOMMANDS, topic);
  process.stdout.write(`${load ? (await load()).usage[lang] : OVERVIEW[lang]}\n`);
  return 0;
}
