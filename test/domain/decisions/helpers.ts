/** Small builders shared by the decisions tests. */
import type { SeatFacts, MandateFacts, DecisionRule } from '../../../src/domain/registry/words.ts';
import { decide } from '../../../src/domain/decisions/decision-rules.ts';
import type { StanceChoice } from '../../../src/domain/decisions/decision-rule-table.ts';
import type { Outcome } from '../../../src/domain/decisions/outcome.ts';
import type { Stance } from '../../../src/domain/decisions/tally.ts';

const CODE: Record<string, StanceChoice> = { F: 'FOR', A: 'AGAINST', '0': 'ABSTAIN', Y: 'AGREE', N: 'OBJECT' };

/** Seat ids s1..sn. */
export function seatIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `s${i + 1}`);
}

/**
 * Stances from a pattern, one character per voting seat s1..sn:
 * F for, A against, 0 abstain, Y agree, N object, - no stance.
 */
export function stancesOf(pattern: string): Stance[] {
  return [...pattern].flatMap((c, i) => {
    if (c === '-') return [];
    const choice = CODE[c];
    if (choice === undefined) throw new Error(`unknown stance code ${c}`);
    return [{ seatId: `s${i + 1}`, choice }];
  });
}

/** Decides a pattern (see stancesOf) and unwraps the outcome; throws on an error result. */
export function run(rule: DecisionRule, pattern: string, final = true, extra: readonly Stance[] = []): Outcome {
  const r = decide(rule, { votingSeatIds: seatIds(pattern.length), stances: [...stancesOf(pattern), ...extra], final });
  if (!r.ok) throw new Error(`unexpected ${r.error.code}`);
  return r.value;
}

/** A MEMBER seat running from 2025-01-01 with no end, overridable. */
export function seat(over: Partial<SeatFacts> = {}): SeatFacts {
  return {
    id: 'seat-1',
    committeeId: 'c-sbo',
    personId: 'p-holder',
    onBehalfOfId: 'org-a',
    role: 'MEMBER',
    from: '2025-01-01',
    until: null,
    substituteId: null,
    ...over,
  };
}

/** A general, unrevoked mandate from 2025-01-01 with no end, overridable. */
export function mandate(over: Partial<MandateFacts> = {}): MandateFacts {
  return {
    id: 'm-1',
    personId: 'p-sub',
    organisationId: 'org-a',
    from: '2025-01-01',
    until: null,
    scope: 'algemeen',
    revoked: false,
    ...over,
  };
}
