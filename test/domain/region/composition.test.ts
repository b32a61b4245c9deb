/**
 * The composition rules a committee's workbook row sets (domain/registry/composition.ts), each with
 * the seed line it reads, and the source a refusal quotes (issue 14: the readings that were wrong).
 */
import { describe, expect, it } from 'vitest';
import { sourceForCommittee } from '../../../src/domain/decisions/decision-rule-table.ts';
import { canOpenPoll } from '../../../src/domain/decisions/decision-rules.ts';
import { compositionProblems, type CompositionRules } from '../../../src/domain/registry/composition.ts';
import type { MandateFacts, OrganisationKind, SeatFacts } from '../../../src/domain/registry/words.ts';

const NONE: CompositionRules = { code: 'X', sourceRef: '', seatsPerParty: null, composition: {}, mandateRequired: false, ownOrganisationOnly: false, chairFrom: null };
const PARTIES: Record<string, { kind: OrganisationKind; memberIds: string[] }> = {
  venlo: { kind: 'MUNICIPALITY', memberIds: [] },
  weert: { kind: 'MUNICIPALITY', memberIds: [] },
  noord: { kind: 'COMBINATION', memberIds: ['jeugdzorg-noord', 'opgroeien'] },
  'jeugdzorg-noord': { kind: 'PROVIDER', memberIds: [] },
  opgroeien: { kind: 'PROVIDER', memberIds: [] },
  berkelzorg: { kind: 'PROVIDER', memberIds: [] },
};
const EMPLOYER: Record<string, string> = { jan: 'jeugdzorg-noord', karin: 'opgroeien', piet: 'jeugdzorg-noord', geert: 'venlo', marleen: 'venlo' };

let n = 0;
function seat(personId: string, onBehalfOfId: string, over: Partial<SeatFacts> = {}): SeatFacts {
  return { id: `s${++n}`, committeeId: 'c', personId, onBehalfOfId, role: 'MEMBER', from: '2026-01-01', until: null, substituteId: null, ...over };
}
function mandate(personId: string, organisationId: string, from = '2025-01-01', until: string | null = null): MandateFacts {
  return { id: `m${++n}`, personId, organisationId, from, until, scope: 'bestuurlijk', revoked: false };
}
function problems(rules: Partial<CompositionRules>, s: SeatFacts, others: SeatFacts[], mandates: MandateFacts[] = []) {
  return compositionProblems({ ...NONE, ...rules }, s, others, {
    partyOf: (id) => PARTIES[id],
    employerOf: (id) => EMPLOYER[id] ?? null,
    mandates,
  }).map((p) => p.code);
}

describe('SBO (001): "6 vertegenwoordigende wethouders namens de gemeenten", "6 Bestuurders namens de combinaties"', () => {
  const sbo = { code: 'SBO', sourceRef: '001 SBO', seatsPerParty: 1, composition: { MUNICIPALITY: 6, COMBINATION: 6 } };
  it('refuses a second seat for a combination that has its director (a second seat per party)', () => {
    expect(problems(sbo, seat('karin', 'noord'), [seat('jan', 'noord', { from: '2023-01-01' })])).toEqual(['SEATS_PER_PARTY_EXCEEDED']);
  });
  it('gives the seat once the director has left', () => {
    expect(problems(sbo, seat('karin', 'noord', { from: '2026-01-01' }), [seat('jan', 'noord', { from: '2023-01-01', until: '2025-12-31' })])).toEqual([]);
  });
  it('refuses a seventh municipality, and any member for a provider', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((m) => seat(`p-${m}`, `gemeente-${m}`));
    const parties = { ...PARTIES, ...Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((m) => [`gemeente-${m}`, { kind: 'MUNICIPALITY' as const, memberIds: [] }])) };
    const check = (s: SeatFacts, others: SeatFacts[]) =>
      compositionProblems({ ...NONE, ...sbo }, s, others, { partyOf: (id) => parties[id], employerOf: () => null, mandates: [] }).map((p) => [p.code, p.params.limit]);
    expect(check(seat('p-g', 'gemeente-g'), six)).toEqual([['COMPOSITION_EXCEEDED', 6]]);
    expect(check(seat('jan', 'jeugdzorg-noord'), [])).toEqual([['COMPOSITION_EXCEEDED', 0]]);
    // Rotation is no excess: six at a time, one leaving the day before the next comes.
    const rotating = [...six.slice(1), seat('p-a', 'gemeente-a', { until: '2026-06-30' })];
    expect(check(seat('p-g', 'gemeente-g', { from: '2026-07-01' }), rotating)).toEqual([]);
  });
  it('"De afgevaardigde vertegenwoordiging dient aantoonbaar rechtsgeldig bevoegd te zijn": no member seat without a valid mandate', () => {
    const rules = { ...sbo, mandateRequired: true };
    expect(problems(rules, seat('karin', 'noord'), [])).toEqual(['MANDATE_REQUIRED']);
    expect(problems(rules, seat('piet', 'noord'), [], [mandate('piet', 'noord')])).toEqual([]);
    expect(problems(rules, seat('piet', 'noord'), [], [mandate('piet', 'noord', '2023-01-01', '2025-12-31')])).toEqual(['MANDATE_REQUIRED']);
    // Advisers and secretaries do not vote and need none.
    expect(problems(rules, seat('karin', 'noord', { role: 'ADVISER' }), [])).toEqual([]);
  });
});

describe('KBO (000 art. 3): "Elke bestuurder van een zorgaanbieder schuift aan namens de eigen organisatie/coalitie ... Er is geen vertegenwoordiging van andere zorgaanbieders."', () => {
  const kbo = { code: 'KBO', sourceRef: '000 art. 1-6', ownOrganisationOnly: true };
  it('refuses a seat for a provider the person does not work for', () => {
    expect(problems(kbo, seat('jan', 'berkelzorg'), [])).toEqual(['NOT_OWN_ORGANISATION']);
  });
  it('gives a seat for the own organisation, or for the coalition it belongs to', () => {
    expect(problems(kbo, seat('jan', 'jeugdzorg-noord'), [])).toEqual([]);
    expect(problems(kbo, seat('karin', 'noord'), [])).toEqual([]);
  });
});

describe('Inkoopnetwerk (002 art. 5.2): "Iedere Partij wijst een contactpersoon aan voor het Inkoopnetwerk."', () => {
  it('refuses a second contact person for a party', () => {
    const inkoop = { code: 'INKOOP', sourceRef: '002 art. 5, 9', seatsPerParty: 1 };
    expect(problems(inkoop, seat('piet', 'jeugdzorg-noord'), [seat('jan', 'jeugdzorg-noord', { from: '2018-01-01' })])).toEqual(['SEATS_PER_PARTY_EXCEEDED']);
  });
});

describe('ORO (001): "1 beleidsmedewerkers per Regio (uit hun midden wordt de voorzitter gekozen)"', () => {
  const oro = { code: 'ORO', sourceRef: '001 ORO', chairFrom: 'MUNICIPALITY' };
  it('refuses a combination staff member as chair', () => {
    expect(problems(oro, seat('karin', 'noord', { role: 'CHAIR' }), [seat('karin', 'noord', { from: '2023-01-01' })])).toEqual(['CHAIR_NOT_FROM_MEMBERS']);
  });
  it('gives the chair to a regional policy officer who is a member', () => {
    expect(problems(oro, seat('geert', 'venlo', { role: 'CHAIR' }), [seat('geert', 'venlo', { from: '2023-01-01' })])).toEqual([]);
    expect(problems(oro, seat('marleen', 'venlo', { role: 'CHAIR' }), [seat('geert', 'venlo', { from: '2023-01-01' })])).toEqual(['CHAIR_NOT_FROM_MEMBERS']);
  });
});

describe('the source a poll refusal quotes', () => {
  it('is the committee\'s own document: the Overleg Bedrijfsvoering is advisory by 004, not by segment 1 (001)', () => {
    // 004 2.4.2: "geven deze werkgroepen een regionaal in plaats van een lokaal advies".
    expect(sourceForCommittee('ADVISORY', '004 3.4.3, 4.2')).toMatchObject({ key: 'WERKGROEPEN_ADVICE', ref: expect.stringMatching(/^004 /) });
    expect(sourceForCommittee('ADVISORY', '001 Contractmanagement / leveranciersmanagement')).toMatchObject({ key: 'CONTRACT_ADVISORY' });
    expect(sourceForCommittee('NO_DECISIONS', '000 art. 1-6')).toMatchObject({ key: 'KBO_NO_DECISIONS' });
  });
  it('is only the committee\'s own reference for a region whose documents Gremium does not know', () => {
    expect(canOpenPoll('NO_DECISIONS', 'Convenant Twente art. 5')).toEqual({
      ok: false,
      error: { code: 'POLL_NOT_ALLOWED', params: expect.objectContaining({ quote: '', source: 'Convenant Twente art. 5' }) },
    });
  });
});
