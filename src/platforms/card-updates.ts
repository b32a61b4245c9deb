/**
 * Edits of a posted card (a poll's live tally), coalesced: at most one edit per card per interval
 * (default one second: Slack's chat.update limit; Teams throttles edits of one message as well),
 * and after the last request always one more, so the card ends showing the final state.
 *
 * A burst of 500 votes in five seconds asks for 500 edits; editing once per vote would be 100 edits a
 * second of one message, refused by the platform and showing tallies out of order (turns finish out of
 * order). Here a request only marks the card stale; when its interval allows, the card is read afresh
 * (`read`, after the votes that asked for it were written) and edited once with what it shows then.
 * A request arriving while a card is being read or edited marks it stale again, and is served by the
 * next edit, one interval later: no vote is left out of the last edit.
 *
 * Per process: two bot instances behind one load balancer each keep to the interval on their own.
 */

/** Reads the card as it is now and returns its edit (null: nothing to edit any more). */
export type CardRead = () => Promise<(() => Promise<void>) | null>;

/** Coalesces the edits of posted cards. */
export interface CardUpdates {
  /**
   * Asks for the card named `key` to be brought up to date. `read` (the latest one given is used)
   * reads its current state and returns the edit to make; it runs at the earliest one interval after
   * the card's previous edit was done.
   */
  request(key: string, read: CardRead): void;
  /** Resolves when no card is waiting for or in the middle of an edit. */
  idle(): Promise<void>;
}

interface CardState {
  read: CardRead;
  /** Asked for since the last read began. */
  stale: boolean;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  /** When the last edit was done (ms, the clock of `now`). */
  lastEditAt: number;
}

/** Creates the coalescer; `onError` hears about reads and edits that failed (the next request tries again). */
export function createCardUpdates(options: { intervalMs?: number; onError: (error: unknown) => void; now?: () => number }): CardUpdates {
  const intervalMs = options.intervalMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  const cards = new Map<string, CardState>();
  const waiters: (() => void)[] = [];

  const busy = () => [...cards.values()].some((c) => c.timer !== null || c.running !== null);
  const settle = () => {
    if (busy()) return;
    for (const resolve of waiters.splice(0)) resolve();
  };
  // Cards edited longer than an interval ago need no memory of it: a new request may edit at once.
  const forgetQuiet = () => {
    const t = now();
    for (const [key, c] of cards) if (!c.stale && c.timer === null && c.running === null && t - c.lastEditAt >= intervalMs) cards.delete(key);
  };

  const arm = (card: CardState) => {
    const wait = Math.max(0, card.lastEditAt + intervalMs - now());
    card.timer = setTimeout(() => {
      card.timer = null;
      card.stale = false;
      card.running = (async () => {
        try {
          const edit = await card.read();
          if (!edit) return;
          try {
            await edit();
          } finally {
            // Counted from when the edit is done: the platform received it at some moment during the
            // call, so the next one, an interval after the call ended, arrives at least an interval later
            // however long this one took (counted from its start, a slow edit shortened the gap).
            card.lastEditAt = now();
          }
        } catch (error) {
          options.onError(error);
        }
      })().finally(() => {
        card.running = null;
        if (card.stale) arm(card);
        settle();
      });
    }, wait);
  };

  return {
    request(key, read) {
      forgetQuiet();
      const card = cards.get(key) ?? { read, stale: false, timer: null, running: null, lastEditAt: Number.NEGATIVE_INFINITY };
      cards.set(key, card);
      card.read = read;
      card.stale = true;
      if (card.timer === null && card.running === null) arm(card);
    },
    idle() {
      if (!busy()) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}
