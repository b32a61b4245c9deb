/**
 * A plain-SQL path beside Prisma for the few statements that run at volume (a vote: one statement
 * per stance). Prisma's client costs a few times the database's own work per raw statement
 * (bench/votes.ts measures both); on PostgreSQL the same statement goes straight to the pool Prisma
 * itself uses, as a named prepared statement (parsed and planned once per connection). Only
 * registered for PostgreSQL: PGlite has one connection, and a statement sent past Prisma could land
 * inside a transaction Prisma holds open on it.
 */

/** One parameterised statement; `name` makes it a prepared statement reused per connection. */
export interface Statement {
  readonly name?: string;
  readonly text: string;
  readonly values: unknown[];
}

/** Runs one statement on its own (autocommit) and reports the rows it affected (and returned, with RETURNING). */
export type StatementRunner = (statement: Statement) => Promise<{ rowCount: number; rows: unknown[] }>;

const runners = new WeakMap<object, StatementRunner>();

/** Registers the pool-backed runner of a PostgreSQL client (openDatabase does this). */
export function attachStatementRunner(db: object, runner: StatementRunner): void {
  runners.set(db, runner);
}

/** The plain-SQL runner of this client, or undefined (PGlite, or a client opened elsewhere): use Prisma then. */
export function statementRunnerOf(db: object): StatementRunner | undefined {
  return runners.get(db);
}
