/**
 * Every HTTP server Gremium runs (the Teams endpoint, Bolt's receiver for Slack, the calendar feed)
 * closes slow connections within its limits (issue 13, point 8: the Teams endpoint kept 300
 * slow-body connections open for 80 s), refuses an oversized body, and answers a malformed or
 * empty body with 400, not 500. A bounded number of slow clients, on loopback.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceDeps } from '../../src/services/deps.ts';
import { HTTP_LIMITS } from '../../src/platforms/http-limits.ts';
import { startCalendarServer, type CalendarServer } from '../../src/platforms/calendar/server.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { sign } from './slack/fixtures.ts';
import { startHarness as startSlack, type Harness as SlackHarness } from './slack/harness.ts';
import { APP_ID } from './teams/activities.ts';
import { startHarness as startTeams, type Harness as TeamsHarness } from './teams/harness.ts';

const SLOW_CLIENTS = 20;
/** A limit is met when the server closed the connection by then (its check runs every second). */
const DEADLINE_MS = HTTP_LIMITS.requestTimeoutMs + 3_000;

let database: TestDatabase;
let slack: SlackHarness;
let teams: TeamsHarness;
let calendar: CalendarServer;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  [slack, teams, calendar] = await Promise.all([
    startSlack(deps()),
    startTeams(),
    startCalendarServer({ deps: deps(), host: '127.0.0.1', port: 0 }),
  ]);
});
afterAll(async () => {
  await Promise.allSettled([slack?.close(), teams?.close(), calendar?.stop()]);
  await database?.close();
});

/** Opens a connection, sends `head` (and nothing more), resolves to how long the server kept it open. */
function slowClient(port: number, head: string): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1', () => socket.write(head));
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Date.now() - started));
    // The test's own guard: a connection still open well after the deadline counts as kept open.
    setTimeout(() => {
      resolve(Number.POSITIVE_INFINITY);
      socket.destroy();
    }, DEADLINE_MS + 2_000).unref();
  });
}

const slowBody = (path: string) => `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"type":`;
const slowHeaders = (path: string) => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: `;

describe('slow clients are cut off within the limits', () => {
  const servers = () => [
    ['Teams', teams.bot.server.port, '/api/messages'],
    ['Slack', slack.slack.port, '/slack/events'],
    ['calendar', calendar.port, '/calendar/SBO.ics'],
  ] as const;

  it(`closes ${SLOW_CLIENTS} slow-body and ${SLOW_CLIENTS} slow-header connections on every server in time, and still serves`, async () => {
    const runs = servers().flatMap(([name, port, path]) =>
      Array.from({ length: SLOW_CLIENTS }, (_, i) => slowClient(port, i % 2 ? slowBody(path) : slowHeaders(path)).then((ms) => ({ name, ms }))),
    );
    const results = await Promise.all(runs);
    const late = results.filter((r) => r.ms > DEADLINE_MS);
    expect(late, JSON.stringify(late.slice(0, 5))).toEqual([]);
    const feed = await fetch(`http://127.0.0.1:${calendar.port}/calendar/SBO.ics`);
    expect(feed.status).toBe(200);
  });
});

describe('bodies that are not what the endpoint takes', () => {
  const postTeams = (body: string) =>
    fetch(teams.bot.server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${teams.ms.token(APP_ID)}` }, body });

  it.each(['', 'null', '[1]', '"text"', '{"type":'])('Teams answers %j with 400', async (body) => {
    expect((await postTeams(body)).status).toBe(400);
    expect(teams.errors).toEqual([]);
  });

  it('Teams refuses a body over the limit with 413', async () => {
    expect((await postTeams(`{"text":"${'x'.repeat(HTTP_LIMITS.bodyBytes)}"}`)).status).toBe(413);
  });

  it.each([
    ['', 'application/x-www-form-urlencoded'],
    ['', 'application/json'],
    ['{"type":', 'application/json'],
    ['payload=%7Bnot-json', 'application/x-www-form-urlencoded'],
  ])('Slack answers a signed %j (%s) with 400', async (body, type) => {
    expect((await slack.post(sign(body, type))).status).toBe(400);
  });

  it('Slack refuses a body over the limit with 413', async () => {
    expect((await slack.post(sign(`text=${'x'.repeat(HTTP_LIMITS.bodyBytes)}`, 'application/x-www-form-urlencoded'))).status).toBe(413);
  });

  it('the calendar answers a request it cannot read with 400', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const socket = net.connect(calendar.port, '127.0.0.1', () => socket.write('GET http://[bad HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
      socket.on('data', (chunk) => resolve(Number(/HTTP\/1\.1 (\d{3})/.exec(String(chunk))?.[1] ?? 0)));
      socket.on('error', reject);
    });
    expect(status).toBe(400);
  });
});
