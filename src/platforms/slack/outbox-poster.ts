/**
 * Posts outbox messages (reminders, reports) to Slack with chat.postMessage. Rate limits are not
 * waited out here: a 429 throws RateLimitedError at once and the dispatcher reschedules the message
 * after Retry-After (src/scheduler/dispatch-outbox.ts); retries are the outbox's job.
 *
 * The post is one plain HTTPS request (Bearer token, JSON body) on a keep-alive connection pool:
 * the Web API client (axios, form encoding, its queue) cost several times the request itself at
 * outbox volume (bench/reminders.ts). The client is still used for the rare history lookups.
 *
 * Each message carries its outbox key as Slack message metadata, so after a crash the instance
 * taking over can look in the channel's history whether the message went out before the crash.
 *
 * A poll's card in a message (a poll closed at its time) is not posted again where the channel has a
 * live copy of it: every copy there is edited (chat.update) to the shared card, so the open card
 * becomes the closed result in place (issue 18 point 3).
 */
import http from 'node:http';
import https from 'node:https';
import { webApi } from '@slack/bolt';
import { pollIdOf } from '../../conversation/card-keys.ts';
import type { Reply } from '../../conversation/reply.ts';
import { sharedCard } from '../../conversation/shared-cards.ts';
import { findPollMessages } from '../../services/decisions/poll-messages.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { RateLimitedError, type OutboxPost, type Poster } from '../../scheduler/poster.ts';
import { renderReply } from './render.ts';

/** The metadata event type that marks Gremium's outbox posts. */
export const OUTBOX_EVENT_TYPE = 'gremium_outbox';

/** The replies' notification fallback: Slack's `text`, escaped as live replies' (render.ts). */
export function plainText(replies: readonly Reply[]): string {
  return replies.map((r) => renderReply(r).text).join('\n\n');
}

/** A Slack Web API error answer ({ ok: false, error }), shaped like the Web API client's platform errors. */
export class SlackApiError extends Error {
  readonly code = 'slack_webapi_platform_error';
  constructor(readonly method: string, readonly data: { ok: false; error?: string }) {
    super(`An API error occurred: ${data.error ?? 'unknown'}`);
  }
}

/**
 * Edits the channel's live copies of the poll cards among `replies` to their shared card; returns the
 * replies still to post (all of them without `deps`).
 */
async function editLiveCopies(deps: ServiceDeps | undefined, client: webApi.WebClient, channel: string, replies: readonly Reply[]): Promise<Reply[]> {
  if (!deps) return [...replies];
  const rest: Reply[] = [];
  for (const reply of replies) {
    const pollId = reply.kind === 'card' && !reply.private ? pollIdOf(reply.key) : null;
    const copies = pollId ? (await findPollMessages(deps, { pollId, platform: 'slack' })).filter((c) => c.channel === channel) : [];
    const shared = copies.length > 0 && reply.kind === 'card' && reply.key ? await sharedCard(deps, reply.key) : null;
    if (!shared) {
      rest.push(reply);
      continue;
    }
    const message = renderReply(shared.card);
    for (const copy of copies) {
      await client.chat.update({ channel: copy.channel, ts: copy.messageId, text: message.text, blocks: message.blocks as never[] }).catch((error: { code?: string; retryAfter?: number }) => {
        // Like a refused post: the outbox tries again after Retry-After (an edit twice is harmless).
        if (error.code === webApi.ErrorCode.RateLimitedError) throw new RateLimitedError(Math.max(1, error.retryAfter ?? 1) * 1000);
        throw error;
      });
    }
  }
  return rest;
}

/**
 * A Slack poster for the outbox. `apiUrl` points at a fake Web API in tests (SLACK_API_URL); with
 * `deps` a poll's card is edited in place where the channel has a live copy.
 */
export function slackOutboxPoster(options: { token: string; apiUrl?: string; timeoutMs?: number; deps?: ServiceDeps }): Poster {
  const apiUrl = options.apiUrl ?? 'https://slack.com/api/';
  const timeoutMs = options.timeoutMs ?? 10_000;
  const client = new webApi.WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
    logLevel: webApi.LogLevel.ERROR,
  });
  const postUrl = new URL('chat.postMessage', apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
  const transport = postUrl.protocol === 'http:' ? http : https;
  const agent = new transport.Agent({ keepAlive: true, maxSockets: 64 });
  const authorization = `Bearer ${options.token}`;
  return {
    platforms: ['slack'],
    async post(message: OutboxPost): Promise<void> {
      const payload = await editLiveCopies(options.deps, client, message.channel, message.payload);
      if (payload.length === 0) return;
      const body = JSON.stringify({
        channel: message.channel,
        text: plainText(payload),
        // The same Block Kit as live replies (src/platforms/slack/render.ts); `text` stays the notification fallback.
        blocks: payload.flatMap((r) => renderReply(r).blocks).slice(0, 50),
        metadata: { event_type: OUTBOX_EVENT_TYPE, event_payload: { key: message.key } },
      });
      const send = () => new Promise<{ status: number; retryAfter: string | undefined; text: string }>((resolve, reject) => {
        let answered = false;
        const req = transport.request(postUrl, {
          method: 'POST', agent, timeout: timeoutMs,
          headers: { authorization, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) },
        }, (res) => {
          answered = true;
          let data = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (data += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined, text: data }));
          res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`chat.postMessage: no answer within ${timeoutMs} ms`)));
        req.on('error', (error: NodeJS.ErrnoException) => reject(Object.assign(error, { reusedSocket: req.reusedSocket && !answered })));
        req.end(body);
      });
      // A kept-alive connection the server closed as idle just as it was reused fails with
      // ECONNRESET before any answer; the request did not reach Slack, so it is sent once more on a
      // new connection (what Node's documentation advises). Anything else is the outbox's to retry.
      const { status, retryAfter, text } = await send().catch((error: NodeJS.ErrnoException & { reusedSocket?: boolean }) => {
        if (error.reusedSocket && error.code === 'ECONNRESET') return send();
        throw error;
      });
      if (status === 429) throw new RateLimitedError(Math.max(1, Number(retryAfter) || 1) * 1000);
      if (status !== 200) throw new Error(`chat.postMessage: HTTP ${status}`);
      const answer = JSON.parse(text) as { ok: boolean; error?: string };
      if (!answer.ok) throw new SlackApiError('chat.postMessage', answer as { ok: false; error?: string });
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
