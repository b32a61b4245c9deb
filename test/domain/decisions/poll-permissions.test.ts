/** Who may open and close polls: "A secretary or chair opens a poll in a committee" (issue 4); administrators too. */
import { describe, expect, it } from 'vitest';
import { canRunPolls } from '../../../src/domain/decisions/poll-permissions.ts';
import type { ActorFacts } from '../../../src/domain/registry/permissions.ts';

const seat = (role: ActorFacts['seats'][number]['role'], until: string | null = null) => ({ committeeId: 'oro', role, from: '2024-01-01', until, onBehalfOfId: 'org' });
const actor = (seats: ActorFacts['seats'], isAdmin = false): ActorFacts => ({ isAdmin, seats });

describe('canRunPolls', () => {
  it('lets the secretary, the chair and an administrator run polls', () => {
    expect(canRunPolls(actor([seat('SECRETARY')]), 'oro', '2026-11-25')).toBe(true);
    expect(canRunPolls(actor([seat('CHAIR')]), 'oro', '2026-11-25')).toBe(true);
    expect(canRunPolls(actor([], true), 'oro', '2026-11-25')).toBe(true);
  });

  it('refuses members, advisers, another committee and a chair whose seat has ended', () => {
    expect(canRunPolls(actor([seat('MEMBER'), seat('ADVISER')]), 'oro', '2026-11-25')).toBe(false);
    expect(canRunPolls(actor([seat('CHAIR')]), 'sbo', '2026-11-25')).toBe(false);
    expect(canRunPolls(actor([seat('CHAIR', '2026-06-30')]), 'oro', '2026-11-25')).toBe(false);
  });
});
