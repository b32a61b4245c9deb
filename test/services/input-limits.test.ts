/**
 * The services check what they store again (issue 13: "a 1 MB poll question is stored"): a caller
 * that goes around the conversation (an import, a future adapter) gets the same refusals, and
 * nothing is written. The membership and region imports refuse a name over its limit, or any cell
 * with a control character, at its row and column.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReport } from '../../src/conversation/registry/import-report.ts';
import { regionRefusalText } from '../../src/conversation/registry/region-report.ts';
import { demoId } from '../../src/demo/index.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { declareSubstitution } from '../../src/services/decisions/declare-substitution.ts';
import { openPoll } from '../../src/services/decisions/open-poll.ts';
import { recordAttendance } from '../../src/services/decisions/record-attendance.ts';
import { exportRegion } from '../../src/services/registry/export-region.ts';
import { importMembership } from '../../src/services/registry/import-membership.ts';
import { checkRegionWorkbook } from '../../src/services/registry/import-region.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { recordMandate } from '../../src/services/registry/record-mandate.ts';
import { registerProposal } from '../../src/services/schedule/register-proposal.ts';
import { decisionCounts } from '../support/decisions-fixture.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-limits-'));
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });
const actor = (slug: string) => ({ personId: demoId.person(slug), label: slug });
const stored = async () => ({ ...(await decisionCounts(database.db)), duties: await database.db.duty.count(), mandates: await database.db.mandate.count(), people: await database.db.person.count() });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the services, called directly', () => {
  it('refuse a question, a title, a reason or a scope over its limit or with a control character, writing nothing', async () => {
    const before = await stored();
    const ORO = demoId.committee('ORO');
    const poll = await openPoll(deps(), { actor: actor('sanne-bakker'), committeeId: ORO, question: 'x'.repeat(1_000_000), closesAt: new Date('2026-12-08T22:00:00Z'), meetingDay: null });
    expect(poll).toEqual({ ok: false, error: { code: 'TEXT_TOO_LONG', params: { field: 'question', length: 1_000_000, limit: 1000 } } });
    const nul = await openPoll(deps(), { actor: actor('sanne-bakker'), committeeId: ORO, question: 'Akkoord\u0000?', closesAt: new Date('2026-12-08T22:00:00Z'), meetingDay: null });
    expect(nul).toEqual({ ok: false, error: { code: 'TEXT_CONTROL_CHARACTER', params: { field: 'question', position: 8, character: 'U+0000' } } });
    const title = await registerProposal(deps(), { actor: actor('marloes-visser'), committeeId: demoId.committee('INKOOP'), title: 't'.repeat(201), published: '2026-11-28' });
    expect(title).toMatchObject({ ok: false, error: { code: 'TEXT_TOO_LONG', params: { field: 'title', limit: 200 } } });
    const declared = await declareSubstitution(deps(), { actor: actor('jan-de-vries'), committeeId: demoId.committee('SBO'), day: '2026-12-10', substituteId: null, reason: 'ziek\u202E' });
    expect(declared).toMatchObject({ ok: false, error: { code: 'TEXT_CONTROL_CHARACTER', params: { field: 'reason', position: 5 } } });
    const attendance = await recordAttendance(deps(), { actor: actor('sanne-bakker'), committeeId: ORO, day: '2026-11-11', personId: demoId.person('piet-jansen'), status: 'EXCUSED', reason: 'r'.repeat(501) });
    expect(attendance).toMatchObject({ ok: false, error: { code: 'TEXT_TOO_LONG', params: { field: 'reason' } } });
    const mandate = await recordMandate(deps(), { actor: actor('beheerder-gremium'), personId: demoId.person('piet-jansen'), organisationId: demoId.organisation('combinatie-noord'), from: '2026-12-01', until: null, scope: 'bestuurlijk\u0000' });
    expect(mandate).toMatchObject({ ok: false, error: { code: 'TEXT_CONTROL_CHARACTER', params: { field: 'scope' } } });
    expect(await stored()).toEqual(before);
  });
});

describe('the imports', () => {
  it('a membership list with a NUL in a name and an over-long organisation is refused at the row and column, nothing written', async () => {
    const before = await stored();
    const file = path.join(dir, 'leden.csv');
    const long = `Gemeente ${'Lang'.repeat(60)}`;
    fs.writeFileSync(file, `Gremium;Naam;E-mail;Organisatie;Namens;Rol;Van\r\nSBO;Kees\u0000 de Boer;;Gemeente Venlo;;lid;1-3-2026\r\nSBO;Karin Smit;;${long};;lid;1-3-2026\r\n`);
    const result = await importMembership(deps(), { file, actor: { personId: null, label: 'test' } });
    expect(result.ok).toBe(false);
    const text = importReport('nl', result);
    expect(text).toContain('Rij 2, kolom Naam: bevat op positie 5 een onzichtbaar stuurteken (U+0000).');
    expect(text).toContain(`Rij 3, kolom Organisatie: ${long.length} tekens; er passen er hoogstens 200 in.`);
    expect(importReport('en', result)).toContain('Row 2, column Naam: contains an invisible control character (U+0000) at position 5.');
    expect(await stored()).toEqual(before);
  });

  it('a region workbook with a control character in any cell, or a person\'s name over its limit, is refused', async () => {
    const location = path.join(dir, 'region');
    expect((await exportRegion(deps(), { location })).ok).toBe(true);
    const people = path.join(location, 'Personen.csv');
    const text = fs.readFileSync(people, 'utf8');
    fs.writeFileSync(people, text.replace('Piet Jansen;', `Piet ${'Jansen'.repeat(40)};`).replace('Gemeente Lelystad', 'Gemeente\u0007 Lelystad'));
    const checked = await checkRegionWorkbook(deps(), { location });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const refusal = regionRefusalText('nl', checked.error);
    expect(refusal).toMatch(/Blad Personen: Rij \d+, kolom Naam: 245 tekens; er passen er hoogstens 200 in/);
    expect(refusal).toMatch(/Blad Personen: Rij \d+, kolom Organisatie: bevat op positie 9 een onzichtbaar stuurteken \(U\+0007\)/);
  });
});
