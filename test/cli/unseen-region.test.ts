/**
 * Issue 14, "done when": a region nobody here has seen, written as a workbook by its secretary
 * (test/fixtures/region-kromme-dijk: the fictional Jeugdregio Kromme Dijk, its own committee codes,
 * English headers on one sheet, a committee that takes no decisions, a substitute rule, "tweede
 * woensdag van de maand"), loaded into an empty database by the real `gremium region import`
 * subcommand, then used through the console chat and the calendar feed. No code knows this region.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app/bootstrap.ts';
import { command as region } from '../../src/app/region.ts';
import { loadConfig } from '../../src/config.ts';
import { IN_MEMORY } from '../../src/db/pglite.ts';
import { createLogger } from '../../src/logger.ts';
import { startCalendarServer, type CalendarServer } from '../../src/platforms/calendar/server.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { consoleSay } from '../support/console-chat.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

const WORKBOOK = path.resolve(import.meta.dirname, '../fixtures/region-kromme-dijk');
let database: TestDatabase;
let calendar: CalendarServer;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });
const say = (name: string, line: string) => consoleSay(deps(), name, line);

/** Runs `gremium region <argv>` on the test database; what it printed and its exit code. */
async function gremiumRegion(argv: string[]): Promise<{ code: number; out: string }> {
  const app: App = {
    config: loadConfig({}), logger: createLogger('silent'), target: { kind: 'pglite', dir: IN_MEMORY },
    services: async () => ({ ...deps(), logError: () => undefined }), onShutdown: () => undefined, untilStopped: async () => undefined,
  };
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  try {
    const code = await region.run(app, { subcommand: 'region', args: argv.filter((a) => !a.startsWith('-')), argv, flags: {}, as: null, lang: null });
    return { code, out };
  } finally {
    write.mockRestore();
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
  calendar = await startCalendarServer({ deps: deps(), host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await calendar?.stop();
  await database?.close();
});

describe('a region nobody has seen, from its own workbook', () => {
  it('imports into an empty database with `gremium region import --yes`, then changes nothing the second time', async () => {
    expect(await database.db.committee.count()).toBe(0);
    const imported = await gremiumRegion(['import', WORKBOOK, '--yes']);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Gremia: 3 nieuw');
    expect(imported.out).toMatch(/Ingelezen: \d+ wijzigingen/);
    expect((await database.db.committee.findMany({ orderBy: { code: 'asc' } })).map((c) => [c.code, c.decisionRule, c.votePer, c.substituteRule])).toEqual([
      ['DBO', 'CONSENSUS', 'SEAT', 'SAME_ORGANISATION_WITH_MANDATE'],
      ['KKB', 'NO_DECISIONS', 'SEAT', 'NAMED_SUBSTITUTE'],
      ['RJT', 'MAJORITY', 'PARTY', 'SAME_ORGANISATION_OR_COMBINATION'],
    ]);
    expect((await gremiumRegion(['import', WORKBOOK, '--yes'])).out).toContain('verandert niets');
  });

  it('answers who represents a party, in Dutch and English', async () => {
    const nl = await say('Hanna de Wit', 'wie vertegenwoordigt Combinatie Kustlicht in de RJT?');
    expect(nl).toContain('Daan Brinkman');
    expect(nl).toContain('Eline Bakkum');
    const en = await say('Hanna de Wit', 'who represents Kustlicht at the Jeugdtafel?');
    expect(en).toContain('Combinatie Kustlicht at the RJT');
  });

  it('answers who sits in a committee, and where someone sits', async () => {
    const members = await say('Anke Veldhuis', 'wie zitten er in het Kustklankbord?');
    expect(members).toContain('KKB: Kustklankbord');
    expect(members).toContain('Femke Oosterhof');
    expect(members).not.toContain('Anke Veldhuis');
    const where = await say('Anke Veldhuis', 'waar zit Daan Brinkman in?');
    expect(where).toMatch(/RJT[\s\S]*Combinatie Kustlicht/);
    expect(where).toMatch(/KKB[\s\S]*Stichting Kustkind/);
  });

  it('answers a rule question with the committee\'s own rules and source', async () => {
    // One rule asked, that rule answered with its source (issue 15); all of them on "de regels".
    const decides = await say('Bram Koster', 'hoe besluit de RJT?');
    expect(decides).toContain('meerderheid');
    expect(decides).toContain('Convenant Kromme Dijk 2026');
    const rules = await say('Bram Koster', 'wat zijn de regels van de RJT?');
    expect(rules).toContain('Besluitvorming: meerderheid van stemmen');
    expect(rules).toContain('Stemmen: per partij: elke partij telt één keer');
    expect(rules).toContain('Vervanging: een collega uit de eigen organisatie, coalitie of gemeente');
    expect(rules).toContain('Ritme: De Jeugdtafel komt elke tweede woensdag van de maand bijeen.');
    expect(rules).toContain('Bron: Convenant Kromme Dijk 2026, art. 4');
    const en = await say('Bram Koster', 'what are the rules of the DBO?');
    expect(en).toContain('Decision rule: consensus: one objection blocks');
    expect(en).toContain('Mandate: required: a member sits and votes only with a valid mandate for the party');
  });

  it('refuses a poll in the committee whose rule is "geen besluiten", quoting its own source, and writes nothing', async () => {
    const before = await database.db.auditEntry.count();
    const out = await say('Hanna de Wit', '/gremium peiling openen KKB vraag="Gaan we akkoord?" sluit=2026-12-10');
    expect(out).toBe('⚠ In het KKB wordt niet over voorstellen gestemd, dus ik open geen peiling. Zo staat het in de bron van dit gremium: Convenant Kromme Dijk 2026, art. 7.');
    expect(await database.db.auditEntry.count()).toBe(before);
  });

  it('counts a poll in the Jeugdtafel per party, as its workbook says', async () => {
    const opened = await say('Hanna de Wit', '/gremium peiling openen RJT vraag="Werkagenda 2027?" sluit=2026-12-08');
    const pollId = /Peiling ([\w-]+)\. Stem met/.exec(opened)?.[1];
    expect(pollId).toBeDefined();
    await say('Daan Brinkman', `/gremium stem ${pollId} voor`);
    const card = await say('Eline Bakkum', `/gremium stem ${pollId} voor`);
    expect(card).toContain('1 van 4 partijen gestemd (elke partij telt één keer)');
    expect(card).toContain('Combinatie Kustlicht: voor (Daan Brinkman en Eline Bakkum)');
  });

  it('checks a substitute by the committee\'s own rule: a colleague of the combination, not another provider', async () => {
    const refused = await say('Daan Brinkman', '/gremium verhinderd RJT 9-12-2026 vervanger="Femke Oosterhof"');
    expect(refused).toMatch(/^⚠ Femke Oosterhof hoort niet bij Combinatie Kustlicht; in de RJT moet de vervanger uit dezelfde organisatie komen \(of coalitie of gemeente\)/);
    // A sentence is proposed with its command (issue 15, point 2); the command records it.
    const proposed = await say('Daan Brinkman', 'Ik ben verhinderd bij de RJT van 9 december 2026, Lotte Spaan vervangt mij');
    expect(proposed).toContain('/gremium verhinderd RJT 2026-12-09 vervanger="Lotte Spaan"');
    const accepted = await say('Daan Brinkman', '/gremium verhinderd RJT 2026-12-09 vervanger="Lotte Spaan"');
    expect(accepted).toContain('U bent afgemeld voor de RJT op 9 december 2026; Lotte Spaan vervangt u namens Combinatie Kustlicht en stemt in uw plaats.');
    // The Klankbord takes only the named substitute, and nobody votes there.
    expect(await say('Femke Oosterhof', '/gremium verhinderd KKB 10-12-2026 vervanger="Mees Bosch"')).toMatch(/alleen de benoemde vervanger van Zorgcollectief De Branding invallen: Gijs Hoekstra/);
    const named = await say('Femke Oosterhof', '/gremium verhinderd KKB 10-12-2026 vervanger="Gijs Hoekstra"');
    expect(named).toContain('Gijs Hoekstra vervangt u namens Zorgcollectief De Branding.');
  });

  it('publishes "tweede woensdag van de maand" as meetings with their deadlines in the calendar feed', async () => {
    const res = await fetch(`http://127.0.0.1:${calendar.port}/calendar/rjt.ics`);
    expect(res.status).toBe(200);
    const ics = (await res.text()).replace(/\r\n[ \t]/g, '');
    // Second Wednesdays at 19:30 Amsterdam, 90 minutes: 9 December 2026 and 13 January 2027.
    expect(ics).toContain('DTSTART:20261209T183000Z');
    expect(ics).toContain('DTEND:20261209T200000Z');
    expect(ics).toContain('DTSTART:20270113T183000Z');
    // Agenda 10 days before falls on Sunday 29 November: moved to Friday 27 November; papers 2 December; minutes 23 December.
    expect(ics).toContain('DTSTART;VALUE=DATE:20261127');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261202');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261223');
    expect(ics).not.toContain('DTSTART;VALUE=DATE:20261129');
  });
});
