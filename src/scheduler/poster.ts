/**
 * How the outbox reaches a chat platform. One implementation per platform (Slack:
 * src/platforms/slack/outbox-poster.ts); the dispatcher knows only this interface.
 */
import type { Reply } from '../conversation/reply.ts';

/** One outbox message to post. */
export interface OutboxPost {
  /** The outbox key ("duty:<id>:<day>:slack"); posters attach it to the message so a takeover can find it. */
  readonly key: string;
  readonly platform: string;
  /** The platform's channel (a Slack channel id, or a user id for a direct message). */
  readonly channel: string;
  readonly payload: readonly Reply[];
}

/** Posts outbox messages to one or more platforms. */
export interface Poster {
  /** The platforms this poster serves; the dispatcher claims only their messages. */
  readonly platforms: readonly string[];
  /** Posts the message; throws {@link RateLimitedError} when the platform asks to wait, any other error on failure. */
  post(message: OutboxPost): Promise<void>;
  /**
   * After a crash, a message whose lease expired may or may not have been posted. When the platform
   * can tell (Slack: the message metadata carries the key), answers whether it is there already, so
   * the takeover does not post it twice. Absent: the dispatcher posts again (at least once).
   */
  wasPosted?(message: OutboxPost, since: Date): Promise<boolean>;
}

/** The platform said "too many requests": try again after `retryAfterMs` (Slack and Teams send Retry-After). */
export class RateLimitedError extends Error {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterMs: number) {
    super(`rate limited: retry after ${retryAfterMs} ms`);
  }
}

/** One poster for several platforms: each message goes to the poster of its platform. */
export function combinePosters(posters: readonly Poster[]): Poster {
  const byPlatform = new Map(posters.flatMap((poster) => poster.platforms.map((platform) => [platform, poster] as const)));
  const posterOf = (message: OutboxPost) => {
    const poster = byPlatform.get(message.platform);
    if (!poster) throw new Error(`no poster for platform ${message.platform}`);
    return poster;
  };
  return {
    platforms: [...byPlatform.keys()],
    post: (message) => posterOf(message).post(message),
    wasPosted: async (message, since) => (await posterOf(message).wasPosted?.(message, since)) ?? false,
  };
}
