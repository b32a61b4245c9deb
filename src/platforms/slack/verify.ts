/**
 * Request checks on top of Bolt's own. Bolt verifies the HMAC signature (v0:timestamp:body with the
 * signing secret) and refuses timestamps more than five minutes old, but accepts any timestamp in the
 * future and handles the same signed request as often as it is sent (PLATFORM.md). Here: a timestamp
 * more than five minutes ahead is refused with 401 before anything is read, and every request claims
 * its keys in the database (signature, event_id, trigger_id) so a replay or a Slack retry
 * (X-Slack-Retry-Num) is handled once.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { ServiceDeps } from '../../services/deps.ts';
import { claimOnceAtRevision } from '../../services/claim-once.ts';

/** Slack's window for request timestamps, in seconds, in either direction. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** Context properties this adapter adds to Bolt's (see {@link requestProperties}). */
export interface RequestProperties {
  readonly slackSignature?: string;
  readonly socketEnvelopeId?: string;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Wraps Bolt's HTTP request listener: a request whose X-Slack-Request-Timestamp lies more than five
 * minutes in the future gets 401 and never reaches Bolt. (Old or missing ones Bolt refuses itself.)
 */
export function refuseFutureTimestamps(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  now: () => Date,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const stamp = Number(header(req, 'x-slack-request-timestamp'));
    if (Number.isFinite(stamp) && stamp - now().getTime() / 1000 > MAX_CLOCK_SKEW_SECONDS) {
      req.resume();
      res.writeHead(401).end();
      return;
    }
    listener(req, res);
  };
}

/**
 * Wraps Bolt's HTTP request listener: a POST without a body gets 400 at once. (Bolt answers a signed
 * malformed body with 400 itself, but takes an empty form body for an event nobody handles and
 * answers it only after its three-second wait.)
 */
export function refuseEmptyBodies(listener: (req: IncomingMessage, res: ServerResponse) => void): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const length = header(req, 'content-length');
    const chunked = /chunked/i.test(header(req, 'transfer-encoding') ?? '');
    if (req.method === 'POST' && !chunked && (length === undefined || Number(length) === 0)) {
      req.resume();
      res.writeHead(400).end();
      return;
    }
    listener(req, res);
  };
}

/** Bolt's customPropertiesExtractor for the HTTP receiver: the signature names the exact request. */
export function requestProperties(req: IncomingMessage): RequestProperties {
  const signature = header(req, 'x-slack-signature');
  return signature ? { slackSignature: signature } : {};
}

/** The keys that name one request: its signature, its event (same across retries), its trigger. */
export function dedupeKeys(body: Record<string, unknown>, context: RequestProperties): string[] {
  const keys: string[] = [];
  if (context.slackSignature) keys.push(`sig:${context.slackSignature}`);
  if (context.socketEnvelopeId) keys.push(`envelope:${context.socketEnvelopeId}`);
  if (typeof body.event_id === 'string') keys.push(`event:${body.event_id}`);
  if (typeof body.trigger_id === 'string') keys.push(`trigger:${body.trigger_id}`);
  return keys;
}

/** Payloads answered with an empty ack at once; the work follows (Slack wants an answer within 3 s). */
function acksEarly(body: Record<string, unknown>): boolean {
  return typeof body.command === 'string' || body.type === 'block_actions' || body.type === 'shortcut';
}

/** The context key under which handleOnce leaves the reads it started beside the claim. */
export const FIRST_READS = 'gremiumFirstReads';

/** The context key under which handleOnce leaves the registry revision its claim read (a Promise<bigint>). */
export const CLAIM_REVISION = 'gremiumClaimRevision';

/** Reads a turn starts with, begun beside the request's claim. */
export interface StartedReads<T = unknown> {
  readonly result: Promise<T>;
}

/**
 * The first global middleware: acks commands, button clicks and shortcuts at once (their listeners
 * never call ack), then claims the request; a request claimed before is dropped silently.
 * view_submission is acked by its listener, which may answer with field errors.
 * `firstReads` may start a turn's first reads (who the sender is, the registry's names) from the
 * registry's revision, which the claim's statement reads too, so the turn does not wait for one
 * statement and then another; they are left in the context under FIRST_READS, and dropped with the
 * request when the claim fails.
 */
export function handleOnce(
  deps: ServiceDeps,
  onDuplicate: (keys: string[]) => void,
  firstReads?: (body: Record<string, unknown>, revision: Promise<bigint>) => StartedReads | null,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as unknown as Record<string, unknown>;
    const ack = 'ack' in args && typeof args.ack === 'function' ? (args.ack as (r?: unknown) => Promise<void>) : null;
    if (ack && acksEarly(body)) await ack();
    const keys = dedupeKeys(body, args.context as RequestProperties);
    const claim = claimOnceAtRevision(deps, { platform: 'slack', keys });
    const reads = firstReads?.(body, claim.then((c) => c.revision)) ?? null;
    // Never an unhandled rejection: a listener that takes the reads sees their failure itself.
    reads?.result.catch(() => undefined);
    if (!(await claim).claimed) {
      onDuplicate(keys);
      if (ack && !acksEarly(body)) await ack();
      return;
    }
    (args.context as Record<string, unknown>)[CLAIM_REVISION] = claim.then((c) => c.revision);
    if (reads) (args.context as Record<string, unknown>)[FIRST_READS] = reads;
    await args.next();
  };
}
