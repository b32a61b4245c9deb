/**
 * The calendar feed over HTTP: GET /calendar/<CODE>.ics answers one committee's ICS
 * (text/calendar). Plain node:http, bound to 127.0.0.1 by default (GREMIUM_CALENDAR_HOST/PORT):
 * put a TLS proxy in front to publish it. Anything else is 404; HEAD is answered like GET.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../logger.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { serverOptions } from '../http-limits.ts';
import { committeeCalendar } from './ics.ts';

/** A running feed server. */
export interface CalendarServer {
  readonly port: number;
  stop(): Promise<void>;
}

const PATH = /^\/calendar\/([A-Za-z0-9_-]+)\.ics$/;

/** Starts the server on host:port (port 0 picks a free one). */
export async function startCalendarServer(options: { deps: ServiceDeps; host: string; port: number; logger?: Logger }): Promise<CalendarServer> {
  const { deps } = options;
  const server = http.createServer(serverOptions(), (req, res) => {
    void (async () => {
      const url = URL.canParse(req.url ?? '/', 'http://localhost') ? new URL(req.url ?? '/', 'http://localhost') : null;
      if (!url) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request\n');
        return;
      }
      const match = PATH.exec(url.pathname);
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !match) {
        res.writeHead(req.method !== 'GET' && req.method !== 'HEAD' ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
        return;
      }
      const code = decodeURIComponent(match[1]!).toUpperCase();
      const committee = await deps.db.committee.findUnique({ where: { code }, select: { id: true } });
      if (!committee) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`unknown committee ${code}\n`);
        return;
      }
      const body = await committeeCalendar(deps, committee.id);
      res.writeHead(200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `inline; filename="${code}.ics"`,
        'cache-control': 'max-age=300',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      options.logger?.error({ err: error }, 'calendar feed failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('internal error\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
