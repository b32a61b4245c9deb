/**
 * Whether the registry holds any committee yet: what a start asks before it loads the demo region
 * (the console chat) or points out how to load a region (the production commands). One plain
 * statement (db/raw-sql.ts), so a start on a filled database loads neither the demo's import code
 * nor compiles a Prisma query for it (issue 12 point 3).
 */
import type { Db } from '../../db/database.ts';
import { runStatement } from '../../db/raw-sql.ts';

const ANY_COMMITTEE = `SELECT EXISTS (SELECT 1 FROM "Committee") AS any`;

/** True when at least one committee exists. */
export async function hasCommittees(db: Db): Promise<boolean> {
  const [row] = await runStatement<{ any: boolean }>(db, { text: ANY_COMMITTEE, values: [] });
  return row?.any === true;
}
