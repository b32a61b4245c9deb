/**
 * Open-loop ("paced") load: each of `users` users sends one request every `intervalMs`, whether or
 * not their previous one was answered, staggered evenly across the interval. Unlike the closed-loop
 * saturation scenario (each user fires again the instant an answer arrives, so the offered load is
 * whatever the server can take and p99 measures queueing on the machine's cores), this offers a fixed
 * rate of users/intervalMs requests per ms, so p99 is what a user feels at that load.
 * Latency is measured from the request's scheduled time (no coordinated omission): when the process
 * lags, the lag counts.
 */

/** The interval from the environment (ms), default 1,000: 50 users then offer 50 requests/s. */
export function pacedInterval(envName: string, fallback = 1000): number {
  const value = Number(process.env[envName] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${envName} must be a positive number of milliseconds`);
  return value;
}

/** Result of one paced run. */
export interface PacedResult {
  readonly latencies: number[];
  readonly failures: number;
  readonly seconds: number;
}

/**
 * Runs `perUser` rounds: user u sends request number `round * users + u` at
 * start + (u / users + round) * intervalMs (`at`, on performance.now()'s clock). `send` returns the HTTP status.
 */
export async function paced(users: number, perUser: number, intervalMs: number, send: (n: number, user: number, at: number) => Promise<number>): Promise<PacedResult> {
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now() + 20;
  const inflight: Promise<void>[] = [];
  const one = async (n: number, user: number, at: number) => {
    const wait = at - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const status = await send(n, user, at).catch(() => 0);
    latencies.push(performance.now() - at);
    if (status !== 200) failures += 1;
  };
  for (let round = 0; round < perUser; round++) {
    for (let user = 0; user < users; user++) inflight.push(one(round * users + user, user, start + (user / users + round) * intervalMs));
  }
  await Promise.all(inflight);
  return { latencies, failures, seconds: (performance.now() - start) / 1000 };
}
