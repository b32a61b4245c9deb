/**
 * Posts outbox messages (reminders, reports) to Slack with chat.postMessage. Rate limits are not
 * waited out here: with rejectRateLimitedCalls the client throws at once on a 429 and the dispatcher
 * reschedules the message after Retry-After (src/scheduler/dispatch-outbox.ts); retries are the
 * outbox's job, so the client's own are off.
 *
 * Each message carries its outbox key as Slack message metadata, so after a crash the instance
 * taking over can look in the channel's history whether the message went out before the crash.
 */
import { webApi } from '@slack/bolt';
import type { Reply } from '../../conversation/reply.ts';
import { RateLimitedError, type OutboxPost, type Poster } from '../../scheduler/poster.ts';
import { renderReply } from './render.ts';

/** The metadata event type that marks Gremium's outbox posts. */
export const OUTBOX_EVENT_TYPE = 'gremium_outbox';

/** The replies as plain text: Slack's `text` (and its notification fallback). */
export function plainText(replies: readonly Reply[]): string {
  return replies.map((r) => {
    if (r.kind !== 'card') return r.text;
    const lines = [`*${r.title}*`, ...(r.subtitle ? [r.subtitle] : []), ...(r.fields ?? []).map((f) => `${f.label}: ${f.value}`), ...(r.lines ?? []).map((l) => `• ${l}`)];
    if (r.footer) lines.push(r.footer);
    return lines.join('\n');
  }).join('\n\n');
}

/** A Slack poster for the outbox. `apiUrl` points at a fake Web API in tests (SLACK_API_URL). */
export function slackOutboxPoster(options: { token: string; apiUrl?: string; timeoutMs?: number }): Poster {
  const client = new webApi.WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 10_000,
    logLevel: webApi.LogLevel.ERROR,
  });
  return {
    platforms: ['slack'],
    async post(message: OutboxPost): Promise<void> {
      try {
        await client.chat.postMessage({
          channel: message.channel,
          text: plainText(message.payload),
          // The same Block Kit as live replies (src/platforms/slack/render.ts); `text` stays the notification fallback.
          blocks: message.payload.flatMap((r) => renderReply(r).blocks).slice(0, 50) as never[],
          metadata: { event_type: OUTBOX_EVENT_TYPE, event_payload: { key: message.key } },
        });
      } catch (error) {
        const e = error as { code?: string; retryAfter?: number };
        if (e.code === webApi.ErrorCode.RateLimitedError) throw new RateLimitedError(Math.max(1, e.retryAfter ?? 1) * 1000);
        throw error;
      }
    },
    async wasPosted(message: OutboxPost, since: Date): Promise<boolean> {
      let cursor: string | undefined;
      for (let page = 0; page < 10; page++) {
        const history = await client.conversations.history({
          channel: message.channel, oldest: String(since.getTime() / 1000), include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}),
        }).catch(() => null);
        // History unreadable (a DM addressed by user id, a missing scope): post again, at least once.
        if (!history?.ok) return false;
        if (history.messages?.some((m) => (m.metadata?.event_payload as { key?: string } | undefined)?.key === message.key)) return true;
        cursor = history.response_metadata?.next_cursor || undefined;
        if (!cursor) return false;
      }
      return false;
    },
  };
}
