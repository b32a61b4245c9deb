/**
 * A fake Slack on loopback: the Web API (bolt's clientOptions.slackApiUrl points here) and the
 * response_url endpoint. It records every call with its decoded arguments so tests assert what users
 * would see, answers like Slack does (channel, ts, view ids), knows a directory of users (users.info
 * with e-mail and locale), and can answer 429 with Retry-After on demand.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded Web API call or response_url post. */
export interface Call {
  readonly method: string;
  readonly args: Record<string, unknown>;
  /** When its body had arrived: epoch ms with sub-millisecond precision (benchmarks time answers by it). */
  readonly at: number;
}

const arrivedAt = (): number => performance.timeOrigin + performance.now();

/** A user in the fake workspace. */
export interface FakeUser {
  readonly email?: string;
  readonly locale?: string;
  /** The user's own workspace (default T0001, the test app's). */
  readonly team_id?: string;
  /** Enterprise Grid: the organisation the user belongs to. */
  readonly enterprise_id?: string;
  /** Multi-channel guest / single-channel guest. */
  readonly is_restricted?: boolean;
  readonly is_ultra_restricted?: boolean;
  /** A Slack Connect user of an organisation this workspace does not know. */
  readonly is_stranger?: boolean;
  readonly is_email_confirmed?: boolean;
}

/** The fake workspace the app is installed in. */
export const FAKE_TEAM = { id: 'T0001', enterpriseId: 'E0001' };

const decode = (value: string): unknown => {
  if (/^[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
};

/** Starts the fake; `close()` when done. */
export async function startFakeSlack() {
  const calls: Call[] = [];
  const users = new Map<string, FakeUser>();
  const failures: { method: string; status: number; headers: Record<string, string> }[] = [];
  let ts = 1_700_000_000;
  let socketUrl = '';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://x');
      let args: Record<string, unknown> = {};
      if ((req.headers['content-type'] ?? '').includes('json')) args = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      else for (const [k, v] of new URLSearchParams(raw)) args[k] = decode(v);
      const method = url.pathname.startsWith('/api/') ? url.pathname.slice(5) : `respond${url.pathname.slice('/respond'.length)}`;
      const failure = failures.findIndex((f) => f.method === method);
      if (failure >= 0) {
        const f = failures.splice(failure, 1)[0]!;
        calls.push({ method: `${method} (HTTP ${f.status})`, args, at: arrivedAt() });
        res.writeHead(f.status, { 'content-type': 'application/json', ...f.headers }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      calls.push({ method, args, at: arrivedAt() });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(method, args)));
    });
  });
  const answer = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: FAKE_TEAM.id };
      case 'chat.postMessage':
        return { ok: true, channel: args.channel, ts: `${++ts}.000100`, message: { text: args.text } };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${++ts}.000200` };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case 'users.info': {
        const id = String(args.user);
        const u = users.get(id);
        if (!u) return { ok: false, error: 'user_not_found' };
        const { email, locale, enterprise_id, ...flags } = u;
        return {
          ok: true,
          user: {
            id, team_id: FAKE_TEAM.id, locale: locale ?? 'en-US', profile: { email }, is_restricted: false, is_ultra_restricted: false,
            ...flags, ...(enterprise_id ? { enterprise_user: { id, enterprise_id, teams: [flags.team_id ?? FAKE_TEAM.id] } } : {}),
          },
        };
      }
      case 'views.open':
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { id: `V${++ts}`, hash: 'h1' } };
      case 'apps.connections.open':
        return { ok: true, url: socketUrl };
      default:
        return { ok: true };
    }
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    apiUrl: `http://127.0.0.1:${port}/api/`,
    /** A response_url for one request. */
    responseUrl: (id: string) => `http://127.0.0.1:${port}/respond/${id}`,
    calls,
    users,
    /** The next call of `method` fails with this HTTP status and headers (e.g. 429, Retry-After). */
    failNext: (method: string, status: number, headers: Record<string, string> = {}) => failures.push({ method, status, headers }),
    setSocketUrl: (url: string) => {
      socketUrl = url;
    },
    /** Calls of one method (or all) recorded from index `since` on. */
    of: (method: string, since = 0) => calls.slice(since).filter((c) => c.method === method || c.method.startsWith(`${method}/`)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The fake's type. */
export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

/** Every text a user would read in a call's Block Kit (or its text when it has no blocks), unescaped. */
export function visibleText(args: Record<string, unknown>): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push(o.text);
      for (const [k, v] of Object.entries(o)) if (k !== 'text' || typeof v !== 'string') walk(v);
    }
  };
  const blocks = args.blocks ?? (args.view as Record<string, unknown> | undefined)?.blocks;
  if (Array.isArray(blocks) && blocks.length) walk(blocks);
  else if (typeof args.text === 'string') out.push(args.text);
  return out.join('\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
