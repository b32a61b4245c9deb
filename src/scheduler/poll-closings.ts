/**
 * Closing polls at their time, and telling the committee: the scheduler closes every due poll
 * (closeDuePolls) and puts, for each channel the committee has on a platform, its closed card and the
 * outcome into the outbox (`poll:<id>:closed:<platform>`, created once however many instances close).
 * The platforms' posters turn the card into an edit of every live copy, so the open card with its
 * buttons becomes the closed result in place (issue 18 point 3) instead of a second card beside it.
 */
import { pollOutcomeReplies } from '../conversation/decisions/replies.ts';
import { closeDuePolls, type ClosePollResult } from '../services/decisions/close-poll.ts';
import { showPoll } from '../services/decisions/show-poll.ts';
import type { ServiceDeps } from '../services/deps.ts';
import type { OutboxRow } from './outbox-row.ts';

/** Closes the due polls and queues their closed cards and outcomes; returns what closing did. */
export async function closeDuePollsAndAnnounce(deps: ServiceDeps): Promise<ClosePollResult[]> {
  const results = await closeDuePolls(deps);
  const rows: OutboxRow[] = [];
  for (const result of results.filter((r) => !r.alreadyClosed)) {
    const view = await showPoll(deps, { pollId: result.pollId });
    if (!view.ok) continue;
    const channels = await deps.db.committeeChannel.findMany({ where: { committeeId: result.committeeId }, select: { platform: true, channel: true } });
    const payload = JSON.parse(JSON.stringify(pollOutcomeReplies(view.value, result))) as object;
    for (const c of channels) rows.push({ key: `poll:${result.pollId}:closed:${c.platform}`, platform: c.platform, channel: c.channel, payload, dueAt: deps.now() });
  }
  if (rows.length > 0) await deps.db.outboxMessage.createMany({ data: rows, skipDuplicates: true });
  return results;
}
