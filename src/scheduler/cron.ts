/**
 * One scheduler instance: node-cron only ticks; every tick calls idempotent jobs with `now`
 * (create due reminders, close due polls, make the weekly digests), and dispatcher loops drain the
 * outbox. Any number of instances may run against one PostgreSQL; PGlite allows one process.
 */
import { pruneClaims } from '../services/claim-once.ts';
import cron from 'node-cron';
import type { Logger } from '../logger.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createDueReminders } from './create-due-reminders.ts';
import { pruneOutbox, startDispatch, type DispatchOptions, type DispatchStats } from './dispatch-outbox.ts';
import type { Poster } from './poster.ts';
import { createWeeklyDigests } from './weekly-digests.ts';

/** Posted messages are kept this long before pruning (longer than any reminder key can be re-created). */
export const OUTBOX_RETENTION_DAYS = 90;

/** How long a handled inbound request is remembered (Slack retries within minutes, Teams re-sends after 15 s). */
export const CLAIM_RETENTION_MS = 24 * 3_600_000;

/** Batches one dispatcher may have going out at once (each on channels of its own). */
const MAX_BATCHES_IN_FLIGHT = 8;

/** How to run one instance. */
export interface SchedulerOptions {
  readonly deps: ServiceDeps;
  readonly poster: Poster;
  readonly instanceId: string;
  readonly tickSeconds: number;
  readonly workers: number;
  readonly idleMs: number;
  readonly dispatch: DispatchOptions;
  /** The decisions facet's idempotent closing of due polls (src/services/decisions/close-poll.ts). */
  readonly closeDuePolls?: (deps: ServiceDeps) => Promise<unknown>;
  readonly logger: Logger;
  /** Called after every dispatch that claimed something (tests and benchmarks count with it). */
  readonly onDispatch?: (stats: DispatchStats) => void;
}

/** A running instance. */
export interface RunningScheduler {
  /** Runs one tick now (also run once at start, which is the catch-up after downtime). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** The node-cron pattern for a tick every `seconds` (1-59 seconds, or whole minutes). */
export function cronPattern(seconds: number): string {
  if (seconds >= 1 && seconds <= 59) return `*/${seconds} * * * * *`;
  const minutes = seconds / 60;
  if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 59) return `0 */${minutes} * * * *`;
  if (seconds === 3600) return '0 0 * * * *';
  throw new RangeError(`tick of ${seconds} s: use 1-59 seconds or whole minutes up to 3600`);
}

/** Starts the ticks and the dispatchers. */
export function startScheduler(o: SchedulerOptions): RunningScheduler {
  let stopped = false;
  let lastPrune = 0;
  const tick = async () => {
    const now = o.deps.now();
    try {
      const created = await createDueReminders(o.deps, now);
      if (created.reminders + created.overdueReports + created.pollReminders + created.mandateWarnings > 0) o.logger.info({ instance: o.instanceId, ...created }, 'reminders created');
      if (created.withoutChannel > 0) o.logger.warn({ duties: created.withoutChannel }, 'due reminders of committees without a channel: set one with /gremium kanaal');
      await o.closeDuePolls?.(o.deps);
      const digests = await createWeeklyDigests(o.deps, now);
      if (digests > 0) o.logger.info({ instance: o.instanceId, digests }, 'weekly digests created');
      if (now.getTime() - lastPrune > 3_600_000) {
        lastPrune = now.getTime();
        await pruneOutbox(o.deps, new Date(now.getTime() - OUTBOX_RETENTION_DAYS * 86_400_000));
        // Inbound claims only guard against retries and replays (minutes); a day is ample.
        await pruneClaims(o.deps, { before: new Date(now.getTime() - CLAIM_RETENTION_MS) });
      }
    } catch (error) {
      o.logger.error({ err: error, instance: o.instanceId }, 'scheduler tick failed');
    }
  };
  const task = cron.schedule(cronPattern(o.tickSeconds), tick, { noOverlap: true, name: `gremium-tick-${o.instanceId}` });
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  // A dispatcher claims again as soon as a claim found work, while earlier batches are still going
  // out (at most MAX_BATCHES_IN_FLIGHT), so a batch that waits on its slowest channel does not hold
  // back channels that became due or free meanwhile.
  const worker = async (n: number) => {
    const id = `${o.instanceId}#${n}`;
    const inFlight = new Set<Promise<void>>();
    while (!stopped) {
      try {
        const batch = await startDispatch(o.deps, o.poster, o.deps.now(), id, o.dispatch);
        if (batch.claimed > 0) {
          const running: Promise<void> = batch.done.then(
            (stats) => {
              o.onDispatch?.(stats);
              if (stats.failed > 0 || stats.lostLease > 0) o.logger.warn({ instance: id, ...stats }, 'outbox messages failed or lost their lease');
            },
            (error: unknown) => o.logger.error({ err: error, instance: id }, 'outbox dispatch failed'),
          ).finally(() => inFlight.delete(running));
          inFlight.add(running);
          if (inFlight.size >= MAX_BATCHES_IN_FLIGHT) await Promise.race(inFlight);
        } else {
          // Idle: look again soon, with jitter so instances do not poll in step.
          await sleep(o.idleMs * (0.5 + Math.random()));
        }
      } catch (error) {
        o.logger.error({ err: error, instance: id }, 'outbox dispatch failed');
        await sleep(Math.max(o.idleMs, 1000));
      }
    }
    await Promise.all(inFlight);
  };
  const first = tick();
  const workers = Array.from({ length: o.workers }, (_, i) => worker(i + 1));
  return {
    tick,
    stop: async () => {
      stopped = true;
      await task.stop();
      await task.destroy();
      await first;
      await Promise.all(workers);
    },
  };
}
