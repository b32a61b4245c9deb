/**
 * The registry questions through the one conversation core, on the demo data, as a user would ask
 * them in the console, Slack or Teams.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
let askerId: string;
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  askerId = (await database.db.person.findFirstOrThrow({ where: { name: 'Jan de Vries' } })).id;
});
afterAll(async () => database?.close());

async function ask(text: string, language?: 'nl' | 'en'): Promise<{ replies: Reply[]; out: string }> {
  const replies = await handle(deps(), { sender: { personId: askerId }, text, ...(language ? { language } : {}) });
  return { replies, out: renderReplies(replies) };
}

describe('who represents an organisation', () => {
  it('answers in Dutch with the person and the mandate state', async () => {
    const { replies, out } = await ask('wie vertegenwoordigt Combinatie Noord in het SBO?');
    expect(replies[0]?.kind).toBe('card');
    expect(out).toContain('Combinatie Noord in het SBO');
    expect(out).toContain('Jan de Vries');
    expect(out).toMatch(/mandaat geldig/);
  });

  it('answers the same question in English with the English alias', async () => {
    const { out } = await ask('who represents Combination North at the SBO?');
    expect(out).toContain('Combinatie Noord at the SBO');
    expect(out).toContain('Jan de Vries');
    expect(out).toMatch(/mandate valid/);
  });

  it('answers from the seat periods for a date in the past', async () => {
    const past = await ask('who sat for Gemeente Doetinchem in the KBO on 1 March 2025?');
    const today = await ask('who represents Gemeente Doetinchem in the KBO?');
    expect(past.replies[0]?.kind).toBe('card');
    expect(today.replies[0]?.kind).toBe('card');
    const person = (r: Reply[]) => (r[0]?.kind === 'card' ? r[0].lines?.[0]?.split(',')[0] : undefined);
    expect(person(past.replies)).toBeTruthy();
    expect(person(past.replies)).not.toEqual(person(today.replies));
    expect(past.out).toContain('1 March 2025');
  });

  it('suggests the closest organisation for a misspelt name', async () => {
    const { replies } = await ask('wie vertegenwoordigt Combinatie Noort in het SBO?');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'UNKNOWN_ORGANISATION' });
    expect(replies[0]?.kind === 'error' && replies[0].text).toMatch(/Bedoelt u "Combinatie Noord"/);
  });

  it('suggests the closest committee for a misspelt code, in English when asked in English', async () => {
    const { replies } = await ask('who represents Combination North at the SBOO?');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'UNKNOWN_COMMITTEE' });
    expect(replies[0]?.kind === 'error' && replies[0].text).toMatch(/Did you mean "SBO"/);
  });
});

describe('membership questions', () => {
  it('lists the ORO with every seat', async () => {
    const { replies, out } = await ask('Wie zitten er in het ORO?');
    expect(out).toMatch(/^ORO: /);
    const lines = replies[0]?.kind === 'card' ? replies[0].lines ?? [] : [];
    const seats = await database.db.seat.count({ where: { committee: { code: 'ORO' }, startsOn: { lte: new Date('2026-11-25') }, OR: [{ endsOn: null }, { endsOn: { gte: new Date('2026-11-25') } }] } });
    expect(lines).toHaveLength(seats);
  });

  it('says where a person sits, in both languages', async () => {
    const nl = await ask('Waar zit Jan de Vries in?');
    expect(nl.out).toMatch(/SBO .*lid namens Combinatie Noord/);
    const en = await ask('where does Jan de Vries sit?');
    expect(en.out).toMatch(/SBO .*member for Combinatie Noord/);
  });

  it('names the secretary of the BOSD', async () => {
    const secretary = await database.db.seat.findFirstOrThrow({ where: { committee: { code: 'BOSD' }, role: 'SECRETARY' }, include: { person: true } });
    const { out } = await ask('wie is de secretaris van de BOSD?');
    expect(out).toContain(`De secretaris van het BOSD is ${secretary.person.name}`);
  });

  it('explains what it did not understand in the language of the question', async () => {
    expect((await ask('what is the weather like')).replies[0]).toMatchObject({ kind: 'error', code: 'NOT_UNDERSTOOD' });
    expect((await ask('what is the weather like')).out).toMatch(/I didn't understand/);
    expect((await ask('hoe laat is het')).out).toMatch(/Dat begrijp ik niet/);
  });
});
