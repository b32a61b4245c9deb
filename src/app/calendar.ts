/**
 * `gremium ics <gremium> [bestand.ics]` writes one committee's calendar (to stdout without a file);
 * `gremium calendar [--port <n>] [--host <addr>]` serves GET /calendar/<CODE>.ics until stopped.
 * Exit codes: 0 done, 1 unknown committee, 2 wrong usage.
 */
import fs from 'node:fs';
import { findExact } from '../domain/names.ts';
import { t } from '../i18n/index.ts';
import { loadCatalog } from '../services/registry/registry-catalog.ts';
import { committeeCalendar } from '../platforms/calendar/ics.ts';
import { startCalendarServer } from '../platforms/calendar/server.ts';
import type { App } from './bootstrap.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';
import { portFlag, stringFlags, wrongUsage } from './settings.ts';

const ICS_USAGE = {
  nl: 'Gebruik: gremium ics <gremium> [bestand.ics] [--db <map>]\nSchrijft de agenda (iCalendar) van een gremium naar het bestand, of zonder bestand naar de uitvoer.',
  en: "Usage: gremium ics <committee> [file.ics] [--db <dir>]\nWrites a committee's calendar (iCalendar) to the file, or without a file to standard output.",
};

const CALENDAR_USAGE = {
  nl: 'Gebruik: gremium calendar [--port <poort>] [--host <adres>] [--db <map>]\nStart alleen de agenda-feed tot Ctrl-C: GET /calendar/<CODE>.ics (standaard http://127.0.0.1:8790).',
  en: 'Usage: gremium calendar [--port <port>] [--host <address>] [--db <dir>]\nStarts only the calendar feed until Ctrl-C: GET /calendar/<CODE>.ics (default http://127.0.0.1:8790).',
};

/** `gremium ics`: one committee's calendar to a file or stdout. */
export const ics: Subcommand = { needs: 'services', usage: ICS_USAGE, run: writeIcs };

/** `gremium calendar`: the feed server. */
export const calendar: Subcommand = { needs: 'services', usage: CALENDAR_USAGE, options: { port: { type: 'string' }, host: { type: 'string' } }, run: serve };

async function writeIcs(app: App, request: CliRequest): Promise<number> {
  const lang = request.lang ?? 'nl';
  const [name, file, ...more] = request.args;
  if (!name || more.length > 0) {
    process.stderr.write(`${ICS_USAGE[lang]}\n`);
    return 2;
  }
  const deps = await app.services();
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

async function serve(app: App, request: CliRequest): Promise<number> {
  if (request.args.length > 0) return wrongUsage(request, CALENDAR_USAGE);
  const flags = stringFlags(request, 'port', 'host');
  const deps = await app.services();
  const port = portFlag(flags.port, app.config.GREMIUM_CALENDAR_PORT);
  if (port === null) return 2;
  const host = flags.host ?? app.config.GREMIUM_CALENDAR_HOST;
  const server = await startCalendarServer({ deps, host, port, logger: app.logger });
  app.onShutdown(() => server.stop());
  process.stdout.write(`Gremium agenda-feed / calendar feed: http://${host}:${server.port}/calendar/<CODE>.ics\n`);
  await app.untilStopped();
  return 0;
}
