import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { SEAT_ROLES } from '../../../src/domain/registry/words.ts';
import {
  activeSubstitution,
  canVote,
  voteRightsOf,
  votingSeatIds,
  votingSeats,
} from '../../../src/domain/decisions/eligibility.ts';
import type { SubstitutionDeclaration } from '../../../src/domain/decisions/substitution.ts';
import { seat } from './helpers.ts';

const DAY = '2025-06-19';

function declaration(over: Partial<SubstitutionDeclaration> = {}): SubstitutionDeclaration {
  return { seatId: 'seat-1', substituteId: 'p-sub', from: DAY, until: DAY, status: 'ACCEPTED', ...over };
}

describe('votingSeats — 001 SBO Bezetting: "Leden" ("6 vertegenwoordigende wethouders namens de gemeenten") apart from "Adviseurs"', () => {
  const sbo = [
    seat({ id: 'wethouder-1' }),
    seat({ id: 'bestuurder-1', personId: 'p-2', onBehalfOfId: 'comb-noord' }),
    seat({ id: 'oro-chair-adviser', personId: 'p-3', role: 'ADVISER' }),
    seat({ id: 'chair', personId: 'p-4', role: 'CHAIR' }),
    seat({ id: 'secretary', personId: 'p-5', role: 'SECRETARY' }),
    seat({ id: 'agenda', personId: 'p-6', role: 'AGENDA_COMMITTEE' }),
  ];
  it('only MEMBER seats vote; advisers, chairs, secretaries and the agenda committee never do', () => {
    expect(votingSeatIds(sbo, DAY)).toEqual(['wethouder-1', 'bestuurder-1']);
  });
  it('a seat votes from its first day through its last day (inclusive), not outside', () => {
    const s = [
      seat({ id: 'ended-yesterday', until: '2025-06-18' }),
      seat({ id: 'ends-today', until: DAY }),
      seat({ id: 'starts-today', from: DAY }),
      seat({ id: 'starts-tomorrow', from: '2025-06-20' }),
    ];
    expect(votingSeatIds(s, DAY)).toEqual(['ends-today', 'starts-today']);
  });
  it('a person with two member seats has two votes, one per seat', () => {
    const two = [seat({ id: 'a', onBehalfOfId: 'org-a' }), seat({ id: 'b', onBehalfOfId: 'org-b' })];
    expect(votingSeats(two, DAY)).toHaveLength(2);
    expect(voteRightsOf('p-holder', two, DAY, [])).toEqual([
      { seatId: 'a', personId: 'p-holder', as: 'HOLDER' },
      { seatId: 'b', personId: 'p-holder', as: 'HOLDER' },
    ]);
  });
  it('property: a voting seat is exactly a MEMBER seat whose period holds the day', () => {
    const dayArb = fc.integer({ min: 1, max: 28 }).map((d) => `2025-02-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.constantFrom(...SEAT_ROLES), dayArb, dayArb, fc.option(dayArb), (role, day, from, until) => {
        const s = seat({ role, from, until });
        const expected = role === 'MEMBER' && from <= day && (until === null || day <= until);
        expect(votingSeats([s], day).length === 1).toBe(expected);
        expect(canVote({ seat: s, personId: s.personId, day, declarations: [] }).ok).toBe(expected);
      }),
    );
  });
});

describe('canVote', () => {
  it('the seat holder votes on an active member seat', () => {
    expect(canVote({ seat: seat(), personId: 'p-holder', day: DAY, declarations: [] })).toEqual({
      ok: true,
      value: { seatId: 'seat-1', personId: 'p-holder', as: 'HOLDER' },
    });
  });
  it('NOT_A_MEMBER for an adviser seat, with its role', () => {
    expect(canVote({ seat: seat({ role: 'ADVISER' }), personId: 'p-holder', day: DAY, declarations: [] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_A_MEMBER', params: { role: 'ADVISER', seatId: 'seat-1' } },
    });
  });
  it('SEAT_NOT_ACTIVE outside the seat period', () => {
    expect(canVote({ seat: seat({ until: '2025-05-31' }), personId: 'p-holder', day: DAY, declarations: [] })).toMatchObject({
      ok: false,
      error: { code: 'SEAT_NOT_ACTIVE', params: { seatUntil: '2025-05-31' } },
    });
  });
  it('an accepted substitute for the meeting votes for the seat; the holder then gets SUBSTITUTED', () => {
    const declarations = [declaration()];
    expect(canVote({ seat: seat(), personId: 'p-sub', day: DAY, declarations })).toMatchObject({ ok: true, value: { as: 'SUBSTITUTE' } });
    expect(canVote({ seat: seat(), personId: 'p-holder', day: DAY, declarations })).toMatchObject({
      ok: false,
      error: { code: 'SUBSTITUTED', params: { substituteId: 'p-sub' } },
    });
  });
  it('a pending, rejected or withdrawn declaration changes nothing', () => {
    for (const status of ['PENDING', 'REJECTED', 'WITHDRAWN'] as const) {
      const declarations = [declaration({ status })];
      expect(canVote({ seat: seat(), personId: 'p-holder', day: DAY, declarations }).ok).toBe(true);
      expect(canVote({ seat: seat(), personId: 'p-sub', day: DAY, declarations })).toMatchObject({ error: { code: 'NOT_SEAT_HOLDER' } });
    }
  });
  it('a declaration for another meeting or another seat does not apply', () => {
    const declarations = [declaration({ from: '2025-07-17', until: '2025-07-17' }), declaration({ seatId: 'seat-2' })];
    expect(canVote({ seat: seat(), personId: 'p-holder', day: DAY, declarations }).ok).toBe(true);
    expect(canVote({ seat: seat(), personId: 'p-sub', day: DAY, declarations }).ok).toBe(false);
  });
  it('a declaration for a period covers every meeting in it', () => {
    const declarations = [declaration({ from: '2025-06-01', until: '2025-08-31' })];
    expect(canVote({ seat: seat(), personId: 'p-sub', day: '2025-07-17', declarations }).ok).toBe(true);
    expect(canVote({ seat: seat(), personId: 'p-sub', day: '2025-09-18', declarations }).ok).toBe(false);
  });
  it('when two accepted declarations cover the day, the later one counts', () => {
    const declarations = [declaration({ substituteId: 'p-first' }), declaration({ substituteId: 'p-second' })];
    expect(activeSubstitution('seat-1', DAY, declarations)?.substituteId).toBe('p-second');
    expect(canVote({ seat: seat(), personId: 'p-first', day: DAY, declarations }).ok).toBe(false);
    expect(canVote({ seat: seat(), personId: 'p-second', day: DAY, declarations }).ok).toBe(true);
  });
  it('NOT_SEAT_HOLDER for anyone else', () => {
    expect(canVote({ seat: seat(), personId: 'p-stranger', day: DAY, declarations: [] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SEAT_HOLDER', params: { personId: 'p-stranger', seatId: 'seat-1', day: DAY } },
    });
  });
  it('a substitution does not make an adviser seat vote', () => {
    const declarations = [declaration()];
    expect(canVote({ seat: seat({ role: 'ADVISER' }), personId: 'p-sub', day: DAY, declarations })).toMatchObject({
      error: { code: 'NOT_A_MEMBER' },
    });
  });
  it('voteRightsOf adds the seat a substitute takes over', () => {
    const seats = [seat({ id: 'own', personId: 'p-sub' }), seat({ id: 'seat-1' })];
    expect(voteRightsOf('p-sub', seats, DAY, [declaration()]).map((r) => [r.seatId, r.as])).toEqual([
      ['own', 'HOLDER'],
      ['seat-1', 'SUBSTITUTE'],
    ]);
  });
});

describe('canVote with a mandate rule — 001 SBO "aantoonbaar rechtsgeldig bevoegd"', () => {
  const mandate = (over: Partial<import('../../../src/domain/registry/words.ts').MandateFacts> = {}) => ({
    id: 'm1', personId: 'p-holder', organisationId: seat().onBehalfOfId, from: '2025-01-01', until: null, scope: 'bestuurlijk', revoked: false, ...over,
  });
  const rule = (mandates: ReturnType<typeof mandate>[], castOn = DAY) => ({ committeeCode: 'SBO', mandates, castOn });

  it('lets the holder vote with a valid mandate for the seat\'s party on the day the vote is cast', () => {
    expect(canVote({ seat: seat(), personId: 'p-holder', day: DAY, declarations: [], mandateRule: rule([mandate()]) })).toMatchObject({ ok: true });
  });

  it('refuses a holder whose mandate ended, was revoked, or is for another party, saying why', () => {
    const cases = [
      [mandate({ until: '2025-06-18' }), 'EXPIRED'],
      [mandate({ revoked: true }), 'REVOKED'],
      [mandate({ organisationId: 'other-party' }), 'OTHER_ORGANISATION'],
      [mandate({ scope: 'KBO' }), 'OTHER_SCOPE'],
    ] as const;
    for (const [m, problem] of cases) {
      expect(canVote({ seat: seat(), personId: 'p-holder', day: DAY, declarations: [], mandateRule: rule([m]) })).toMatchObject({
        ok: false, error: { code: 'NO_VALID_MANDATE', params: { problem, organisationId: seat().onBehalfOfId, castOn: DAY } },
      });
    }
  });

  it('asks the same of an accepted substitute', () => {
    const input = { seat: seat(), personId: 'p-sub', day: DAY, declarations: [declaration()] };
    expect(canVote({ ...input, mandateRule: rule([mandate()]) })).toMatchObject({ ok: false, error: { code: 'NO_VALID_MANDATE', params: { problem: 'NONE' } } });
    expect(canVote({ ...input, mandateRule: rule([mandate({ personId: 'p-sub' })]) })).toMatchObject({ ok: true, value: { as: 'SUBSTITUTE' } });
  });

  it('judges the day the vote is cast: a mandate ending before a later meeting still counts today', () => {
    const r = rule([mandate({ until: '2025-06-20' })], '2025-06-19');
    expect(voteRightsOf('p-holder', [seat()], '2025-07-01', [], r)).toHaveLength(1);
  });
});
