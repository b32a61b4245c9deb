/**
 * The real Slack app on a loopback port against the fake Slack, for one test file: `post()` sends
 * signed requests, `turn()` sends one and waits until the app has delivered its replies.
 */
import { pino } from 'pino';
import type { HandleDeps } from '../../../src/conversation/handle.ts';
import { startSlackApp, type SlackApp, type SlackWorkspace } from '../../../src/platforms/slack/index.ts';
import { FAKE_TEAM, startFakeSlack, type FakeSlack } from './fake-slack.ts';
import { BOT, sign, SIGNING_SECRET } from './fixtures.ts';

/** A running app and its fake. */
export interface Harness {
  readonly fake: FakeSlack;
  readonly slack: SlackApp;
  /** What the app logged (info and up), oldest first: a test can wait for an outcome that sends nothing, such as a duplicate ignored. */
  readonly logs: readonly { msg: string }[];
  /** Posts a raw signed (or unsigned) request; resolves to the HTTP status and body. */
  post(request: { body: string; headers: Record<string, string> }): Promise<{ status: number; text: string }>;
  /** Signs and posts `body`, waits for the app to finish; returns the status and the calls it made. */
  turn(body: string, contentType?: string, extra?: Record<string, string>): Promise<{ status: number; text: string; calls: FakeSlack['calls'] }>;
  close(): Promise<void>;
}

/**
 * Starts fake and app. The app trusts the fake's workspace (T0001) unless `workspace` says otherwise;
 * `workspace: null` configures none, so the app asks auth.test which workspace it is installed in.
 */
export async function startHarness(
  deps: HandleDeps,
  options: { appToken?: string; beforeStart?: (fake: FakeSlack) => void; workspace?: Partial<SlackWorkspace> | null } = {},
): Promise<Harness> {
  const fake = await startFakeSlack();
  const logs: { msg: string }[] = [];
  options.beforeStart?.(fake);
  const slack = await startSlackApp({
    deps, logger: pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as { msg: string }) }), botToken: BOT.token, botId: BOT.botId, botUserId: BOT.botUserId,
    apiUrl: fake.apiUrl, retries: 1, port: 0, host: '127.0.0.1',
    ...(options.workspace === null ? {} : { workspace: { teamId: FAKE_TEAM.id, ...options.workspace } }),
    ...(options.appToken ? { appToken: options.appToken } : { signingSecret: SIGNING_SECRET }),
  });
  const post: Harness['post'] = async ({ body, headers }) => {
    const res = await fetch(`http://127.0.0.1:${slack.port}/slack/events`, { method: 'POST', body, headers });
    return { status: res.status, text: await res.text() };
  };
  return {
    fake,
    slack,
    logs,
    post,
    turn: async (body, contentType, extra) => {
      const since = fake.calls.length;
      const type = contentType ?? (body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded');
      const res = await post(sign(body, type, extra ? { extra } : {}));
      await slack.idle();
      return { ...res, calls: fake.calls.slice(since) };
    },
    close: async () => {
      await slack.stop();
      await fake.close();
    },
  };
}
