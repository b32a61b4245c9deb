/**
 * Questions about the rules themselves (issue 15, point 3), answered from the committee's data in the
 * demo region's workbook with the source document's sentence, in the language asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });
const people = new Map<string, string>();

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  for (const p of await database.db.person.findMany({ select: { id: true, name: true } })) people.set(p.name, p.id);
});
afterAll(async () => database?.close());

async function ask(text: string, as = 'Jan de Vries'): Promise<string> {
  return renderReplies(await handle(deps(), { sender: { personId: people.get(as)! }, text }));
}

describe('questions about the rules, answered with the source', () => {
  it.each([
    ['mag het KBO besluiten nemen?', ['Nee, het KBO neemt geen bindende besluiten', 'dat er geen besluitvorming plaatsvindt in het Klein Bestuurlijk Overleg']],
    ['can the KBO take decisions?', ['No, the KBO takes no binding decisions', 'Source 000 Spelregels KBO, 1 (Dutch original)']],
    ['wat is de besluitregel van de Stuurgroep?', ['Besluitvorming in de Stuurgroep gemeenten', 'helft van alle stemgerechtigde zetels plus één', '(meerderheid +1)']],
    ['how does the SBO decide?', ['How the SBO decides', 'one objection blocks', 'Binnen het SBO worden afspraken altijd op basis van consensus gemaakt']],
    ['hoeveel dagen voor het KBO moet de agenda rond?', ['Agenda uiterlijk 21 dagen vooraf', 'De agenda: min 3 weken voorafgaand aan het overleg']],
    ['when must the agenda of the BOSD be sent?', ['Agenda at least 7 days before', 'uiterlijk zeven dagen voor het overleg']],
    ['who may replace me at the SBO?', ['valid mandate', 'You sit there for Combinatie Noord', 'rechtsgeldig kan vertegenwoordigen']],
    ['wie mag mij vervangen in het SBO?', ['geldig mandaat', 'U zit er namens Combinatie Noord', 'Ik ben verhinderd bij het volgende SBO']],
    ['het ORO komt er niet uit, waar escaleren we naar?', ['Komt het ORO er niet uit, dan gaat het naar het SBO', 'Lukt het ook binnen het ORO niet om overeenstemming te bereiken']],
    ['wie maakt de agenda van het SBO?', ['ORO-voorzitter', "De voorzitter van het ORO organiseert verzorgt de agenda's en de verslaglegging."]],
    ['wie is het aanspreekpunt van de BOSD?', ['Centrumgemeente Almere het aanspreekpunt']],
    ['who votes in the ORO?', ['Every party has one vote', 'gelijkwaardigheid']],
    ['moet ik een mandaat hebben voor het SBO?', ['Ja: wie in het SBO als lid zit', 'rechtsgeldig bevoegd']],
    ['hoe vaak vergadert de BOSD?', ['derde donderdag van de maand', 'Volgende vergadering: 17 december 2026']],
    ['wat is het doel van het KBO?', ['bewaken van de koers', 'Onderdeel van: Sociaal Domein Achterhoek']],
    ['wat is de samenstelling van het SBO?', ['Leden per soort partij', 'gemeenten 6', 'combinaties 6', 'Ten hoogste 1 lid per partij']],
    ['what to do when the BOSD cannot agree?', ['impasse procedure', 'step 4']],
  ])('%s', async (question, expected) => {
    const out = await ask(question);
    for (const part of expected) expect(out).toContain(part);
  });

  it('lists the agenda committee of the KBO as a role', async () => {
    expect(await ask('wie zit er in de agendacommissie van het KBO?')).toContain('Jan de Vries');
  });

  it('answers the contact point for the asker\'s own regions when none is named', async () => {
    const out = await ask('wie is het aanspreekpunt van de regio?', 'Lotte Mulder');
    expect(out).toContain('Centrumgemeente Almere');
  });

  it('asks which committee when none is named', async () => {
    expect(await ask('wat is de besluitregel?', 'Sanne Bakker')).toMatch(/Over welk gremium gaat uw vraag\? Bijvoorbeeld "/);
  });
});
