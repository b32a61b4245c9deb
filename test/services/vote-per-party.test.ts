/**
 * The ORO votes per party (demo workbook: "Stem per: partij"; 001 ORO "met meerderheid van stemmen
 * ... op basis van gelijkwaardigheid en consensus", "2 stafmedewerkers per Combinatie"): a party
 * counts once, whichever of its holders voted; holders who differ leave the party divided, counted as
 * an abstention. Through the services, and once through the console chat.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { castStance } from '../../src/services/decisions/cast-stance.ts';
import { closePoll } from '../../src/services/decisions/close-poll.ts';
import { openPoll } from '../../src/services/decisions/open-poll.ts';
import { loadPollView } from '../../src/services/decisions/poll-view.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { createDueReminders } from '../../src/scheduler/create-due-reminders.ts';
import { loadHomeOverview } from '../../src/services/schedule/load-home-overview.ts';
import { consoleSay } from '../support/console-chat.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const now = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => now, caches: database.caches });
const closes = new Date('2026-12-01T17:00:00Z');

const person = (name: string) => database.db.person.findFirstOrThrow({ where: { name } });
const actor = async (name: string) => ({ personId: (await person(name)).id, label: name });
const oro = () => database.db.committee.findUniqueOrThrow({ where: { code: 'ORO' } });

async function oroPoll(): Promise<string> {
  const opened = await openPoll(deps(), { actor: await actor('Sanne Bakker'), committeeId: (await oro()).id, question: 'Werkplan 2027?', closesAt: closes, meetingDay: null });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value.pollId;
}
async function vote(name: string, pollId: string, choice: 'FOR' | 'AGAINST' | 'ABSTAIN') {
  const r = await castStance(deps(), { actor: await actor(name), pollId, choice });
  if (!r.ok) throw new Error(r.error.code);
}

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await database.resetToDemo(deps());
});

describe('a poll in a committee that votes per party', () => {
  it('is opened per party, as the workbook says, and keeps it', async () => {
    const pollId = await oroPoll();
    expect(await database.db.poll.findUniqueOrThrow({ where: { id: pollId } })).toMatchObject({ votePer: 'PARTY', rule: 'MAJORITY' });
    // A later workbook saying "zetel" does not change how the running poll counts.
    await database.db.committee.update({ where: { code: 'ORO' }, data: { votePer: 'SEAT' } });
    expect((await loadPollView(deps(), pollId))?.outcome).toMatchObject({ per: 'PARTY', counts: { seats: 10 } });
  });

  it('counts Combinatie Noord once, whichever of its two staff members voted', async () => {
    const pollId = await oroPoll();
    await vote('Karin Smit', pollId, 'FOR');
    await vote('Piet Jansen', pollId, 'FOR');
    await vote('Geert Linders', pollId, 'AGAINST');
    const view = await loadPollView(deps(), pollId);
    // 16 member seats, 10 parties: 4 municipalities and bodies, 6 combinations.
    expect(view?.seats).toHaveLength(16);
    expect(view?.outcome).toMatchObject({ per: 'PARTY', ratio: '1-1-0', counts: { seats: 10, voted: 2, notVoted: 8 } });
    expect(view?.parties.find((p) => p.organisationName === 'Combinatie Noord')).toMatchObject({ voted: true, choice: 'FOR', divided: false });
  });

  it('a party whose holders differ counts as abstaining, until they agree', async () => {
    const pollId = await oroPoll();
    await vote('Karin Smit', pollId, 'FOR');
    await vote('Piet Jansen', pollId, 'AGAINST');
    let view = await loadPollView(deps(), pollId);
    expect(view?.outcome).toMatchObject({ ratio: '0-0-1', counts: { voted: 1 } });
    expect(view?.parties.find((p) => p.organisationName === 'Combinatie Noord')).toMatchObject({ divided: true, choice: null });
    await vote('Piet Jansen', pollId, 'FOR');
    view = await loadPollView(deps(), pollId);
    expect(view?.outcome).toMatchObject({ ratio: '1-0-0', dividedParties: [] });
  });

  it('closes with the parties counted and the ratio of parties on record', async () => {
    const pollId = await oroPoll();
    for (const name of ['Karin Smit', 'Piet Jansen', 'Lisa Dekker', 'Geert Linders']) await vote(name, pollId, 'FOR');
    await vote('Mark Peters', pollId, 'AGAINST');
    await vote('Maud Kessels', pollId, 'AGAINST');
    const closed = await closePoll(deps(), { actor: await actor('Sanne Bakker'), pollId });
    // Noord for, Venlo for, Weert against, Zuid divided (Lisa for, Mark against): 2-1-1 of 10 parties.
    expect(closed.ok && closed.value.outcome).toMatchObject({ per: 'PARTY', status: 'ADOPTED', ratio: '2-1-1', counts: { seats: 10, voted: 4 } });
    const stored = await database.db.poll.findUniqueOrThrow({ where: { id: pollId } });
    expect(stored.outcome).toMatchObject({ per: 'PARTY', ratio: '2-1-1' });
  });

  it('reminds before closing only the holders of parties that have not voted', async () => {
    const pollId = await oroPoll();
    await vote('Karin Smit', pollId, 'FOR');
    for (const name of ['Karin Smit', 'Piet Jansen', 'Maud Kessels']) {
      await database.db.platformIdentity.create({ data: { platform: 'slack', externalId: `U-${name}`, personId: (await person(name)).id } });
    }
    await createDueReminders(deps(), new Date(closes.getTime() - 3_600_000));
    const keys = (await database.db.outboxMessage.findMany({ where: { key: { startsWith: `poll:${pollId}:` } } })).map((m) => m.channel);
    // Piet Jansen's party voted through Karin Smit; Maud Kessels' (Gemeente Weert) did not.
    expect(keys).toEqual(['U-Maud Kessels']);
    // Nor does the poll wait for Piet Jansen on his home tab; it still waits for Maud Kessels.
    const waiting = async (name: string) => (await loadHomeOverview(deps(), { personId: (await person(name)).id, day: '2026-11-25' })).polls.map((p) => p.pollId);
    expect(await waiting('Piet Jansen')).toEqual([]);
    expect(await waiting('Maud Kessels')).toEqual([pollId]);
  });
});

describe('the console chat on a per-party poll', () => {
  it('shows "van 10 partijen" on the card, the divided party, and the result', async () => {
    const pollId = await oroPoll();
    const karin = await consoleSay(deps(), 'Karin Smit', `/gremium stem ${pollId} voor`);
    expect(karin).toContain('1 van 10 partijen gestemd (elke partij telt één keer) — 1 voor, 0 tegen, 0 onthouding');
    expect(karin).toContain('Combinatie Noord: voor (Karin Smit)');
    expect(karin).toContain('Gemeente Weert (Maud Kessels): nog niet gestemd');
    const piet = await consoleSay(deps(), 'Piet Jansen', `/gremium vote ${pollId} against`);
    expect(piet).toContain('Note: Karin Smit voted otherwise for Combinatie Noord. The ORO votes per party; while Combinatie Noord\'s votes differ, the party counts as abstaining.');
    expect(piet).toContain('1 of 10 parties voted (each party counts once) — 0 for, 0 against, 1 abstain');
    expect(piet).toContain('Combinatie Noord: divided, counts as abstaining until its votes agree (Karin Smit for; Piet Jansen against)');
    await consoleSay(deps(), 'Piet Jansen', `/gremium stem ${pollId} voor`);
    await consoleSay(deps(), 'Maud Kessels', `/gremium stem ${pollId} tegen`);
    const closed = await consoleSay(deps(), 'Sanne Bakker', `/gremium peiling sluiten ${pollId}`);
    expect(closed).toContain('Peiling gesloten: "Werkplan 2027?" — staken der stemmen: niet aangenomen (1 voor, 1 tegen, 0 onthouding; 2 van 10 partijen gestemd, elke partij telt één keer).');
    expect(closed).toContain('Combinatie Noord: voor (Karin Smit en Piet Jansen)');
  });
});
