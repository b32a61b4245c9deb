/**
 * Where a poll's card was posted on a platform, so a later tally replaces it in place (Slack
 * chat.update, Teams updateActivity) instead of posting it again.
 */
import type { ServiceDeps } from '../deps.ts';

/** One posted copy of a poll card. */
export interface PollMessageRef {
  readonly channel: string;
  readonly messageId: string;
}

/** Every message showing this poll on `platform`, oldest first. */
export async function findPollMessages(deps: ServiceDeps, input: { pollId: string; platform: string }): Promise<PollMessageRef[]> {
  const rows = await deps.db.pollMessage.findMany({
    where: { pollId: input.pollId, platform: input.platform },
    select: { channel: true, messageId: true },
    orderBy: { id: 'asc' },
  });
  return rows;
}

/** Remembers a posted copy (idempotent); false when the poll does not exist. */
export async function recordPollMessage(deps: ServiceDeps, input: { pollId: string; platform: string; channel: string; messageId: string }): Promise<boolean> {
  const poll = await deps.db.poll.findUnique({ where: { id: input.pollId }, select: { id: true } });
  if (!poll) return false;
  await deps.db.pollMessage.createMany({ data: [input], skipDuplicates: true });
  return true;
}
