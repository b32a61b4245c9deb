/**
 * `gremium ics <gremium> [bestand.ics]` writes one committee's calendar (to stdout without a file);
 * `gremium calendar [--port <n>] [--host <addr>]` serves GET /calendar/<CODE>.ics until stopped.
 * Exit codes: 0 done, 1 unknown committee, 2 wrong usage.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { findExact } from '../domain/names.ts';
import { t } from '../i18n/index.ts';
import { loadCatalog } from '../services/registry/registry-catalog.ts';
import { committeeCalendar } from '../platforms/calendar/ics.ts';
import { startCalendarServer } from '../platforms/calendar/server.ts';
import type { App, AppDeps } from './bootstrap.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';
import { portFlag } from './settings.ts';

/** `ics` or `calendar`. */
export const command: Subcommand = { needs: 'services', run };

async function run(app: App, request: CliRequest): Promise<number> {
  const deps = await app.services();
  const lang = request.lang ?? 'nl';
  if (request.subcommand === 'calendar') return serve(app, deps, request);
  const positionals = request.argv.filter((a, i, all) => !a.startsWith('--') && !(i > 0 && ['--db', '--lang'].includes(all[i - 1]!)));
  const [name, file] = positionals;
  if (!name) {
    process.stderr.write('Gebruik / usage: gremium ics <gremium> [bestand.ics] [--db <map>]\n');
    return 2;
  }
  const catalog = await loadCatalog(deps);
  const hits = findExact(catalog.committees, name);
  if (hits.length !== 1) {
    process.stderr.write(`${t(lang, 'ICS_UNKNOWN_COMMITTEE', { name })}\n`);
    return 1;
  }
  const text = await committeeCalendar(deps, hits[0]!.id);
  if (file) fs.writeFileSync(file, text);
  else process.stdout.write(text);
  return 0;
}

async function serve(app: App, deps: AppDeps, request: CliRequest): Promise<number> {
  let flags;
  try {
    flags = parseArgs({ args: [...request.argv], options: { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, lang: { type: 'string' } }, strict: true }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nGebruik / usage: gremium calendar [--port <poort>] [--host <adres>] [--db <map>]\n`);
    return 2;
  }
  const port = portFlag(flags.port, app.config.GREMIUM_CALENDAR_PORT);
  if (port === null) return 2;
  const host = flags.host ?? app.config.GREMIUM_CALENDAR_HOST;
  const server = await startCalendarServer({ deps, host, port, logger: app.logger });
  app.onShutdown(() => server.stop());
  process.stdout.write(`Gremium agenda-feed / calendar feed: http://${host}:${server.port}/calendar/<CODE>.ics\n`);
  await app.untilStopped();
  return 0;
}
