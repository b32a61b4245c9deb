import { describe, expect, it } from 'vitest';
import { canManageCommittee, canManageMandates, type ActorFacts } from '../../src/domain/registry/permissions.ts';

const secretary: ActorFacts = {
  isAdmin: false,
  seats: [{ committeeId: 'sbo', role: 'SECRETARY', from: '2024-01-01', until: '2026-12-31', onBehalfOfId: 'mgr' }],
};
const member: ActorFacts = { isAdmin: false, seats: [{ committeeId: 'sbo', role: 'MEMBER', from: '2024-01-01', until: null, onBehalfOfId: 'noord' }] };
const admin: ActorFacts = { isAdmin: true, seats: [] };

describe('who may change a committee', () => {
  it('lets its secretary change it while the secretary seat runs, up to its last day', () => {
    expect(canManageCommittee(secretary, 'sbo', '2026-12-31')).toBe(true);
    expect(canManageCommittee(secretary, 'sbo', '2027-01-01')).toBe(false);
    expect(canManageCommittee(secretary, 'sbo', '2023-12-31')).toBe(false);
  });

  it('does not let a secretary change another committee, nor a member their own', () => {
    expect(canManageCommittee(secretary, 'oro', '2026-06-01')).toBe(false);
    expect(canManageCommittee(member, 'sbo', '2026-06-01')).toBe(false);
  });

  it('lets an administrator change every committee', () => {
    expect(canManageCommittee(admin, 'anything', '2026-06-01')).toBe(true);
  });

  it('lets a secretary manage mandates of organisations that sit in their committee only', () => {
    expect(canManageMandates(secretary, ['sbo', 'oro'], '2026-06-01')).toBe(true);
    expect(canManageMandates(secretary, ['kbo'], '2026-06-01')).toBe(false);
    expect(canManageMandates(member, ['sbo'], '2026-06-01')).toBe(false);
    expect(canManageMandates(admin, [], '2026-06-01')).toBe(true);
  });
});
