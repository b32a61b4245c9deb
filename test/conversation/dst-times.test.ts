/**
 * A meeting time typed by a secretary that does not exist (the hour skipped when summer time starts,
 * 28 March 2027 02:00-03:00 in Amsterdam) is refused with the reason and a time that does exist,
 * instead of being confirmed as 02:30 and stored as 03:30. Nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { existingLocalTime } from '../../src/domain/schedule/clock.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2027-03-01T10:00:00Z'), caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

async function say(person: string, text: string): Promise<string> {
  return renderReplies(await handle(deps(), { sender: { personId: demoId.person(person) }, text }));
}

describe('a local time that does not exist', () => {
  it('is only the skipped hour of the spring-forward night', () => {
    expect(existingLocalTime('2027-03-28', '02:30')).toBe('03:30');
    expect(existingLocalTime('2027-03-28', '02:00')).toBe('03:00');
    expect(existingLocalTime('2027-03-28', '03:00')).toBe('03:00');
    expect(existingLocalTime('2027-03-27', '02:30')).toBe('02:30');
    // The autumn night has 02:30 twice: it exists.
    expect(existingLocalTime('2027-10-31', '02:30')).toBe('02:30');
  });

  it('refuses a meeting added at 02:30 on 28 March 2027, in Dutch and English, and adds nothing', async () => {
    const meetings = () => database.db.meeting.count();
    const before = await meetings();
    const nl = await say('femke-hendriks', '/gremium vergadering toevoegen KBO 2027-03-28 tijd=02:30');
    expect(nl).toContain('02:30 bestaat niet op 28 maart 2027');
    expect(nl).toContain('bijvoorbeeld 03:30');
    const en = await say('femke-hendriks', '/gremium meeting add KBO 2027-03-28 time=02:30');
    expect(en).toContain('02:30 does not exist on 28 March 2027');
    expect(await meetings()).toBe(before);
    // 03:30 that day exists and is taken.
    expect(await say('femke-hendriks', '/gremium vergadering toevoegen KBO 2027-03-28 tijd=03:30')).toContain('om 03:30');
  });
});
