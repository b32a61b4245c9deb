/**
 * Issue 16: the proposal lifecycle (002) said in sentences, Dutch and English, through the same
 * services as the commands. "Welke voorstellen staan open?" and "waar staat het voorstel Tarieven
 * 2027?" answer with the stage and the next deadline; a question never writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { sayAndClick } from '../support/confirm-click.ts';

let database: TestDatabase;
let clock = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

/** Sends as the person; a sentence's confirmation is clicked (test/support/confirm-click.ts). */
async function say(person: string, text: string): Promise<string> {
  const send = (line: string) => handle(deps(), { sender: { personId: demoId.person(person) }, text: line });
  return renderReplies(await sayAndClick(send, () => database.db.auditEntry.count(), text));
}
const stage = async () => (await database.db.proposal.findFirstOrThrow({ where: { title: 'Tarieven 2027' } })).stage;

describe('proposals in sentences', () => {
  it('a party submits in a sentence (art. 5.4); "welke voorstellen staan open?" lists it with its next step', async () => {
    expect(await say('arjen-dijkstra', 'Ik dien een voorstel in bij het INKOOP: Tarieven 2027')).toContain('Voorstel "Tarieven 2027" (#1) ingediend bij het Inkoopnetwerk Steenwijkerland');
    await say('marloes-visser', '/gremium voorstel INKOOP Tarieven 2027');
    const out = await say('marloes-visser', 'Welke voorstellen staan open?');
    expect(out).toContain('Voorstel "Tarieven 2027" (#1) (INKOOP): voorlopig voorstel; volgende stap: partijen reageren tot en met 9 december 2026');
    expect(await say('marloes-visser', 'Which proposals are open?')).toContain('next step: parties react until 9 December 2026 inclusive');
  });

  it('a reaction in a sentence (art. 5.6); "waar staat het voorstel Tarieven 2027?" names who reacted and the article', async () => {
    expect(await say('chantal-mulder', 'Our reaction to proposal Tarieven 2027: we support it')).toContain("Jeugdpraktijk Steenwijk's reaction");
    const out = await say('arjen-dijkstra', 'waar staat het voorstel Tarieven 2027?');
    expect(out).toContain('Gereageerd: Jeugdpraktijk Steenwijk; nog niet:');
    expect(out).toContain('Bron: "Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren via de website." (002 art. 5.6)');
    expect(await say('arjen-dijkstra', 'where is the proposal Tarieven 2027?')).toContain('Source (Dutch):');
  });

  it('asked as questions, the writes change nothing', async () => {
    clock = new Date('2026-12-10T10:00:00Z');
    const audits = await database.db.auditEntry.count();
    await say('marloes-visser', 'is het voorstel Tarieven 2027 al uitgewerkt?');
    await say('marloes-visser', 'heeft de gemeente het voorstel Tarieven 2027 aangenomen?');
    expect(await database.db.auditEntry.count()).toBe(audits);
    expect(await stage()).toBe('PROVISIONAL');
  });

  it('worked out and decided in sentences (art. 5.6, 9.2)', async () => {
    expect(await say('marloes-visser', 'het voorstel Tarieven 2027 is uitgewerkt')).toContain('is aangemerkt als uitgewerkt voorstel (002 art. 5.6)');
    expect(await stage()).toBe('WORKED_OUT');
    expect(await say('marloes-visser', 'the municipality did not adopt proposal Tarieven 2027')).toContain('Consequence (002 art. 9.2)');
    expect(await stage()).toBe('NOT_ADOPTED');
    expect(await say('marloes-visser', 'welke voorstellen staan open?')).toContain('Er staan geen voorstellen open.');
  });

  it('a pilot request and the municipality\'s consent in sentences (art. 10.2-10.4)', async () => {
    const out = await say('marco-schippers', 'Wij vragen een pilot aan bij het INKOOP: Wijkteam plus, van 1 januari 2027 tot 30 juni 2027 met Kop van Overijssel Begeleiding BV en Stichting Weerribben Zorg');
    expect(out).toContain('Pilotaanvraag "Wijkteam plus" (#2) ingediend bij het Inkoopnetwerk Steenwijkerland (1 januari 2027 tot en met 30 juni 2027; Kop van Overijssel Begeleiding BV en Stichting Weerribben Zorg).');
    expect(await say('marloes-visser', 'the municipality consents to the pilot Wijkteam plus')).toContain('The municipality consents to pilot "Wijkteam plus" (#2) (002 art. 10.4).');
    expect((await database.db.proposal.findFirstOrThrow({ where: { title: 'Wijkteam plus' } })).stage).toBe('ADOPTED');
  });
});
