/**
 * Issue 17, point 4: "wie rouleert er dit jaar?" on the demo KBO (000 Spelregels 6: "De afvaardiging van 4
 * wethouders ... zal jaarlijks* met 2 wethouders rouleren", "... met 2 a 3 bestuurders rouleren", "maar met
 * oog voor stabiliteit"). On main the question was not understood.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
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

const say = async (text: string) => renderReplies(await handle(deps(), { sender: { personId: demoId.person('femke-hendriks') }, text }));

describe('rotation', () => {
  it('answers "wie rouleert er dit jaar?" with who leaves and joins the KBO, without a warning when the rule holds', async () => {
    const out = await say('wie rouleert er dit jaar?');
    expect(out).toContain('Roulatie KBO 2026');
    expect(out).toMatch(/Vertrekt:\n {2}• Jeroen Wiggers \(wethouder, Gemeente Berkelland\), per 31 december 2026\n {2}• Tim Roelofs \(wethouder, Gemeente Oude IJsselstreek\), per 31 december 2026/);
    expect(out).toContain('Komt erbij:');
    expect(out).toContain('Noor Bulut (bestuurder, Stichting Jong Perspectief), per 1 januari 2026');
    expect(out).not.toContain('Let op');
  });

  it('warns when more than two aldermen leave in one year and when the delegation drops below four', async () => {
    await database.db.seat.updateMany({ where: { committee: { code: 'KBO' }, role: 'MEMBER', person: { name: { in: ['Anja Heijink', 'Miriam Kok', 'Carla Nijenhuis'] } } }, data: { endsOn: new Date('2027-06-30T00:00:00Z') } });
    const out = await say('who rotates in the KBO in 2027?');
    expect(out).toContain('Rotation KBO 2027');
    expect(out).toContain('Note: 3 aldermen leave in one year, more than 2 (Dutch source: "De afvaardiging van 4 wethouders uit het regionaal Portefeuillehoudersoverleg Sociaal (PoHo Sociaal) zal jaarlijks* met 2 wethouders rouleren.", 000 Spelregels KBO, 6).');
    expect(out).toContain('Note: from 1 July 2027 only 1 aldermen sit, fewer than 4');
  });
});

describe('a seat that ends (warm handover, 001 SBO)', () => {
  it('names the successor already recorded and asks for a warm handover; without one, asks who follows', async () => {
    const added = await say('/gremium zetel toevoegen KBO "Gerrit Wolters" rol=lid namens="Gemeente Doetinchem" van=2027-07-01');
    expect(added).toContain('Gerrit Wolters is lid van het KBO');
    const ended = await say('/gremium zetel beeindigen KBO "Miriam Kok" tot=2027-06-30 rol=lid');
    expect(ended).toContain('Gerrit Wolters volgt Miriam Kok op; vraag beiden om een warme overdracht vóór 30 juni 2027: "Bij wisseling van personen wordt gezorgd voor een warme overdracht."');
    const alone = await say('/gremium zetel beeindigen KBO "Ellen Klein Gunnewiek" tot=2027-12-31 rol=lid');
    expect(alone).toContain('Wie volgt Ellen Klein Gunnewiek op als lid namens Gemeente Oost Gelre? Leg de opvolger vast met: /gremium zetel toevoegen KBO <persoon> rol=lid namens="Gemeente Oost Gelre" van=2028-01-01.');
  });
});
