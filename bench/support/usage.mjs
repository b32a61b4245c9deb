/**
 * Loaded with `node --import` into a process the start benchmark measures (bench/start.ts): when the
 * process exits it writes its own CPU time and peak memory, all threads included (getrusage), as JSON
 * to the file named by BENCH_USAGE_FILE. The same for Gremium and for the bare PGlite floor.
 */
import fs from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    fs.writeFileSync(file, JSON.stringify({ cpuMs, peakRssKiB: usage.maxRSS }));
  });
}
