/** Where a committee's messages go on a platform (set by the secretary with `/gremium kanaal`). */
import type { ServiceDeps } from '../deps.ts';

/** The committee's channel on `platform`, or null when none was chosen. */
export async function findCommitteeChannel(deps: ServiceDeps, input: { committeeId: string; platform: string }): Promise<string | null> {
  const row = await deps.db.committeeChannel.findUnique({
    where: { committeeId_platform: { committeeId: input.committeeId, platform: input.platform } },
    select: { channel: true },
  });
  return row?.channel ?? null;
}
