/**
 * `gremium scheduler`: runs one scheduler instance until SIGINT/SIGTERM. Ticks every
 * GREMIUM_TICK_SECONDS (create due reminders, close due polls) and drains the outbox with
 * GREMIUM_DISPATCH_WORKERS dispatchers, posting to Slack with SLACK_BOT_TOKEN (SLACK_API_URL for a
 * fake or proxy) and to Teams with MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (proactive messages
 * into the conversations the Teams bot stored). With PostgreSQL (DATABASE_URL) start as many instances as you like; the embedded
 * PGlite database allows one process. Flags: --tick <s>, --workers <n>, --instance <name>.
 * Exit codes: 0 stopped, 1 refused (the message says why), 2 wrong usage.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createServiceDeps } from '../services/deps.ts';
import { slackOutboxPoster } from '../platforms/slack/outbox-poster.ts';
import { teamsOutboxPoster } from '../platforms/teams/poster.ts';
import { combinePosters, type Poster } from '../scheduler/poster.ts';
import type { CliRequest } from './cli-request.ts';
import { closeDuePolls } from '../services/decisions/close-poll.ts';
import { loadDemoData } from '../services/registry/load-demo-data.ts';
import { cronPattern, startScheduler } from '../scheduler/cron.ts';

const USAGE = 'Gebruik / usage: gremium scheduler [--tick <seconden>] [--workers <n>] [--instance <naam>] [--db <map>]\n';

/** Runs the instance until it is stopped; resolves to the exit code. */
export async function run(database: Database, request: CliRequest): Promise<number> {
  let flags;
  try {
    flags = parseArgs({
      args: [...request.argv],
      options: { tick: { type: 'string' }, workers: { type: 'string' }, instance: { type: 'string' }, db: { type: 'string' }, lang: { type: 'string' } },
      allowPositionals: false, strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const tickSeconds = flags.tick !== undefined ? Number(flags.tick) : config.GREMIUM_TICK_SECONDS;
  const workers = flags.workers !== undefined ? Number(flags.workers) : config.GREMIUM_DISPATCH_WORKERS;
  try {
    cronPattern(tickSeconds);
  } catch {
    process.stderr.write(`--tick ${flags.tick}: 1-59 seconden of hele minuten / 1-59 seconds or whole minutes\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    process.stderr.write(`--workers ${flags.workers}: 1-64\n${USAGE}`);
    return 2;
  }
  const deps = createServiceDeps({ db: database.db });
  // Each platform with credentials gets its reminders; without any, there is nowhere to post.
  const posters: Poster[] = [];
  if (config.SLACK_BOT_TOKEN) posters.push(slackOutboxPoster({ token: config.SLACK_BOT_TOKEN, ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) }));
  if (config.MICROSOFT_APP_ID && config.MICROSOFT_APP_PASSWORD) {
    const auth = { appId: config.MICROSOFT_APP_ID, appPassword: config.MICROSOFT_APP_PASSWORD, tenantId: config.MICROSOFT_APP_TENANT_ID };
    posters.push(teamsOutboxPoster(deps, auth));
  }
  if (posters.length === 0) {
    process.stderr.write(
      'Gremium kan de scheduler niet starten: geen platform om op te posten / cannot start the scheduler: no platform to post to. Set:\n' +
        '- SLACK_BOT_TOKEN (xoxb-..., OAuth & Permissions > Bot User OAuth Token), and/or\n' +
        '- MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (the Azure Bot registration)\n',
    );
    return 1;
  }
  const instanceId = flags.instance ?? (config.GREMIUM_INSTANCE_ID || `${os.hostname()}-${process.pid}`);
  if (request.target.kind === 'pglite') await loadDemoData(deps);
  const scheduler = startScheduler({
    deps, instanceId, tickSeconds, workers, idleMs: config.GREMIUM_DISPATCH_IDLE_MS, logger: request.logger, closeDuePolls,
    poster: combinePosters(posters),
    dispatch: {
      leaseMs: config.GREMIUM_OUTBOX_LEASE_SECONDS * 1000, channelGapMs: config.GREMIUM_CHANNEL_GAP_MS,
      channels: config.GREMIUM_DISPATCH_CHANNELS, perChannel: config.GREMIUM_DISPATCH_PER_CHANNEL,
    },
  });
  request.logger.info({ instance: instanceId, tickSeconds, workers, database: request.target.kind }, 'scheduler started');
  process.stdout.write(`Gremium scheduler ${instanceId} draait / is running (tick ${tickSeconds} s, ${workers} dispatchers)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await scheduler.stop();
  return 0;
}
