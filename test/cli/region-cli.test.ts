/**
 * `gremium region check | import | export` as a region's administrator runs them on a fresh
 * embedded database: check shows the plan, import asks for --yes off a terminal, applies, and a
 * second import (or an export imported again) says it changes nothing; a broken workbook is refused
 * with every problem at its sheet, row and column. Runs the real binary; embedded database only.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../support/db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEMO = path.join(ROOT, 'demo/region');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-region-cli-'));
const dbDir = path.join(dir, 'db');

function gremium(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/gremium.mjs', ...args, '--db', dbDir], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, out, err }));
    child.stdin.end('');
  });
}

describe.skipIf(TEST_DB_KIND !== 'pglite')('gremium region on the embedded database', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('checks, asks for --yes off a terminal, imports, and then changes nothing', async () => {
    const check = await gremium(['region', 'check', DEMO]);
    expect(check.code).toBe(0);
    expect(check.out).toContain('Het werkboek is in orde. Inlezen zou dit doen:');
    expect(check.out).toContain('Gremia: 13 nieuw, 0 gewijzigd, 0 ongewijzigd.');

    const unconfirmed = await gremium(['region', 'import', DEMO]);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.out).toContain('geef --yes mee');

    const imported = await gremium(['region', 'import', DEMO, '--yes']);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/Ingelezen: \d+ wijzigingen/);

    const again = await gremium(['region', 'import', DEMO, '--yes', '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('importing changes nothing');
  }, 300_000);

  it('exports an .xlsx in English that imports as no change, and refuses a broken workbook', async () => {
    const file = path.join(dir, 'region.xlsx');
    const exported = await gremium(['region', 'export', file, '--lang', 'en']);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('13 committees');
    expect((await gremium(['region', 'check', file])).out).toContain('inlezen verandert niets');

    const broken = path.join(dir, 'broken');
    fs.cpSync(DEMO, broken, { recursive: true });
    const committees = path.join(broken, 'Gremia.csv');
    fs.writeFileSync(committees, fs.readFileSync(committees, 'utf8').replace(';gemeenschappelijk;', ';gemeenschapelijk;'));
    const refused = await gremium(['region', 'import', broken, '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Het werkboek is niet ingelezen');
    expect(refused.out).toMatch(/Blad Gremia: Rij \d+, kolom Besluitregel: 'gemeenschapelijk' is geen besluitregel\. Bedoelde u 'gemeenschappelijk'\?/);
  }, 300_000);
});
