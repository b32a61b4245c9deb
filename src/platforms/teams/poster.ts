/**
 * The scheduler's Poster for Teams: posts a reminder's replies into a stored conversation
 * (proactive message). Connector 429 and 5xx are retried with backoff, honouring Retry-After; a
 * reply already accepted is never posted again, so a reminder appears once.
 * Shape (src/scheduler/poster.ts): post({platform, channel, payload: Reply[]}) throwing
 * RateLimitedError(retryAfterMs) when the connector keeps refusing.
 */
import type { Reply } from '../../conversation/reply.ts';
import { findConversation } from '../../services/conversation-refs.ts';
import { NoConversationError, postTo, rememberPosted, type DeliveryDeps } from './delivery.ts';
import { TEAMS } from './parse.ts';
import { renderMessage } from './render.ts';

/** Thrown when the connector still throttles after the retries; the outbox tries again later. */
export class RateLimitedError extends Error {
  /** RATE_LIMITED: Teams answered 429 (or 5xx) every time; retry after `retryAfterMs`. */
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterMs: number) {
    super(`Teams connector throttled; retry after ${retryAfterMs} ms`);
  }
}

/** One message for the scheduler to post. */
export interface PostRequest {
  readonly platform: string;
  readonly channel: string;
  readonly payload: readonly Reply[];
}

/** What the scheduler calls. */
export interface Poster {
  post(request: PostRequest): Promise<void>;
}

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
    async post(request) {
      if (request.platform !== TEAMS) throw new Error(`teams poster got a ${request.platform} message`);
      const stored = await findConversation(d.deps, { platform: TEAMS, conversationId: request.channel });
      if (!stored) throw new NoConversationError(`Gremium was never installed in Teams conversation ${request.channel}`);
      for (const [index, reply] of request.payload.entries()) {
        for (let attempt = 1; ; attempt += 1) {
          try {
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
