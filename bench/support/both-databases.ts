/** Runs a latency benchmark on PGlite, then on PostgreSQL, printing each table as soon as it is measured. */
import type { DatabaseTarget } from '../../src/db/database.ts';
import { IN_MEMORY } from '../../src/db/pglite.ts';
import { benchPostgres } from './postgres.ts';
import { printTable } from './stats.ts';

type Rows = Record<string, string | number>[];

/** `benchOn` measures one database; set `skipPostgresVar=1` in the environment to measure PGlite only. */
export async function onBothDatabases(benchOn: (label: string, target: DatabaseTarget) => Promise<Rows>, skipPostgresVar: string): Promise<void> {
  // Printed as soon as measured, so a later failure keeps the rows.
  printTable(await benchOn('PGlite', { kind: 'pglite', dir: IN_MEMORY }));
  if (process.env[skipPostgresVar] === '1') return;
  const pgServer = await benchPostgres();
  try {
    console.log('');
    printTable(await benchOn('PostgreSQL', { kind: 'postgres', url: pgServer.url, poolSize: 10 }));
  } finally {
    await pgServer.done();
  }
}

/** Runs the benchmark's main and exits with 0, or prints the error and exits with 1. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
