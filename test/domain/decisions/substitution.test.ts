import { describe, it, expect } from 'vitest';
import type { MandateFacts, SeatFacts, SubstituteRule } from '../../../src/domain/registry/words.ts';
import { checkSubstitution, type SubstitutionCheckInput } from '../../../src/domain/decisions/substitution.ts';
import { findValidMandate, scopeCovers } from '../../../src/domain/decisions/mandate-check.ts';
import { mandate, seat } from './helpers.ts';

// Organisations: gem-a (municipality); comb-noord (combination) with providers prov-1 (penvoerder)
// and prov-2; prov-3 belongs to comb-zuid.
const COMBINATIONS: Record<string, readonly string[]> = {
  'prov-1': ['comb-noord'],
  'prov-2': ['comb-noord'],
  'prov-3': ['comb-zuid'],
};
const combinationsOf = (org: string) => COMBINATIONS[org] ?? [];

const MEETING = '2025-06-19';

function check(
  rule: SubstituteRule,
  over: { seat?: Partial<SeatFacts>; orgs?: string[]; personId?: string; mandates?: MandateFacts[]; today?: string; meetingDay?: string } = {},
) {
  const input: SubstitutionCheckInput = {
    rule,
    committeeCode: 'SBO',
    seat: seat({ onBehalfOfId: 'gem-a', ...over.seat }),
    substitute: { personId: over.personId ?? 'p-sub', organisationIds: over.orgs ?? ['gem-a'] },
    meetingDay: over.meetingDay ?? MEETING,
    today: over.today ?? '2025-06-01',
    mandates: over.mandates ?? [],
    combinationsOf,
    names: { seatHolder: 'Jan de Vries', substitute: 'Els Bakker', organisation: 'Gemeente A', committee: 'SBO' },
  };
  return checkSubstitution(input);
}

describe('SAME_ORGANISATION_WITH_MANDATE — 001 SBO: "Bij verhindering zorgen Gemeente of jeugdhulpcombinaties voor een adequate vervanger die hem/haar rechtsgeldig kan vertegenwoordigen"', () => {
  const rule = 'SAME_ORGANISATION_WITH_MANDATE';
  const m = (over: Partial<MandateFacts> = {}) => mandate({ organisationId: 'gem-a', ...over });

  it('a colleague with a valid mandate for the organisation may substitute', () => {
    expect(check(rule, { mandates: [m({ id: 'm-ok' })] })).toEqual({
      ok: true,
      value: { rule, seatId: 'seat-1', substituteId: 'p-sub', meetingDay: MEETING, basis: 'MANDATE', mandateId: 'm-ok' },
    });
  });
  it('"aantoonbaar rechtsgeldig bevoegd": no mandate at all is SUBSTITUTE_NO_MANDATE (NONE), with rule, quote and names', () => {
    const r = check(rule);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'SUBSTITUTE_NO_MANDATE',
        params: { rule, reason: 'NONE', organisationId: 'gem-a', meetingDay: MEETING, substituteName: 'Els Bakker', organisationName: 'Gemeente A' },
      },
    });
    if (!r.ok) expect(String(r.error.params?.quote)).toContain('rechtsgeldig kan vertegenwoordigen');
  });
  it('an expired mandate: EXPIRED, with its end date', () => {
    expect(check(rule, { mandates: [m({ id: 'm-old', until: '2025-06-18' })] })).toMatchObject({
      error: { code: 'SUBSTITUTE_NO_MANDATE', params: { reason: 'EXPIRED', mandateId: 'm-old', mandateUntil: '2025-06-18' } },
    });
  });
  it('a mandate ending on the meeting day still holds (inclusive)', () => {
    expect(check(rule, { mandates: [m({ until: MEETING })] }).ok).toBe(true);
  });
  it('a mandate starting after the meeting: NOT_YET_VALID', () => {
    expect(check(rule, { mandates: [m({ from: '2025-07-01' })] })).toMatchObject({ error: { params: { reason: 'NOT_YET_VALID' } } });
  });
  it('a revoked mandate: REVOKED, even when another one has expired', () => {
    const mandates = [m({ id: 'old', until: '2024-12-31' }), m({ id: 'rev', revoked: true })];
    expect(check(rule, { mandates })).toMatchObject({ error: { params: { reason: 'REVOKED', mandateId: 'rev' } } });
  });
  it('a revoked mandate next to a valid one: the valid one counts', () => {
    expect(check(rule, { mandates: [m({ id: 'rev', revoked: true }), m({ id: 'ok' })] })).toMatchObject({ ok: true, value: { mandateId: 'ok' } });
  });
  it('a mandate for another organisation: OTHER_ORGANISATION', () => {
    expect(check(rule, { orgs: ['gem-a', 'gem-b'], mandates: [m({ organisationId: 'gem-b' })] })).toMatchObject({
      error: { code: 'SUBSTITUTE_NO_MANDATE', params: { reason: 'OTHER_ORGANISATION' } },
    });
  });
  it('a mandate of another person does not count', () => {
    expect(check(rule, { mandates: [m({ personId: 'p-holder' })] })).toMatchObject({ error: { params: { reason: 'NONE' } } });
  });
  it('scope: "algemeen", "bestuurlijk" or the committee code hold; another committee\'s code does not', () => {
    expect(check(rule, { mandates: [m({ scope: 'bestuurlijk' })] }).ok).toBe(true);
    expect(check(rule, { mandates: [m({ scope: 'sbo' })] }).ok).toBe(true);
    expect(check(rule, { mandates: [m({ scope: 'ORO' })] })).toMatchObject({ error: { params: { reason: 'OTHER_SCOPE' } } });
    expect(scopeCovers(' Algemeen ', 'SBO')).toBe(true);
  });
  it('someone from another organisation, even with a mandate, is SUBSTITUTE_NOT_SAME_ORGANISATION', () => {
    expect(check(rule, { orgs: ['gem-b'], mandates: [m()] })).toMatchObject({
      error: { code: 'SUBSTITUTE_NOT_SAME_ORGANISATION', params: { organisationId: 'gem-a', substituteOrganisationIds: ['gem-b'], missing: 'SAME_ORGANISATION' } },
    });
  });
  it('a combination seat: someone of a member provider with a mandate for the combination may substitute', () => {
    const r = check(rule, { seat: { onBehalfOfId: 'comb-noord' }, orgs: ['prov-2'], mandates: [m({ organisationId: 'comb-noord' })] });
    expect(r).toMatchObject({ ok: true, value: { basis: 'MANDATE' } });
  });
  it('findValidMandate reports NONE for an empty list', () => {
    expect(findValidMandate([], 'p', 'o', MEETING, 'SBO')).toEqual({ valid: false, problem: 'NONE', mandate: null });
  });
});

describe('SAME_ORGANISATION — 001 ORO: "zorgen zij voor een adequate vervanger die hem/haar op inhoud kan vervangen in het ORO"', () => {
  const rule = 'SAME_ORGANISATION';
  it('a colleague of the same organisation may substitute without a mandate', () => {
    expect(check(rule)).toMatchObject({ ok: true, value: { basis: 'SAME_ORGANISATION', mandateId: null } });
  });
  it('someone of another organisation may not', () => {
    expect(check(rule, { orgs: ['gem-b'] })).toMatchObject({ error: { code: 'SUBSTITUTE_NOT_SAME_ORGANISATION', params: { rule } } });
  });
  it('a provider in the same combination is not the same organisation', () => {
    expect(check(rule, { seat: { onBehalfOfId: 'prov-1' }, orgs: ['prov-2'] }).ok).toBe(false);
  });
});

describe('SAME_ORGANISATION_OR_COMBINATION — 000 KBO, 4: "Bij afwezigheid van een bestuurder kan hij/zij worden vervangen door een collega uit de eigen organisatie/coalitie/gemeente, mits deze collega goed geïnformeerd is."', () => {
  const rule = 'SAME_ORGANISATION_OR_COMBINATION';
  it('"eigen organisatie": a colleague of the own provider', () => {
    expect(check(rule, { seat: { onBehalfOfId: 'prov-1' }, orgs: ['prov-1'] })).toMatchObject({ ok: true, value: { basis: 'SAME_ORGANISATION' } });
  });
  it('not a director of another provider that merely shares a combination: the seat is held for the own provider (issue 14)', () => {
    // 000 art. 3: "Elke bestuurder van een zorgaanbieder schuift aan namens de eigen organisatie/coalitie";
    // the colleague comes from the organisation, coalition or municipality of that seat.
    expect(check(rule, { seat: { onBehalfOfId: 'prov-1' }, orgs: ['prov-2'] })).toMatchObject({
      error: { code: 'SUBSTITUTE_NOT_SAME_ORGANISATION', params: { missing: 'SAME_ORGANISATION_OR_COMBINATION' } },
    });
  });
  it('"coalitie": a seat held for the combination itself, substitute from a member provider', () => {
    expect(check(rule, { seat: { onBehalfOfId: 'comb-noord' }, orgs: ['prov-1'] })).toMatchObject({ ok: true, value: { basis: 'SAME_COMBINATION' } });
  });
  it('"gemeente": a colleague of the same municipality', () => {
    expect(check(rule).ok).toBe(true);
  });
  it('a provider of another combination may not', () => {
    expect(check(rule, { seat: { onBehalfOfId: 'prov-1' }, orgs: ['prov-3'] })).toMatchObject({
      error: { code: 'SUBSTITUTE_NOT_SAME_ORGANISATION', params: { missing: 'SAME_ORGANISATION_OR_COMBINATION' } },
    });
  });
});

describe('NAMED_SUBSTITUTE — 002 art. 5.2: "Iedere Partij wijst een contactpersoon aan voor het Inkoopnetwerk. Ook wijzen zij een vervanger voor deze persoon aan."', () => {
  const rule = 'NAMED_SUBSTITUTE';
  it('the named substitute may substitute', () => {
    expect(check(rule, { seat: { substituteId: 'p-sub' } })).toMatchObject({ ok: true, value: { basis: 'NAMED_SUBSTITUTE' } });
  });
  it('anyone else may not, even a colleague: OTHER_PERSON', () => {
    expect(check(rule, { seat: { substituteId: 'p-named' } })).toMatchObject({
      error: { code: 'SUBSTITUTE_NOT_NAMED', params: { namedSubstituteId: 'p-named', reason: 'OTHER_PERSON' } },
    });
  });
  it('a party without a named substitute: NONE_NAMED', () => {
    expect(check(rule)).toMatchObject({ error: { code: 'SUBSTITUTE_NOT_NAMED', params: { namedSubstituteId: '', reason: 'NONE_NAMED' } } });
  });
});

describe('NONE — a region workbook\'s "Vervanging: geen"', () => {
  it('lets nobody take the seat', () => {
    expect(check('NONE', { seat: { substituteId: 'p-sub' } })).toMatchObject({ ok: false, error: { code: 'SUBSTITUTION_NOT_ALLOWED', params: { rule: 'NONE' } } });
  });
});

describe('guards, for every rule', () => {
  const rules: SubstituteRule[] = ['SAME_ORGANISATION_WITH_MANDATE', 'SAME_ORGANISATION', 'SAME_ORGANISATION_OR_COMBINATION', 'NAMED_SUBSTITUTE'];
  it('DECLARATION_IN_PAST when the meeting day lies before today; today itself is fine', () => {
    for (const rule of rules) {
      expect(check(rule, { today: '2025-06-20' })).toMatchObject({ error: { code: 'DECLARATION_IN_PAST', params: { today: '2025-06-20', rule } } });
      const sameDay = check(rule, { today: MEETING, seat: { substituteId: 'p-sub' }, mandates: [mandate({ organisationId: 'gem-a' })] });
      expect(sameDay.ok).toBe(true);
    }
  });
  it('SEAT_NOT_ACTIVE_ON_DAY when the seat ended before or starts after the meeting', () => {
    for (const rule of rules) {
      expect(check(rule, { seat: { until: '2025-05-31' } })).toMatchObject({ error: { code: 'SEAT_NOT_ACTIVE_ON_DAY', params: { seatUntil: '2025-05-31' } } });
      expect(check(rule, { seat: { from: '2025-07-01' } })).toMatchObject({ error: { code: 'SEAT_NOT_ACTIVE_ON_DAY', params: { seatFrom: '2025-07-01' } } });
    }
  });
  it('SUBSTITUTE_IS_SELF when the holder proposes themselves', () => {
    for (const rule of rules) {
      expect(check(rule, { personId: 'p-holder', seat: { substituteId: 'p-holder' } })).toMatchObject({ error: { code: 'SUBSTITUTE_IS_SELF' } });
    }
  });
  it('every error names the rule, the committee and the source', () => {
    for (const rule of rules) {
      const r = check(rule, { orgs: ['elsewhere'] });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.params).toMatchObject({ rule, committee: 'SBO', seatId: 'seat-1', committeeName: 'SBO' });
      if (!r.ok) expect(String(r.error.params?.source)).toMatch(/^00[012] /);
    }
  });
});
