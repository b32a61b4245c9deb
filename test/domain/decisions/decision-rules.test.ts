import { describe, it, expect } from 'vitest';
import { DECISION_RULES } from '../../../src/domain/registry/words.ts';
import { canOpenPoll, checkStanceChoice, decide } from '../../../src/domain/decisions/decision-rules.ts';
import { absoluteMajorityThreshold, DECISION_RULE_TABLE } from '../../../src/domain/decisions/decision-rule-table.ts';
import { run, seatIds } from './helpers.ts';

describe('CONSENSUS — 001 SBO: "Binnen het SBO worden afspraken altijd op basis van consensus gemaakt"', () => {
  it('adopts when all 12 members (6 wethouders, 6 bestuurders) agree', () => {
    const o = run('CONSENSUS', 'YYYYYYYYYYYY');
    expect(o).toMatchObject({ status: 'ADOPTED', reason: 'ALL_AGREED', adopted: true, binding: true, ratio: '12-0-0' });
    expect(o.unanimous).toBe(true);
  });
  it('one objection blocks, live and final', () => {
    expect(run('CONSENSUS', 'YYYYYN', true)).toMatchObject({ status: 'REJECTED', reason: 'OBJECTION', adopted: false });
    expect(run('CONSENSUS', 'N-----', false)).toMatchObject({ status: 'REJECTED', reason: 'OBJECTION' });
  });
  it('while seats are missing and nobody objects the live tally is PENDING', () => {
    const o = run('CONSENSUS', 'YY-Y-', false);
    expect(o).toMatchObject({ status: 'PENDING', reason: 'AWAITING_STANCES', final: false });
    expect(o.notVotedSeatIds).toEqual(['s3', 's5']);
  });
  it('at close with missing stances it is not adopted and says who was missing', () => {
    const o = run('CONSENSUS', 'YY-Y-', true);
    expect(o).toMatchObject({ status: 'INCOMPLETE', reason: 'MISSING_STANCES', adopted: false, final: true });
    expect(o.notVotedSeatIds).toEqual(['s3', 's5']);
  });
  it('an abstention (standing aside) does not block', () => {
    expect(run('CONSENSUS', 'YY0Y')).toMatchObject({ status: 'ADOPTED', ratio: '3-0-1' });
  });
  it('only abstentions is no consensus: NO_VOTES', () => {
    expect(run('CONSENSUS', '000')).toMatchObject({ status: 'NO_VOTES', reason: 'NO_VOTES_CAST' });
  });
  it('an objection withdrawn (changed to agree) no longer blocks', () => {
    const o = run('CONSENSUS', 'YYN', true, [{ seatId: 's3', choice: 'AGREE' }]);
    expect(o).toMatchObject({ status: 'ADOPTED', ratio: '3-0-0' });
  });
  it('an objection from an adviser seat (not a voting seat) is ignored', () => {
    const o = run('CONSENSUS', 'YYY', true, [{ seatId: 'adviser-oro-chair', choice: 'OBJECT' }]);
    expect(o).toMatchObject({ status: 'ADOPTED', counts: { seats: 3, voted: 3 } });
  });
  it('offers agree/object/abstain, not for/against', () => {
    const r = decide('CONSENSUS', { votingSeatIds: ['s1'], stances: [{ seatId: 's1', choice: 'FOR' }], final: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'CHOICE_NOT_ALLOWED', params: { rule: 'CONSENSUS', seatId: 's1' } } });
  });
});

describe('MAJORITY — 001 ORO: "Uitvoerende (operationele) besluiten kunnen met meerderheid van stemmen wordt genomen op basis van gelijkwaardigheid en consensus."', () => {
  it('more for than against adopts', () => {
    expect(run('MAJORITY', 'FFA')).toMatchObject({ status: 'ADOPTED', reason: 'MORE_FOR', ratio: '2-1-0' });
  });
  it('more against rejects', () => {
    expect(run('MAJORITY', 'FAA')).toMatchObject({ status: 'REJECTED', reason: 'MORE_AGAINST' });
  });
  it('a tie is not adopted (TIED)', () => {
    expect(run('MAJORITY', 'FA00')).toMatchObject({ status: 'TIED', reason: 'EQUAL', adopted: false });
  });
  it('abstentions do not count', () => {
    expect(run('MAJORITY', 'F000')).toMatchObject({ status: 'ADOPTED', ratio: '1-0-3' });
  });
  it('at close, counts only the votes cast', () => {
    expect(run('MAJORITY', 'F--', true)).toMatchObject({ status: 'ADOPTED', counts: { notVoted: 2 } });
  });
  it('live: PENDING while the missing seats could turn it', () => {
    expect(run('MAJORITY', 'F--', false)).toMatchObject({ status: 'PENDING' });
    expect(run('MAJORITY', 'FFA--', false)).toMatchObject({ status: 'PENDING' });
  });
  it('live: decided once the missing seats can no longer turn it', () => {
    expect(run('MAJORITY', 'FFF--', false)).toMatchObject({ status: 'ADOPTED', final: false });
    expect(run('MAJORITY', 'AAA--', false)).toMatchObject({ status: 'REJECTED' });
  });
  it('nobody voted: NO_VOTES', () => {
    expect(run('MAJORITY', '---')).toMatchObject({ status: 'NO_VOTES', reason: 'NO_VOTES_CAST' });
  });
  it('one vote per seat (per party: vote-per-party.test.ts), a change of vote replaces', () => {
    const o = run('MAJORITY', 'FA', true, [{ seatId: 's1', choice: 'AGAINST' }, { seatId: 's1', choice: 'FOR' }]);
    expect(o).toMatchObject({ status: 'TIED', ratio: '1-1-0' });
  });
});

describe('ABSOLUTE_MAJORITY — 001 Stuurgroep: "Binnen de Stuurgroep worden afspraken altijd op basis van consensus gemaakt (meerderheid +1)"', () => {
  it('threshold is half of all voting seats plus one: 8 of the 14 wethouders', () => {
    expect([1, 2, 3, 4, 13, 14].map(absoluteMajorityThreshold)).toEqual([1, 2, 2, 3, 7, 8]);
  });
  it('8 of 14 for adopts', () => {
    expect(run('ABSOLUTE_MAJORITY', 'FFFFFFFF------')).toMatchObject({ status: 'ADOPTED', threshold: 8, reason: 'THRESHOLD_REACHED' });
  });
  it('7 of 14 for is not enough even with nobody against', () => {
    expect(run('ABSOLUTE_MAJORITY', 'FFFFFFF0000000')).toMatchObject({ status: 'REJECTED', reason: 'THRESHOLD_NOT_REACHED' });
    expect(run('MAJORITY', 'FFFFFFF0000000')).toMatchObject({ status: 'ADOPTED' });
  });
  it('live: adopted as soon as 8 are for; rejected once 8 can no longer be reached', () => {
    expect(run('ABSOLUTE_MAJORITY', 'FFFFFFFF------', false)).toMatchObject({ status: 'ADOPTED' });
    expect(run('ABSOLUTE_MAJORITY', 'AAAAAAA-------', false)).toMatchObject({ status: 'REJECTED' });
    expect(run('ABSOLUTE_MAJORITY', 'AAAAAA--------', false)).toMatchObject({ status: 'PENDING' });
  });
});

describe('COMMON_AGREEMENT — 004 BOSD: "Definitieve besluitvorming vindt plaats in het BOSD."; 001: "Te komen tot een gezamenlijke ambtelijke besluitvorming"', () => {
  it('the six municipalities all for: adopted by common agreement, no fallback', () => {
    expect(run('COMMON_AGREEMENT', 'FFFFFF')).toMatchObject({ status: 'ADOPTED', reason: 'UNANIMOUS', fallbackUsed: false });
  });
  it('unanimity is among the votes cast: an abstention does not break it', () => {
    expect(run('COMMON_AGREEMENT', 'FFFFF0')).toMatchObject({ status: 'ADOPTED', reason: 'UNANIMOUS', fallbackUsed: false });
  });
  it('5 for, 1 against: majority fallback adopts and records it', () => {
    expect(run('COMMON_AGREEMENT', 'FFFFFA')).toMatchObject({ status: 'ADOPTED', reason: 'MORE_FOR', fallbackUsed: true });
  });
  it('3-3 under the fallback is a tie; 2-4 is rejected', () => {
    expect(run('COMMON_AGREEMENT', 'FFFAAA')).toMatchObject({ status: 'TIED', fallbackUsed: true });
    expect(run('COMMON_AGREEMENT', 'FFAAAA')).toMatchObject({ status: 'REJECTED', fallbackUsed: true });
  });
  it('live, all for so far: PENDING (agreement not yet known)', () => {
    expect(run('COMMON_AGREEMENT', 'FFF---', false)).toMatchObject({ status: 'PENDING', fallbackUsed: false });
  });
});

describe('FOR_AGAINST_ADVICE — 002 art. 9.1: "Partijen uit het Inkoopnetwerk stemmen voor of tegen een Uitgewerkt voorstel, waarbij zij streven naar unanimiteit."', () => {
  it('"De stemverhouding in de Fysieke overlegtafel wordt genotuleerd.": 5 for, 2 against is advice in favour, ratio 5-2-0', () => {
    const o = run('FOR_AGAINST_ADVICE', 'FFFFFAA');
    expect(o).toMatchObject({ status: 'ADVICE_FOR', binding: false, adopted: false, ratio: '5-2-0', unanimous: false });
  });
  it('unanimity is recorded', () => {
    expect(run('FOR_AGAINST_ADVICE', 'FFF')).toMatchObject({ status: 'ADVICE_FOR', unanimous: true });
  });
  it('more against is advice against; equal is a tied advice', () => {
    expect(run('FOR_AGAINST_ADVICE', 'FAA')).toMatchObject({ status: 'ADVICE_AGAINST' });
    expect(run('FOR_AGAINST_ADVICE', 'FA')).toMatchObject({ status: 'ADVICE_TIED' });
  });
  it('"stemmen voor of tegen": abstain is not offered', () => {
    expect(checkStanceChoice('FOR_AGAINST_ADVICE', 'ABSTAIN')).toMatchObject({ ok: false, error: { code: 'CHOICE_NOT_ALLOWED' } });
    expect(checkStanceChoice('FOR_AGAINST_ADVICE', 'AGAINST')).toEqual({ ok: true, value: 'AGAINST' });
  });
});

describe('DECISION_LIST — 004: "Van de besluiten die het DOSD neemt wordt een besluitenlijst opgesteld."', () => {
  it('majority of votes cast, flagged for the decision list', () => {
    expect(run('DECISION_LIST', 'FFA0')).toMatchObject({ status: 'ADOPTED', onDecisionList: true, binding: true });
    expect(run('DECISION_LIST', 'FAA')).toMatchObject({ status: 'REJECTED', onDecisionList: true });
  });
});

describe('no binding poll — ADVISORY and NO_DECISIONS', () => {
  it('KBO (000): "dat er geen besluitvorming plaatsvindt in het Klein Bestuurlijk Overleg"', () => {
    const r = canOpenPoll('NO_DECISIONS');
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'POLL_NOT_ALLOWED',
        params: { rule: 'NO_DECISIONS', quote: 'dat er geen besluitvorming plaatsvindt in het Klein Bestuurlijk Overleg' },
      },
    });
    if (!r.ok) expect(String(r.error.params?.source)).toMatch(/^000 /);
  });
  it('Contractmanagement (001): "Voorbereiden voorstellen frictie dan wel innovatiekosten aan ORO en SBO"', () => {
    expect(canOpenPoll('ADVISORY')).toMatchObject({
      ok: false,
      error: { code: 'POLL_NOT_ALLOWED', params: { quote: 'Voorbereiden voorstellen frictie dan wel innovatiekosten aan ORO en SBO' } },
    });
  });
  it('decide and checkStanceChoice refuse them too', () => {
    for (const rule of ['ADVISORY', 'NO_DECISIONS'] as const) {
      expect(decide(rule, { votingSeatIds: ['s1'], stances: [], final: true })).toMatchObject({ ok: false, error: { code: 'POLL_NOT_ALLOWED' } });
      expect(checkStanceChoice(rule, 'FOR')).toMatchObject({ ok: false, error: { code: 'POLL_NOT_ALLOWED' } });
    }
  });
  it('every other rule may open a poll', () => {
    const open = DECISION_RULES.filter((r) => canOpenPoll(r).ok);
    expect(open).toEqual(['CONSENSUS', 'MAJORITY', 'ABSOLUTE_MAJORITY', 'COMMON_AGREEMENT', 'FOR_AGAINST_ADVICE', 'DECISION_LIST']);
  });
});

describe('common to all rules', () => {
  const pollable = DECISION_RULES.filter((r) => DECISION_RULE_TABLE[r].bindingPollAllowed);
  it('the table has one row per rule, keyed by itself, with options iff a poll may be opened', () => {
    for (const rule of DECISION_RULES) {
      const spec = DECISION_RULE_TABLE[rule];
      expect(spec.rule).toBe(rule);
      expect(spec.options.length > 0).toBe(spec.bindingPollAllowed);
      expect(spec.sources.length).toBeGreaterThan(0);
    }
  });
  it('no voting seats: NO_VOTES with reason NO_VOTING_SEATS, live and final', () => {
    for (const rule of pollable) {
      for (const final of [true, false]) {
        const r = decide(rule, { votingSeatIds: [], stances: [{ seatId: 'x', choice: 'FOR' }], final });
        expect(r).toMatchObject({ ok: true, value: { status: 'NO_VOTES', reason: 'NO_VOTING_SEATS', counts: { seats: 0, voted: 0 } } });
      }
    }
  });
  it('a seat listed twice among the voting seats counts once', () => {
    const r = decide('MAJORITY', { votingSeatIds: ['s1', 's1', 's2'], stances: [{ seatId: 's1', choice: 'FOR' }], final: false });
    expect(r).toMatchObject({ ok: true, value: { counts: { seats: 2, for: 1, notVoted: 1 }, notVotedSeatIds: ['s2'] } });
  });
  it('a stance choice outside the options is only an error when it counts', () => {
    const r = decide('MAJORITY', { votingSeatIds: seatIds(1), stances: [{ seatId: 's1', choice: 'AGREE' }, { seatId: 's1', choice: 'FOR' }], final: true });
    expect(r).toMatchObject({ ok: true, value: { status: 'ADOPTED' } });
    const ignored = decide('MAJORITY', { votingSeatIds: seatIds(1), stances: [{ seatId: 'other', choice: 'OBJECT' }], final: true });
    expect(ignored.ok).toBe(true);
  });
});
