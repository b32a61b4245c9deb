/**
 * The Slack vote burst of `npm run bench:slack` (issue 12, point 6): a committee of BURST_SEATS member
 * seats (already linked to their Slack users), its secretary opens a poll with the slash command in
 * the committee's channel, the card is posted there, and every member clicks a vote button on it,
 * the clicks evenly spread over BURST_SECONDS. The real Bolt app on loopback, against the fake Web
 * API, which stamps every call's arrival; the fake and the clicking members run on a thread of their
 * own (platform-thread.ts). Judged: every click acked within Slack's 3 seconds, each
 * voter's private confirmation at its response_url once, one stance per seat, and the card edited in
 * place (chat.update) at most once a second, its last edit showing the final tally.
 */
import { pino } from 'pino';
import type { Database } from '../../src/db/database.ts';
import { startSlackApp } from '../../src/platforms/slack/index.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { visibleText, type Call } from '../../test/platforms/slack/fake-slack.ts';
import { blockAction, BOT, sign, SIGNING_SECRET, slashCommand } from '../../test/platforms/slack/fixtures.ts';
import { createBigCommittee } from '../../test/support/big-committee.ts';
import { BURST_SEATS, BURST_SECONDS, type BurstResult } from './burst.ts';
import { startPlatformThread } from './platform.ts';
import type { Answered, Click } from './platform-thread.ts';

const CHANNEL = 'CBURST0001';
const FORM = 'application/x-www-form-urlencoded';
/** Slack's limit for the HTTP answer to an interaction. */
const ACK_LIMIT_MS = 3000;

type Posted = { blocks?: { type: string; elements?: { action_id: string; value: string }[] }[] };

/** Runs the burst on `database` (which may hold other data: the committee is added beside it). */
export async function slackBurst(label: string, database: Database): Promise<BurstResult> {
  const committee = await createBigCommittee(database.db, { code: 'BURST', seats: BURST_SEATS, accounts: { platform: 'slack', account: (i) => `UB${String(i + 1).padStart(6, '0')}` } });
  await database.db.committeeChannel.create({ data: { committeeId: committee.committeeId, platform: 'slack', channel: CHANNEL } });
  const slack = await startPlatformThread('slack');
  const { apiUrl, responseUrlBase } = await slack.call<{ apiUrl: string; responseUrlBase: string }>('describe');
  const responseUrl = (id: string) => `${responseUrlBase}${id}`;
  await slack.call('users', { users: [committee.secretary, ...committee.members].map((p) => [p.account, { email: p.email, locale: 'nl-NL' }]) });
  // Fresh caches: the app reads the registry (with the new committee) as a starting process would.
  const deps = createServiceDeps({ db: database.db });
  const app = await startSlackApp({ deps, logger: pino({ level: 'silent' }), botToken: BOT.token, botId: BOT.botId, botUserId: BOT.botUserId, signingSecret: SIGNING_SECRET, apiUrl, port: 0, workspace: { teamId: 'T0001' } });
  const url = `http://127.0.0.1:${app.port}/slack/events`;
  try {
    const open = sign(slashCommand({ user: committee.secretary.account, channel: CHANNEL, text: 'peiling openen BURST vraag="Akkoord met het jaarplan?" sluit=2099-12-31', responseUrl: responseUrl('open') }), FORM);
    await slack.call('burst', { url, clicks: [{ at: 0, ...open }] });
    await app.idle();
    const card = (await slack.call<Call[]>('calls')).find((c) => c.method === 'chat.postMessage' && c.args.channel === CHANNEL);
    if (!card) throw new Error(`the poll card was not posted in ${CHANNEL}`);
    const { messageId: ts, pollId } = await database.db.pollMessage.findFirstOrThrow({ where: { platform: 'slack', channel: CHANNEL } });
    const buttons = ((card.args as Posted).blocks ?? []).flatMap((b) => (b.type === 'actions' ? b.elements ?? [] : []));
    if (buttons.length === 0) throw new Error('the poll card has no buttons');
    const since = await slack.call<number>('count');
    // One click per member, evenly spread over BURST_SECONDS; member i takes option i mod options.
    const start = performance.timeOrigin + performance.now() + 200;
    const due = new Map<string, number>();
    const clicks: Click[] = committee.members.map((m, i) => {
      const button = buttons[i % buttons.length]!;
      const at = start + (i / BURST_SEATS) * BURST_SECONDS * 1000;
      due.set(`burst-${i}`, at);
      return { at, ...sign(blockAction({ user: m.account, channel: CHANNEL, messageTs: ts, actionId: button.action_id, value: button.value, responseUrl: responseUrl(`burst-${i}`) }), FORM) };
    });
    const answered = await slack.call<Answered[]>('burst', { url, clicks });
    await app.idle();
    const after = await slack.call<Call[]>('calls', { since });
    const confirmations = new Map<string, number[]>();
    for (const c of after) {
      if (!c.method.startsWith('respond/burst-')) continue;
      const id = c.method.slice('respond/'.length);
      if (!/vastgelegd/.test(visibleText(c.args))) throw new Error(`${id} was answered with: ${visibleText(c.args)}`);
      confirmations.set(id, [...(confirmations.get(id) ?? []), c.at]);
    }
    const edits = after.filter((c) => c.method === 'chat.update' && c.args.channel === CHANNEL && c.args.ts === ts);
    const [counts] = await database.sql.query<{ stances: number; seats: number }>(
      'SELECT count(*)::int AS stances, count(DISTINCT "seatId")::int AS seats FROM "Stance" WHERE "pollId" = $1', [pollId],
    );
    const tally = `${BURST_SEATS} van ${BURST_SEATS} zetels gestemd`;
    return {
      platform: 'Slack', database: label, limitMs: ACK_LIMIT_MS,
      answers: answered.map((a) => a.latency), non200: answered.filter((a) => a.status !== 200).length,
      confirmations: [...confirmations].map(([id, at]) => at[0]! - due.get(id)!),
      stances: counts!.stances, distinctSeats: counts!.seats,
      doubledConfirmations: [...confirmations.values()].filter((at) => at.length > 1).length,
      missingConfirmations: BURST_SEATS - confirmations.size,
      updates: edits.map((c) => c.at),
      lastShowsFinalTally: edits.length > 0 && visibleText(edits.at(-1)!.args).includes(tally),
      firstClickAt: start,
    };
  } finally {
    await app.stop();
    await slack.stop();
  }
}
