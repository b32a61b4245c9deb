import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { headerRow, mapHeaders, columnOrder } from '../../src/domain/registry/membership-headers.ts';
import {
  IMPORT_PROBLEM_CODES,
  parseDate,
  parseMembershipSheet,
  parseRole,
  parseYesNo,
  type SheetRow,
} from '../../src/domain/registry/membership-rows.ts';
import { resolveRows, type RegistrySnapshot } from '../../src/domain/registry/membership-resolve.ts';
import { duplicateRows, planMembership } from '../../src/domain/registry/membership-plan.ts';

const NL = headerRow('nl');
const sheet = (header: string[], ...rows: string[][]): SheetRow[] =>
  [header, ...rows].map((cells, i) => ({ row: i + 1, cells }));
const row = (over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    Gremium: 'SBO', Naam: 'Jan de Vries', 'E-mail': 'jan@a.nl', Organisatie: 'Gemeente A', Namens: '',
    Rol: 'lid', Van: '2025-03-01', Tot: '', Mandaat: 'ja', Vervanger: '',
  };
  return NL.map((h) => over[h] ?? base[h] ?? '');
};

describe('headers', () => {
  it('reads Dutch and English headers, case, accents and punctuation ignored', () => {
    const { map, problems } = mapHeaders(['GREMIUM', 'naam', 'e-mail', 'Organisatie', 'Namens', 'Rol', 'Van', 'Tot', 'Mandaat', 'Vervanger']);
    expect(problems).toEqual([]);
    expect(map.lang).toBe('nl');
    expect(map.index).toMatchObject({ committee: 0, email: 2, substitute: 9 });
    const en = mapHeaders(['Committee', 'Name', 'Email', 'Organisation', 'On behalf of', 'Role', 'From', 'Until', 'Mandate', 'Substitute', 'Remarks']);
    expect(en.problems).toEqual([]);
    expect(en.map.lang).toBe('en');
    expect(mapHeaders(['Grémium', 'NAAM', 'Organisation', 'rol', 'Vân', 'On-behalf-of']).map.index).toMatchObject({ committee: 0, from: 4, onBehalfOf: 5 });
  });

  it('reports a missing required column in the file language, and a duplicate column', () => {
    const { problems } = mapHeaders(['Committee', 'Name', 'Name', 'Role']);
    expect(problems).toEqual([
      { code: 'IMPORT_DUPLICATE_COLUMN', column: 'Name' },
      { code: 'IMPORT_MISSING_COLUMN', column: 'Organisation' },
      { code: 'IMPORT_MISSING_COLUMN', column: 'From' },
    ]);
  });

  it('orders headers by the layout', () => {
    expect(columnOrder('Gremium')).toBeLessThan(columnOrder('Naam'));
    expect(columnOrder('From')).toBeLessThan(columnOrder('Until'));
    expect(columnOrder('Opmerkingen')).toBe(10);
  });
});

describe('cells', () => {
  it('parses ISO and Dutch day-first dates, and rejects impossible ones', () => {
    expect(parseDate('2025-03-01')).toBe('2025-03-01');
    expect(parseDate('1-3-2025')).toBe('2025-03-01');
    expect(parseDate(' 01/03/2025 ')).toBe('2025-03-01');
    expect(parseDate('1.3.2025')).toBe('2025-03-01');
    expect(parseDate('31-02-2025')).toBeNull();
    expect(parseDate('1-3/2025')).toBeNull();
    expect(parseDate('maart')).toBeNull();
  });

  it('parses roles in Dutch and English', () => {
    expect(parseRole('Lid')).toBe('MEMBER');
    expect(parseRole('adviser')).toBe('ADVISER');
    expect(parseRole('Voorzitter')).toBe('CHAIR');
    expect(parseRole('secretary')).toBe('SECRETARY');
    expect(parseRole('Agenda committee')).toBe('AGENDA_COMMITTEE');
    expect(parseRole('agendacommissie')).toBe('AGENDA_COMMITTEE');
    expect(parseRole('AGENDA_COMMITTEE')).toBe('AGENDA_COMMITTEE');
    expect(parseRole('penningmeester')).toBeNull();
  });

  it('parses yes and no; empty is no', () => {
    expect([parseYesNo('Ja'), parseYesNo('yes'), parseYesNo('nee'), parseYesNo('No'), parseYesNo('')]).toEqual([true, true, false, false, false]);
    expect(parseYesNo('misschien')).toBeNull();
  });
});

describe('parseMembershipSheet', () => {
  it('turns good rows into typed rows; Namens defaults, absent columns are undefined', () => {
    const { rows, problems } = parseMembershipSheet(sheet(NL, row({ Tot: '31-12-2026', Vervanger: 'Els Bakker' })));
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2, committee: 'SBO', name: 'Jan de Vries', email: 'jan@a.nl', organisation: 'Gemeente A', onBehalfOf: null,
        role: 'MEMBER', from: '2025-03-01', until: '2026-12-31', mandate: true, substitute: 'Els Bakker',
      },
    ]);
    const short = parseMembershipSheet(sheet(['Gremium', 'Naam', 'Organisatie', 'Rol', 'Van'], ['SBO', 'Jan', 'Gemeente A', 'lid', '2025-03-01']));
    expect(short.rows[0]).toMatchObject({ until: undefined, substitute: undefined, mandate: false, email: null });
  });

  it('lists every problem of every row with its row number and the header as written', () => {
    const header = NL.map((h) => h.toUpperCase());
    const { rows, problems } = parseMembershipSheet(
      sheet(
        header,
        row({ Van: 'gisteren', Rol: 'penningmeester' }),
        [],
        row({ Van: '2025-03-01', Tot: '2025-01-01', Mandaat: 'soms', 'E-mail': 'geen adres', Naam: '' }),
      ),
    );
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'ROL', 'IMPORT_UNKNOWN_ROLE'],
      [2, 'VAN', 'IMPORT_INVALID_DATE'],
      [4, 'NAAM', 'IMPORT_MISSING_VALUE'],
      [4, 'E-MAIL', 'IMPORT_INVALID_EMAIL'],
      [4, 'TOT', 'IMPORT_END_BEFORE_START'],
      [4, 'MANDAAT', 'IMPORT_INVALID_YES_NO'],
    ]);
  });

  it('refuses an empty file and a file without required headers', () => {
    expect(parseMembershipSheet([]).problems.map((p) => p.code)).toEqual(['IMPORT_EMPTY_FILE']);
    const { problems } = parseMembershipSheet(sheet(['Naam', 'Rol'], ['Jan', 'lid']));
    expect(problems.map((p) => `${p.row}:${p.column}:${p.code}`)).toEqual([
      '1:Gremium:IMPORT_MISSING_COLUMN',
      '1:Organisatie:IMPORT_MISSING_COLUMN',
      '1:Van:IMPORT_MISSING_COLUMN',
    ]);
  });

  it('property: random cells never throw; every filled row is a typed row or has a coded problem', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('', 'SBO', 'lid', 'adviseur', 'ja', 'nee', '2025-03-01', '1-3-2025', '31-2-2025', 'x@y.nl', ' '),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 8 }), fc.boolean(), (data, english) => {
        const result = parseMembershipSheet(sheet(headerRow(english ? 'en' : 'nl'), ...data));
        const typed = new Set(result.rows.map((r) => r.row));
        for (const p of result.problems) expect(IMPORT_PROBLEM_CODES).toContain(p.code);
        data.forEach((cells, i) => {
          if (cells.every((c) => c.trim() === '')) return;
          const n = i + 2;
          const problems = result.problems.filter((p) => p.row === n);
          expect(typed.has(n) !== problems.length > 0).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.array(fc.array(fc.string(), { maxLength: 12 }), { maxLength: 5 }), (data) => {
      const result = parseMembershipSheet(data.map((cells, i) => ({ row: i + 1, cells })));
      expect(result.rows.length + result.problems.length).toBeGreaterThanOrEqual(0);
    }));
  });
});

describe('resolving and planning', () => {
  const registry: RegistrySnapshot = {
    committees: [{ id: 'c-sbo', code: 'SBO', name: 'Strategisch Bestuurlijk Overleg', aliases: [] }],
    organisations: [
      { id: 'o-a', name: 'Gemeente A', aliases: ['A'] },
      { id: 'o-n', name: 'Combinatie Noord', aliases: ['Noord'] },
    ],
    persons: [{ id: 'p-jan', name: 'Jan de Vries', email: 'jan@a.nl', organisationId: 'o-a' }],
  };
  let n = 0;
  const newId = () => `new-${++n}`;
  const labels = mapHeaders(NL).map.label;
  const parse = (...rows: string[][]) => parseMembershipSheet(sheet(NL, ...rows)).rows;

  it('matches by e-mail, then by name, creates new people once, and resolves substitutes named later', () => {
    const r = resolveRows(
      parse(
        row({ Naam: 'J. de Vries', 'E-mail': 'JAN@A.NL', Gremium: 'strategisch bestuurlijk overleg', Vervanger: 'Els Bakker' }),
        row({ Naam: 'Els Bakker', 'E-mail': '', Organisatie: 'Noord', Vervanger: 'jan de vries' }),
      ),
      registry,
      labels,
      newId,
    );
    expect(r.problems).toEqual([]);
    expect(r.newPeople).toEqual([{ id: expect.any(String), name: 'Els Bakker', email: null, organisationId: 'o-n' }]);
    expect(r.rows.map((x) => [x.personId, x.committeeId, x.onBehalfOfId, x.substituteId])).toEqual([
      ['p-jan', 'c-sbo', 'o-a', r.newPeople[0]?.id],
      [r.newPeople[0]?.id, 'c-sbo', 'o-n', 'p-jan'],
    ]);
  });

  it('suggests what was meant for unknown committees, organisations and substitutes', () => {
    const r = resolveRows(parse(row({ Gremium: 'SBOO', Organisatie: 'Gemeente B', Namens: 'Combinatie Noort', Vervanger: 'Jan de Vris' })), registry, labels, newId);
    expect(r.problems.map((p) => [p.column, p.code, p.params.suggestion])).toEqual([
      ['Gremium', 'IMPORT_UNKNOWN_COMMITTEE', 'SBO'],
      ['Organisatie', 'IMPORT_UNKNOWN_ORGANISATION', 'Gemeente A'],
      ['Namens', 'IMPORT_UNKNOWN_ORGANISATION', 'Combinatie Noord'],
      ['Vervanger', 'IMPORT_UNKNOWN_SUBSTITUTE', 'Jan de Vries'],
    ]);
  });

  it('plans creates, updates, unchanged and mandates, and finds overlapping seats', () => {
    const rows = resolveRows(parse(row(), row({ Van: '2026-01-01' })), registry, labels, newId).rows;
    const seat = { id: 's1', committeeId: 'c-sbo', personId: 'p-jan', onBehalfOfId: 'o-a', role: 'MEMBER' as const, from: '2025-03-01', until: null, substituteId: null };
    const plan = planMembership(rows, { seats: [seat], mandates: [] }, 'Van', newId);
    expect(plan.problems.map((p) => [p.row, p.code, p.params.otherRow])).toEqual([[3, 'IMPORT_DUPLICATE_SEAT', 2]]);
    expect(plan.unchanged).toBe(1);
    expect(plan.mandates).toHaveLength(1); // the second row reuses the first row's new open-ended mandate
    const old = { ...seat, id: 's0', from: '2024-01-01', until: '2025-06-30' };
    const clash = planMembership(rows.slice(0, 1), { seats: [seat, old], mandates: [] }, 'Van', newId);
    expect(clash.problems.map((p) => [p.code, p.params.from, p.params.until])).toEqual([['IMPORT_DUPLICATE_EXISTING_SEAT', '2024-01-01', '2025-06-30']]);
    expect(duplicateRows([{ row: 2, key: 'k', from: '2025-01-01', until: '2025-12-31' }, { row: 5, key: 'k', from: '2026-01-01', until: null }])).toEqual([]);
  });
});
