/**
 * Issue 16, the proposal lifecycle of seed 002 (Steenwijkerland) from start to finish, as the
 * Inkoopnetwerk's secretary and its parties would go through it, in Dutch and English:
 * - art. 5.4 "Iedere Partij kan concrete voorstellen doen ..." / "Deze voorstellen worden meegenomen in
 *   de Fysieke overlegtafel.": a party submits; it is on the table's list.
 * - art. 5.6 "Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren via de
 *   website. Op basis van deze reacties besluit de Fysieke overlegtafel de Voorlopige voorstellen aan te
 *   merken als Uitgewerkte voorstellen.": reactions per party; worked out after the period only.
 * - art. 9.1 "Partijen uit het Inkoopnetwerk stemmen voor of tegen een Uitgewerkt voorstel": one vote.
 * - art. 9.2 / 9.3: the municipality's decision and its consequences; the proposal closes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
let clock = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

async function say(person: string, text: string): Promise<string> {
  return renderReplies(await handle(deps(), { sender: { personId: demoId.person(person) }, text }));
}
const proposal = () => database.db.proposal.findFirstOrThrow({ where: { title: 'Tarieven 2027' } });
const audits = (action: string) => database.db.auditEntry.count({ where: { action } });
const counts = async () => ({ proposals: await database.db.proposal.count(), reactions: await database.db.proposalReaction.count(), polls: await database.db.poll.count(), audits: await database.db.auditEntry.count() });

describe('a proposal from submission to the municipality\'s decision (002)', () => {
  it('art. 5.4: a party submits a proposal; it lands on the Fysieke overlegtafel\'s list', async () => {
    const out = await say('arjen-dijkstra', '/gremium voorstel indienen INKOOP Tarieven 2027');
    expect(out).toContain('Voorstel "Tarieven 2027" (#1) ingediend bij het Inkoopnetwerk Steenwijkerland namens Stichting Weerribben Zorg: het staat op de lijst van de Fysieke overlegtafel.');
    expect(await audits('proposal.submit')).toBe(1);
    // Asked at the table (FOT) it is there, though submitted to the network (the same partnership).
    const list = await say('marloes-visser', '/gremium voorstellen FOT');
    expect(list).toContain('Voorstel "Tarieven 2027" (#1) (INKOOP): ingediend, op de lijst van de Fysieke overlegtafel');
    // art. 5.5: a signal goes the same way, in English too.
    expect(await say('chantal-mulder', '/gremium signal INKOOP Waiting lists grow in Steenwijk')).toContain('Signal "Waiting lists grow in Steenwijk" (#2) submitted to the Inkoopnetwerk Steenwijkerland for Jeugdpraktijk Steenwijk');
  });

  it('a person without a seat in the INKOOP may not submit; nothing changes', async () => {
    const before = await counts();
    expect(await say('sanne-bakker', '/gremium voorstel indienen INKOOP Eigen idee')).toContain('Alleen een partij van het Inkoopnetwerk Steenwijkerland (een lid, of de secretaris) mag dit.');
    expect(await counts()).toEqual(before);
  });

  it('art. 5.6: the secretary publishes it as a provisional proposal: 14 days of reactions, the submitted row moves on', async () => {
    const out = await say('marloes-visser', '/gremium voorstel INKOOP Tarieven 2027 gepubliceerd=25-11-2026');
    expect(out).toContain('Partijen kunnen 14 dagen reageren, tot en met 9 december 2026');
    expect(await proposal()).toMatchObject({ number: 1, stage: 'PROVISIONAL', onBehalfOfId: demoId.organisation('Stichting Weerribben Zorg') });
    expect(await database.db.proposal.count({ where: { title: 'Tarieven 2027' } })).toBe(1);
  });

  it('art. 5.6: reactions are recorded per party; a member speaks only for their own party', async () => {
    expect(await say('arjen-dijkstra', '/gremium reactie INKOOP Tarieven 2027 tekst="Akkoord met de opbouw"')).toContain('Reactie van Stichting Weerribben Zorg op voorstel "Tarieven 2027" (#1) vastgelegd. 1 van 6 partijen hebben gereageerd');
    expect(await say('arjen-dijkstra', '/gremium reactie INKOOP Tarieven 2027 tekst="Akkoord, met een kanttekening"')).toContain('bijgewerkt. 1 van 6');
    const before = await counts();
    expect(await say('arjen-dijkstra', '/gremium reactie INKOOP Tarieven 2027 namens="Thuiszorg Giethoorn BV" tekst="Nee"')).toContain('Thuiszorg Giethoorn BV is geen partij met een lid in het Inkoopnetwerk Steenwijkerland, of u spreekt er niet voor');
    expect(await counts()).toEqual(before);
    // The secretary records a reaction that came in by mail, for the party.
    expect(await say('marloes-visser', '/gremium reactie INKOOP Tarieven 2027 namens="Thuiszorg Giethoorn BV" tekst="Bezwaar"')).toContain('Reactie van Thuiszorg Giethoorn BV');
    expect(await say('chantal-mulder', '/gremium reaction INKOOP Tarieven 2027 text="We support it"')).toContain("Jeugdpraktijk Steenwijk's reaction to proposal \"Tarieven 2027\" (#1) recorded. 3 of 6 parties have reacted");
    expect(await database.db.proposalReaction.count()).toBe(3);
    const status = await say('marloes-visser', '/gremium voorstel status Tarieven 2027');
    expect(status).toContain('voorlopig voorstel; volgende stap: partijen reageren tot en met 9 december 2026');
    expect(status).toContain('Gereageerd: Jeugdpraktijk Steenwijk, Stichting Weerribben Zorg en Thuiszorg Giethoorn BV; nog niet:');
  });

  it('art. 5.6: not worked out while the reaction period runs, quoting the article; nothing changes', async () => {
    clock = new Date('2026-12-01T10:00:00Z');
    const before = await counts();
    const out = await say('marloes-visser', '/gremium voorstel uitgewerkt FOT Tarieven 2027');
    expect(out).toContain('De reactietermijn loopt nog tot en met 9 december 2026');
    expect(out).toContain('"Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren via de website." (002 art. 5.6)');
    expect(await counts()).toEqual(before);
  });

  it('after the period: no more reactions; the table marks it worked out, naming who reacted', async () => {
    clock = new Date('2026-12-10T10:00:00Z');
    expect(await say('gerda-hoekstra', '/gremium reactie INKOOP Tarieven 2027')).toContain('De reactietermijn is op 9 december 2026 gesloten.');
    const member = await say('arjen-dijkstra', '/gremium voorstel uitgewerkt INKOOP Tarieven 2027');
    expect(member).toContain('Alleen de secretaris of voorzitter van het Inkoopnetwerk Steenwijkerland (of een beheerder) legt deze stap van de procedure vast.');
    const out = await say('marloes-visser', '/gremium voorstel uitgewerkt INKOOP Tarieven 2027');
    expect(out).toContain('Voorstel "Tarieven 2027" (#1) is aangemerkt als uitgewerkt voorstel (002 art. 5.6). Gereageerd: Jeugdpraktijk Steenwijk, Stichting Weerribben Zorg en Thuiszorg Giethoorn BV.');
    expect((await proposal()).stage).toBe('WORKED_OUT');
    expect(await audits('proposal.work-out')).toBe(1);
  });

  it('art. 9.1: one for/against vote on the worked-out proposal; the municipality does not decide while it runs', async () => {
    const opened = await say('marloes-visser', '/gremium peiling openen INKOOP vraag="Stemt u in met de tarieven?" sluit=20-12-2026 voorstel="Tarieven 2027"');
    expect(opened).not.toContain('niets gewijzigd');
    const p = await proposal();
    expect(p.pollId).not.toBeNull();
    expect(await say('marloes-visser', '/gremium peiling openen INKOOP vraag="Nog eens over Tarieven 2027?" sluit=20-12-2026')).toContain('Over voorstel Tarieven 2027 is al een stemming geopend.');
    const early = await say('marloes-visser', '/gremium voorstel besluit INKOOP aangenomen Tarieven 2027');
    expect(early).toContain('De Gemeente besluit over een uitgewerkt voorstel waarover niet meer gestemd wordt');
    expect(await say('marloes-visser', '/gremium voorstel status Tarieven 2027')).toContain('volgende stap: de stemming loopt tot en met 20 december 2026');
    await say('arjen-dijkstra', `/gremium stem ${p.pollId} voor`);
    await say('marloes-visser', `/gremium peiling sluiten ${p.pollId}`);
  });

  it('art. 9.3: adopted, with its consequences; the proposal is closed and leaves the open list', async () => {
    const out = await say('marloes-visser', '/gremium voorstel besluit INKOOP aangenomen Tarieven 2027 toelichting="Breed gedragen"');
    expect(out).toContain('De Gemeente heeft voorstel "Tarieven 2027" (#1) aangenomen (stemverhouding 1-0-0); het voorstel is gesloten.');
    expect(out).toContain('Gevolg (002 art. 9.3): "Als Gemeente het Uitgewerkte voorstel uit artikel 9.1 aanneemt, dan gaat de Gemeente deze afspraken of de Raamovereenkomst aan met Aanbieders die aangeven te willen deelnemen."');
    expect(await proposal()).toMatchObject({ stage: 'ADOPTED', decisionNote: 'Breed gedragen' });
    expect(await say('marloes-visser', '/gremium voorstellen INKOOP')).not.toContain('Tarieven 2027');
    expect(await say('marloes-visser', '/gremium voorstel besluit INKOOP niet-aangenomen Tarieven 2027')).toContain('Over dit voorstel heeft de Gemeente al besloten (aangenomen door de Gemeente).');
    expect(await audits('proposal.decide')).toBe(1);
  });

  it('art. 9.2: not adopted, in English: the agreements do not change', async () => {
    clock = new Date('2026-12-10T10:00:00Z');
    await say('marloes-visser', '/gremium proposal INKOOP Transport 2027 published=2026-11-20');
    await say('marloes-visser', '/gremium proposal worked-out INKOOP Transport 2027');
    const out = await say('marloes-visser', '/gremium proposal decision INKOOP not-adopted Transport 2027');
    expect(out).toContain('The municipality did not adopt proposal "Transport 2027"');
    expect(out).toContain('Consequence (002 art. 9.2): the agreements and the framework agreement do not change.');
  });

  it('art. 10: a pilot request with its period and providers, and the municipality\'s consent', async () => {
    const bad = await say('marco-schippers', '/gremium pilot aanvragen INKOOP Wijkteam plus van=1-1-2027 tot=1-1-2027 aanbieders="Kop van Overijssel Begeleiding BV"');
    expect(bad).toContain('Een pilot heeft een afgebakende periode');
    expect(bad).toContain('(002 art. 10.3)');
    const out = await say('marco-schippers', '/gremium pilot aanvragen INKOOP Wijkteam plus van=1-1-2027 tot=30-6-2027 aanbieders="Kop van Overijssel Begeleiding BV; Stichting Weerribben Zorg"');
    expect(out).toContain('Pilotaanvraag "Wijkteam plus" (#4) ingediend bij het Inkoopnetwerk Steenwijkerland (1 januari 2027 tot en met 30 juni 2027; Kop van Overijssel Begeleiding BV en Stichting Weerribben Zorg).');
    expect(await say('marloes-visser', '/gremium voorstel status Wijkteam plus')).toContain('volgende stap: de Gemeente besluit');
    expect(await say('marloes-visser', '/gremium pilot besluit INKOOP ingestemd Wijkteam plus')).toContain('De Gemeente stemt in met pilot "Wijkteam plus" (#4) (002 art. 10.4).');
  });
});
