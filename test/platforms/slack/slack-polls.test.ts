/**
 * Polls in Slack end to end: a poll opened through the modal is posted once in the committee's
 * channel with one button per option; a vote button clicked twice (a double click: two requests)
 * counts once; every vote updates the card in place (chat.update) and is acknowledged privately to
 * the voter; a vote after closing is refused kindly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { visibleText } from './fake-slack.ts';
import { blockAction, slashCommand, viewSubmission } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';

let database: TestDatabase;
let h: Harness;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });
const SBO_CHANNEL = 'C0SBO00001';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  const sbo = await database.db.committee.findUniqueOrThrow({ where: { code: 'SBO' } });
  await database.db.committeeChannel.create({ data: { committeeId: sbo.id, platform: 'slack', channel: SBO_CHANNEL } });
  h = await startHarness(deps());
  h.fake.users.set('U0JAN', { email: 'jan.devries@jeugdzorgnoord.example', locale: 'nl-NL' });
  h.fake.users.set('U0SANNE', { email: 'sanne.bakker@regio.example', locale: 'nl-NL' });
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

type Posted = { blocks: { type: string; elements?: { action_id: string; value: string }[] }[] };
const buttonsOf = (args: Record<string, unknown>) => (args as unknown as Posted).blocks.flatMap((b) => (b.type === 'actions' ? b.elements ?? [] : []));

/** Opens a poll through the modal as the SBO's secretary; what the test needs of it, and what the opening sent. */
async function openPoll(question: string) {
  const since = h.fake.calls.length;
  const res = await h.turn(viewSubmission({ user: 'U0SANNE', callbackId: 'gremium.form:poll', values: { committee: 'SBO', question, closes: '2026-12-10' } }));
  const poll = await database.db.poll.findFirstOrThrow({ where: { question } });
  const posts = h.fake.of('chat.postMessage', since).filter((c) => c.args.channel === SBO_CHANNEL);
  const ts = (await database.db.pollMessage.findFirstOrThrow({ where: { pollId: poll.id, channel: SBO_CHANNEL } })).messageId;
  return { res, poll, posts, ts };
}

// Each test opens a poll of its own, so any one of them runs alone, in any order.
describe('a poll in the committee channel', () => {
  it('is opened from the modal and posted once in the SBO channel with one button per option', async () => {
    const { res, poll, posts } = await openPoll('Akkoord met het jaarplan 2027?');
    expect(res.text).toBe('');
    expect(posts).toHaveLength(1);
    const buttons = buttonsOf(posts[0]!.args);
    expect(buttons.length).toBe(poll.options.length);
    expect(buttons.every((b) => b.value.startsWith(`/gremium stem ${poll.id} `))).toBe(true);
    expect(visibleText(posts[0]!.args)).toContain('Akkoord met het jaarplan 2027?');
  });

  it('counts a double-clicked vote once, updates the card in place and tells the voter privately', async () => {
    const { poll, posts, ts } = await openPoll('Akkoord met de begroting 2027?');
    const pollId = poll.id;
    const first = buttonsOf(posts[0]!.args)[0]!;
    const click = () => blockAction({ user: 'U0JAN', channel: SBO_CHANNEL, messageTs: ts, actionId: first.action_id, value: first.value, responseUrl: h.fake.responseUrl(`click-${Math.random()}`) });
    const since = h.fake.calls.length;
    const [a, b] = await Promise.all([h.turn(click()), h.turn(click())]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await h.slack.idle();
    expect(await database.db.stance.count({ where: { pollId } })).toBe(1);
    const updates = h.fake.of('chat.update', since);
    expect(updates.length).toBeGreaterThanOrEqual(1);
    const copies = await database.db.pollMessage.findMany({ where: { pollId } });
    expect(updates.every((u) => copies.some((c) => c.channel === u.args.channel && c.messageId === u.args.ts))).toBe(true);
    const sbo = updates.filter((u) => u.args.channel === SBO_CHANNEL && u.args.ts === ts);
    expect(sbo.length).toBeGreaterThanOrEqual(1);
    expect(visibleText(sbo[sbo.length - 1]!.args)).toMatch(/Jan de Vries/);
    const privately = h.fake.of('respond', since);
    expect(privately.length).toBeGreaterThanOrEqual(1);
    expect(privately.every((r) => r.args.response_type === 'ephemeral')).toBe(true);
    expect(h.fake.of('chat.postMessage', since).filter((c) => c.args.channel === SBO_CHANNEL)).toEqual([]);
  });

  it('refuses a vote after closing, kindly and privately, and changes nothing', async () => {
    const { poll, ts } = await openPoll('Akkoord met het verslag van oktober?');
    const pollId = poll.id;
    const since = h.fake.calls.length;
    await h.turn(slashCommand({ user: 'U0SANNE', text: `peiling sluiten ${pollId}`, channel: SBO_CHANNEL, responseUrl: h.fake.responseUrl('close') }));
    const closedCard = h.fake.of('chat.update', since).filter((u) => u.args.ts === ts).at(-1)!;
    expect(buttonsOf(closedCard.args)).toEqual([]);
    const stances = await database.db.stance.count({ where: { pollId } });
    const { calls } = await h.turn(blockAction({ user: 'U0JAN', channel: SBO_CHANNEL, messageTs: ts, actionId: 'gremium.command:late', value: `/gremium stem ${pollId} akkoord`, responseUrl: h.fake.responseUrl('late') }));
    const answer = calls.filter((c) => c.method.startsWith('respond/'));
    expect(answer).toHaveLength(1);
    expect(answer[0]!.args.response_type).toBe('ephemeral');
    expect(visibleText(answer[0]!.args)).toMatch(/gesloten/);
    expect(await database.db.stance.count({ where: { pollId } })).toBe(stances);
  });
});
