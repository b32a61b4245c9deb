/**
 * The limits every HTTP server of Gremium applies (issue 13: the Teams endpoint kept 300 slow-body
 * connections open for 80 s). Slack, Teams and the calendar feed send or ask small requests at
 * once; a client that takes longer than a few seconds to send its headers or its whole request is
 * cut off, and a body over the limit is refused before it is read whole.
 */
import type { ServerOptions } from 'node:http';

/** The limits, in milliseconds and bytes. */
export interface HttpLimits {
  /** Until the request's headers are in. */
  readonly headersTimeoutMs: number;
  /** Until the whole request (headers and body) is in; not the answer, which a turn may take longer on. */
  readonly requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  readonly keepAliveTimeoutMs: number;
  /** The largest request body taken (Slack and Teams payloads are a few kilobytes). */
  readonly bodyBytes: number;
}

/** The limits every server uses. */
export const HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 5_000,
  keepAliveTimeoutMs: 5_000,
  bodyBytes: 1_000_000,
};

/**
 * node:http options that apply the limits. Node checks the header and request timeouts every
 * `connectionsCheckingInterval` (30 s by default, which would let a slow client stay that long).
 */
export function serverOptions(limits: HttpLimits = HTTP_LIMITS): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: 1_000,
  };
}
