/**
 * What a vote burst is judged on, shared by the Slack and Teams benches (bench/support/slack-burst.ts,
 * teams-burst.ts): a poll card in a channel of BURST_SEATS member seats, every member clicks a vote
 * button within BURST_SECONDS. Every click answered within the platform's limit, no vote lost or
 * doubled, and the posted card edited in place at most once a second, its last edit showing the
 * final tally.
 */
import { percentile } from './stats.ts';

/** Member seats in the burst's committee, and so clicks (BENCH_BURST_SEATS, default 500). */
export const BURST_SEATS = Number(process.env.BENCH_BURST_SEATS ?? 500);
/** The clicks come evenly spread over this many seconds (BENCH_BURST_SECONDS, default 5). */
export const BURST_SECONDS = Number(process.env.BENCH_BURST_SECONDS ?? 5);

/** The most arrivals within any window of `windowMs` (a sliding window over sorted times). */
export function mostWithin(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let from = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[from]! >= windowMs) from++;
    most = Math.max(most, i - from + 1);
  }
  return most;
}

/** The shortest gap between consecutive times, in ms (Infinity for fewer than two). */
export function shortestGap(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < sorted.length; i++) gap = Math.min(gap, sorted[i]! - sorted[i - 1]!);
  return gap;
}

/** What one burst measured. */
export interface BurstResult {
  readonly platform: string;
  readonly database: string;
  /** The platform's limit for the click's answer, ms. */
  readonly limitMs: number;
  /** From each click's due time to its HTTP answer, ms. */
  readonly answers: readonly number[];
  readonly non200: number;
  /** From each click's due time to the voter's confirmation (Slack: at the response_url), ms; Teams: the invoke answer is it. */
  readonly confirmations: readonly number[];
  readonly stances: number;
  readonly distinctSeats: number;
  /** Confirmations that arrived more than once for one click, and clicks that got none. */
  readonly doubledConfirmations: number;
  readonly missingConfirmations: number;
  /** Arrival times (epoch ms) of the card's edits at the fake platform, from the first click on. */
  readonly updates: readonly number[];
  readonly lastShowsFinalTally: boolean;
  /** Epoch ms: the first click's due time. */
  readonly firstClickAt: number;
}

/** The table row, and whether every target was met. */
export function burstRow(r: BurstResult): { row: Record<string, string | number>; met: boolean } {
  const seconds = r.updates.length ? (Math.max(...r.updates) - r.firstClickAt) / 1000 : 0;
  const bound = Math.ceil(seconds) + 1;
  const perSecond = mostWithin(r.updates, 1000);
  const lost = BURST_SEATS - r.distinctSeats;
  const doubled = r.stances - r.distinctSeats;
  const worst = Math.max(...r.answers);
  const met = r.non200 === 0 && worst <= r.limitMs && lost === 0 && doubled === 0 && r.doubledConfirmations === 0 && r.missingConfirmations === 0
    && perSecond <= 1 && r.lastShowsFinalTally && r.updates.length <= bound;
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  return {
    met,
    row: {
      platform: r.platform,
      database: r.database,
      clicks: r.answers.length,
      'answer p50 / p99 / max': `${ms(percentile(r.answers, 50))} / ${ms(percentile(r.answers, 99))} / ${ms(worst)} (limit ${r.limitMs / 1000} s)`,
      'confirmation p50 / p99': r.confirmations.length ? `${ms(percentile(r.confirmations, 50))} / ${ms(percentile(r.confirmations, 99))}` : '',
      'lost / doubled votes': `${lost} / ${doubled}`,
      'confirmations missing / doubled': `${r.missingConfirmations} / ${r.doubledConfirmations}`,
      'card edits': `${r.updates.length} in ${seconds.toFixed(1)} s (bound ${bound})`,
      'most in 1 s': perSecond,
      'shortest gap': r.updates.length > 1 ? ms(shortestGap(r.updates)) : '',
      'last edit shows final tally': r.lastShowsFinalTally ? 'yes' : 'NO',
      targets: met ? 'met' : 'NOT met',
    },
  };
}
