/**
 * The name catalog reloads when the registry changes, and only then: every write is audited, but a
 * vote (or a poll, a meeting, a duty) is no registry change and must not make the next chat turn read
 * every committee, organisation and person again. Shown by counting the statements the database gets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { castStance } from '../../src/services/decisions/cast-stance.ts';
import { openPoll } from '../../src/services/decisions/open-poll.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadCatalog } from '../../src/services/registry/registry-catalog.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { findLinkedPersonAt, linkIdentityByEmail } from '../../src/services/identity/link-identity.ts';
import { erasePerson } from '../../src/services/privacy/erase-person.ts';
import { demoId } from '../../src/demo/index.ts';
import { recordMandate } from '../../src/services/registry/record-mandate.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const statements: string[] = [];
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });

/** The statements `work` sends to the database. */
async function counted(work: () => Promise<unknown>): Promise<number> {
  const before = statements.length;
  await work();
  return statements.length - before;
}

const QUESTION = 'wie vertegenwoordigt Combinatie Noord in het SBO?';

beforeAll(async () => {
  database = await openTestDatabase({ onStatement: (text) => void statements.push(text) });
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

describe('the registry revision', () => {
  it('reloads the names after a registry write, not after a poll or a vote', async () => {
    const sanne = await database.db.person.findFirstOrThrow({ where: { name: 'Sanne Bakker' } });
    const jan = await database.db.person.findFirstOrThrow({ where: { name: 'Jan de Vries' } });
    const sbo = await database.db.committee.findUniqueOrThrow({ where: { code: 'SBO' } });
    const noord = await database.db.organisation.findFirstOrThrow({ where: { name: 'Combinatie Noord' } });
    const ask = () => handle(deps(), { sender: { personId: sanne.id }, text: QUESTION });

    // What a load costs: with nothing in memory, the revision and every committee, organisation and
    // person in one statement (issue 12); warm, the revision; after a change, the revision, then the names.
    database.caches.catalog.current = null;
    const cold = await counted(() => loadCatalog(deps()));
    const warm = await counted(() => loadCatalog(deps()));
    expect(warm).toBe(1);
    expect(cold).toBe(1);
    const reload = warm + 1;
    const warmTurn = await counted(ask);
    expect(await counted(ask)).toBe(warmTurn);

    // A poll and a vote write audit entries, but change no name: the catalog stays as it was.
    const catalog = await loadCatalog(deps());
    const opened = await openPoll(deps(), { actor: { personId: sanne.id, label: 'Sanne Bakker' }, committeeId: sbo.id, question: 'Jaarplan 2027?', closesAt: new Date('2026-12-31T12:00:00Z'), meetingDay: null });
    if (!opened.ok) throw new Error(opened.error.code);
    const vote = await castStance(deps(), { actor: { personId: jan.id, label: 'Jan de Vries' }, pollId: opened.value.pollId, choice: 'AGREE' });
    expect(vote).toMatchObject({ ok: true });
    expect(await counted(() => loadCatalog(deps()))).toBe(warm);
    expect(await loadCatalog(deps())).toBe(catalog);
    expect(await counted(ask)).toBe(warmTurn);

    // A registry write (a mandate, through its service) moves the revision: the next turn reloads once.
    const recorded = await recordMandate(deps(), { actor: { personId: sanne.id, label: 'Sanne Bakker' }, personId: jan.id, organisationId: noord.id, from: '2026-11-25', until: null, scope: 'SBO' });
    expect(recorded).toMatchObject({ ok: true });
    expect(await counted(ask)).toBe(warmTurn + (reload - warm));
    expect(await counted(ask)).toBe(warmTurn);
    expect((await loadCatalog(deps())).revision).toBeGreaterThan(catalog.revision);

    process.stdout.write(`registry revision: catalog load ${cold} statement cold, ${warm} warm, ${reload} after a change; question turn ${warmTurn} warm\n`);
  });

  it('refuses a non-member\'s vote click from memory while the members vote (a substitution still reloads: decisions-polls.test.ts)', async () => {
    const sanne = await database.db.person.findFirstOrThrow({ where: { name: 'Sanne Bakker' } });
    const sbo = await database.db.committee.findUniqueOrThrow({ where: { code: 'SBO' } });
    const voters = await database.db.seat.findMany({ where: { committeeId: sbo.id, role: 'MEMBER', endsOn: null }, include: { person: true }, take: 2 });
    const outsider = await database.db.person.findFirstOrThrow({ where: { seats: { none: { committeeId: sbo.id } } } });
    const opened = await openPoll(deps(), { actor: { personId: sanne.id, label: 'Sanne Bakker' }, committeeId: sbo.id, question: 'Begroting 2027?', closesAt: new Date('2026-12-31T12:00:00Z'), meetingDay: null });
    if (!opened.ok) throw new Error(opened.error.code);
    const pollId = opened.value.pollId;
    const vote = (personId: string, label: string) => castStance(deps(), { actor: { personId, label }, pollId, choice: 'AGREE' });

    // The first click loads the poll's roster; a second, with nothing written between, is refused from it.
    expect(await vote(outsider.id, outsider.name)).toMatchObject({ ok: false, error: { code: 'NO_VOTING_SEAT' } });
    const refusal = await counted(() => vote(outsider.id, outsider.name));
    // Members' votes are written between the clicks: they change nobody's right to vote, so the
    // outsider's next clicks cost what the second one did (no reload of seats, voters and mandates).
    for (const seat of voters) {
      expect(await vote(seat.personId, seat.person.name)).toMatchObject({ ok: true });
      expect(await counted(() => vote(outsider.id, outsider.name))).toBe(refusal);
    }
    process.stdout.write(`roster: a non-member's refused click costs ${refusal} statements while members vote\n`);
  });

  it('reads a chat account\'s person once per registry revision, and sees a new link and an erasure on the next turn', async () => {
    const account = { platform: 'slack', externalId: 'UREVISION1' };
    const sender = async () => findLinkedPersonAt(deps(), (await loadCatalog(deps())).revision, account);
    const warm = await counted(() => loadCatalog(deps()));

    // Not linked: read once, then known from memory (the revision read is the turn's own).
    expect(await sender()).toBeNull();
    expect(await counted(sender)).toBe(warm);

    // Linked by e-mail (as on a first message): the link moves the revision, so the next turn sees it.
    // (A person without seats, so an administrator may erase them below.)
    const piet = await database.db.person.create({ data: { name: 'Piet Revisie', email: 'piet.revisie@example.org' } });
    expect(await linkIdentityByEmail(deps(), { ...account, email: piet.email! })).toMatchObject({ ok: true });
    expect(await sender()).toMatchObject({ id: piet.id, name: 'Piet Revisie' });
    expect(await counted(sender)).toBe(warm);

    // Erased: the account goes with the person's data, and the next turn knows nobody.
    const erased = await erasePerson(deps(), { actor: { personId: demoId.person('beheerder-gremium'), label: 'beheer' }, personId: piet.id });
    expect(erased, JSON.stringify(erased)).toMatchObject({ ok: true });
    expect(await sender()).toBeNull();
  });
});
