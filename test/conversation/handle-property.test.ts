/**
 * 10,000 random messages through the real conversation core on the real database: no crash, no
 * stack trace or internal error in any reply, and nothing written (audit log and tables unchanged).
 * The asker is a secretary, so a refusal is not what keeps random commands from writing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
let secretaryId: string;
const now = () => new Date('2026-11-25T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(createServiceDeps({ db: database.db, now, caches: database.caches }));
  secretaryId = (await database.db.person.findFirstOrThrow({ where: { name: 'Sanne Bakker' } })).id;
});
afterAll(async () => database?.close());

const snapshot = async () => ({
  audit: await database.db.auditEntry.count(),
  seats: await database.db.seat.count(),
  mandates: await database.db.mandate.count(),
  people: await database.db.person.count(),
});

const WORDS = [
  '/gremium', 'zetel', 'toevoegen', 'seat', 'add', 'end', 'beeindigen', 'mandaat', 'vastleggen', 'intrekken', 'lijst', 'historie',
  'wie', 'who', 'vertegenwoordigt', 'represents', 'in', 'het', 'the', 'at', 'op', 'on', 'SBO', 'ORO', 'KBO', 'Combinatie', 'Noord',
  'Jan', 'de', 'Vries', 'rol=lid', 'role=member', 'van=1-1-2025', 'from=2027-02-30', 'tot=gisteren', 'namens="Combinatie Noord"',
  'namens=', '"', '“', '=', '1', 'maart', '2025', '?', 'secretaris', 'waar', 'zit', '__proto__', 'constructor', 'toString',
];

describe('random messages through handle()', () => {
  it('never crash, never show an internal error, never write', async () => {
    const before = await snapshot();
    const message = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 }).map((w) => w.join(' ')),
      fc.array(fc.constantFrom(...WORDS.slice(1)), { maxLength: 8 }).map((w) => `/gremium ${w.join(' ')}`),
    );
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(message, async (text) => {
        seen++;
        const replies = await handle(createServiceDeps({ db: database.db, now, caches: database.caches }), { sender: { personId: secretaryId }, text });
        expect(replies.length).toBeGreaterThan(0);
        for (const reply of replies) if (reply.kind === 'error') expect(reply.code).not.toBe('INTERNAL_ERROR');
        const shown = renderReplies(replies);
        expect(shown).not.toMatch(/\n\s+at .+:\d+:\d+|Error:|undefined|\[object Object\]/);
      }),
      { numRuns: 10_000 },
    );
    expect(seen).toBe(10_000);
    expect(await snapshot()).toEqual(before);
  }, 600_000);
});
