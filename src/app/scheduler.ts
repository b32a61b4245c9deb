/**
 * `gremium scheduler`: runs one scheduler instance until SIGINT/SIGTERM. Ticks every
 * GREMIUM_TICK_SECONDS (create due reminders, close due polls) and drains the outbox with
 * GREMIUM_DISPATCH_WORKERS dispatchers, posting to Slack with SLACK_BOT_TOKEN (SLACK_API_URL for a
 * fake or proxy) and to Teams with MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (proactive messages
 * into the conversations the Teams bot stored). With PostgreSQL (DATABASE_URL) start as many instances as you like; the embedded
 * PGlite database allows one process. Flags: --tick <s>, --workers <n>, --instance <name>.
 * Exit codes: 0 stopped, 1 refused (the message says why), 2 wrong usage.
 */
import type { Config } from '../config.ts';
import { slackOutboxPoster } from '../platforms/slack/outbox-poster.ts';
import { teamsOutboxPoster } from '../platforms/teams/poster.ts';
import { cronPattern, startScheduler } from '../scheduler/cron.ts';
import { combinePosters, type Poster } from '../scheduler/poster.ts';
import { closeDuePollsAndAnnounce } from '../scheduler/poll-closings.ts';
import type { ServiceDeps } from '../services/deps.ts';
import type { App } from './bootstrap.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';
import { instanceId, schedulerSettings, slackConnection, stringFlags, teamsAuth, wrongUsage } from './settings.ts';

const USAGE = {
  nl: `Gebruik: gremium scheduler [--tick <seconden>] [--workers <n>] [--instance <naam>] [--db <map>]
Start alleen de scheduler tot Ctrl-C: maakt herinneringen, sluit peilingen en post ze op Slack
(SLACK_BOT_TOKEN) en/of Teams (MICROSOFT_APP_ID en MICROSOFT_APP_PASSWORD). Op PostgreSQL zo vaak als u wilt.`,
  en: `Usage: gremium scheduler [--tick <seconds>] [--workers <n>] [--instance <name>] [--db <dir>]
Starts only the scheduler until Ctrl-C: creates reminders, closes polls and posts them to Slack
(SLACK_BOT_TOKEN) and/or Teams (MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD). On PostgreSQL as often as you like.`,
};

/** Runs the instance until it is stopped. */
export const command: Subcommand = {
  needs: 'services', usage: USAGE, run,
  options: { tick: { type: 'string' }, workers: { type: 'string' }, instance: { type: 'string' } },
};

/** The platforms this configuration can post to without running their chat apps. */
function outboxPlatforms(config: Config): ('slack' | 'teams')[] {
  const platforms: ('slack' | 'teams')[] = [];
  if (config.SLACK_BOT_TOKEN) platforms.push('slack');
  if (config.MICROSOFT_APP_ID && config.MICROSOFT_APP_PASSWORD) platforms.push('teams');
  return platforms;
}

/**
 * The posters of {@link outboxPlatforms}, for a scheduler that runs without the chat apps
 * (`gremium serve` hands it the running apps' own posters instead).
 */
function outboxPosters(config: Config, deps: ServiceDeps): Poster[] {
  const { botToken, apiUrl } = slackConnection(config);
  return outboxPlatforms(config).map((platform) =>
    platform === 'slack' ? slackOutboxPoster({ token: botToken, ...(apiUrl ? { apiUrl } : {}), deps }) : teamsOutboxPoster(deps, teamsAuth(config)));
}

async function run(app: App, request: CliRequest): Promise<number> {
  if (request.args.length > 0) return wrongUsage(request, USAGE);
  const flags = stringFlags(request, 'tick', 'workers', 'instance');
  const usage = `${USAGE[request.lang ?? 'nl']}\n`;
  const { config, logger } = app;
  const settings = schedulerSettings(config, {
    ...(flags.tick !== undefined ? { tickSeconds: Number(flags.tick) } : {}),
    ...(flags.workers !== undefined ? { workers: Number(flags.workers) } : {}),
  });
  try {
    cronPattern(settings.tickSeconds);
  } catch {
    process.stderr.write(`--tick ${flags.tick}: 1-59 seconden of hele minuten / 1-59 seconds or whole minutes\n${usage}`);
    return 2;
  }
  if (!Number.isInteger(settings.workers) || settings.workers < 1 || settings.workers > 64) {
    process.stderr.write(`--workers ${flags.workers}: 1-64\n${usage}`);
    return 2;
  }
  // Each platform with credentials gets its reminders; without any, there is nowhere to post.
  if (outboxPlatforms(config).length === 0) {
    process.stderr.write(
      'Gremium kan de scheduler niet starten: geen platform om op te posten / cannot start the scheduler: no platform to post to. Set:\n' +
        '- SLACK_BOT_TOKEN (xoxb-..., OAuth & Permissions > Bot User OAuth Token), and/or\n' +
        '- MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (the Azure Bot registration)\n',
    );
    return 1;
  }
  const deps = await app.services();
  const instance = instanceId(config, flags.instance);
  const scheduler = startScheduler({ deps, instanceId: instance, logger, closeDuePolls: closeDuePollsAndAnnounce, poster: combinePosters(outboxPosters(config, deps)), ...settings });
  app.onShutdown(() => scheduler.stop());
  logger.info({ instance, tickSeconds: settings.tickSeconds, workers: settings.workers, database: app.target.kind }, 'scheduler started');
  process.stdout.write(`Gremium scheduler ${instance} draait / is running (tick ${settings.tickSeconds} s, ${settings.workers} dispatchers)\n`);
  await app.untilStopped();
  return 0;
}
