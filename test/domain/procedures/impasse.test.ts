/** The impasse procedure's steps (004 appendix 2), pure; every quote stands word for word in docs/sources. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addMonths, advance, afterDeliveries, IMPASSE_ARTICLES } from '../../../src/domain/procedures/impasse.ts';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/sources');
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
const seed004 = norm(readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('004-'))!), 'utf8'));

describe('the impasse procedure', () => {
  it.each(Object.entries(IMPASSE_ARTICLES))('%s quotes the appendix verbatim', (_step, a) => {
    expect(seed004.includes(norm(a.text))).toBe(true);
  });

  it('stap 2a "uiterlijk binnen 2 weken een gesprek"; stap 2b "binnen 2 weken" twice', () => {
    expect(advance('STEP2_COMPARE', 'DIFFER', '2026-12-01')).toEqual({ ok: true, value: { step: 'STEP2A_TALK', due: '2026-12-15' } });
    expect(advance('STEP2_COMPARE', 'SAME', '2026-12-01')).toEqual({ ok: true, value: { step: 'STEP2B_ARGUMENTS', due: '2026-12-15' } });
    expect(afterDeliveries('STEP2B_ARGUMENTS', 2, 2, '2026-12-10')).toEqual({ step: 'STEP2B_MEETING', due: '2026-12-24' });
    expect(afterDeliveries('STEP2B_ARGUMENTS', 1, 2, '2026-12-10')).toBeNull();
  });

  it('stap 2a: the same impasse goes to 2b, no agreement to 4 ("binnen 3 weken")', () => {
    expect(advance('STEP2A_TALK', 'SAME_IMPASSE', '2026-12-10')).toMatchObject({ value: { step: 'STEP2B_ARGUMENTS' } });
    expect(advance('STEP2A_TALK', 'NO_AGREEMENT', '2026-12-10')).toMatchObject({ value: { step: 'STEP4_MEDIATOR', due: '2026-12-31' } });
  });

  it('stap 5 "binnen 3 maanden nadat het eerste gesprek is gevoerd met een derde persoon", then artikel 15', () => {
    expect(advance('STEP4_MEETING', 'TALK_HELD', '2027-01-05', { day: '2026-11-30' })).toMatchObject({ value: { step: 'STEP5_MEDIATION', due: '2027-02-28', mediatedOn: '2026-11-30' } });
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(advance('STEP5_MEDIATION', 'NO_AGREEMENT', '2027-03-01')).toMatchObject({ value: { step: 'DISPUTE_CLAUSE', due: null } });
  });

  it('an event that does not fit the step is refused with the events that do; a closed case takes none', () => {
    expect(advance('STEP1_DOCUMENTS', 'DIFFER', '2026-12-01')).toMatchObject({ ok: false, error: { code: 'WRONG_STEP', params: { expected: ['RESOLVED'] } } });
    expect(advance('STEP4_MEETING', 'TALK_HELD', '2026-12-01')).toMatchObject({ ok: false, error: { code: 'MISSING_DAY' } });
    expect(advance('RESOLVED', 'RESOLVED', '2026-12-01')).toMatchObject({ ok: false, error: { code: 'IMPASSE_CLOSED' } });
  });
});
