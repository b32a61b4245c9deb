/**
 * The scheduler's Poster for Teams: posts a reminder's replies into a stored conversation
 * (proactive message). Connector 429 and 5xx are retried with backoff, honouring Retry-After; a
 * reply already accepted is never posted again, so a reminder appears once. A poll's card (a poll
 * closed at its time) replaces the conversation's live copies in place rather than being posted again.
 * It implements the scheduler's Poster (src/scheduler/poster.ts), throwing RateLimitedError when the
 * connector keeps refusing the first reply, so the outbox tries again later.
 */
import { RateLimitedError, type OutboxPost, type Poster } from '../../scheduler/poster.ts';
import { findConversation } from '../../services/channels/conversation-refs.ts';
import { hasCopyIn, NoConversationError, postTo, rememberPosted, updateSharedCopies, type DeliveryDeps } from './delivery.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { createAdapter, type TeamsAuth } from './verify.ts';
import { TEAMS } from './parse.ts';
import { renderMessage } from './render.ts';

/** Retry policy: attempts per reply and the longest wait between them. */
export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 };

/** The HTTP status and Retry-After of a connector failure, if it was one. */
function failureOf(error: unknown): { status: number; retryAfterMs: number | null } | null {
  const e = error as { statusCode?: number; response?: { status?: number; headers?: { get?(n: string): string | undefined } } };
  const status = e?.statusCode ?? e?.response?.status;
  if (typeof status !== 'number') return null;
  const header = e.response?.headers?.get?.('retry-after');
  const seconds = header !== undefined && header !== null ? Number(header) : NaN;
  return { status, retryAfterMs: Number.isFinite(seconds) ? seconds * 1000 : null };
}

const retryable = (status: number) => status === 429 || status >= 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Teams poster. */
export function teamsPoster(d: DeliveryDeps, retry: RetryPolicy = DEFAULT_RETRY): Poster {
  return {
    platforms: [TEAMS],
    async post(request: OutboxPost) {
      if (request.platform !== TEAMS) throw new Error(`teams poster got a ${request.platform} message`);
      const stored = await findConversation(d.deps, { platform: TEAMS, conversationId: request.channel });
      if (!stored) throw new NoConversationError(`Gremium was never installed in Teams conversation ${request.channel}`);
      for (const [index, reply] of request.payload.entries()) {
        for (let attempt = 1; ; attempt += 1) {
          try {
            // A poll's card where the conversation has a live copy: every copy becomes it, in place.
            if (reply.kind === 'card' && reply.key && (await hasCopyIn(d, reply, request.channel))) {
              await updateSharedCopies(d, reply.key, (error) => {
                throw error;
              });
              break;
            }
            const id = await postTo(d, stored, renderMessage(reply, { lang: 'nl', refreshUserIds: stored.userIds }));
            await rememberPosted(d, reply, request.channel, id);
            break;
          } catch (error) {
            const failure = failureOf(error);
            if (!failure || !retryable(failure.status)) throw error;
            const wait = Math.min(retry.maxDelayMs, failure.retryAfterMs ?? retry.baseDelayMs * 2 ** (attempt - 1));
            // Replies before this one went out; asking the outbox to retry would post them twice.
            if (attempt >= retry.attempts) {
              if (index === 0) throw new RateLimitedError(wait);
              throw error;
            }
            await sleep(wait);
          }
        }
      }
    },
  };
}

/** The poster a scheduler process uses: its own adapter with the app's credentials, no HTTP endpoint. */
export function teamsOutboxPoster(deps: ServiceDeps, auth: TeamsAuth): Poster {
  return teamsPoster({ adapter: createAdapter(auth), appId: auth.appId, deps });
}
