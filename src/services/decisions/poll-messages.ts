/**
 * Where a poll's card was posted on a platform, so a later tally replaces it in place (Slack
 * chat.update, Teams updateActivity) instead of posting it again. A poll's live card lives only in
 * its committee's bound channel (issue 13: "Anyone linked can post any committee's live poll card
 * into any channel ... and it keeps updating there"): a copy anywhere else is never recorded, and a
 * copy left in a channel the committee has since moved away from is no longer updated.
 */
import { runStatement } from '../../db/raw-sql.ts';
import type { ServiceDeps } from '../deps.ts';

/** One posted copy of a poll card. */
export interface PollMessageRef {
  readonly channel: string;
  readonly messageId: string;
}

/** The poll's committee's bound channel on the platform, or null (no such poll, or no channel). */
async function boundChannel(deps: ServiceDeps, pollId: string, platform: string): Promise<string | null> {
  const poll = await deps.db.poll.findUnique({
    where: { id: pollId },
    select: { committee: { select: { channels: { where: { platform }, select: { channel: true } } } } },
  });
  return poll?.committee.channels[0]?.channel ?? null;
}

/**
 * Read on every vote (where to show the new tally): one plain statement (db/raw-sql.ts), which keeps
 * only the copies in the committee's bound channel on the platform.
 */
const POLL_MESSAGES_SQL = `
  SELECT m.channel, m."messageId"
    FROM "PollMessage" m JOIN "Poll" p ON p.id = m."pollId"
    JOIN "CommitteeChannel" cc ON cc."committeeId" = p."committeeId" AND cc.platform = m.platform AND cc.channel = m.channel
   WHERE m."pollId" = $1 AND m.platform = $2
   ORDER BY m.id`;

/** Every message showing this poll in its committee's bound channel on `platform`, oldest first. */
export async function findPollMessages(deps: ServiceDeps, input: { pollId: string; platform: string }): Promise<PollMessageRef[]> {
  return runStatement<PollMessageRef>(deps.db, { name: 'gremium_poll_messages', text: POLL_MESSAGES_SQL, values: [input.pollId, input.platform] });
}

/**
 * Remembers a posted copy (idempotent) so it is kept up to date; false, and nothing remembered, when
 * the poll does not exist or the channel is not its committee's bound channel on the platform.
 */
export async function recordPollMessage(deps: ServiceDeps, input: { pollId: string; platform: string; channel: string; messageId: string }): Promise<boolean> {
  if ((await boundChannel(deps, input.pollId, input.platform)) !== input.channel) return false;
  await deps.db.pollMessage.createMany({ data: [input], skipDuplicates: true });
  return true;
}
