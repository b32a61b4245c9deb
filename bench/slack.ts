/**
 * `npm run bench:slack`: 50 Slack users send signed requests to the real Gremium Slack app on
 * loopback (4 in 5 the slash command "wie vertegenwoordigt Combinatie Noord in het SBO?", 1 in 5 a
 * click on a poll's vote button), beside a bare Bolt app that acks and then posts a fixed answer to
 * the response_url, measured in the same run, on PGlite and PostgreSQL (BENCH_POSTGRES_URL, else a
 * throwaway cluster).
 *
 * - paced (open loop), the target: each of the 50 users sends one request every
 *   BENCH_SLACK_INTERVAL_MS (default 1,000 ms: 50 requests/s offered, far above what a governance
 *   workspace sends), BENCH_SLACK_PACED_ROUNDS requests per user (default 20), the apps taking turns
 *   BENCH_SLACK_PACED_REPEATS times (default 2). The requests are sent from, and the answers arrive
 *   at, the fake Slack on a thread of its own (support/platform-thread.ts): Slack's servers are other
 *   machines, so the load generator must not queue on the bot's event loop. Measured from each
 *   request's due time: the ack (Slack's 3-second clock) and what a member waits for, the answer's
 *   arrival at the fake's response_url. Target (issue 12, point 5): answer p99 <= 1.5x the bare app's.
 * - saturation (closed loop), a stress figure: each user fires the next request the instant the
 *   previous ack arrives, BENCH_SLACK_REQUESTS per app and round (default 600); p99 then measures
 *   queueing on the machine's cores under a flood no workspace sends.
 * Then the vote burst (support/slack-burst.ts, issue 12 point 6): BENCH_BURST_SEATS members (default
 * 500) click a vote button on one poll card within BENCH_BURST_SECONDS (default 5).
 * BENCH_SLACK_SKIP_POSTGRES=1, BENCH_SLACK_BURST_ONLY=1 (the burst alone), BENCH_SLACK_SKIP_BURST=1.
 */
import { onBothDatabases, runMain } from './support/both-databases.ts';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { pino } from 'pino';
import { handle } from '../src/conversation/handle.ts';
import { openDatabase, type Database, type DatabaseTarget } from '../src/db/database.ts';
import { startSlackApp } from '../src/platforms/slack/index.ts';
import { loadDemoData } from '../src/services/registry/load-demo-data.ts';
import type { Call } from '../test/platforms/slack/fake-slack.ts';
import { blockAction, BOT, sign, SIGNING_SECRET, slashCommand } from '../test/platforms/slack/fixtures.ts';
import { pacedInterval } from './support/paced.ts';
import { startPlatformThread, type PlatformThread } from './support/platform.ts';
import type { Answered, Click } from './support/platform-thread.ts';
import { ms, percentile, printTable } from './support/stats.ts';
import { burstRow, BURST_SEATS, BURST_SECONDS } from './support/burst.ts';
import { slackBurst } from './support/slack-burst.ts';
import { createServiceDeps } from '../src/services/deps.ts';

const USERS = 50;
const REQUESTS = Number(process.env.BENCH_SLACK_REQUESTS ?? 600);
const ROUNDS = 2;
const VOTE_SHARE = 0.2;
const QUESTION = 'wie vertegenwoordigt Combinatie Noord in het SBO?';
const FORM = 'application/x-www-form-urlencoded';
const INTERVAL_MS = pacedInterval('BENCH_SLACK_INTERVAL_MS');
const PACED_ROUNDS = Number(process.env.BENCH_SLACK_PACED_ROUNDS ?? 20);
/** How many times the paced scenario runs per app, alternating bare and Gremium (the floor drifts). */
const PACED_REPEATS = Number(process.env.BENCH_SLACK_PACED_REPEATS ?? 2);

/**
 * The paced scenario's requests for one app: every user sends one request every INTERVAL_MS, due
 * from `start` (epoch ms), request n carrying the response_url id `${tag}-${n}`. Sent from the
 * platform thread (platform-thread.ts), which also hosts the fake Web API: like Slack's servers, the
 * senders and the receiver of the answers do not share the bot's event loop.
 */
function pacedClicks(start: number, makeBody: (i: number, tag: string) => string, tag: string): Click[] {
  const clicks: Click[] = [];
  for (let round = 0; round < PACED_ROUNDS; round++) {
    for (let user = 0; user < USERS; user++) {
      const n = round * USERS + user;
      clicks.push({ at: start + (user / USERS + round) * INTERVAL_MS, ...sign(makeBody(n, tag), FORM) });
    }
  }
  return clicks;
}

/** Acks (ms from each request's due time) and answers (ms from the due time to the answer reaching the fake's response_url). */
interface PacedRun {
  readonly acks: number[];
  readonly answers: number[];
}

/**
 * Runs the paced scenario against the app at `port`: the ack latencies, then the answers, waiting up
 * to 30 s for those still under way; a request that fails or never gets an answer fails the bench.
 */
async function runPaced(slack: PlatformThread, port: number, makeBody: (i: number, tag: string) => string, tag: string): Promise<PacedRun> {
  const since = await slack.call<number>('count');
  const clicks = pacedClicks(performance.timeOrigin + performance.now() + 200, makeBody, tag);
  const answered = await slack.call<Answered[]>('burst', { url: `http://127.0.0.1:${port}/slack/events`, clicks });
  const failed = answered.filter((a) => a.status !== 200).length;
  if (failed > 0) throw new Error(`${tag}: ${failed} paced requests failed`);
  const arrived = new Map<string, number>();
  for (let waited = 0; arrived.size < clicks.length && waited <= 30_000; waited += 100) {
    for (const c of await slack.call<Call[]>('calls', { since })) if (c.method.startsWith(`respond/${tag}-`)) arrived.set(c.method.slice(`respond/${tag}-`.length), c.at);
    if (arrived.size < clicks.length) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (arrived.size < clicks.length) throw new Error(`${tag}: ${clicks.length - arrived.size} of ${clicks.length} requests got no answer`);
  return { acks: answered.map((a) => a.latency), answers: clicks.map((click, n) => arrived.get(String(n))! - click.at) };
}

/** Fires `total` requests from `USERS` concurrent clients; the latencies in ms. */
async function load(port: number, total: number, makeBody: (i: number, tag: string) => string, tag: string): Promise<number[]> {
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < total; i = next++) {
      const signed = sign(makeBody(i, tag), FORM);
      const start = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: signed.body, headers: signed.headers });
      await res.arrayBuffer();
      samples.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: USERS }, worker));
  return samples;
}

async function startBare(): Promise<{ port: number; stop: () => Promise<void> }> {
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR });
  const app = new App({ token: BOT.token, botId: BOT.botId, botUserId: BOT.botUserId, receiver, logLevel: LogLevel.ERROR });
  // Acks, then posts a fixed answer to the response_url, as Gremium posts its real one.
  app.command('/gremium', async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: 'ephemeral', text: 'ok' });
  });
  app.action(/.*/, async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: 'ephemeral', replace_original: false, text: 'ok' });
  });
  const server = await receiver.start({ port: 0, host: '127.0.0.1' });
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, stop: () => app.stop() as Promise<void> };
}

/** The latency scenarios (unless BENCH_SLACK_BURST_ONLY=1), then the vote burst on the same database. */
async function benchOn(label: string, target: DatabaseTarget): Promise<Record<string, string | number>[]> {
  const database = await openDatabase(target);
  try {
    const rows = process.env.BENCH_SLACK_BURST_ONLY === '1' ? [] : await latencies(label, database);
    if (process.env.BENCH_SLACK_SKIP_BURST !== '1') {
      printTable(rows);
      console.log('');
      const burst = burstRow(await slackBurst(label, database));
      printTable([burst.row]);
      console.log('');
      return [];
    }
    return rows;
  } finally {
    await database.close();
  }
}

async function latencies(label: string, database: Database): Promise<Record<string, string | number>[]> {
  const slack = await startPlatformThread('slack');
  try {
    const { apiUrl, responseUrlBase } = await slack.call<{ apiUrl: string; responseUrlBase: string }>('describe');
    const deps = createServiceDeps({ db: database.db });
    await loadDemoData(deps);
    const people = await database.db.person.findMany({ where: { email: { not: null } }, take: USERS, orderBy: { name: 'asc' } });
    await slack.call('users', { users: people.map((p, i) => [`U${String(i).padStart(6, '0')}`, { email: p.email!, locale: 'nl-NL' }]) });
    const sanne = await database.db.person.findFirstOrThrow({ where: { name: 'Sanne Bakker' } });
    const opened = await handle(deps, { sender: { personId: sanne.id }, text: '/gremium peiling openen SBO vraag="Jaarplan 2027?" sluit=2099-12-31' });
    const button = opened.flatMap((r) => (r.kind === 'card' ? r.actions ?? [] : []))[0];
    if (!button) throw new Error(`no poll card: ${JSON.stringify(opened)}`);
    const isVote = (i: number) => i % Math.round(1 / VOTE_SHARE) === 0;
    const body = (i: number, tag: string) => {
      const user = `U${String(i % people.length).padStart(6, '0')}`;
      const responseUrl = `${responseUrlBase}${tag}-${i}`;
      return isVote(i)
        ? blockAction({ user, channel: 'C0SBO00001', messageTs: '1.1', actionId: `gremium.command:${button.id}`, value: button.command, responseUrl })
        : slashCommand({ user, text: QUESTION, responseUrl });
    };
    const real = await startSlackApp({ deps, logger: pino({ level: 'silent' }), botToken: BOT.token, botId: BOT.botId, botUserId: BOT.botUserId, signingSecret: SIGNING_SECRET, apiUrl, port: 0 });
    const bare = await startBare();
    const samples = { bare: [] as number[], real: [] as number[] };
    let realSeconds = 0;
    await load(bare.port, 100, body, 'warm-bare'); // warm-up
    await load(real.port, 100, body, 'warm-real');
    await real.idle();
    // Paced, alternating bare and Gremium PACED_REPEATS times (the floor drifts), then saturation.
    const paced = { bare: { acks: [] as number[], answers: [] as number[] }, real: { acks: [] as number[], answers: [] as number[] } };
    // Gremium's answers by kind: a question is read-only, a vote writes and edits the card.
    const realByKind = { questions: [] as number[], votes: [] as number[] };
    for (let repeat = 0; repeat < PACED_REPEATS; repeat++) {
      for (const [app, port] of [['bare', bare.port], ['real', real.port]] as const) {
        const run = await runPaced(slack, port, body, `${app}${repeat}`);
        paced[app].acks.push(...run.acks);
        paced[app].answers.push(...run.answers);
        if (app === 'real') run.answers.forEach((answer, n) => (isVote(n) ? realByKind.votes : realByKind.questions).push(answer));
        await real.idle();
      }
    }
    for (let round = 0; round < ROUNDS; round++) {
      samples.bare.push(...(await load(bare.port, REQUESTS, body, `sat${round}-bare`)));
      const start = performance.now();
      samples.real.push(...(await load(real.port, REQUESTS, body, `sat${round}-real`)));
      await real.idle(); // the work after the ack finishes before the next round
      realSeconds += (performance.now() - start) / 1000;
    }
    await real.stop();
    await bare.stop();
    const answered = (await slack.call<Call[]>('calls')).filter((c) => /^respond\/sat\d+-real-/.test(c.method)).length;
    const row = (scenario: string, app: string, s: number[], extra: string) => ({
      database: label, scenario, app, requests: s.length, p50: ms(percentile(s, 50)), p99: ms(percentile(s, 99)), note: extra,
    });
    const ackRatio = percentile(paced.real.acks, 99) / percentile(paced.bare.acks, 99);
    const answerRatio = percentile(paced.real.answers, 99) / percentile(paced.bare.answers, 99);
    const ratio = percentile(samples.real, 99) / percentile(samples.bare, 99);
    const BARE = 'bare Bolt (ack, then fixed answer)';
    return [
      row(`paced ${INTERVAL_MS} ms, ack`, BARE, paced.bare.acks, ''),
      row(`paced ${INTERVAL_MS} ms, ack`, 'Gremium', paced.real.acks, `p99 ${ackRatio.toFixed(2)}x bare (Slack's 3 s clock)`),
      row('paced, answer at the Web API', BARE, paced.bare.answers, ''),
      row('paced, answer at the Web API', 'Gremium', paced.real.answers, `p99 ${answerRatio.toFixed(2)}x bare (target <= 1.5x: ${answerRatio <= 1.5 ? 'met' : 'NOT met'})`),
      row('paced, answer: questions only', 'Gremium', realByKind.questions, 'the slash command, read-only'),
      row('paced, answer: votes only', 'Gremium', realByKind.votes, 'a vote button: the stance written, the card edited'),
      row('saturation, ack', BARE, samples.bare, ''),
      row('saturation, ack', 'Gremium', samples.real, `p99 ${ratio.toFixed(2)}x bare (stress figure, not the target); ${answered} answers; ${(REQUESTS * ROUNDS / realSeconds).toFixed(0)} turns/s end to end`),
    ];
  } finally {
    await slack.stop();
  }
}

async function main(): Promise<void> {
  console.log(`Slack bench: ${USERS} concurrent users, ${VOTE_SHARE * 100}% vote clicks, signed, loopback.`);
  console.log(`  paced: each user sends one request every ${INTERVAL_MS} ms (${Math.round((USERS * 1000) / INTERVAL_MS)} requests/s offered), ${USERS * PACED_ROUNDS * PACED_REPEATS} requests per app (the apps alternating, ${PACED_REPEATS} runs each),`);
  console.log('  sent from and answered at the fake Slack on its own thread; ack and answer timed from each request\'s due time.');
  console.log(`  saturation: closed loop, each user fires again the instant the answer arrives, ${REQUESTS * ROUNDS} requests per app.`);
  console.log('  The 1.5x p99 target is judged on the paced answer: what 50 concurrent users wait for. Saturation measures queueing on the');
  console.log('  shared cores under a flood no governance workspace sends; it is reported as a stress figure.');
  console.log(`  vote burst: ${BURST_SEATS} members click a vote button on one poll card within ${BURST_SECONDS} s; targets: every click acked within 3 s,`);
  console.log('  0 votes lost or doubled, one confirmation per click, the card edited at most once a second and its last edit showing the final tally.');
  await onBothDatabases(benchOn, 'BENCH_SLACK_SKIP_POSTGRES');
}

runMain(main);
