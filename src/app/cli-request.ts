/** What a `gremium` subcommand is and the request it receives from main.ts. */
import type { Language } from '../i18n/catalog.ts';
import type { App, Needs } from './bootstrap.ts';

/** What main() hands every subcommand: its words, and the --as and --lang flags. */
export interface CliRequest {
  readonly subcommand: string;
  readonly args: readonly string[];
  /** The raw words after the subcommand, flags included, for subcommands with flags of their own. */
  readonly argv: readonly string[];
  readonly as: string | null;
  readonly lang: Language | null;
}

/** One subcommand: what it needs from the bootstrap, and how it runs; resolves to the exit code (0 done, 1 refused, 2 wrong usage). */
export interface Subcommand {
  readonly needs: Needs;
  run(app: App, request: CliRequest): Promise<number>;
}
