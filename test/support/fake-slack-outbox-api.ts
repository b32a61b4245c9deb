/**
 * A fake Slack Web API on 127.0.0.1 for the outbox: chat.postMessage (recorded, with its metadata
 * key) and conversations.history (for takeover checks). Optionally enforces Slack's "about one
 * message per second per channel" with 429 + Retry-After, as the real API does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One accepted chat.postMessage. */
export interface RecordedPost {
  readonly channel: string;
  readonly text: string;
  readonly key: string | null;
  readonly at: number;
  readonly token: string;
}

/** The running fake. */
export interface FakeSlackOutboxApi {
  /** Base URL for SLACK_API_URL / slackApiUrl (ends with /api/). */
  readonly url: string;
  readonly posts: RecordedPost[];
  /** Requests answered 429. */
  rateLimited: number;
  /** Other requests seen (method names), for assertions. */
  readonly calls: string[];
  close(): Promise<void>;
}

/** Starts the fake. `perChannelMs`: least time between accepted posts to one channel (0: no limit). */
export async function startFakeSlackOutboxApi(options: { perChannelMs?: number; retryAfterSeconds?: number } = {}): Promise<FakeSlackOutboxApi> {
  const perChannelMs = options.perChannelMs ?? 0;
  const lastPost = new Map<string, number>();
  const posts: RecordedPost[] = [];
  const calls: string[] = [];
  const state = { rateLimited: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
      calls.push(method);
      const form = parseBody(req.headers['content-type'] ?? '', body);
      const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(json));
      };
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (method === 'chat.postMessage') {
        const channel = String(form.channel ?? '');
        const now = Date.now();
        const last = lastPost.get(channel);
        if (perChannelMs > 0 && last !== undefined && now - last < perChannelMs) {
          state.rateLimited++;
          return reply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(options.retryAfterSeconds ?? 1) });
        }
        lastPost.set(channel, now);
        const metadata = typeof form.metadata === 'string' ? (JSON.parse(form.metadata) as { event_payload?: { key?: string } }) : (form.metadata as { event_payload?: { key?: string } } | undefined);
        posts.push({ channel, text: String(form.text ?? ''), key: metadata?.event_payload?.key ?? null, at: now, token });
        return reply(200, { ok: true, channel, ts: `${Math.floor(now / 1000)}.${String(posts.length).padStart(6, '0')}` });
      }
      if (method === 'conversations.history') {
        const channel = String(form.channel ?? '');
        const oldest = Number(form.oldest ?? 0) * 1000;
        const messages = posts.filter((p) => p.channel === channel && p.at >= oldest).map((p) => ({
          type: 'message', text: p.text, ts: String(p.at / 1000), ...(p.key ? { metadata: { event_type: 'gremium_outbox', event_payload: { key: p.key } } } : {}),
        }));
        return reply(200, { ok: true, messages: messages.reverse(), has_more: false });
      }
      return reply(200, { ok: false, error: 'unknown_method' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    posts,
    calls,
    get rateLimited() {
      return state.rateLimited;
    },
    set rateLimited(n: number) {
      state.rateLimited = n;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function parseBody(contentType: string, body: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(body || '{}') as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(body));
}
