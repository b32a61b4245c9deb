/**
 * The platform's side of a vote burst, on its own thread (bench/support/platform.ts is the other
 * end): the fake Slack Web API or the fake Microsoft (OpenID keys, Bot Connector), and the members
 * clicking. In reality Slack's and Microsoft's servers are other machines; here they at least do
 * not share the bot's event loop, so an ack time or an edit's arrival time measures the bot, not
 * the load generator queued beside it.
 *
 * Messages: { id, op, ...input } in, { id, result } or { id, error } out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startFakeSlack, type FakeUser } from '../../test/platforms/slack/fake-slack.ts';
import { FakeMicrosoft, type RosterMember } from '../../test/platforms/teams/fake-microsoft.ts';

/** One click: when it is due (epoch ms, performance.timeOrigin + performance.now()), what is posted. */
export interface Click {
  readonly at: number;
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** A click's HTTP answer: status, ms from its due time, and the `type` of a JSON answer body. */
export interface Answered {
  readonly status: number;
  readonly latency: number;
  readonly type: string | null;
  /** The start of a JSON answer that is not a card (what went wrong), else absent. */
  readonly note?: string;
}

const now = () => performance.timeOrigin + performance.now();

/** Sends each click at its due time, all of them concurrently. */
async function burst(url: string, clicks: readonly Click[]): Promise<Answered[]> {
  return Promise.all(clicks.map(async (click) => {
    const wait = click.at - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    try {
      const res = await fetch(url, { method: 'POST', body: click.body, headers: click.headers });
      const text = await res.text();
      const latency = now() - click.at;
      let type: string | null = null;
      if (text.startsWith('{')) type = (JSON.parse(text) as { type?: string }).type ?? null;
      return { status: res.status, latency, type, ...(type?.includes('card') ? {} : { note: `${res.status} ${text.slice(0, 300)}` }) };
    } catch {
      return { status: 0, latency: now() - click.at, type: null };
    }
  }));
}

const platform = (workerData as { platform: 'slack' | 'teams' }).platform;
const slack = platform === 'slack' ? await startFakeSlack() : null;
const microsoft = platform === 'teams' ? new FakeMicrosoft() : null;
await microsoft?.start();

const ops: Record<string, (input: Record<string, unknown>) => unknown> = {
  describe: () => (slack
    ? { apiUrl: slack.apiUrl, responseUrlBase: slack.responseUrl('') }
    : { serviceUrl: microsoft!.serviceUrl, endpoints: microsoft!.endpoints }),
  token: (input) => microsoft!.token(String(input.appId)),
  users: (input) => {
    for (const [id, user] of input.users as [string, FakeUser][]) slack!.users.set(id, user);
  },
  roster: (input) => {
    for (const member of input.members as RosterMember[]) microsoft!.roster.set(member.id, member);
  },
  calls: (input) => (slack ? slack.calls : microsoft!.calls).slice(Number(input.since ?? 0)),
  count: () => (slack ? slack.calls : microsoft!.calls).length,
  burst: (input) => burst(String(input.url), input.clicks as Click[]),
  stop: async () => {
    await slack?.close();
    await microsoft?.stop();
  },
};

parentPort!.on('message', (message: { id: number; op: string } & Record<string, unknown>) => {
  void (async () => {
    try {
      parentPort!.postMessage({ id: message.id, result: await ops[message.op]!(message) });
    } catch (error) {
      parentPort!.postMessage({ id: message.id, error: String(error) });
    }
  })();
});
parentPort!.postMessage({ id: 0, result: 'ready' });
