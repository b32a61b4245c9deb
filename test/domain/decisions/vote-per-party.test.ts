/**
 * Counting per party: 001 ORO, Uitgangspunt "met meerderheid van stemmen ... op basis van
 * gelijkwaardigheid en consensus", Bezetting "2 stafmedewerkers per Combinatie". A party counts once,
 * whichever of its holders voted; holders who take different sides leave their party divided, which
 * counts as an abstention until they agree.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/decisions/decision-rules.ts';
import type { StanceChoice } from '../../../src/domain/decisions/decision-rule-table.ts';
import { tally } from '../../../src/domain/decisions/tally.ts';

// The ORO in miniature: two municipalities with one policy officer each, two combinations with two staff each.
const partyOf = new Map([
  ['venlo', 'Gemeente Venlo'], ['weert', 'Gemeente Weert'],
  ['noord-1', 'Combinatie Noord'], ['noord-2', 'Combinatie Noord'],
  ['zuid-1', 'Combinatie Zuid'], ['zuid-2', 'Combinatie Zuid'],
]);
const seats = [...partyOf.keys()];
const votes = (pairs: Record<string, StanceChoice>) => Object.entries(pairs).map(([seatId, choice]) => ({ seatId, choice }));
const majority = (pairs: Record<string, StanceChoice>, final = true) => {
  const r = decide('MAJORITY', { votingSeatIds: seats, stances: votes(pairs), final, partyOf });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('a committee that votes per party', () => {
  it('counts a combination once, whichever of its two staff voted', () => {
    const o = majority({ 'noord-2': 'FOR', venlo: 'FOR', 'zuid-1': 'AGAINST' }, false);
    expect(o).toMatchObject({ per: 'PARTY', counts: { seats: 4, voted: 3, notVoted: 1, for: 2, against: 1 } });
    // Only Gemeente Weert has not voted; Noord's second staff member is not waited for.
    expect(o.notVotedSeatIds).toEqual(['weert']);
  });

  it('two staff of one combination voting alike still count one vote', () => {
    expect(majority({ 'noord-1': 'FOR', 'noord-2': 'FOR', venlo: 'AGAINST', weert: 'AGAINST' })).toMatchObject({
      status: 'REJECTED', ratio: '1-2-0', counts: { seats: 4, voted: 3 },
    });
  });

  it('holders who disagree leave their party divided: it counts as an abstention, whatever the order', () => {
    const forFirst = majority({ 'noord-1': 'FOR', 'noord-2': 'AGAINST', venlo: 'FOR' });
    const againstFirst = majority({ 'noord-2': 'AGAINST', 'noord-1': 'FOR', venlo: 'FOR' });
    for (const o of [forFirst, againstFirst]) {
      expect(o).toMatchObject({ status: 'ADOPTED', ratio: '1-0-1', dividedParties: ['Combinatie Noord'] });
    }
  });

  it('a divided party that comes to agree counts with its agreed side', () => {
    const r = decide('MAJORITY', {
      votingSeatIds: seats, final: true, partyOf,
      stances: votes({ 'noord-1': 'FOR', 'noord-2': 'AGAINST' }).concat({ seatId: 'noord-2', choice: 'FOR' }),
    });
    expect(r.ok && r.value).toMatchObject({ ratio: '1-0-0', dividedParties: [] });
  });

  it('per seat, the same votes count every seat', () => {
    const r = decide('MAJORITY', { votingSeatIds: seats, stances: votes({ 'noord-1': 'FOR', 'noord-2': 'FOR', venlo: 'AGAINST' }), final: true });
    expect(r.ok && r.value).toMatchObject({ per: 'SEAT', ratio: '2-1-0', counts: { seats: 6 } });
  });

  it('a consensus counted per party needs every party, not every seat', () => {
    const r = decide('CONSENSUS', {
      votingSeatIds: seats, partyOf, final: true,
      stances: votes({ venlo: 'AGREE', weert: 'AGREE', 'noord-1': 'AGREE', 'zuid-2': 'AGREE' }),
    });
    expect(r.ok && r.value).toMatchObject({ status: 'ADOPTED', counts: { seats: 4, voted: 4 } });
  });

  it('never counts more units than parties, and a seat outside the map is a party of its own', () => {
    const t = tally([...seats, 'extra'], votes({ 'noord-1': 'FOR', 'noord-2': 'FOR', extra: 'AGAINST' }), partyOf);
    expect(t.counts).toMatchObject({ seats: 5, voted: 2, for: 1, against: 1 });
  });

  it('still refuses a choice the rule does not offer from any seat of a party', () => {
    const r = decide('MAJORITY', { votingSeatIds: seats, stances: votes({ 'noord-1': 'FOR', 'noord-2': 'AGREE' }), final: true, partyOf });
    expect(r.ok).toBe(false);
  });
});
