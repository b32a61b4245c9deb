/**
 * Issue 13: "A NUL byte gives an internal error; a 1 MB poll question is stored and posted." Through
 * the console chat (one message per line, as `gremium chat` reads a pipe): a control character is
 * refused with its position, text over its limit with the limit and its length, in the asker's
 * language, and nothing is stored.
 */
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../../../src/demo/index.ts';
import { runChat } from '../../../src/platforms/console/chat.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { decisionCounts } from '../../support/decisions-fixture.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';

let database: TestDatabase;
const errors: unknown[] = [];
const deps = () => ({
  ...createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches }),
  logError: (_reference: string, error: unknown) => void errors.push(error),
});

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

/** Types `lines` into the console chat as `person` (a demo slug); resolves to what it printed. */
async function chat(person: string, lines: string[], lang: 'nl' | 'en' | null = null): Promise<string> {
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => (out += d));
  const name = (await database.db.person.findUniqueOrThrow({ where: { id: demoId.person(person) } })).name;
  await runChat(deps(), { personId: demoId.person(person), personName: name, lang, input: Readable.from([lines.map((l) => `${l}\n`).join('')]), output, interactive: false });
  return out;
}
const stored = async () => ({ ...(await decisionCounts(database.db)), duties: await database.db.duty.count() });

describe('text from the console chat', () => {
  it('a NUL byte in a poll question: refused with its position, not "something went wrong", nothing stored', async () => {
    const before = await stored();
    const out = await chat('sanne-bakker', ['/gremium peiling openen ORO vraag="Akkoord met het\u0000 werkplan?" sluit=8-12-2026']);
    expect(out).toMatch(/De vraag bevat op positie 16 een onzichtbaar stuurteken \(U\+0000\)/);
    expect(out).not.toMatch(/Er ging iets mis/);
    expect(errors).toEqual([]);
    expect(await stored()).toEqual(before);
  });

  it('a 1 MB poll question: refused naming the limit and its length, nothing stored or posted', async () => {
    const before = await stored();
    const out = await chat('sanne-bakker', [`/gremium poll open ORO question="${'x'.repeat(1_000_000)}" closes=8-12-2026`]);
    expect(out).toMatch(/The question is 1,000,000 characters long; at most 1,000 fit/);
    expect(out.length).toBeLessThan(2_000);
    expect(await stored()).toEqual(before);
  });

  it('a question of exactly the limit is taken', async () => {
    const out = await chat('sanne-bakker', [`/gremium peiling openen ORO vraag="${'a'.repeat(999)}?" sluit=8-12-2026`]);
    expect(out).toContain('Peiling geopend in het ORO');
  });

  it('a reason over its limit, and a proposal title over its limit, in the language typed', async () => {
    const before = await stored();
    const reason = await chat('jan-de-vries', [`/gremium verhinderd SBO 10-12-2026 reden="${'ziek '.repeat(120)}"`]);
    expect(reason).toMatch(/De reden is 599 tekens lang; er passen er hoogstens 500 in/);
    const title = await chat('marloes-visser', [`/gremium proposal INKOOP ${'Inkoop '.repeat(40)}published=2026-11-28`]);
    expect(title).toMatch(/The title is 279 characters long; at most 200 fit/);
    expect(await stored()).toEqual(before);
  });

  it('a control character or a bidi override in a question or a name is refused with its position', async () => {
    const question = await chat('jan-de-vries', ['wie zit er in het\u0007 SBO?']);
    expect(question).toMatch(/Uw bericht bevat op positie 18 een onzichtbaar stuurteken \(U\+0007\)/);
    const name = await chat('sanne-bakker', ['/gremium zetel toevoegen ORO "Jan\u202Ede Vries" rol=adviseur van=2026-12-01']);
    expect(name).toMatch(/bevat op positie 4 een onzichtbaar stuurteken \(U\+202E\)/);
    const english = await chat('jan-de-vries', ['who sits on the\u001B SBO?'], 'en');
    expect(english).toMatch(/Your message contains an invisible control character \(U\+001B\) at position 16/);
    expect(errors).toEqual([]);
  });

  it('tabs and line breaks are ordinary text', async () => {
    const out = await chat('jan-de-vries', ['wie zit er\tin het SBO?']);
    expect(out).toContain('Jan de Vries');
  });
});
