/**
 * The floor of the start benchmark (bench/start.ts): bare PGlite, in-process, opening an existing data
 * directory (argv[2]), running one query and closing. Nothing Gremium does at start can be cheaper.
 */
import { PGlite } from '@electric-sql/pglite';

const pglite = await PGlite.create(process.argv[2]);
const { rows } = await pglite.query('SELECT count(*)::int AS seats FROM "Seat"');
process.stdout.write(`${rows[0].seats} seats\n`);
await pglite.close();
