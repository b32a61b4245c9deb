/** What a `gremium` subcommand is and the request it receives from main.ts. */
import type { Language } from '../i18n/catalog.ts';
import type { App, Needs } from './bootstrap.ts';
import type { FlagOptions } from './flags.ts';

/** What main() hands every subcommand: its words, its checked flags, and the --as and --lang flags. */
export interface CliRequest {
  readonly subcommand: string;
  /** The words after the subcommand that are not flags or flag values. */
  readonly args: readonly string[];
  /** The raw words after the subcommand, flags included, for subcommands with flags of their own. */
  readonly argv: readonly string[];
  /** Every flag given, already checked against the subcommand's {@link Subcommand.options}. */
  readonly flags: Readonly<Record<string, string | boolean | undefined>>;
  readonly as: string | null;
  readonly lang: Language | null;
}

/** One subcommand: what it needs from the bootstrap, its usage and flags, and how it runs. */
export interface Subcommand {
  readonly needs: Needs;
  /** What `gremium <subcommand> --help` prints (exit 0, nothing started), and what follows wrong usage. */
  readonly usage: Readonly<Record<Language, string>>;
  /** Its own flags beyond the ones every subcommand takes (--db, --lang, --as, --help); any other flag is wrong usage. */
  readonly options?: FlagOptions;
  /** Resolves to the exit code (0 done, 1 refused, 2 wrong usage). */
  run(app: App, request: CliRequest): Promise<number>;
  /** Loads what `run` needs; main starts it beside the bootstrap, so the code loads while the database opens. */
  readonly preload?: () => Promise<unknown>;
}
