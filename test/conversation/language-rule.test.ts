/** The README's language rule, step by step, through the one conversation core. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle, type Incoming } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

const say = async (person: string, text: string, extra: Partial<Incoming> = {}) =>
  renderReplies(await handle(deps(), { sender: { personId: demoId.person(person) }, text, ...extra }));
const isDutch = (out: string) => /\b(lid|leden|zetels?|secretaris)\b/.test(out) && !/\b(member|seats?)\b/.test(out);
const isEnglish = (out: string) => /\b(member|secretary)\b/.test(out) && !/\blid\b/.test(out);

describe('which language Gremium answers in', () => {
  it('a command without a chosen or stored language follows its own words, before the locale', async () => {
    expect(isEnglish(await say('karin-smit', '/gremium list ORO', { locale: 'nl-NL' }))).toBe(true);
    expect(isDutch(await say('karin-smit', '/gremium lijst ORO', { locale: 'en-GB' }))).toBe(true);
  });

  it('the session language (--lang) wins over the words and the stored language', async () => {
    expect(isEnglish(await say('karin-smit', '/gremium lijst ORO', { language: 'en' }))).toBe(true);
  });

  it('a stored language wins over the words; a question still follows its own language', async () => {
    expect(await say('femke-hendriks', '/gremium taal en')).toMatch(/English/);
    expect(isEnglish(await say('femke-hendriks', '/gremium lijst ORO'))).toBe(true);
    expect(isDutch(await say('femke-hendriks', 'Wie zitten er in het ORO?'))).toBe(true);
    expect(await say('femke-hendriks', '/gremium language nl')).toMatch(/Nederlands/);
  });
});
