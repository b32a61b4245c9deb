/** What every service receives: the database and the clock. Nothing global (STYLE.md, after documenso). */
import type { Db } from '../db/database.ts';

/** The dependencies a service gets passed in. */
export interface ServiceDeps {
  readonly db: Db;
  /** The current instant; tests and the scheduler pass their own. */
  readonly now: () => Date;
}

/** Who is acting: a person, or the system with a label ("import leden.xlsx", "demo data"). */
export type Actor = { readonly personId: string; readonly label: string } | { readonly personId: null; readonly label: string };

/** A transaction client, as handed to `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
