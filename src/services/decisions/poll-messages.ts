/**
 * Where a poll's card was posted on a platform, so a later tally replaces it in place (Slack
 * chat.update, Teams updateActivity) instead of posting it again.
 */
import { runStatement } from '../../db/raw-sql.ts';
import type { ServiceDeps } from '../deps.ts';

/** One posted copy of a poll card. */
export interface PollMessageRef {
  readonly channel: string;
  readonly messageId: string;
}

/** Read on every vote (where to show the new tally): one plain statement (db/raw-sql.ts). */
const POLL_MESSAGES_SQL = 'SELECT channel, "messageId" FROM "PollMessage" WHERE "pollId" = $1 AND platform = $2 ORDER BY id';

/** Every message showing this poll on `platform`, oldest first. */
export async function findPollMessages(deps: ServiceDeps, input: { pollId: string; platform: string }): Promise<PollMessageRef[]> {
  return runStatement<PollMessageRef>(deps.db, { name: 'gremium_poll_messages', text: POLL_MESSAGES_SQL, values: [input.pollId, input.platform] });
}

/** Remembers a posted copy (idempotent); false when the poll does not exist. */
export async function recordPollMessage(deps: ServiceDeps, input: { pollId: string; platform: string; channel: string; messageId: string }): Promise<boolean> {
  const poll = await deps.db.poll.findUnique({ where: { id: input.pollId }, select: { id: true } });
  if (!poll) return false;
  await deps.db.pollMessage.createMany({ data: [input], skipDuplicates: true });
  return true;
}
