/**
 * The Teams vote burst of `npm run bench:teams` (issue 12, point 6): a committee of BURST_SEATS member
 * seats (linked to their Entra accounts, in the bot's tenant), its secretary opens a poll through the
 * dialog in the team channel, the card is posted there, and every member clicks an Action.Execute
 * button on it, the clicks evenly spread over BURST_SECONDS. The real CloudAdapter with JWT checks,
 * against the fake Microsoft (OpenID keys, Bot Connector) which stamps every call's arrival; the fake
 * and the clicking members run on a thread of their own (platform-thread.ts). Judged: every invoke
 * answered with the refreshed card within INVOKE_LIMIT_MS, one stance per seat, and the channel's
 * card replaced (updateActivity) at most once a second, its last replacement showing the final tally.
 */
import type { Database } from '../../src/db/database.ts';
import { startTeamsBot } from '../../src/platforms/teams/index.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { APP_ID, cardAction, channelMention, taskInvoke, TEAM_CHANNEL, TENANT, type TeamsUser } from '../../test/platforms/teams/activities.ts';
import type { ConnectorCall, FakeMicrosoft } from '../../test/platforms/teams/fake-microsoft.ts';
import { cardText } from '../../test/platforms/teams/harness.ts';
import { createBigCommittee } from '../../test/support/big-committee.ts';
import { BURST_SEATS, BURST_SECONDS, type BurstResult } from './burst.ts';
import { startPlatformThread } from './platform.ts';
import type { Answered, Click } from './platform-thread.ts';

/**
 * The answer to an invoke, in ms. Microsoft documents five seconds for invoke answers (message
 * extensions, dialogs) and Teams sends an unanswered invoke again after fifteen; the stricter one.
 */
const INVOKE_LIMIT_MS = 5000;
const CARD = 'application/vnd.microsoft.card.adaptive';

const accountOf = (i: number) => `00000000-0000-4000-9000-${String(i + 1).padStart(12, '0')}`;
const userOf = (account: string, i: number): TeamsUser => ({ id: `29:burst-${i}`, aadObjectId: account, name: `Lid ${i}`, email: `lid${i}@burst.example` });

/** Runs the burst on `database` (which may hold other data: the committee is added beside it). */
export async function teamsBurst(label: string, database: Database): Promise<BurstResult> {
  const committee = await createBigCommittee(database.db, { code: 'BURST', seats: BURST_SEATS, accounts: { platform: 'teams', account: accountOf } });
  const secretary = userOf(committee.secretary.account, -1);
  const members = committee.members.map((m, i) => userOf(m.account, i));
  const microsoft = await startPlatformThread('teams');
  const { serviceUrl, endpoints } = await microsoft.call<{ serviceUrl: string; endpoints: FakeMicrosoft['endpoints'] }>('describe');
  await microsoft.call('roster', { members: [secretary, ...members] });
  const token = await microsoft.call<string>('token', { appId: APP_ID });
  // Fresh caches: the bot reads the registry (with the new committee) as a starting process would.
  const errors: unknown[] = [];
  const logError = (_message: string, error: unknown) => void errors.push(error);
  const deps = { ...createServiceDeps({ db: database.db }), logError };
  const bot = await startTeamsBot({ deps, auth: { appId: APP_ID, appPassword: 'bench', tenantId: TENANT, endpoints, outboundToken: () => 'bench-token' }, port: 0, host: '127.0.0.1', logError });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  try {
    // Live cards live in the committee's bound channel only: the secretary binds the team channel first.
    const bind = channelMention(serviceUrl, secretary, '/gremium kanaal BURST');
    await microsoft.call('burst', { url: bot.server.url, clicks: [{ at: 0, body: JSON.stringify(bind), headers }] });
    await bot.idle();
    const open = taskInvoke(serviceUrl, secretary, 'task/submit', { dialog: 'poll', committee: 'BURST', question: 'Akkoord met het jaarplan?', closes: '2099-12-31' });
    await microsoft.call('burst', { url: bot.server.url, clicks: [{ at: 0, body: JSON.stringify(open), headers }] });
    await bot.idle();
    const { messageId, pollId } = await database.db.pollMessage.findFirstOrThrow({ where: { platform: 'teams', poll: { committeeId: committee.committeeId } } });
    const posted = (await microsoft.call<ConnectorCall[]>('calls')).find((c) => c.method === 'POST' && JSON.stringify(c.body).includes('Action.Execute'));
    const buttons = (JSON.stringify(posted?.body ?? {}).match(/"command":"\/gremium stem [^"]+"/g) ?? []).map((m) => (JSON.parse(`{${m}}`) as { command: string }).command);
    if (buttons.length === 0) throw new Error('the poll card was not posted with vote buttons');
    const since = await microsoft.call<number>('count');
    // One click per member, evenly spread over BURST_SECONDS; member i takes option i mod options.
    const start = performance.timeOrigin + performance.now() + 200;
    const clicks: Click[] = members.map((user, i) => ({
      at: start + (i / BURST_SEATS) * BURST_SECONDS * 1000,
      body: JSON.stringify(cardAction(serviceUrl, user, buttons[i % buttons.length]!, { replyToId: messageId, conversationId: TEAM_CHANNEL })),
      headers,
    }));
    const answered = await microsoft.call<Answered[]>('burst', { url: bot.server.url, clicks });
    await bot.idle();
    const edits = (await microsoft.call<ConnectorCall[]>('calls', { since })).filter((c) => c.method === 'PUT' && c.path.endsWith(`/activities/${messageId}`));
    const [counts] = await database.sql.query<{ stances: number; seats: number }>(
      'SELECT count(*)::int AS stances, count(DISTINCT "seatId")::int AS seats FROM "Stance" WHERE "pollId" = $1', [pollId],
    );
    const tally = `${BURST_SEATS} van ${BURST_SEATS} zetels gestemd`;
    const withCard = answered.filter((a) => a.status === 200 && a.type === CARD).length;
    const notes = [...new Set(answered.flatMap((a) => (a.note ? [a.note] : [])))];
    if (notes.length) console.log(`Teams burst: ${BURST_SEATS - withCard} invokes answered without a card, e.g. ${notes.slice(0, 3).join(' | ')}`);
    if (errors.length) console.log(`Teams burst: ${errors.length} errors, e.g. ${[...new Set(errors.map(String))].slice(0, 3).join(' | ')}`);
    return {
      platform: 'Teams', database: label, limitMs: INVOKE_LIMIT_MS,
      answers: answered.map((a) => a.latency), non200: answered.filter((a) => a.status !== 200).length,
      // The invoke's answer is the voter's confirmation (their refreshed card).
      confirmations: [],
      stances: counts!.stances, distinctSeats: counts!.seats,
      doubledConfirmations: 0, missingConfirmations: BURST_SEATS - withCard,
      updates: edits.map((c) => c.at),
      lastShowsFinalTally: edits.length > 0 && cardText(edits.at(-1)!.body).includes(tally),
      firstClickAt: start,
    };
  } finally {
    await bot.close();
    await microsoft.stop();
  }
}
