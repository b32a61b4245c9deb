/**
 * Coalesced card edits (src/platforms/card-updates.ts), on a fake clock: a lone change is shown at
 * once; a flood of changes gives one edit per interval and always a last one made after the last
 * change; a change during an edit is not lost; a failed read is reported and the next change edits.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardUpdates, type CardRead } from '../src/platforms/card-updates.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A card whose state is `version`; each read records the version it saw and when its edit ran. */
function card() {
  const state = { version: 0, edits: [] as { at: number; shows: number }[] };
  const read: CardRead = async () => {
    const shows = state.version;
    return async () => {
      state.edits.push({ at: Date.now(), shows });
    };
  };
  return { state, read };
}

const updates = (errors: unknown[] = []) => createCardUpdates({ intervalMs: 1000, onError: (e) => errors.push(e), now: () => Date.now() });

describe('card edits', () => {
  it('shows a lone change at once', async () => {
    const u = updates();
    const c = card();
    c.state.version = 1;
    u.request('poll:1', c.read);
    await vi.advanceTimersByTimeAsync(0);
    expect(c.state.edits).toEqual([{ at: 0, shows: 1 }]);
  });

  it('edits a flooded card once per second and last with the final state', async () => {
    const u = updates();
    const c = card();
    // 50 changes, one every 50 ms (2.5 s).
    for (let i = 1; i <= 50; i++) {
      c.state.version = i;
      u.request('poll:1', c.read);
      await vi.advanceTimersByTimeAsync(50);
    }
    const done = u.idle();
    await vi.runAllTimersAsync();
    await done;
    const { edits } = c.state;
    const lastChangeAt = 49 * 50;
    expect(edits.length).toBeLessThanOrEqual(Math.ceil(lastChangeAt / 1000) + 1);
    for (let i = 1; i < edits.length; i++) expect(edits[i]!.at - edits[i - 1]!.at).toBeGreaterThanOrEqual(1000);
    expect(edits.at(-1)!.shows).toBe(50);
  });

  it('keeps a second between the edits as the platform receives them, however long an edit takes to get there', async () => {
    const u = updates();
    // The platform receives each edit when its call ends: the first takes 300 ms, the rest 10 ms.
    const received: number[] = [];
    let version = 0;
    const read: CardRead = async () => async () => {
      await new Promise((resolve) => setTimeout(resolve, received.length === 0 ? 300 : 10));
      received.push(Date.now());
    };
    for (let i = 1; i <= 40; i++) {
      version = i;
      u.request('poll:1', read);
      await vi.advanceTimersByTimeAsync(50);
    }
    const done = u.idle();
    await vi.runAllTimersAsync();
    await done;
    expect(version).toBe(40);
    expect(received.length).toBeGreaterThan(1);
    for (let i = 1; i < received.length; i++) expect(received[i]! - received[i - 1]!).toBeGreaterThanOrEqual(1000);
  });

  it('keeps a change made while an edit is under way for the next edit', async () => {
    const u = updates();
    const state = { version: 1, shown: [] as number[] };
    let release!: () => void;
    const slow: CardRead = async () => {
      const shows = state.version;
      await new Promise<void>((resolve) => (release = resolve));
      return async () => void state.shown.push(shows);
    };
    u.request('poll:1', slow);
    await vi.advanceTimersByTimeAsync(0);
    state.version = 2; // written while the first read is in flight
    u.request('poll:1', slow);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.shown).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1000);
    release();
    const done = u.idle();
    await vi.runAllTimersAsync();
    await done;
    expect(state.shown).toEqual([1, 2]);
  });

  it('keeps each card to its own second', async () => {
    const u = updates();
    const a = card();
    const b = card();
    u.request('poll:a', a.read);
    u.request('poll:b', b.read);
    await vi.advanceTimersByTimeAsync(0);
    expect([a.state.edits.length, b.state.edits.length]).toEqual([1, 1]);
  });

  it('reports a failed read, and the next change edits again', async () => {
    const errors: unknown[] = [];
    const u = updates(errors);
    u.request('poll:1', async () => {
      throw new Error('database gone');
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    const c = card();
    c.state.version = 7;
    u.request('poll:1', c.read);
    await vi.advanceTimersByTimeAsync(1000);
    expect(c.state.edits.map((e) => e.shows)).toEqual([7]);
  });
});
