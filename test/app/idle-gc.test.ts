/**
 * The idle collector of `gremium serve` and of the embedded database's thread (src/db/idle-gc.mjs):
 * after a burst it must give back the heap pages the burst left committed, which a plain full
 * collection keeps while each holds a few survivors (issue 12, point 4: idle RSS after 10,000 turns).
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compactHeap } from '../../src/db/idle-gc.mjs';

const MiB = 1024 * 1024;

/** Old space a burst left fragmented: objects old enough to be promoted, two of every three then dropped. */
function fragmentedOldSpace(gc: () => void): object[] {
  let turns: object[] | null = Array.from({ length: 600_000 }, (_, i) => ({ id: i, text: `turn ${i}`, seats: [i, i + 1] }));
  gc();
  gc(); // survived twice: in old space now
  const kept = turns.filter((_, i) => i % 3 === 0);
  turns = null;
  return kept;
}

const oldSpace = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')!;

describe('compactHeap', () => {
  it('gives back old-space pages a burst left fragmented, which plain full collections keep', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const kept = fragmentedOldSpace(gc);
    gc();
    gc();
    const plain = oldSpace();
    compactHeap(gc);
    const compacted = oldSpace();
    expect(kept).toHaveLength(200_000);
    // What is in use stays; the committed pages beyond it go (measured: 82 MiB committed for 29 MiB
    // in use after plain collections, 30 MiB committed after compactHeap).
    expect(Math.abs(compacted.space_used_size - plain.space_used_size)).toBeLessThan(4 * MiB);
    const freeBefore = plain.space_size - plain.space_used_size;
    const freeAfter = compacted.space_size - compacted.space_used_size;
    expect(freeBefore).toBeGreaterThan(24 * MiB);
    expect(freeAfter).toBeLessThan(freeBefore / 2);
  });
});
