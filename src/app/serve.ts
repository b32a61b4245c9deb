/**
 * `gremium serve`: everything in one process — the Slack app and the Teams bot when their
 * credentials are set, the scheduler (reminders, poll closing) and the calendar feed. This is how the
 * embedded database runs a whole bot: PGlite allows one process. On PostgreSQL, run `gremium serve`
 * as often as you like, or the parts (`gremium slack`, `teams`, `scheduler`, `calendar`) separately.
 */
import os from 'node:os';
import type { CliRequest } from './cli-request.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { startScheduler } from '../scheduler/cron.ts';
import { combinePosters, type Poster } from '../scheduler/poster.ts';
import { closeDuePolls } from '../services/decisions/close-poll.ts';
import { loadDemoData } from '../services/registry/load-demo-data.ts';
import { startCalendarServer } from '../platforms/calendar/server.ts';
import { startSlackApp } from '../platforms/slack/index.ts';
import { slackOutboxPoster } from '../platforms/slack/outbox-poster.ts';
import { assertTeamsCanStart, authenticationIsOff, startTeamsBot, TeamsStartRefused } from '../platforms/teams/index.ts';
import { teamsPoster } from '../platforms/teams/poster.ts';
import { slackWorkspace } from './slack.ts';

/** Starts every configured part, runs until SIGINT/SIGTERM, stops them; resolves to the exit code. */
export async function run(database: Database, request: CliRequest): Promise<number> {
  const config = loadConfig();
  const { logger } = request;
  const deps = { db: database.db, now: () => new Date(), logError: (reference: string, error: unknown) => logger.error({ reference, err: error }, 'unexpected error') };
  if (request.target.kind === 'pglite') await loadDemoData(deps);
  const stops: (() => Promise<void>)[] = [];
  const posters: Poster[] = [];
  const say = (line: string) => process.stdout.write(`${line}\n`);

  if (config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN)) {
    const slack = await startSlackApp({
      deps, logger, botToken: config.SLACK_BOT_TOKEN, port: config.GREMIUM_SLACK_PORT, host: config.GREMIUM_SLACK_HOST,
      ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : { signingSecret: config.SLACK_SIGNING_SECRET }),
      ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
      workspace: slackWorkspace(config),
    });
    stops.push(() => slack.stop());
    posters.push(slackOutboxPoster({ token: config.SLACK_BOT_TOKEN, ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) }));
    say(config.SLACK_APP_TOKEN ? 'Slack: Socket Mode' : `Slack: http://${config.GREMIUM_SLACK_HOST}:${slack.port}/slack/events`);
  } else {
    say('Slack: uit / off (SLACK_BOT_TOKEN en SLACK_SIGNING_SECRET of SLACK_APP_TOKEN ontbreken / missing)');
  }

  const auth = { appId: config.MICROSOFT_APP_ID, appPassword: config.MICROSOFT_APP_PASSWORD, tenantId: config.MICROSOFT_APP_TENANT_ID };
  if (auth.appId || config.GREMIUM_ENV === 'development') {
    try {
      assertTeamsCanStart(config.GREMIUM_ENV, auth);
    } catch (error) {
      if (!(error instanceof TeamsStartRefused)) throw error;
      process.stderr.write(`${error.message}\n`);
      for (const stop of stops) await stop();
      return 1;
    }
    const teams = await startTeamsBot({ deps, auth, port: config.GREMIUM_TEAMS_PORT, host: config.GREMIUM_TEAMS_HOST, logError: (m, e) => logger.error({ err: e }, m) });
    stops.push(() => teams.close());
    posters.push(teamsPoster({ adapter: teams.adapter, appId: teams.appId, deps }));
    say(`Teams: ${teams.server.url}${authenticationIsOff(auth) ? ' (AUTHENTICATIE UIT / AUTHENTICATION OFF)' : ''}`);
  } else {
    say('Teams: uit / off (MICROSOFT_APP_ID ontbreekt / missing)');
  }

  const instanceId = config.GREMIUM_INSTANCE_ID || `${os.hostname()}-${process.pid}`;
  const scheduler = startScheduler({
    deps, instanceId, tickSeconds: config.GREMIUM_TICK_SECONDS, workers: config.GREMIUM_DISPATCH_WORKERS, idleMs: config.GREMIUM_DISPATCH_IDLE_MS,
    logger, closeDuePolls, poster: combinePosters(posters),
    dispatch: {
      leaseMs: config.GREMIUM_OUTBOX_LEASE_SECONDS * 1000, channelGapMs: config.GREMIUM_CHANNEL_GAP_MS,
      channels: config.GREMIUM_DISPATCH_CHANNELS, perChannel: config.GREMIUM_DISPATCH_PER_CHANNEL,
    },
  });
  stops.push(() => scheduler.stop());
  say(`Scheduler: ${instanceId}, tick ${config.GREMIUM_TICK_SECONDS} s`);

  const calendar = await startCalendarServer({ deps, host: config.GREMIUM_CALENDAR_HOST, port: config.GREMIUM_CALENDAR_PORT, logger });
  stops.push(() => calendar.stop());
  say(`Agenda / calendar: http://${config.GREMIUM_CALENDAR_HOST}:${calendar.port}/calendar/<CODE>.ics`);

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  for (const stop of stops.reverse()) await stop();
  return 0;
}
