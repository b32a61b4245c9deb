/**
 * Gives memory back after a burst (issue 12, point 4: `gremium serve` idle RSS after 10,000 turns),
 * on the thread that calls it: the main thread (app/serve.ts) and the embedded database's thread
 * (pglite-worker.mjs) each run one, since each is an isolate with a heap of its own.
 *
 * Measured: the heap in use stays flat over 10,000 turns, but V8 keeps the pages a burst grew
 * committed, and its memory reducer did not give them back within 30 s of quiet. A plain full
 * collection frees only pages left (nearly) empty: V8 moves objects off a page only when it is
 * about 95% free, so old-space pages that a burst left half used stay committed (in
 * test/app/idle-gc.test.ts, 82 MiB committed for 29 MiB in use, after any number of plain
 * collections). So once the thread has gone quiet after being busy (its event loop busy less than
 * 2% of 10 s), it collects once with compaction, which moves the survivors together and frees the
 * pages they leave (30 MiB committed there). One per burst, never while requests come in: the pause
 * is about 0.1 s per 30 MiB in use on this project's machines.
 *
 * Plain JavaScript: the database's thread starts without a TypeScript loader (pglite-worker.mjs).
 */
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

const INTERVAL_MS = 10_000;
const QUIET_UTILIZATION = 0.02;

/** The full collection, reachable only with --expose-gc; set at run time it applies to a new context. */
function fullCollection() {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
}

/**
 * A full collection that compacts the fragmented old-space pages, then a plain one for what the first
 * left behind. The V8 flag is on for the first collection only (it is read at each collection).
 */
export function compactHeap(gc = fullCollection()) {
  v8.setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    v8.setFlagsFromString('--no-compact-on-every-full-gc');
  }
  gc();
}

/** Starts collecting after each busy period on this thread; returns its stop. Never keeps the process alive. */
export function collectWhenIdle() {
  const gc = fullCollection();
  let last = performance.eventLoopUtilization();
  let collected = true;
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, last).utilization > QUIET_UTILIZATION;
    last = now;
    if (busy) collected = false;
    else if (!collected) {
      collected = true;
      compactHeap(gc);
    }
  }, INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
