/**
 * Socket Mode against a loopback WebSocket fake: apps.connections.open hands out the socket URL, the
 * fake says hello and sends envelopes, the app acks each on the socket (by envelope_id) and answers
 * through the Web API; a redelivered event (same event_id, new envelope) is handled once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { visibleText } from './fake-slack.ts';
import { directMessage } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';
import { startSocketModeFake } from './ws-fake.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';

let database: TestDatabase;
let h: Harness;
let ws: Awaited<ReturnType<typeof startSocketModeFake>>;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  ws = await startSocketModeFake();
  h = await startHarness(deps(), { appToken: 'xapp-1-test', beforeStart: (fake) => fake.setSocketUrl(ws.url) });
  h.fake.users.set('U0JAN', { email: 'jan.devries@jeugdzorgnoord.example', locale: 'nl-NL' });
  await ws.connection;
});
afterAll(async () => {
  await h?.close();
  await ws?.close();
  await database?.close();
});

describe('Socket Mode', () => {
  it('opened the connection through apps.connections.open with the app token', () => {
    const open = h.fake.of('apps.connections.open');
    expect(open).toHaveLength(1);
  });

  it('acks a slash command on the socket and answers through its response_url', async () => {
    const since = h.fake.calls.length;
    ws.send({
      envelope_id: 'env-cmd-1', type: 'slash_commands', accepts_response_payload: true,
      payload: {
        token: 't', team_id: 'T0001', team_domain: 'g', channel_id: 'C2147483705', channel_name: 'sbo', user_id: 'U0JAN', user_name: 'jan',
        command: '/gremium', text: 'wie vertegenwoordigt Combinatie Noord in het SBO?', api_app_id: 'A123456', is_enterprise_install: 'false',
        response_url: h.fake.responseUrl('socket-1'), trigger_id: '1.2.socket',
      },
    });
    await ws.waitFor((m) => m.envelope_id === 'env-cmd-1');
    await h.slack.idle();
    await waitUntil(() => h.fake.of('respond', since).length > 0);
    expect(visibleText(h.fake.of('respond', since)[0]!.args)).toContain('Jan de Vries');
  });

  it('handles a redelivered event once', async () => {
    const payload = JSON.parse(directMessage('U0JAN', 'wie vertegenwoordigt Combinatie Noord in het SBO?')) as Record<string, unknown>;
    const since = h.fake.calls.length;
    ws.send({ envelope_id: 'env-ev-1', type: 'events_api', payload, retry_attempt: 0, retry_reason: '', accepts_response_payload: false });
    await ws.waitFor((m) => m.envelope_id === 'env-ev-1');
    await waitUntil(() => h.fake.of('chat.postMessage', since).length > 0);
    ws.send({ envelope_id: 'env-ev-2', type: 'events_api', payload, retry_attempt: 1, retry_reason: 'timeout', accepts_response_payload: false });
    await ws.waitFor((m) => m.envelope_id === 'env-ev-2');
    // The redelivery's handling has ended when the app says it ignored it; only then is the count final.
    await waitUntil(() => h.logs.some((l) => l.msg === 'slack: duplicate request ignored'));
    await h.slack.idle();
    expect(h.fake.of('chat.postMessage', since)).toHaveLength(1);
  });
});

async function waitUntil(test: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
