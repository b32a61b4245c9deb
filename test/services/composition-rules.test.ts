/**
 * The eight readings issue 14 found wrong, on the demo region, as a secretary or member meets them
 * in the chat. Each test quotes the seed line it reads; every refusal changes nothing.
 */
import { createServiceDeps } from '../../src/services/deps.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

async function say(name: string, text: string): Promise<string> {
  const person = await database.db.person.findFirstOrThrow({ where: { name } });
  return renderReplies(await handle(deps(), { sender: { personId: person.id }, text }));
}

async function unchanged<T>(act: () => Promise<T>): Promise<T> {
  const before = await database.db.auditEntry.count();
  const result = await act();
  expect(await database.db.auditEntry.count()).toBe(before);
  return result;
}

describe('seats refused by the committee\'s composition, quoting its source', () => {
  it('KBO, 000 art. 3 "namens de eigen organisatie/coalitie": no seat for a provider the person does not work for', async () => {
    const out = await unchanged(() => say('Femke Hendriks', '/gremium zetel toevoegen KBO "Piet Jansen" rol=lid namens="Stichting Berkelzorg" van=2026-12-01'));
    expect(out).toContain('In het KBO zit elk lid namens de eigen organisatie of coalitie (bron: 000 art. 1-6): Piet Jansen werkt voor Jeugdzorg Noord BV, niet voor Stichting Berkelzorg.');
  });

  it('SBO, 001 "6 Bestuurders namens de combinaties": no second seat for Combinatie Noord', async () => {
    const out = await unchanged(() => say('Sanne Bakker', '/gremium zetel toevoegen SBO "Piet Jansen" rol=lid namens="Combinatie Noord" van=2026-12-01'));
    expect(out).toContain('Combinatie Noord heeft in het SBO al 1 zetel als lid (Jan de Vries); meer mag niet (bron: 001 SBO).');
  });

  it('SBO, 001 "6 vertegenwoordigende wethouders namens de gemeenten": no seventh municipality', async () => {
    const out = await unchanged(() => say('Sanne Bakker', '/gremium zetel toevoegen SBO "Bas Thijssen" rol=lid namens="Gemeente Venray" van=2026-12-01'));
    expect(out).toContain('Het SBO heeft al 6 leden namens een gemeente; meer mag niet (bron: 001 SBO).');
  });

  it('SBO, 001 "aantoonbaar rechtsgeldig bevoegd": no member seat without a mandate, in English too', async () => {
    // Jan de Vries leaves; Karin Smit (no mandate) may not take the seat, Piet Jansen (mandated) may.
    expect(await say('Sanne Bakker', '/gremium zetel beeindigen SBO "Jan de Vries" tot=2026-11-30')).not.toMatch(/^⚠/);
    const out = await unchanged(() => say('Sanne Bakker', '/gremium seat add SBO "Karin Smit" role=member for="Combinatie Noord" from=2026-12-01'));
    expect(out).toContain('Only someone legally authorised sits as a member of the SBO (source: 001 SBO): Karin Smit holds no valid mandate for Combinatie Noord on 1 December 2026. Record the mandate first.');
    expect(await say('Sanne Bakker', '/gremium zetel toevoegen SBO "Piet Jansen" rol=lid namens="Combinatie Noord" van=2026-12-01')).not.toMatch(/^⚠/);
  });

  it('Inkoopnetwerk, 002 art. 5.2 "Iedere Partij wijst een contactpersoon aan": no second contact person', async () => {
    const out = await unchanged(() => say('Marloes Visser', '/gremium zetel toevoegen INKOOP "Dennis Veenstra" rol=lid namens="Thuiszorg Giethoorn BV" van=2026-12-01'));
    expect(out).toContain('Thuiszorg Giethoorn BV heeft in het Inkoopnetwerk Steenwijkerland al 1 zetel als lid (Annemiek Brouwer); meer mag niet');
  });

  it('ORO, 001 "uit hun midden wordt de voorzitter gekozen": a combination staff member does not chair', async () => {
    const out = await unchanged(() => say('Sanne Bakker', '/gremium zetel toevoegen ORO "Karin Smit" rol=voorzitter namens="Combinatie Noord" van=2026-12-01'));
    expect(out).toContain('De voorzitter van het ORO wordt gekozen uit de leden namens een gemeente (bron: 001 ORO); Karin Smit is dat niet.');
  });
});

describe('the KBO, where nobody votes', () => {
  it('000 art. 4 "een collega uit de eigen organisatie/coalitie/gemeente": not a provider that merely shares another region\'s combination', async () => {
    // Jan de Vries sits in the KBO for Jeugdzorg Noord BV; Karin Smit works for Stichting Opgroeien
    // Maasland, which is in Combinatie Noord (segment 1, Limburg) with Jeugdzorg Noord: no colleague.
    const out = await unchanged(() => say('Jan de Vries', '/gremium verhinderd KBO 17-12-2026 vervanger="Karin Smit"'));
    expect(out).toMatch(/^⚠ Karin Smit hoort niet bij Jeugdzorg Noord BV/);
  });

  it('000 art. 1 "geen besluitvorming": the notice does not say the substitute votes', async () => {
    const out = await say('Jan de Vries', '/gremium verhinderd KBO 17-12-2026 vervanger="Piet Jansen"');
    expect(out).toContain('U bent afgemeld voor het KBO op 17 december 2026; Piet Jansen vervangt u namens Jeugdzorg Noord BV.');
    expect(out).not.toContain('stemt');
  });
});

describe('the Flevoland bodies (004)', () => {
  it('the Overleg Bedrijfsvoering refuses a poll quoting its own document, not a Limburg sentence', async () => {
    const out = await unchanged(() => say('Ruud Kroon', '/gremium peiling openen OBV vraag="Akkoord?" sluit=2026-12-10'));
    expect(out).toContain('(004 ');
    expect(out).toContain('regionaal in plaats van een lokaal advies');
    expect(out).not.toContain('(001 ');
  });

  it('"Beleidsteam Jeugd" is not the Overleg Bedrijfsvoering: separate bodies with their own chair', async () => {
    const out = await say('Ruud Kroon', 'wie zitten er in het Beleidsteam Jeugd?');
    expect(out).not.toContain('Ferry Lambers');
    expect(out).not.toContain('Overleg Bedrijfsvoering');
  });
});
