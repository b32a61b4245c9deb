/**
 * The work after the ack runs a few turns at a time. Slack's clock stops at the HTTP answer (3 s),
 * so acks must never wait behind a backlog of answers being composed: with unbounded concurrency a
 * burst of commands fills the event loop and delays the next acks; with a small limit, waiting turns
 * are just queued closures and new requests are acked at once.
 */

/** Runs at most `limit` jobs at once, in arrival order; `run` resolves with the job's result. */
export function createWorkQueue(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return {
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      try {
        return await job();
      } finally {
        release();
      }
    },
    /** Jobs queued but not started. */
    get queued(): number {
      return waiting.length;
    },
  };
}
