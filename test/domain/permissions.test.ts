/**
 * The permission table read by `authorize` (src/domain/permissions): offices count only while their
 * seat runs, only in their own committee; administrators always; the limits of issue 13, point 3.
 * test/services/permissions-table.test.ts tries every cell through the services on a real database.
 */
import { describe, expect, it } from 'vitest';
import { authorize, earliestSeatStart, type ActorFacts } from '../../src/domain/permissions/authorize.ts';
import { scopeCommittee } from '../../src/domain/permissions/mandate-scope.ts';
import { ACTIONS, BACKDATE_GRACE_DAYS, PERMISSIONS } from '../../src/domain/permissions/table.ts';
import { holdsDuty } from '../../src/domain/schedule/duty-holders.ts';

const TODAY = '2026-11-25';
type Seat = ActorFacts['seats'][number];
const seat = (role: Seat['role'], committeeId = 'sbo', from = '2024-01-01', until: string | null = null): Seat => ({ committeeId, role, from, until, onBehalfOfId: 'mgr' });
const actor = (seats: Seat[], isAdmin = false): ActorFacts => ({ personId: 'me', isAdmin, seats });
const secretary = actor([seat('SECRETARY')]);
const admin = actor([], true);

describe('the table', () => {
  it('has a row for every action, each naming a refusal, and only known limits', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
    for (const action of ACTIONS) expect(PERMISSIONS[action].refusal).toMatch(/^[A-Z_]+$/);
  });
});

describe('offices count only while current, and only in their own committee', () => {
  it('lets the secretary change her committee from her first day through her last', () => {
    const s = actor([seat('SECRETARY', 'sbo', '2024-01-01', '2026-12-31')]);
    expect(authorize(s, 'seat.end', { committeeId: 'sbo' }, '2024-01-01')).toBeNull();
    expect(authorize(s, 'seat.end', { committeeId: 'sbo' }, '2026-12-31')).toBeNull();
    expect(authorize(s, 'seat.end', { committeeId: 'sbo' }, '2027-01-01')).toBe('NOT_COMMITTEE_SECRETARY');
    expect(authorize(s, 'seat.end', { committeeId: 'sbo' }, '2023-12-31')).toBe('NOT_COMMITTEE_SECRETARY');
  });

  it('refuses a secretary another committee, and a member her own', () => {
    expect(authorize(secretary, 'attendance.record', { committeeId: 'oro' }, TODAY)).toBe('NOT_COMMITTEE_SECRETARY');
    expect(authorize(actor([seat('MEMBER')]), 'attendance.record', { committeeId: 'sbo' }, TODAY)).toBe('NOT_COMMITTEE_SECRETARY');
  });

  it('lets the secretary and the chair run polls, not a chair whose seat ended', () => {
    expect(authorize(actor([seat('CHAIR')]), 'poll.open', { committeeId: 'sbo' }, TODAY)).toBeNull();
    expect(authorize(actor([seat('CHAIR', 'sbo', '2024-01-01', '2026-06-30')]), 'poll.close', { committeeId: 'sbo' }, TODAY)).toBe('NOT_POLL_MANAGER');
    expect(authorize(actor([seat('MEMBER'), seat('ADVISER')]), 'poll.open', { committeeId: 'sbo' }, TODAY)).toBe('NOT_POLL_MANAGER');
  });

  it('lets an administrator do everything, unlimited', () => {
    for (const action of ACTIONS) expect(authorize(admin, action, { committeeId: null, personId: 'me', seat: { role: 'MEMBER', from: '2020-01-01' } }, TODAY)).toBeNull();
  });
});

describe('the limits on a secretary (issue 13, point 3)', () => {
  it(`refuses a seat beginning more than ${BACKDATE_GRACE_DAYS} days ago, and allows one beginning exactly then`, () => {
    const earliest = earliestSeatStart(TODAY);
    expect(earliest).toBe('2026-11-11');
    const add = (from: string) => authorize(secretary, 'seat.add', { committeeId: 'sbo', personId: 'other', seat: { role: 'ADVISER', from } }, TODAY);
    expect(add(earliest)).toBeNull();
    expect(add('2026-11-10')).toBe('BACKDATED_SEAT');
    expect(add('2020-01-01')).toBe('BACKDATED_SEAT');
    expect(add('2027-01-01')).toBeNull();
  });

  it('refuses her a voting seat for herself, but not an adviser seat, nor a member seat for someone else', () => {
    const add = (personId: string, role: Seat['role']) => authorize(secretary, 'seat.add', { committeeId: 'sbo', personId, seat: { role, from: TODAY } }, TODAY);
    expect(add('me', 'MEMBER')).toBe('SELF_VOTING_SEAT');
    expect(add('me', 'ADVISER')).toBeNull();
    expect(add('other', 'MEMBER')).toBeNull();
  });

  it('lets her record mandates for her own committee only; organisation-wide ones are for administrators', () => {
    expect(authorize(secretary, 'mandate.record', { committeeId: 'sbo', personId: 'other' }, TODAY)).toBeNull();
    expect(authorize(secretary, 'mandate.record', { committeeId: 'oro', personId: 'other' }, TODAY)).toBe('NOT_MANDATE_MANAGER');
    expect(authorize(secretary, 'mandate.record', { committeeId: null, personId: 'other' }, TODAY)).toBe('ORGANISATION_WIDE_MANDATE');
    expect(authorize(secretary, 'mandate.revoke', { committeeId: null, personId: 'other' }, TODAY)).toBe('ORGANISATION_WIDE_MANDATE');
    expect(authorize(secretary, 'mandate.record', { committeeId: 'sbo', personId: 'me' }, TODAY)).toBe('SELF_MANDATE');
    // Someone holding no office anywhere is told who may, not about organisation-wide mandates.
    expect(authorize(actor([seat('MEMBER')]), 'mandate.revoke', { committeeId: null }, TODAY)).toBe('NOT_MANDATE_MANAGER');
  });

  it('reads a mandate scope as one committee, every committee, or none known', () => {
    const committees = [{ id: 'sbo', code: 'SBO' }];
    expect(scopeCommittee('sbo', committees)).toEqual({ id: 'sbo', code: 'SBO' });
    expect(scopeCommittee('bestuurlijk', committees)).toBeNull();
    expect(scopeCommittee(' Algemeen ', committees)).toBeNull();
    expect(scopeCommittee('KBO', committees)).toBeUndefined();
  });

  it('links accounts for administrators only; one\'s own only through the verified e-mail', () => {
    expect(authorize(secretary, 'account.link', { committeeId: null, personId: 'other' }, TODAY)).toBe('NOT_IDENTITY_MANAGER');
    expect(authorize(secretary, 'account.link', { committeeId: null, personId: 'me' }, TODAY)).toBe('OWN_ACCOUNT_BY_EMAIL');
  });
});

describe('who carries a duty, as the table says', () => {
  it('the secretary and chair any duty, the agenda committee the agenda, the named chair what the policy gives her', () => {
    const duty = (kind: string, responsibleCommitteeId: string | null = null) => ({ committeeId: 'kbo', kind, responsibleCommitteeId });
    const agenda = actor([seat('AGENDA_COMMITTEE', 'kbo')]);
    expect(holdsDuty(agenda, duty('AGENDA'), TODAY)).toBe(true);
    expect(holdsDuty(agenda, duty('MINUTES'), TODAY)).toBe(false);
    expect(holdsDuty(actor([seat('CHAIR', 'kbo')]), duty('MINUTES'), TODAY)).toBe(true);
    const oroChair = actor([seat('CHAIR', 'oro')]);
    expect(holdsDuty(oroChair, duty('MINUTES', 'oro'), TODAY)).toBe(true);
    expect(holdsDuty(oroChair, duty('MINUTES'), TODAY)).toBe(false);
    expect(holdsDuty(actor([seat('SECRETARY', 'oro')]), duty('MINUTES', 'oro'), TODAY)).toBe(false);
  });
});
