/**
 * A vote burst on Slack, end to end (real Bolt app, fake Web API): 50 members click a poll card's
 * buttons all at once. Every vote counts once, every voter is told privately, and the card in the
 * channel is edited at most once a second (Slack's chat.update limit): no more edits than started
 * seconds plus one, the last one showing all 50 votes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBigCommittee, type BigCommittee } from '../../support/big-committee.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';
import { visibleText } from './fake-slack.ts';
import { blockAction, sign, slashCommand } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';

const CHANNEL = 'CKLIK00001';
const SEATS = 50;
let database: TestDatabase;
let h: Harness;
let committee: BigCommittee;

beforeAll(async () => {
  database = await openTestDatabase();
  committee = await createBigCommittee(database.db, { code: 'KLIK', seats: SEATS, accounts: { platform: 'slack', account: (i) => `UK${String(i + 1).padStart(5, '0')}` } });
  await database.db.committeeChannel.create({ data: { committeeId: committee.committeeId, platform: 'slack', channel: CHANNEL } });
  h = await startHarness(createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches }));
  for (const p of [committee.secretary, ...committee.members]) h.fake.users.set(p.account, { email: p.email, locale: 'nl-NL' });
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

type Posted = { blocks: { type: string; elements?: { action_id: string; value: string }[] }[] };

it('counts 50 clicks at once, tells each voter, and edits the card at most once a second, last with every vote', async () => {
  await h.turn(slashCommand({ user: committee.secretary.account, channel: CHANNEL, text: 'peiling openen KLIK vraag="Akkoord?" sluit=2099-12-31', responseUrl: h.fake.responseUrl('open') }));
  const posted = h.fake.of('chat.postMessage').find((c) => c.args.channel === CHANNEL)!;
  const { messageId: ts, pollId } = await database.db.pollMessage.findFirstOrThrow({ where: { platform: 'slack', channel: CHANNEL } });
  const buttons = (posted.args as unknown as Posted).blocks.flatMap((b) => (b.type === 'actions' ? b.elements ?? [] : []));

  const since = h.fake.calls.length;
  const started = Date.now();
  const answers = await Promise.all(committee.members.map((m, i) => {
    const button = buttons[i % buttons.length]!;
    const click = blockAction({ user: m.account, channel: CHANNEL, messageTs: ts, actionId: button.action_id, value: button.value, responseUrl: h.fake.responseUrl(`klik-${i}`) });
    return h.post(sign(click, 'application/x-www-form-urlencoded'));
  }));
  await h.slack.idle();

  expect(answers.map((a) => a.status)).toEqual(committee.members.map(() => 200));
  expect(await database.db.stance.count({ where: { pollId } })).toBe(SEATS);
  const told = h.fake.of('respond', since);
  expect(new Set(told.map((c) => c.method)).size).toBe(SEATS);
  expect(told.every((c) => /vastgelegd/.test(visibleText(c.args)))).toBe(true);
  const edits = h.fake.of('chat.update', since).filter((c) => c.args.channel === CHANNEL && c.args.ts === ts);
  const seconds = (edits.at(-1)!.at - started) / 1000;
  expect(edits.length).toBeGreaterThanOrEqual(1);
  expect(edits.length).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
  expect(visibleText(edits.at(-1)!.args)).toContain(`${SEATS} van ${SEATS} zetels gestemd`);
});
