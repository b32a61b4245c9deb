import { describe, expect, it } from 'vitest';
import { checkRegion } from '../../../src/domain/region/check-region.ts';
import { EMPTY_REGISTRY } from '../../../src/domain/region/records.ts';
import { readRegionWorkbook } from '../../../src/domain/region/read-workbook.ts';
import { formatComposition, formatDeadlines, parseComposition, parseDeadlines } from '../../../src/domain/region/rule-cells.ts';
import type { RawSheet, RegionProblem } from '../../../src/domain/region/workbook.ts';
import { t } from '../../../src/i18n/index.ts';
import { COMMITTEES_NL, MEMBERS_NL, ORGANISATIONS_NL, sheet, TWENTE_NL, withCell } from './helpers.ts';

const NOW = new Date('2026-11-25T09:00:00Z');
let counter = 0;
const options = { now: NOW, newId: (kind: string, hint: string) => `${kind}:${hint || ++counter}` };

function problemsOf(sheets: RawSheet[]): Pick<RegionProblem, 'sheet' | 'row' | 'column' | 'code' | 'params'>[] {
  const result = checkRegion(sheets, EMPTY_REGISTRY, options);
  return result.ok ? [] : [...result.problems];
}

function plan(sheets: RawSheet[]) {
  const result = checkRegion(sheets, EMPTY_REGISTRY, options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
  return result.plan;
}

describe('a sound workbook', () => {
  it('becomes organisations, committees with their rules, people, seats and mandates', () => {
    const p = plan(TWENTE_NL);
    expect(p.organisations.added.map((o) => o.name)).toHaveLength(6);
    const coalition = p.organisations.added.find((o) => o.name === 'Coalitie Jeugd Twente');
    expect(coalition).toMatchObject({ kind: 'COMBINATION', penvoerderId: 'organisation:Stichting Jeugdkracht Twente' });
    expect(coalition?.memberIds).toEqual(['organisation:Stichting Jeugdkracht Twente', 'organisation:Zorgveld BV']);
    const boj = p.committees.added.find((c) => c.code === 'BOJ');
    expect(boj).toMatchObject({
      article: 'het', decisionRule: 'MAJORITY', votePer: 'PARTY', substituteRule: 'SAME_ORGANISATION_OR_COMBINATION',
      mandateRequired: true, seatsPerParty: 1, composition: { MUNICIPALITY: 2, COMBINATION: 1 },
      rhythmRule: 'FREQ=MONTHLY;BYDAY=+3TH', rhythmNote: 'derde donderdag van de maand', seriesStart: '2026-01-01',
      meetingTime: '15:00', meetingMinutes: 90, sourceRef: 'Convenant Twente art. 3',
      deadlinePolicy: { agendaDaysBefore: 14, papersDaysBefore: 7, minutesDaysAfter: 21, responsible: 'secretaris' },
    });
    const ko = p.committees.added.find((c) => c.code === 'KO');
    expect(ko).toMatchObject({ decisionRule: 'NO_DECISIONS', votePer: 'SEAT', rhythmRule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', meetingTime: '14:00', meetingMinutes: 120, escalatesToId: boj?.id });
    expect(p.people.added.map((x) => x.name).sort()).toEqual(['Bram Oude Luttikhuis', 'Femke Kamphuis', 'Ilse Nijhuis', 'Tom Wevers']);
    expect(p.seats.added).toHaveLength(5);
    // Femke sits in the BOJ for the coalition, though she works for Jeugdkracht.
    const femke = p.people.added.find((x) => x.name === 'Femke Kamphuis');
    expect(p.seats.added.find((s) => s.personId === femke?.id && s.committeeId === boj?.id)?.onBehalfOfId).toBe(coalition?.id);
    expect(p.mandates.added).toHaveLength(3);
  });

  it('reads English headers, sheet names and words the same way', () => {
    const en = [
      sheet('Organisations', ['Name', 'Kind', 'Lead', 'Members'], ['Municipality of Oss', 'municipality', '', ''], ['Care One', 'provider', '', ''], ['Team Up', 'coalition', 'Care One', '']),
      sheet('Committees', ['Code', 'Name', 'Decision rule', 'Vote per', 'Substitution', 'Rhythm', 'Deadlines'], ['BT', 'Board table', 'majority+1', 'seat', 'named substitute', 'first Tuesday', 'agenda -21; minutes +21']),
      sheet('Members', ['Committee', 'Name', 'Organisation', 'Role', 'From'], ['BT', 'Ann Lee', 'Municipality of Oss', 'chair', '1-3-2026']),
    ];
    const p = plan(en);
    expect(p.committees.added[0]).toMatchObject({ decisionRule: 'ABSOLUTE_MAJORITY', substituteRule: 'NAMED_SUBSTITUTE', rhythmRule: 'FREQ=MONTHLY;BYDAY=+1TU', deadlinePolicy: { agendaDaysBefore: 21, minutesDaysAfter: 21 } });
    expect(p.seats.added[0]).toMatchObject({ role: 'CHAIR', from: '2026-03-01' });
  });

  it('ignores case and accents in headers and words, and reads a sheet named in either language', () => {
    const odd = [
      { ...ORGANISATIONS_NL, name: 'ORGANISATIONS' },
      withCell(withCell({ ...COMMITTEES_NL, rows: COMMITTEES_NL.rows.map((r) => (r.row === 1 ? { row: 1, cells: r.cells.map((c) => c.toUpperCase()) } : r)) }, 2, 'BESLUITREGEL', 'Meerderhéid'), 2, 'VERVANGING', 'Eigen  Organisatie'),
      MEMBERS_NL,
    ];
    expect(plan(odd).committees.added[0]).toMatchObject({ decisionRule: 'MAJORITY', substituteRule: 'SAME_ORGANISATION_OR_COMBINATION' });
  });
});

describe('a workbook with problems is refused, every problem at its sheet, row and column', () => {
  it('names a missing sheet', () => {
    expect(problemsOf([ORGANISATIONS_NL, COMMITTEES_NL])).toEqual([
      { sheet: 'Leden', row: 1, column: '', code: 'REGION_MISSING_SHEET', params: { sheet: 'Leden', english: 'Members' } },
    ]);
  });

  it('suggests the decision rule, substitution rule, kind and duty meant', () => {
    const broken = [
      withCell(ORGANISATIONS_NL, 3, 'Soort', 'gemeete'),
      withCell(withCell(withCell(COMMITTEES_NL, 2, 'Besluitregel', 'meerderhied'), 2, 'Vervanging', 'aangewezen vervangr'), 3, 'Termijnen', 'agendda -21; verslag -7'),
      MEMBERS_NL,
    ];
    expect(problemsOf(broken)).toEqual([
      { sheet: 'Organisaties', row: 3, column: 'Soort', code: 'REGION_UNKNOWN_KIND', params: expect.objectContaining({ value: 'gemeete', suggestion: 'gemeente' }) },
      { sheet: 'Gremia', row: 2, column: 'Besluitregel', code: 'REGION_UNKNOWN_DECISION_RULE', params: expect.objectContaining({ value: 'meerderhied', suggestion: 'meerderheid' }) },
      { sheet: 'Gremia', row: 2, column: 'Vervanging', code: 'REGION_UNKNOWN_SUBSTITUTE_RULE', params: expect.objectContaining({ value: 'aangewezen vervangr', suggestion: 'aangewezen vervanger' }) },
      { sheet: 'Gremia', row: 3, column: 'Termijnen', code: 'REGION_UNKNOWN_DUTY', params: { value: 'agendda -21', suggestion: 'agenda' } },
      { sheet: 'Gremia', row: 3, column: 'Termijnen', code: 'REGION_DEADLINE_DIRECTION', params: { value: 'verslag -7', direction: 'AFTER' } },
      // Leden rows of Gemeente Hengelo still resolve: the organisation is there, only its kind was misspelt.
    ]);
  });

  it('suggests the organisation and committee meant, in Organisaties, Gremia and Leden', () => {
    const broken = [
      withCell(ORGANISATIONS_NL, 6, 'Penvoerder', 'Jeugdkraht'),
      withCell(COMMITTEES_NL, 3, 'Escaleert naar', 'BOK'),
      withCell(withCell(MEMBERS_NL, 3, 'Gremium', 'BOJJ'), 4, 'Namens', 'Coalitie Jeugd Twnte'),
    ];
    const found = problemsOf(broken).map((p) => [p.sheet, p.row, p.column, p.code, p.params.suggestion]);
    expect(found).toEqual([
      ['Organisaties', 6, 'Penvoerder', 'IMPORT_UNKNOWN_ORGANISATION', 'Stichting Jeugdkracht Twente'],
      ['Gremia', 3, 'Escaleert naar', 'IMPORT_UNKNOWN_COMMITTEE', 'BOJ'],
      ['Leden', 3, 'Gremium', 'IMPORT_UNKNOWN_COMMITTEE', 'BOJ'],
      ['Leden', 4, 'Namens', 'IMPORT_UNKNOWN_ORGANISATION', 'Coalitie Jeugd Twente'],
    ]);
  });

  it('refuses unreadable rhythms, times, numbers and yes/no, and says what can be read', () => {
    const broken = [
      ORGANISATIONS_NL,
      withCell(withCell(withCell(withCell(COMMITTEES_NL, 2, 'Ritme', 'zo nu en dan'), 2, 'Tijd', '25:00'), 2, 'Zetels per partij', 'een'), 2, 'Mandaat vereist', 'misschien'),
      MEMBERS_NL,
    ];
    const problems = problemsOf(broken);
    expect(problems.map((p) => [p.column, p.code])).toEqual([
      ['Mandaat vereist', 'IMPORT_INVALID_YES_NO'],
      ['Zetels per partij', 'REGION_INVALID_NUMBER'],
      ['Ritme', 'REGION_INVALID_RHYTHM'],
      ['Tijd', 'REGION_INVALID_TIME'],
    ]);
    const rhythm = problems.find((p) => p.code === 'REGION_INVALID_RHYTHM') as RegionProblem;
    const text = t('nl', rhythm.code, { ...rhythm.params, row: rhythm.row, column: rhythm.column });
    expect(text).toContain("Rij 2, kolom Ritme: het ritme 'zo nu en dan' is niet te lezen");
    expect(text).toContain("'derde donderdag van de maand'");
    expect(t('en', rhythm.code, { ...rhythm.params, row: 2, column: 'Rhythm' })).toContain("'every two weeks on Monday'");
  });

  it('refuses a name or code used twice, a lead on a municipality and an escalation circle', () => {
    const broken = [
      sheet('Organisaties', ['Naam', 'Soort', 'Aliassen', 'Penvoerder'], ['Gemeente A', 'gemeente', 'A', 'Gemeente B'], ['Gemeente B', 'gemeente', 'A', '']),
      sheet('Gremia', ['Code', 'Naam', 'Besluitregel', 'Vervanging', 'Escaleert naar'], ['X', 'Overleg X', 'consensus', 'mandaat', 'Y'], ['Y', 'Overleg Y', 'consensus', 'mandaat', 'X'], ['Z', 'overleg x', 'advies', 'mandaat', '']),
      sheet('Leden', ['Gremium', 'Naam', 'Organisatie', 'Rol', 'Van']),
    ];
    expect(problemsOf(broken).map((p) => [p.sheet, p.row, p.column, p.code, p.params.value])).toEqual([
      ['Organisaties', 2, 'Penvoerder', 'REGION_LEAD_NOT_GROUP', 'Gemeente A'],
      ['Organisaties', 3, 'Aliassen', 'REGION_DUPLICATE_NAME', 'A'],
      ['Gremia', 2, 'Escaleert naar', 'REGION_ESCALATION_CYCLE', 'X -> Y -> X'],
      ['Gremia', 4, 'Naam', 'REGION_DUPLICATE_NAME', 'overleg x'],
    ]);
  });

  it('reports the Leden sheet as the membership import does: every cell, with did-you-mean', () => {
    const broken = [ORGANISATIONS_NL, COMMITTEES_NL, withCell(withCell(MEMBERS_NL, 2, 'Rol', 'lidd'), 3, 'Van', '31-02-2026')];
    expect(problemsOf(broken).map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ['Leden', 2, 'Rol', 'IMPORT_UNKNOWN_ROLE'],
      ['Leden', 3, 'Van', 'IMPORT_INVALID_DATE'],
    ]);
  });
});

describe('rule cells', () => {
  it('reads deadlines as DOMAIN.md writes them, and writes them back', () => {
    const { policy, issues } = parseDeadlines('agenda -21; stukken -7; verslag +21; besluitenlijst +7; reacties 14');
    expect(issues).toEqual([]);
    expect(policy).toEqual({ agendaDaysBefore: 21, papersDaysBefore: 7, minutesDaysAfter: 21, decisionListDaysAfter: 7, reactionDays: 14 });
    expect(formatDeadlines(policy, 'nl')).toBe('agenda -21; stukken -7; verslag +21; besluitenlijst +7; reacties 14');
    expect(parseDeadlines(formatDeadlines(policy, 'en')).policy).toEqual(policy);
    // 000 art. 5: "min 3 weken voorafgaand", "max 3 weken na".
    expect(parseDeadlines('agenda 3 weken; verslag +3 weken').policy).toEqual({ agendaDaysBefore: 21, minutesDaysAfter: 21 });
  });

  it('reads the composition per kind of party', () => {
    // 001 SBO: "6 vertegenwoordigende wethouders namens de gemeenten", "6 Bestuurders namens de combinaties".
    expect(parseComposition('gemeente 6; combinatie 6')).toEqual({ composition: { MUNICIPALITY: 6, COMBINATION: 6 }, issues: [] });
    expect(parseComposition('6 gemeenten; 6 combinaties').composition).toEqual({ MUNICIPALITY: 6, COMBINATION: 6 });
    expect(formatComposition({ COMBINATION: 6, MUNICIPALITY: 6 }, 'en')).toBe('municipality 6; combination 6');
    expect(parseComposition('veel gemeenten').issues).toEqual([{ code: 'REGION_INVALID_COMPOSITION', item: 'veel gemeenten' }]);
  });

  it('reads "geen" as a committee where nobody takes a seat for another', () => {
    expect(plan([ORGANISATIONS_NL, withCell(COMMITTEES_NL, 3, 'Vervanging', 'geen'), MEMBERS_NL]).committees.added[1]).toMatchObject({ code: 'KO', substituteRule: 'NONE' });
  });

  it('keeps the sheet names and labels as written, for the messages', () => {
    const { workbook } = readRegionWorkbook([{ ...ORGANISATIONS_NL, name: 'organisaties' }, COMMITTEES_NL, MEMBERS_NL]);
    expect(workbook.sheetNames.organisations).toBe('organisaties');
    expect(workbook.labels.committees.decisionRule).toBe('Besluitregel');
    expect(workbook.labels.people.name).toBe('Naam');
  });
});
