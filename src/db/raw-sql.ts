/**
 * A plain-SQL path beside Prisma for the few statements that run at volume: a vote (one statement
 * per stance), the outbox claim, and what every chat turn reads before it answers (the request's
 * claim, the sender, the registry's revision). Prisma's client costs a few times the database's own
 * work per statement (bench/votes.ts; about 0.6 ms against 0.2 ms for a one-row read on either
 * database here), which on a chat turn was most of its time.
 *
 * openDatabase registers a runner per client: on PostgreSQL the pool Prisma itself uses, with named
 * prepared statements (parsed and planned once per connection); on PGlite the one PGlite instance,
 * whose query() waits while a transaction holds the connection (PGlite's own transaction mutex), so
 * a plain statement never lands inside a transaction Prisma has open. Only the root client is
 * registered: a transaction client (`tx`) has no runner, and callers handed one use Prisma on it, so
 * a statement meant to be part of a transaction stays in it.
 */

/** One parameterised statement; `name` makes it a prepared statement reused per connection. */
export interface Statement {
  readonly name?: string;
  readonly text: string;
  readonly values: unknown[];
}

/** Runs one statement on its own (autocommit) and reports the rows it affected (and returned, with RETURNING). */
export type StatementRunner = (statement: Statement) => Promise<{ rowCount: number; rows: unknown[] }>;

/**
 * Keyed by the client rather than carried in ServiceDeps.caches: a runner is a property of the
 * connection the client was opened on (its pool, its PGlite instance), fixed when openDatabase builds
 * the client, and it remembers nothing between calls. Looking it up by the client also gives the rule
 * above for free: a transaction client handed to runStatement is another object, finds no runner and
 * keeps its statement inside its transaction.
 */
const runners = new WeakMap<object, StatementRunner>();

/** Registers the pool-backed runner of a PostgreSQL client (openDatabase does this). */
export function attachStatementRunner(db: object, runner: StatementRunner): void {
  runners.set(db, runner);
}


/** What {@link runStatement} needs of a client: Prisma's raw query (the root client or a transaction's). */
export interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/**
 * Runs one statement through the client's registered runner, else through Prisma on `db` (a
 * transaction client, so the statement is part of that transaction). Write statements whose effect
 * is counted must say RETURNING: Prisma's raw query counts rows returned. Cast what the statement
 * returns to text, integer or boolean, so both paths hand back the same values.
 */
export async function runStatement<Row>(db: RawQueryable, statement: Statement): Promise<Row[]> {
  const direct = runners.get(db);
  if (direct) return (await direct(statement)).rows as Row[];
  return db.$queryRawUnsafe<Row[]>(statement.text, ...statement.values);
}
