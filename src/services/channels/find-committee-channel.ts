/** Where a committee's messages go on a platform (set by the secretary with `/gremium kanaal`). */
import { runStatement } from '../../db/raw-sql.ts';
import type { ServiceDeps } from '../deps.ts';

/** Read after every accepted vote (the card to refresh): one plain prepared statement (db/raw-sql.ts). */
const CHANNEL_SQL = 'SELECT channel FROM "CommitteeChannel" WHERE "committeeId" = $1 AND platform = $2';

/** The committee's channel on `platform`, or null when none was chosen. */
export async function findCommitteeChannel(deps: ServiceDeps, input: { committeeId: string; platform: string }): Promise<string | null> {
  const [row] = await runStatement<{ channel: string }>(deps.db, { name: 'gremium_committee_channel', text: CHANNEL_SQL, values: [input.committeeId, input.platform] });
  return row?.channel ?? null;
}
