/**
 * One Teams test world: a test database with the demo data, the loopback Microsoft (keys + Bot
 * Connector) and the real bot (CloudAdapter, real JWT checks) on a loopback port.
 */
import { startTeamsBot, type TeamsBot } from '../../../src/platforms/teams/index.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { APP_ID, JAN, KARIN, SANNE, TENANT, type TeamsUser } from './activities.ts';
import { FakeMicrosoft } from './fake-microsoft.ts';
import { createServiceDeps, type ServiceDeps } from '../../../src/services/deps.ts';

/** The clock of these tests. */
export const NOW = new Date('2026-11-25T10:00:00Z');

/** The running world. */
export interface Harness {
  readonly db: TestDatabase;
  readonly deps: ServiceDeps & { logError: (r: string, e: unknown) => void };
  readonly ms: FakeMicrosoft;
  readonly bot: TeamsBot;
  readonly errors: unknown[];
  /** POSTs an activity and waits for its turn to end (replies sent); `token` null sends none. */
  post(activity: object, token?: string | null): Promise<{ status: number; body: unknown }>;
  /** POSTs an activity and returns as soon as the HTTP answer is in, whatever the turn still does. */
  send(activity: object, token?: string | null): Promise<{ status: number; text: string }>;
  /** Empties the database, reloads the demo data, clears the connector's log and roster. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Puts users in the fake roster (TeamsInfo.getMember answers with their e-mail). */
export function enrol(ms: FakeMicrosoft, ...users: TeamsUser[]): void {
  for (const u of users) ms.roster.set(u.id, { id: u.id, aadObjectId: u.aadObjectId, name: u.name, email: u.email });
}

/** Starts the world; the bot belongs to the test tenant unless `tenantId` says otherwise ('' for none). */
export async function startHarness(options: { tenantId?: string; onStatement?: (text: string) => void } = {}): Promise<Harness> {
  const db = await openTestDatabase(options.onStatement ? { onStatement: options.onStatement } : {});
  const errors: unknown[] = [];
  const deps = { ...createServiceDeps({ db: db.db, now: () => NOW, caches: db.caches }), logError: (_r: string, e: unknown) => void errors.push(e) };
  await db.resetToDemo(deps);
  const ms = new FakeMicrosoft();
  await ms.start();
  const bot = await startTeamsBot({
    deps,
    auth: { appId: APP_ID, appPassword: 'test-secret', tenantId: options.tenantId ?? TENANT, endpoints: ms.endpoints, outboundToken: () => 'outbound-test-token' },
    port: 0,
    host: '127.0.0.1',
    logError: (_m, e) => void errors.push(e),
  });
  enrol(ms, JAN, SANNE, KARIN);
  const send: Harness['send'] = async (activity, token = ms.token(APP_ID)) => {
    const res = await fetch(bot.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      body: JSON.stringify(activity),
    });
    return { status: res.status, text: await res.text() };
  };
  return {
    db,
    deps,
    ms,
    bot,
    errors,
    send,
    async post(activity, token = ms.token(APP_ID)) {
      const { status, text } = await send(activity, token);
      // A message is answered before its turn ends (server.ts): wait for the replies it sends.
      await bot.idle();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        /* plain text */
      }
      return { status, body };
    },
    async reset() {
      await db.resetToDemo(deps);
      ms.calls.length = 0;
      ms.failNext.length = 0;
      ms.roster.clear();
      enrol(ms, JAN, SANNE, KARIN);
      errors.length = 0;
    },
    async close() {
      await bot.close();
      await ms.stop();
      await db.close();
    },
  };
}

/** Every text a user would read on the Adaptive Cards of an activity (TextBlocks, facts, buttons). */
export function cardText(activity: Record<string, unknown> | unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (o.type === 'RichTextBlock' && Array.isArray(o.inlines)) {
      out.push(o.inlines.map((run) => (typeof run === 'string' ? run : String((run as { text?: unknown }).text ?? ''))).join(''));
      return;
    }
    if (typeof o.title === 'string' && typeof o.value === 'string') out.push(`${o.title}: ${o.value}`);
    if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') out.push(`[${o.title}]`);
    for (const [k, v] of Object.entries(o)) if (k !== 'refresh') walk(v);
  };
  walk(activity);
  return out.join('\n');
}

/** The first Adaptive Card in a posted activity. */
export function cardOf(body: Record<string, unknown>): Record<string, unknown> {
  const attachments = body.attachments as { contentType: string; content: Record<string, unknown> }[];
  return attachments[0]!.content;
}
