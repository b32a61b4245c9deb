/**
 * `gremium ics <gremium> [bestand.ics]` writes one committee's calendar (to stdout without a file);
 * `gremium calendar [--port <n>] [--host <addr>]` serves GET /calendar/<CODE>.ics until stopped.
 * Exit codes: 0 done, 1 unknown committee, 2 wrong usage.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createServiceDeps, type ServiceDeps } from '../services/deps.ts';
import { findExact } from '../domain/names.ts';
import { t } from '../i18n/index.ts';
import { loadCatalog } from '../services/registry/registry-catalog.ts';
import { loadDemoData } from '../services/registry/load-demo-data.ts';
import type { Language } from '../i18n/catalog.ts';
import type { Logger } from '../logger.ts';
import type { DatabaseTarget } from '../db/database.ts';
import { committeeCalendar } from '../platforms/calendar/ics.ts';
import { startCalendarServer } from '../platforms/calendar/server.ts';

/** What main.ts hands a subcommand (its CliRequest), as far as the calendar needs it; no import from another platform. */
export interface CalendarCliRequest {
  readonly subcommand: string;
  readonly argv: readonly string[];
  readonly lang: Language | null;
  readonly logger: Logger;
  readonly target: DatabaseTarget;
}

/** Runs `ics` or `calendar`. */
export async function run(database: Database, request: CalendarCliRequest): Promise<number> {
  const deps = createServiceDeps({ db: database.db });
  const lang = request.lang ?? 'nl';
  if (request.target.kind === 'pglite') await loadDemoData(deps);
  if (request.subcommand === 'calendar') return serve(deps, request);
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

async function serve(deps: ServiceDeps, request: CalendarCliRequest): Promise<number> {
  let flags;
  try {
    flags = parseArgs({ args: [...request.argv], options: { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, lang: { type: 'string' } }, strict: true }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nGebruik / usage: gremium calendar [--port <poort>] [--host <adres>] [--db <map>]\n`);
    return 2;
  }
  const config = loadConfig();
  const port = flags.port !== undefined ? Number(flags.port) : config.GREMIUM_CALENDAR_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port ${flags.port}: geen poortnummer / not a port number\n`);
    return 2;
  }
  const host = flags.host ?? config.GREMIUM_CALENDAR_HOST;
  const server = await startCalendarServer({ deps, host, port, logger: request.logger });
  process.stdout.write(`Gremium agenda-feed / calendar feed: http://${host}:${server.port}/calendar/<CODE>.ics\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.stop();
  return 0;
}
