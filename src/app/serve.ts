/**
 * `gremium serve`: everything in one process — the Slack app and the Teams bot when their
 * credentials are set, the scheduler (reminders, poll closing) and the calendar feed. This is how the
 * embedded database runs a whole bot: PGlite allows one process. On PostgreSQL, run `gremium serve`
 * as often as you like, or the parts (`gremium slack`, `teams`, `scheduler`, `calendar`) separately.
 */
import { startScheduler } from '../scheduler/cron.ts';
import { combinePosters, type Poster } from '../scheduler/poster.ts';
import { closeDuePollsAndAnnounce } from '../scheduler/poll-closings.ts';
import { startCalendarServer } from '../platforms/calendar/server.ts';
import { startSlackApp } from '../platforms/slack/index.ts';
import { slackOutboxPoster } from '../platforms/slack/outbox-poster.ts';
import { assertTeamsCanStart, authenticationIsOff, startTeamsBot, TeamsStartRefused } from '../platforms/teams/index.ts';
import { teamsPoster } from '../platforms/teams/poster.ts';
import type { App } from './bootstrap.ts';
import { collectWhenIdle } from '../db/idle-gc.mjs';
import type { CliRequest, Subcommand } from './cli-request.ts';
import { instanceId, schedulerSettings, slackConnection, teamsAuth, wrongUsage } from './settings.ts';

const USAGE = {
  nl: `Gebruik: gremium serve [--db <map>]
Start alles in één proces tot Ctrl-C: de Slack-app en de Teams-bot als hun gegevens in de omgeving
(of .env) staan, de scheduler (herinneringen, peilingen sluiten) en de agenda-feed.
Zo draait de ingebouwde database een hele bot: die staat één proces toe.`,
  en: `Usage: gremium serve [--db <dir>]
Starts everything in one process until Ctrl-C: the Slack app and the Teams bot when their credentials
are in the environment (or .env), the scheduler (reminders, closing polls) and the calendar feed.
This is how the embedded database runs a whole bot: it allows one process.`,
};

/** Starts every configured part and runs until SIGINT/SIGTERM; the bootstrap stops them. */
export const command: Subcommand = { needs: 'services', usage: USAGE, run };

async function run(app: App, request: CliRequest): Promise<number> {
  if (request.args.length > 0) return wrongUsage(request, USAGE);
  const { config, logger } = app;
  const deps = await app.services();
  const posters: Poster[] = [];
  const say = (line: string) => process.stdout.write(`${line}\n`);

  if (config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN)) {
    const connection = slackConnection(config);
    const slack = await startSlackApp({ deps, logger, port: config.GREMIUM_SLACK_PORT, host: config.GREMIUM_SLACK_HOST, ...connection });
    app.onShutdown(() => slack.stop());
    posters.push(slackOutboxPoster({ token: connection.botToken, ...(connection.apiUrl ? { apiUrl: connection.apiUrl } : {}), deps }));
    say(config.SLACK_APP_TOKEN ? 'Slack: Socket Mode' : `Slack: http://${config.GREMIUM_SLACK_HOST}:${slack.port}/slack/events`);
  } else {
    say('Slack: uit / off (SLACK_BOT_TOKEN en SLACK_SIGNING_SECRET of SLACK_APP_TOKEN ontbreken / missing)');
  }

  const auth = teamsAuth(config);
  if (auth.appId || config.GREMIUM_ENV === 'development') {
    try {
      assertTeamsCanStart(config.GREMIUM_ENV, auth);
    } catch (error) {
      if (!(error instanceof TeamsStartRefused)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    const teams = await startTeamsBot({ deps, auth, port: config.GREMIUM_TEAMS_PORT, host: config.GREMIUM_TEAMS_HOST, logError: (m, e) => logger.error({ err: e }, m) });
    app.onShutdown(() => teams.close());
    posters.push(teamsPoster({ adapter: teams.adapter, appId: teams.appId, deps }));
    say(`Teams: ${teams.server.url}${authenticationIsOff(auth) ? ' (AUTHENTICATIE UIT / AUTHENTICATION OFF)' : ''}`);
  } else {
    say('Teams: uit / off (MICROSOFT_APP_ID ontbreekt / missing)');
  }

  const instance = instanceId(config);
  const settings = schedulerSettings(config);
  const scheduler = startScheduler({ deps, instanceId: instance, logger, closeDuePolls: closeDuePollsAndAnnounce, poster: combinePosters(posters), ...settings });
  app.onShutdown(() => scheduler.stop());
  say(`Scheduler: ${instance}, tick ${settings.tickSeconds} s`);

  const calendar = await startCalendarServer({ deps, host: config.GREMIUM_CALENDAR_HOST, port: config.GREMIUM_CALENDAR_PORT, logger });
  app.onShutdown(() => calendar.stop());
  say(`Agenda / calendar: http://${config.GREMIUM_CALENDAR_HOST}:${calendar.port}/calendar/<CODE>.ics`);

  const stopCollector = collectWhenIdle();
  app.onShutdown(async () => stopCollector());

  await app.untilStopped();
  return 0;
}
