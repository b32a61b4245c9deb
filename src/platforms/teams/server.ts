/**
 * The bot's HTTP endpoint on plain node:http: POST /api/messages, handed to CloudAdapter.process
 * with the body already parsed and a response offering status/header/send/end (PLATFORM.md).
 * The 200 goes out after the turn, outbound connector calls included.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CloudAdapter, TurnContext } from 'botbuilder';

/** Activities are small; anything larger is refused before parsing. */
const MAX_BODY_BYTES = 1_000_000;

/** A running endpoint. */
export interface TeamsServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The response object botbuilder writes to. */
function responseShim(res: http.ServerResponse) {
  return {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
      return this;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return this;
    },
    send(body?: unknown) {
      if (body === undefined || body === null) return this;
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

/** Starts the endpoint; `logic` runs each authenticated turn. */
export async function startTeamsServer(options: {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  port: number;
  host: string;
  onError?: (error: unknown) => void;
}): Promise<TeamsServer> {
  const server = http.createServer(async (req, res) => {
    try {
      if (req.url?.split('?')[0] !== '/api/messages') return reply(res, 404, 'not found');
      if (req.method !== 'POST') return reply(res, 405, 'method not allowed');
      const raw = await readBody(req);
      if (raw === null) return reply(res, 413, 'payload too large');
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return reply(res, 400, 'invalid JSON');
      }
      const request = { body, headers: req.headers as Record<string, string | string[] | undefined>, method: req.method };
      await options.adapter.process(request, responseShim(res), options.logic);
      if (!res.writableEnded) res.end();
    } catch (error) {
      options.onError?.(error);
      if (!res.headersSent) reply(res, 500, 'internal error');
      else if (!res.writableEnded) res.end();
    }
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/api/messages`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
