/**
 * One source of meetings for every reader: a series meeting that nothing has stored yet is a meeting
 * for the decision list too (README: "besluitenlijst BOSD 19 maart" on a fresh database), while a day
 * without a meeting still gets the next meetings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-30T10:00:00Z'), caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

const say = async (text: string) => renderReplies(await handle(deps(), { sender: { personId: demoId.person('lotte-mulder') }, text }));

describe('the decision list of a series meeting', () => {
  it('answers for the BOSD of 19 March 2026 (third Thursday) on a fresh database, writing nothing', async () => {
    const meetings = await database.db.meeting.count();
    const out = await say('besluitenlijst BOSD 19 maart 2026');
    expect(out).not.toContain('vergadert niet');
    expect(out).toContain('Er zijn op deze vergadering (nog) geen besluiten vastgelegd.');
    expect(await database.db.meeting.count()).toBe(meetings);
  });

  it('still says when there is no meeting, with the next ones', async () => {
    expect(await say('besluitenlijst BOSD 20 maart 2026')).toContain('Het BOSD vergadert niet op 20 maart 2026');
  });
});
