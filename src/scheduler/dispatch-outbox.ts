/**
 * The scheduler's second job: post what the outbox holds, exactly once across instances.
 *
 * Claiming is one SQL statement (a CTE): pick the heads of up to `channels` channels that are due,
 * not leased and not posted to within `channelGapMs`, lock them FOR UPDATE SKIP LOCKED (so
 * concurrent instances never pick the same row), and set `leaseUntil`/`leasedBy` on them. A lease
 * that expired (its instance crashed) is simply claimable again: that is the takeover. A taken-over
 * message may have been posted just before the crash, so when the poster can tell (Slack: the key in
 * the message metadata) it is checked first and not posted twice.
 *
 * Per channel, messages go out in order and at most one per `channelGapMs` (Slack allows about one
 * message per second per channel). A rate limit (RateLimitedError) moves the message, and the rest
 * of that channel's batch, to now + Retry-After and releases the lease; it is not counted as a failed
 * attempt. Any other error counts an attempt, backs off exponentially, and marks the message FAILED
 * after `maxAttempts`.
 */
import type { Reply } from '../conversation/reply.ts';
import { runStatement } from '../db/raw-sql.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { RateLimitedError, type OutboxPost, type Poster } from './poster.ts';

/** Tuning of one dispatcher; the defaults suit Slack. */
export interface DispatchOptions {
  /** Channels claimed per call (default 50). */
  readonly channels?: number;
  /** Messages claimed per channel per call (default 10). */
  readonly perChannel?: number;
  /** How long a claim is held before another instance may take it over (default 60 s). */
  readonly leaseMs?: number;
  /** Least time between two posts to one channel (default 1,000 ms). */
  readonly channelGapMs?: number;
  /** Attempts before a message is marked FAILED (default 5). */
  readonly maxAttempts?: number;
  /** Waits (tests pass a fake). */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** What one call did. */
export interface DispatchStats {
  claimed: number;
  sent: number;
  /** Taken over after a crash and found already posted: marked SENT without posting again. */
  alreadyPosted: number;
  takenOver: number;
  rateLimited: number;
  retried: number;
  failed: number;
  /** Posted, but the lease had passed to another instance before it was marked (a lease too short). */
  lostLease: number;
}

interface Claimed {
  id: string;
  key: string;
  platform: string;
  channel: string;
  payload: unknown;
  attempts: number;
  dueAt: Date;
  previous: string | null;
}

const DEFAULTS = { channels: 50, perChannel: 10, leaseMs: 60_000, channelGapMs: 1_000, maxAttempts: 5 };
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff after a failed attempt: 30 s, 1 min, 2 min ... at most 1 h. */
export function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/** Claims one batch as of `now` and posts it; resolves when the batch is done. */
export async function dispatchOutbox(deps: ServiceDeps, poster: Poster, now: Date, instanceId: string, options: DispatchOptions = {}): Promise<DispatchStats> {
  return (await startDispatch(deps, poster, now, instanceId, options)).done;
}

/**
 * Claims one batch as of `now` and starts posting it: resolves once claimed, with how many, and
 * `done`, which resolves when the batch is posted. A dispatcher can claim the next batch (other
 * channels: claimed ones are leased, so not claimable) while this one is still going out.
 */
export async function startDispatch(
  deps: ServiceDeps, poster: Poster, now: Date, instanceId: string, options: DispatchOptions = {},
): Promise<{ claimed: number; done: Promise<DispatchStats> }> {
  const o = { ...DEFAULTS, ...options };
  const sleep = options.sleep ?? realSleep;
  const leaseUntil = new Date(now.getTime() + o.leaseMs);
  // Claim no more per channel than the lease leaves time to post at the channel's pace.
  const fits = o.channelGapMs > 0 ? Math.floor((o.leaseMs * 0.6) / o.channelGapMs) : o.perChannel;
  const claimed = await claim(deps, poster.platforms, now, leaseUntil, instanceId, { ...o, perChannel: Math.max(1, Math.min(o.perChannel, fits)) });
  const stats: DispatchStats = { claimed: claimed.length, sent: 0, alreadyPosted: 0, takenOver: 0, rateLimited: 0, retried: 0, failed: 0, lostLease: 0 };
  const byChannel = new Map<string, Claimed[]>();
  for (const m of claimed) {
    const k = `${m.platform}\u0000${m.channel}`;
    const queue = byChannel.get(k);
    if (queue) queue.push(m);
    else byChannel.set(k, [m]);
  }
  const marker = sentMarker(deps, instanceId, Math.min(20, o.channelGapMs / 20));
  const done = Promise.all([...byChannel.values()].map((queue) => runChannel(deps, poster, queue, instanceId, leaseUntil, o, sleep, stats, marker))).then(() => stats);
  return { claimed: claimed.length, done };
}

/**
 * The claim: $1 platforms, $2 now, $3 recent, $4 channels, $5 perChannel, $6 leaseUntil, $7 instanceId.
 * A channel is taken by locking its head row (SKIP LOCKED), so two dispatchers claiming at the same
 * moment take different channels instead of splitting one channel's messages between them (which
 * would break its order and pace); the final UPDATE re-checks the lease, so a row is claimed once.
 * Channels are matched by their head row id against an array, not by a join: on a table whose
 * statistics lag a burst of new rows the planner would choose a nested loop (rows x channels).
 */
const CLAIM_SQL = `
    WITH heads AS (
      SELECT id, platform, channel, "dueAt",
             row_number() OVER w AS rn, first_value(id) OVER w AS head
      FROM "OutboxMessage"
      WHERE status = 'PENDING' AND platform = ANY($1::text[])
      WINDOW w AS (PARTITION BY platform, channel ORDER BY "dueAt", "createdAt", id)
    ),
    busy AS (
      SELECT DISTINCT platform, channel FROM "OutboxMessage"
      WHERE platform = ANY($1::text[])
        AND ((status = 'PENDING' AND "leaseUntil" > $2::timestamptz) OR (status = 'SENT' AND "sentAt" > $3::timestamptz))
    ),
    chosen AS (
      SELECT m.id FROM "OutboxMessage" m
      JOIN heads h ON h.id = m.id
      WHERE h.rn = 1 AND h."dueAt" <= $2::timestamptz
        AND NOT EXISTS (SELECT 1 FROM busy b WHERE b.platform = h.platform AND b.channel = h.channel)
      ORDER BY h."dueAt" LIMIT $4::int
      FOR UPDATE OF m SKIP LOCKED
    ),
    picked AS (
      SELECT m.id, m."leasedBy" AS previous FROM "OutboxMessage" m
      JOIN heads h ON h.id = m.id
      WHERE h.rn <= $5::int AND h."dueAt" <= $2::timestamptz AND h.head = ANY(ARRAY(SELECT id FROM chosen))
      FOR UPDATE OF m SKIP LOCKED
    )
    UPDATE "OutboxMessage" u SET "leaseUntil" = $6::timestamptz, "leasedBy" = $7::text
    FROM picked
    WHERE u.id = picked.id AND u.status = 'PENDING' AND (u."leaseUntil" IS NULL OR u."leaseUntil" <= $2::timestamptz)
    RETURNING u.id, u.key, u.platform, u.channel, u.payload, u.attempts, u."dueAt", picked.previous`;

async function claim(deps: ServiceDeps, platforms: readonly string[], now: Date, leaseUntil: Date, instanceId: string, o: typeof DEFAULTS): Promise<Claimed[]> {
  const recent = new Date(now.getTime() - o.channelGapMs);
  // Past the Prisma client (a claim returns up to thousands of rows; Prisma's raw path costs several
  // times the query's own work per row): db/raw-sql.ts.
  const values = [[...platforms], now, recent, o.channels, o.perChannel, leaseUntil, instanceId];
  return runStatement<Claimed>(deps.db, { name: 'gremium_outbox_claim', text: CLAIM_SQL, values });
}

async function runChannel(
  deps: ServiceDeps, poster: Poster, queue: Claimed[], instanceId: string, leaseUntil: Date,
  o: typeof DEFAULTS, sleep: (ms: number) => Promise<void>, stats: DispatchStats, markSent: (id: string) => Promise<boolean>,
): Promise<void> {
  queue.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  let lastPost = 0;
  for (let i = 0; i < queue.length; i++) {
    const m = queue[i]!;
    const wait = lastPost === 0 ? 0 : lastPost + o.channelGapMs - Date.now();
    // Never post on a lease that may run out before the post is marked: hand the rest back.
    if (deps.now().getTime() + Math.max(0, wait) + o.channelGapMs + Math.min(5_000, o.leaseMs / 5) > leaseUntil.getTime()) {
      await release(deps, queue.slice(i).map((q) => q.id), instanceId, null);
      return;
    }
    if (wait > 0) await sleep(wait);
    const post: OutboxPost = { key: m.key, platform: m.platform, channel: m.channel, payload: m.payload as Reply[] };
    try {
      if (m.previous !== null) {
        stats.takenOver++;
        if (poster.wasPosted && (await poster.wasPosted(post, new Date(m.dueAt.getTime() - 60_000)))) {
          if (await markSent(m.id)) stats.alreadyPosted++;
          else stats.lostLease++;
          continue;
        }
      }
      await poster.post(post);
      lastPost = Date.now();
      if (await markSent(m.id)) stats.sent++;
      else stats.lostLease++;
    } catch (error) {
      if (error instanceof RateLimitedError) {
        stats.rateLimited++;
        await release(deps, queue.slice(i).map((q) => q.id), instanceId, new Date(deps.now().getTime() + error.retryAfterMs));
        return;
      }
      await recordFailure(deps, m, instanceId, error, o.maxAttempts, stats);
    }
  }
}

/**
 * Marks posted messages SENT, a few at a time: the posts that finish within `windowMs` of each other
 * (across the batch's channels) share one UPDATE. Each caller still waits for its own mark before it
 * goes on, so a message is marked before its lease could run out (runChannel keeps that margin) and
 * before the batch returns. A crash between a post and its mark is the case the takeover's
 * wasPosted check is for, as before; the window only widens it by a few milliseconds.
 */
function sentMarker(deps: ServiceDeps, instanceId: string, windowMs: number): (id: string) => Promise<boolean> {
  let pending: { id: string; done: (ok: boolean) => void; fail: (error: unknown) => void }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const marked = await markSent(deps, batch.map((b) => b.id), instanceId);
      for (const b of batch) b.done(marked.has(b.id));
    } catch (error) {
      for (const b of batch) b.fail(error);
    }
  };
  return (id) => new Promise<boolean>((done, fail) => {
    pending.push({ id, done, fail });
    if (pending.length === 1) {
      if (windowMs > 0) setTimeout(() => void flush(), windowMs);
      else setImmediate(() => void flush());
    }
  });
}

/** Marks the messages still leased by `instanceId` SENT; answers the ids it marked. */
async function markSent(deps: ServiceDeps, ids: readonly string[], instanceId: string): Promise<Set<string>> {
  const sentAt = deps.now();
  const rows = await runStatement<{ id: string }>(deps.db, {
    name: 'gremium_outbox_mark_sent',
    text: `UPDATE "OutboxMessage" SET status = 'SENT', "sentAt" = $1, "leaseUntil" = NULL
           WHERE id = ANY($2::text[]) AND "leasedBy" = $3 AND status = 'PENDING' RETURNING id`,
    values: [sentAt, [...ids], instanceId],
  });
  return new Set(rows.map((r) => r.id));
}

/** Hands messages back unposted; with `notBefore`, they (and so their channel) wait until then. */
async function release(deps: ServiceDeps, ids: readonly string[], instanceId: string, notBefore: Date | null): Promise<void> {
  if (ids.length === 0) return;
  await deps.db.$executeRaw`
    UPDATE "OutboxMessage"
    SET "leaseUntil" = NULL, "leasedBy" = NULL, "dueAt" = GREATEST("dueAt", COALESCE(${notBefore}::timestamptz, "dueAt"))
    WHERE id = ANY(${[...ids]}::text[]) AND "leasedBy" = ${instanceId} AND status = 'PENDING'`;
}

async function recordFailure(deps: ServiceDeps, m: Claimed, instanceId: string, error: unknown, maxAttempts: number, stats: DispatchStats): Promise<void> {
  const attempts = m.attempts + 1;
  const failed = attempts >= maxAttempts;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const dueAt = new Date(deps.now().getTime() + backoffMs(attempts));
  if (failed) stats.failed++;
  else stats.retried++;
  await deps.db.outboxMessage.updateMany({
    where: { id: m.id, leasedBy: instanceId, status: 'PENDING' },
    data: { attempts, lastError: message, leaseUntil: null, leasedBy: null, ...(failed ? { status: 'FAILED' } : { dueAt }) },
  });
}

/** Deletes posted messages older than `before` (the outbox is a queue, not an archive). */
export async function pruneOutbox(deps: ServiceDeps, before: Date): Promise<number> {
  return (await deps.db.outboxMessage.deleteMany({ where: { status: 'SENT', sentAt: { lt: before } } })).count;
}
