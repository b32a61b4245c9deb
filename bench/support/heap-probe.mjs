/**
 * Loaded with `node --expose-gc --import` into the `gremium serve` that bench/support/serve-memory.ts
 * measures: on SIGUSR2 it runs a full garbage collection and writes the process's RSS and the main
 * thread's heap, as JSON, to the file named by BENCH_HEAP_FILE. RSS alone mixes what is still in use
 * with garbage V8 has not collected yet and heap V8 keeps for the next burst; the heap in use after a
 * full collection is what a leak would make grow.
 */
import fs from 'node:fs';

const file = process.env.BENCH_HEAP_FILE;
if (file && typeof globalThis.gc === 'function') {
  process.on('SIGUSR2', () => {
    const before = process.memoryUsage().rss;
    globalThis.gc();
    const after = process.memoryUsage();
    fs.writeFileSync(file, JSON.stringify({ rssBefore: before, rss: after.rss, heapUsed: after.heapUsed, heapTotal: after.heapTotal }));
  });
}
