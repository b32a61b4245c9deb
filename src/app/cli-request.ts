/** The request every `gremium` subcommand receives from main.ts (kept apart so no platform imports another). */
import type { DatabaseTarget } from '../db/database.ts';
import type { Language } from '../i18n/catalog.ts';
import type { Logger } from '../logger.ts';

/** What main() hands every subcommand: its words, the --as and --lang flags, a logger, the database target. */
export interface CliRequest {
  readonly subcommand: string;
  readonly args: readonly string[];
  /** The raw words after the subcommand, flags included, for subcommands with flags of their own. */
  readonly argv: readonly string[];
  readonly as: string | null;
  readonly lang: Language | null;
  readonly logger: Logger;
  readonly target: DatabaseTarget;
}
