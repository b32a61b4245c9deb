/**
 * The bot's HTTP endpoint on plain node:http: POST /api/messages, handed to CloudAdapter.process
 * with the body already parsed and a response offering status/header/send/end (PLATFORM.md).
 *
 * botbuilder answers the HTTP request after the turn, outbound connector calls included. With
 * `answerEarly`, an activity whose answer is not in the HTTP body (a message, a conversation
 * update: everything but invokes and `expectReplies`) gets its 200 as soon as botbuilder has
 * authenticated it and the turn begins; the replies go out through the connector as always. Teams
 * then never waits on the database, and never re-sends a message because a turn took 15 s. Invokes
 * stay synchronous: their answer (a card, a dialog) is the response body.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityTypes, DeliveryModes, type Activity, type CloudAdapter, type TurnContext } from 'botbuilder';
import { HTTP_LIMITS, serverOptions } from '../http-limits.ts';

/** Activities are small; anything larger is refused before parsing. */
const MAX_BODY_BYTES = HTTP_LIMITS.bodyBytes;

/** What reading a body gave: its text, too much of it, or a client that went away (or was cut off) first. */
type Body = { readonly text: string } | 'too large' | 'gone';

/** A running endpoint. */
export interface TeamsServer {
  readonly url: string;
  readonly port: number;
  /** Resolves when every request in progress has finished its turn (replies sent). */
  idle(): Promise<void>;
  /** Stops taking requests, then waits for the turns in progress. */
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve('too large');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8') }));
    // A client that stops sending is cut off by the server's request timeout (http-limits.ts): not an error of ours.
    req.on('error', () => resolve('gone'));
    req.on('close', () => resolve('gone'));
  });
}

/** The activity in a body: a JSON object, or null for anything else (empty, malformed, an array, a string). */
function parseActivity(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    // An activity has a type; anything else (`{}`) is a malformed request, not a failure of ours.
    const isActivity = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string';
    return isActivity ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The response object botbuilder writes to; once the request was answered early, it writes nothing. */
function responseShim(res: http.ServerResponse) {
  return {
    socket: res.socket,
    status(code: number) {
      if (!res.headersSent) res.statusCode = code;
      return this;
    },
    header(name: string, value: unknown) {
      if (!res.headersSent) res.setHeader(name, String(value));
      return this;
    },
    send(body?: unknown) {
      if (body === undefined || body === null || res.writableEnded) return this;
      if (typeof body === 'string' || Buffer.isBuffer(body)) res.write(body);
      else {
        if (!res.getHeader('content-type')) res.setHeader('content-type', 'application/json; charset=utf-8');
        res.write(JSON.stringify(body));
      }
      return this;
    },
    end() {
      if (!res.writableEnded) res.end();
      return this;
    },
  };
}

function reply(res: http.ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(text);
}

/** True when the activity's answer travels in the HTTP body, so the request must wait for the turn. */
const answerInBody = (activity: Partial<Activity>) => activity.type === ActivityTypes.Invoke || activity.deliveryMode === DeliveryModes.ExpectReplies;

/** Starts the endpoint; `logic` runs each authenticated turn. */
export async function startTeamsServer(options: {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  port: number;
  host: string;
  /** Answer 200 when an authenticated turn begins, unless its answer is the body (see above). */
  answerEarly?: boolean;
  onError?: (error: unknown) => void;
}): Promise<TeamsServer> {
  const serve = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      if (req.url?.split('?')[0] !== '/api/messages') return reply(res, 404, 'not found');
      if (req.method !== 'POST') return reply(res, 405, 'method not allowed');
      const raw = await readBody(req);
      if (raw === 'gone') return;
      if (raw === 'too large') {
        res.setHeader('connection', 'close');
        return reply(res, 413, 'payload too large');
      }
      const body = parseActivity(raw.text);
      if (!body) return reply(res, 400, 'the body must be an activity (a JSON object)');
      const request = { body, headers: req.headers as Record<string, string | string[] | undefined>, method: req.method };
      // The logic only runs once botbuilder has authenticated the request.
      const logic = options.answerEarly
        ? async (context: TurnContext) => {
            if (!answerInBody(context.activity) && !res.headersSent) reply(res, 200, '');
            await options.logic(context);
          }
        : options.logic;
      await options.adapter.process(request, responseShim(res), logic);
      if (!res.writableEnded) res.end();
    } catch (error) {
      options.onError?.(error);
      if (!res.headersSent) reply(res, 500, 'internal error');
      else if (!res.writableEnded) res.end();
    }
  };
  // Every request is tracked until its turn ends (a message's turn outlives its HTTP answer).
  const pending = new Set<Promise<unknown>>();
  const server = http.createServer(serverOptions(), (req, res) => {
    const work = serve(req, res);
    pending.add(work);
    void work.finally(() => pending.delete(work));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const idle = async () => {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  };
  return {
    url: `http://${host}:${port}/api/messages`,
    port,
    idle,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await idle();
      server.closeAllConnections();
      await closed;
    },
  };
}
