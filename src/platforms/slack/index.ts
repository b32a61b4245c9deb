/**
 * The Slack app: Bolt wired to the one conversation core. Verify (verify.ts), parse (parse.ts),
 * dispatch to handle(), render and deliver (render.ts, deliver.ts); forms and App Home (views.ts,
 * form-listeners.ts).
 * HTTP receiver with Bolt's signature check plus ours, or Socket Mode when an app token is given.
 */
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';
import { handle, type HandleDeps } from '../../conversation/handle.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import type { Logger } from '../../logger.ts';
import { loadHomeOverview } from '../../services/schedule/load-home-overview.ts';
import { loadCatalog, loadCatalogAt } from '../../services/registry/registry-catalog.ts';
import { deliver, type Delivery } from './deliver.ts';
import { createResponder, type Respond } from './respond.ts';
import { createCardUpdates } from '../card-updates.ts';
import { createUserResolver, installingWorkspace, type SlackUser } from './identity.ts';
import { commandOrButtonTurn, isEmptyCommand, SLASH_COMMAND, fromDirectMessage, fromMention, toIncoming, type MessageEventBody, type SlackTurn } from './parse.ts';
import { createWorkQueue } from './work-queue.ts';
import type { SlackWorkspace } from './workspace.ts';
import { t } from '../../i18n/index.ts';
import type { ErrorReply } from '../../conversation/reply.ts';
import { CLAIM_REVISION, FIRST_READS, handleOnce, refuseEmptyBodies, type StartedReads, refuseFutureTimestamps, requestProperties } from './verify.ts';
import { HTTP_LIMITS, serverOptions } from '../http-limits.ts';
import { listenToForms } from './form-listeners.ts';
import { chooserView, homeView } from './views.ts';

/** How to build the app. */
export interface SlackAppOptions {
  readonly deps: HandleDeps;
  readonly botToken: string;
  /** HTTP mode: the app's signing secret. */
  readonly signingSecret?: string;
  /** Socket Mode: the app-level token (xapp-...). */
  readonly appToken?: string;
  /** Web API base URL (tests: a loopback fake), e.g. http://127.0.0.1:PORT/api/ */
  readonly apiUrl?: string;
  /** Given together, they spare the auth.test call at start. */
  readonly botId?: string;
  readonly botUserId?: string;
  readonly logger: Logger;
  /** Web API retries: 429 waits for Retry-After; default a few retries over about a minute. */
  readonly retries?: number;
  /** Turns composed at once after their ack (default 4); the rest wait their turn. */
  readonly concurrency?: number;
  /** Whose users count (workspace.ts); without team or enterprise id, auth.test names the installing workspace. */
  readonly workspace?: SlackWorkspace;
  /** The least time between two edits of one posted card, ms (default 1,000: Slack's chat.update limit). */
  readonly cardEditIntervalMs?: number;
}

export type { SlackWorkspace } from './workspace.ts';

/** Why a user is nobody to Gremium, in Dutch and English (their person, and so their language, is not known). */
function refusalReply(user: SlackUser): ErrorReply {
  const code = user.refusal ?? 'SLACK_PROFILE_UNAVAILABLE';
  return { kind: 'error', code, text: `${t('nl', code)}\n${t('en', code)}`, private: true };
}

/** A running Slack app. */
export interface SlackApp {
  readonly app: App;
  /** The HTTP port (0 in Socket Mode). */
  readonly port: number;
  /** Resolves when every turn in progress has been delivered (tests, graceful stop). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ platform: 'slack' });
  return {
    debug: (...m) => child.debug(m.join(' ')), info: (...m) => child.info(m.join(' ')),
    warn: (...m) => child.warn(m.join(' ')), error: (...m) => child.error(m.map(String).join(' ')),
    setLevel: () => undefined, getLevel: () => LogLevel.INFO, setName: () => undefined,
  };
}

/** Builds the app and starts it: HTTP on host:port, or Socket Mode when `appToken` is set. */
export async function startSlackApp(options: SlackAppOptions & { port?: number; host?: string }): Promise<SlackApp> {
  const { deps, logger } = options;
  const log = boltLogger(logger);
  const clientOptions = {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: options.retries ?? 5, factor: 2, minTimeout: 200, maxTimeout: 30_000 },
  };
  const socketMode = Boolean(options.appToken);
  const receiver = socketMode
    ? new SocketModeReceiver({
        appToken: options.appToken!, logger: log, installerOptions: { clientOptions },
        customPropertiesExtractor: (args) => ({ socketEnvelopeId: String((args as { envelope_id?: string }).envelope_id ?? '') }),
      })
    : new HTTPReceiver({
        signingSecret: options.signingSecret ?? '', processBeforeResponse: false, logger: log, customPropertiesExtractor: requestProperties,
        bodyLimit: HTTP_LIMITS.bodyBytes,
      });
  if (receiver instanceof HTTPReceiver) receiver.requestListener = refuseEmptyBodies(refuseFutureTimestamps(receiver.requestListener, () => new Date()));
  const app = new App({
    // No conversation store: Gremium keeps nothing between turns in Bolt, and the default in-memory
    // store made every request throw and catch an Error ("Conversation not found").
    token: options.botToken, receiver, logger: log, clientOptions, convoStore: false,
    ...(options.botId && options.botUserId ? { botId: options.botId, botUserId: options.botUserId } : {}),
  });
  // Before any request is taken: whose users count. Never the team a request claims to come from.
  const workspace = await installingWorkspace(app.client, options.workspace ?? {});
  const resolveUser = createUserResolver(deps, app.client, workspace);
  const pending = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work);
    void work.finally(() => pending.delete(work)).catch(() => undefined);
    return work;
  };

  const cards = createCardUpdates({
    ...(options.cardEditIntervalMs !== undefined ? { intervalMs: options.cardEditIntervalMs } : {}),
    onError: (error) => logger.error({ err: error }, 'slack: card edit failed'),
  });
  /** Where a turn's replies go. */
  const delivery = (turn: SlackTurn, user: SlackUser, respond?: Respond): Delivery => ({
    deps, client: app.client, turn, lang: user.lang, cards, ...(respond ? { respond } : {}),
  });

  /** One turn: who, handle(), deliver; private answers go to the turn's response_url when it has one. */
  const queue = createWorkQueue(options.concurrency ?? 4);
  const responder = createResponder();
  /**
   * The first reads: the registry's names, and who is asking (from memory while the registry's
   * revision holds); at `revision` when the request's claim read it (handleOnce), else reading it.
   */
  const firstReads = (userId: string, revision?: Promise<bigint>) => {
    const catalog = revision ? revision.then((r) => loadCatalogAt(deps, r)) : loadCatalog(deps);
    return Promise.all([resolveUser(userId, catalog), catalog]);
  };
  /** A turn whose first reads handleOnce started beside the request's claim. */
  type StartedTurn = StartedReads<Awaited<ReturnType<typeof firstReads>>> & { readonly turn: SlackTurn };
  /** A command with text or a command button: its turn, whose reads start beside its claim (handleOnce). */
  const readsBesideClaim = (body: Record<string, unknown>, revision: Promise<bigint>): StartedTurn | null => {
    const turn = commandOrButtonTurn(body);
    return turn ? { turn, result: firstReads(turn.userId, revision) } : null;
  };
  /** A mention's or direct message's first reads, at the revision its request's claim read (handleOnce). */
  const readsAtClaim = (turn: SlackTurn, context: Record<string, unknown>) => firstReads(turn.userId, context[CLAIM_REVISION] as Promise<bigint> | undefined);
  /** One turn: its first reads (`started`, else read now), handle(), deliver. */
  const run = (turn: SlackTurn, started?: ReturnType<typeof firstReads>) =>
    track(queue.run(async () => {
      const respond = turn.responseUrl ? responder(turn.responseUrl) : undefined;
      const [user, catalog] = await (started ?? firstReads(turn.userId));
      if (user.refusal) return deliver(delivery(turn, user, respond), [refusalReply(user)]);
      const incoming = { ...toIncoming(turn, user.sender, user.locale), catalog };
      const replies = await handle(deps, user.person ? { ...incoming, person: user.person } : incoming);
      await deliver(delivery(turn, user, respond), replies);
    }));

  app.error(async (error) => {
    logger.error({ err: error }, 'slack: unexpected error');
  });
  // Every request's processing is tracked from the first middleware on, so idle() sees it.
  app.use(async ({ next }) => {
    await track(next());
  });
  app.use(handleOnce(deps, (keys) => logger.info({ keys }, 'slack: duplicate request ignored'), readsBesideClaim));

  // Commands, buttons and shortcuts are acked by handleOnce before they get here.
  // A command with text and a command button (what members wait on: handleOnce claimed them and left
  // their turn with its started reads) go straight to their turn: past
  // this point Bolt runs every listener's matchers for each request, which cost a paced Slack answer
  // about 0.4 ms at p50 and more at p99 (bench/slack.ts, issue 12 point 5). The rest goes on to the
  // listeners below.
  app.use(async ({ context, next }) => {
    const started = context[FIRST_READS] as StartedTurn | undefined;
    if (started) await run(started.turn, started.result);
    else await next();
  });
  // A command without text opens the form chooser.
  app.command(SLASH_COMMAND, async ({ command, body }) => {
    if (!isEmptyCommand(command.text)) return;
    const user = await track(resolveUser(command.user_id));
    await track(app.client.views.open({ trigger_id: body.trigger_id, view: chooserView(user.lang, { channel: command.channel_id }) as never }));
  });
  app.shortcut('gremium_forms', async ({ shortcut }) => {
    const user = await track(resolveUser(shortcut.user.id));
    await track(app.client.views.open({ trigger_id: shortcut.trigger_id, view: chooserView(user.lang, { channel: null }) as never }));
  });
  listenToForms(app, {
    deps, resolveUser, track, refusalReply,
    deliver: (turn, user, replies) => deliver(delivery(turn, user), replies),
  });

  app.event('app_mention', async ({ event, context }) => {
    // A bare mention gets the short help (handle() answers an empty text).
    const turn = fromMention(event as unknown as MessageEventBody, context.botUserId);
    if (turn) await run(turn, readsAtClaim(turn, context));
  });
  app.event('message', async ({ event, context }) => {
    const turn = fromDirectMessage(event as unknown as MessageEventBody, context.botUserId);
    if (turn && (turn.text || turn.attachments)) await run(turn, readsAtClaim(turn, context));
  });
  app.event('app_home_opened', async ({ event }) => {
    if (event.tab && event.tab !== 'home') return;
    await track((async () => {
      const user = await resolveUser(event.user);
      const overview = user.personId ? await loadHomeOverview(deps, { personId: user.personId, day: amsterdamDay(deps.now()) }) : null;
      await app.client.views.publish({ user_id: event.user, view: homeView(user.lang, user.name, overview) as never });
    })());
  });

  let port = 0;
  if (receiver instanceof HTTPReceiver) {
    // Bolt hands the second argument to http.createServer: the header, request and keep-alive limits.
    const server = await receiver.start({ port: options.port ?? 3000, host: options.host ?? '127.0.0.1' }, serverOptions());
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  } else {
    await app.start();
  }
  return {
    app,
    port,
    idle: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      // A turn may ask for a card edit, and an edit's re-read runs handle(): wait until both are quiet.
      while (pending.size > 0) {
        await Promise.allSettled([...pending]);
        await cards.idle();
      }
      await cards.idle();
    },
    stop: async () => {
      await Promise.allSettled([...pending]);
      // The last edit of a card still waiting for its second is made before the app stops.
      await cards.idle();
      await app.stop();
    },
  };
}
