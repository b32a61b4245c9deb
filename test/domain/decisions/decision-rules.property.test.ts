import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { DecisionRule } from '../../../src/domain/registry/words.ts';
import { decide, type DecideInput } from '../../../src/domain/decisions/decision-rules.ts';
import { DECISION_RULE_TABLE, type StanceChoice } from '../../../src/domain/decisions/decision-rule-table.ts';
import type { Outcome, OutcomeStatus } from '../../../src/domain/decisions/outcome.ts';
import type { Stance } from '../../../src/domain/decisions/tally.ts';

const POLLABLE = (Object.keys(DECISION_RULE_TABLE) as DecisionRule[]).filter((r) => DECISION_RULE_TABLE[r].bindingPollAllowed);
const OUTSIDERS = ['adviser', 'secretary', 'former-member'];

/** A poll under one rule: voting seats, stances (some from outsiders), with the rule's own options. */
const pollArb = (rules: readonly DecisionRule[] = POLLABLE) =>
  fc
    .record({ rule: fc.constantFrom(...rules), seats: fc.integer({ min: 0, max: 12 }), final: fc.boolean() })
    .chain(({ rule, seats, final }) => {
      const ids = Array.from({ length: seats }, (_, i) => `s${i + 1}`);
      const seatArb = fc.constantFrom(...ids, ...OUTSIDERS);
      const stance = fc.record({ seatId: seatArb, choice: fc.constantFrom(...DECISION_RULE_TABLE[rule].options) });
      return fc.record({
        rule: fc.constant(rule),
        input: fc.record({ votingSeatIds: fc.constant(ids), stances: fc.array(stance, { maxLength: 30 }), final: fc.constant(final) }),
      });
    });

function outcome(rule: DecisionRule, input: DecideInput): Outcome {
  const r = decide(rule, input);
  if (!r.ok) throw new Error(`unexpected ${r.error.code}`);
  return r.value;
}

const choiceArb = (rule: DecisionRule) => fc.constantFrom(...DECISION_RULE_TABLE[rule].options);

describe('decide: properties', () => {
  it('counts never exceed the voting seats and always add up', () => {
    fc.assert(
      fc.property(pollArb(), ({ rule, input }) => {
        const { counts: c, notVotedSeatIds, ratio } = outcome(rule, input);
        expect(c.for + c.against + c.abstain).toBe(c.voted);
        expect(c.voted).toBeLessThanOrEqual(c.seats);
        expect(c.voted + c.notVoted).toBe(input.votingSeatIds.length);
        expect(notVotedSeatIds).toHaveLength(c.notVoted);
        expect(ratio).toBe(`${c.for}-${c.against}-${c.abstain}`);
      }),
    );
  });

  it('stances from non-voting seats never change the outcome', () => {
    fc.assert(
      fc.property(pollArb(), ({ rule, input }) => {
        const voting = new Set(input.votingSeatIds);
        const own = input.stances.filter((s) => voting.has(s.seatId));
        expect(outcome(rule, input)).toEqual(outcome(rule, { ...input, stances: own }));
      }),
    );
  });

  it('a change of vote replaces, never adds: only the last stance per seat counts', () => {
    fc.assert(
      fc.property(pollArb(), ({ rule, input }) => {
        const last = new Map<string, Stance>();
        for (const s of input.stances) last.set(s.seatId, s);
        const before = outcome(rule, input);
        expect(outcome(rule, { ...input, stances: [...last.values()] })).toEqual(before);
        // Re-casting the stance each voter already has changes nothing.
        expect(outcome(rule, { ...input, stances: [...input.stances, ...last.values()] })).toEqual(before);
      }),
    );
  });

  it('the order in which different seats vote does not matter', () => {
    fc.assert(
      fc.property(pollArb(), fc.integer(), ({ rule, input }, seed) => {
        const last = new Map<string, Stance>();
        for (const s of input.stances) last.set(s.seatId, s);
        const once = [...last.values()];
        const k = once.length === 0 ? 0 : Math.abs(seed) % once.length;
        const shuffled = [...once.slice(k), ...once.slice(0, k)].reverse();
        expect(outcome(rule, { ...input, stances: shuffled })).toEqual(outcome(rule, { ...input, stances: once }));
      }),
    );
  });

  it('consensus: adding an agreeing stance never turns a non-rejected poll into a rejection', () => {
    fc.assert(
      fc.property(pollArb(['CONSENSUS']), fc.nat(), ({ rule, input }, k) => {
        fc.pre(input.votingSeatIds.length > 0);
        const seatId = input.votingSeatIds[k % input.votingSeatIds.length] as string;
        const before = outcome(rule, input);
        const after = outcome(rule, { ...input, stances: [...input.stances, { seatId, choice: 'AGREE' }] });
        if (before.status !== 'REJECTED') expect(after.status).not.toBe('REJECTED');
        if (before.status === 'ADOPTED') expect(after.status).toBe('ADOPTED');
      }),
    );
  });

  it('majority rules are symmetric: swapping for and against swaps the result', () => {
    const swap: Partial<Record<OutcomeStatus, OutcomeStatus>> = {
      ADOPTED: 'REJECTED', REJECTED: 'ADOPTED', ADVICE_FOR: 'ADVICE_AGAINST', ADVICE_AGAINST: 'ADVICE_FOR',
    };
    const flip = (c: StanceChoice): StanceChoice => (c === 'FOR' ? 'AGAINST' : c === 'AGAINST' ? 'FOR' : c);
    fc.assert(
      fc.property(pollArb(['MAJORITY', 'DECISION_LIST', 'FOR_AGAINST_ADVICE', 'COMMON_AGREEMENT']), ({ rule, input }) => {
        const a = outcome(rule, input);
        const b = outcome(rule, { ...input, stances: input.stances.map((s) => ({ ...s, choice: flip(s.choice) })) });
        expect({ for: b.counts.for, against: b.counts.against }).toEqual({ for: a.counts.against, against: a.counts.for });
        if (rule === 'COMMON_AGREEMENT') return; // unanimity for is not the mirror of unanimity against
        expect(b.status).toBe(swap[a.status] ?? a.status);
      }),
    );
  });

  it('majority: abstentions never change a final result', () => {
    fc.assert(
      fc.property(pollArb(['MAJORITY', 'DECISION_LIST']), ({ rule, input }) => {
        const abstainers = input.votingSeatIds.filter((id) => !input.stances.some((s) => s.seatId === id));
        const withAbstentions = [...input.stances, ...abstainers.map((seatId) => ({ seatId, choice: 'ABSTAIN' as const }))];
        const a = outcome(rule, { ...input, final: true });
        const b = outcome(rule, { ...input, stances: withAbstentions, final: true });
        expect(b.status).toBe(a.status);
      }),
    );
  });

  it('a live result that is not PENDING holds whatever the missing seats do', () => {
    fc.assert(
      fc.property(
        pollArb().chain(({ rule, input }) =>
          fc.record({
            rule: fc.constant(rule),
            input: fc.constant({ ...input, final: false }),
            rest: fc.array(fc.option(choiceArb(rule)), { minLength: input.votingSeatIds.length, maxLength: input.votingSeatIds.length }),
          }),
        ),
        ({ rule, input, rest }) => {
          const live = outcome(rule, input);
          fc.pre(live.status !== 'PENDING');
          const completion = live.notVotedSeatIds.flatMap((seatId, i) => {
            const choice = rest[i];
            return choice === null || choice === undefined ? [] : [{ seatId, choice }];
          });
          const closed = outcome(rule, { ...input, stances: [...input.stances, ...completion], final: true });
          expect(closed.status).toBe(live.status);
        },
      ),
    );
  });

  it('once every seat has voted, the live tally equals the final outcome', () => {
    fc.assert(
      fc.property(pollArb(), ({ rule, input }) => {
        const live = outcome(rule, { ...input, final: false });
        fc.pre(live.counts.notVoted === 0);
        expect({ ...outcome(rule, { ...input, final: true }), final: false }).toEqual(live);
      }),
    );
  });

  it('an absolute majority of all seats is always a majority of the votes cast', () => {
    fc.assert(
      fc.property(pollArb(['ABSOLUTE_MAJORITY']), ({ input }) => {
        if (outcome('ABSOLUTE_MAJORITY', input).status === 'ADOPTED') {
          expect(outcome('MAJORITY', { ...input, final: true }).status).toBe('ADOPTED');
        }
      }),
    );
  });

  it('common agreement at close gives the majority result; the fallback is used iff someone voted against', () => {
    fc.assert(
      fc.property(pollArb(['COMMON_AGREEMENT']), ({ input }) => {
        const closed = { ...input, final: true };
        const ca = outcome('COMMON_AGREEMENT', closed);
        expect(ca.status).toBe(outcome('MAJORITY', closed).status);
        expect(ca.fallbackUsed).toBe(ca.counts.against > 0);
      }),
    );
  });

  it('the advice rule is never binding and never "adopted"', () => {
    fc.assert(
      fc.property(pollArb(['FOR_AGAINST_ADVICE']), ({ input }) => {
        const o = outcome('FOR_AGAINST_ADVICE', input);
        expect(o.binding).toBe(false);
        expect(o.adopted).toBe(false);
        expect(['ADOPTED', 'REJECTED', 'TIED']).not.toContain(o.status);
      }),
    );
  });
});
