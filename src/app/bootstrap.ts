/**
 * The composition root's one bootstrap: configuration, logging, the database, the service
 * dependencies, the demo data, signals and shutdown are made here and nowhere else. A subcommand
 * declares what it needs (`Subcommand.needs`) and gets an {@link App}; it asks for the services
 * (and so the demo data) only once it has checked its own flags and settings, so those refusals
 * come before any data is written.
 */
import type { Config } from '../config.ts';
import { existingEmbeddedDir, loadEnvFile } from '../config-env.ts';
import type { HandleDeps } from '../conversation/handle.ts';
import { openDatabase, type Database, type DatabaseTarget } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { createServiceDeps } from '../services/deps.ts';
import { loadCatalog } from '../services/registry/registry-catalog.ts';

/** The service dependencies every part of the app gets: the services' (database, clock, caches) and where unexpected errors are logged. */
export interface AppDeps extends HandleDeps {
  readonly logError: (reference: string, error: unknown) => void;
}

/** What a subcommand gets from the bootstrap. */
export interface App {
  readonly config: Config;
  readonly logger: Logger;
  /** Where the data lives (the embedded directory or PostgreSQL). */
  readonly target: DatabaseTarget;
  /**
   * The service dependencies on the open database, with the data prepared (see {@link prepareData});
   * made on the first call, the same object after. Only for subcommands that need `services`.
   */
  services(): Promise<AppDeps>;
  /** Registers a running part (a server, the scheduler) to stop at shutdown: last started, first stopped; the database closes after all. */
  onShutdown(stop: () => Promise<void>): void;
  /** Resolves at SIGINT or SIGTERM: a subcommand that runs until stopped awaits this, then returns. */
  untilStopped(): Promise<void>;
}

/**
 * What a subcommand needs beyond configuration and logging. Each of the first three opens the
 * database before it runs (taking the embedded database's lock, applying migrations):
 * - `demo`: the services, and on an empty embedded database the demo region is loaded first, so a
 *   new user has something to ask about (the console chat, `npm start`);
 * - `services`: the services; an empty database is only pointed out, with how to load a region
 *   (serve, slack, teams, scheduler, calendar: a production command never loads the demo);
 * - `database`: the services, nothing said or loaded (`gremium region`, which fills the database);
 * - `nothing`: help texts, which must work without a database.
 */
export type Needs = 'demo' | 'services' | 'database' | 'nothing';

/** A booted app and how to end it. */
export interface RunningApp extends App {
  /** Stops every registered part (reverse order), then closes the database. Safe to call twice. */
  shutdown(): Promise<void>;
}

/**
 * Loads the configuration (a `.env` in the working directory first, the environment winning; throws
 * ConfigError), starts logging, and opens the database when the
 * subcommand needs services (throws DataDirectoryBusyError when another process holds it).
 * `dbDir` is the `--db` flag: it overrides GREMIUM_DB_DIR for the embedded database.
 */
export async function bootstrap(options: { needs: Needs; dbDir: string | null }): Promise<RunningApp> {
  loadEnvFile();
  // An embedded database that exists already starts opening (on its own thread) before anything else
  // loads; the configuration's code (zod) and the logger's load meanwhile (issue 12 point 3).
  const early = options.needs === 'nothing' ? null : existingEmbeddedDir(process.env, options.dbDir);
  let opening = early === null ? null : openDatabase({ kind: 'pglite', dir: early });
  opening?.catch(() => undefined); // its failure is thrown below, where it is awaited
  let config: Config;
  let target: DatabaseTarget;
  let logger: Logger;
  try {
    const { databaseTarget, loadConfig } = await import('../config.ts');
    config = loadConfig();
    target = databaseTarget(config, options.dbDir);
    // The parsed configuration decides: the head start is kept only for the very directory it names.
    if (opening && !(target.kind === 'pglite' && target.dir === early)) {
      await opening.then((database) => database.close()).catch(() => undefined);
      opening = null;
    }
    opening ??= options.needs === 'nothing' ? null : openDatabase(target);
    opening?.catch(() => undefined);
    const { createLogger } = await import('../logger.ts');
    logger = createLogger(config.GREMIUM_LOG_LEVEL);
  } catch (error) {
    // A wrong environment (ConfigError) after the database began opening: it is closed, unchanged, its
    // thread and its lock ended, before the failure goes up.
    await opening?.then((database) => database.close()).catch(() => undefined);
    throw error;
  }
  const database = await opening;
  const stops: (() => Promise<void>)[] = [];
  let services: Promise<AppDeps> | null = null;
  let closed = false;
  return {
    config,
    logger,
    target,
    services: () => {
      if (database === null) return Promise.reject(new Error('this subcommand declared it needs nothing, but asked for the services'));
      services ??= prepare(database, target, logger, options.needs);
      return services;
    },
    onShutdown: (stop) => void stops.push(stop),
    untilStopped: () =>
      new Promise<void>((resolve) => {
        // Every later signal is taken too, not left to Node's default (exit at once): Ctrl-C reaches the
        // whole process group, and a supervisor (npm run dev:teams) may send SIGTERM right after it, so
        // a second signal during shutdown must not kill the process before it closes the database and
        // releases the data directory's lock.
        process.on('SIGINT', () => resolve());
        process.on('SIGTERM', () => resolve());
      }),
    shutdown: async () => {
      if (closed) return;
      closed = true;
      try {
        for (const stop of stops.reverse()) await stop();
      } finally {
        await database?.close();
      }
    },
  };
}

async function prepare(database: Database, target: DatabaseTarget, logger: Logger, needs: Needs): Promise<AppDeps> {
  const deps = createDeps(database, logger);
  // Prisma connects at its first query (openDatabase). The commands that need 'services' (the bots,
  // the scheduler, the calendar, import and export) connect now: a bot's first request then does not
  // wait for Prisma's query compiler, and its memory after start already holds it. The console chat's
  // questions are plain SQL and need no compiler.
  await Promise.all([needs === 'services' ? database.db.$connect() : undefined, prepareData(deps, target, logger, needs)]);
  return deps;
}

/** The one place the service dependencies are made. */
function createDeps(database: Database, logger: Logger): AppDeps {
  return {
    ...createServiceDeps({ db: database.db }),
    logError: (reference, error) => logger.error({ reference, err: error }, 'unexpected error'),
  };
}

/**
 * The one place that decides about demo data: only the console chat on the embedded database starts
 * with the demo region when the database is empty; PostgreSQL and the production commands never get
 * it (issue "Your own region"): they say how to load a region instead. loadDemoData itself does
 * nothing once any committee exists.
 */
async function prepareData(deps: AppDeps, target: DatabaseTarget, logger: Logger, needs: Needs): Promise<void> {
  if (needs === 'demo' && target.kind === 'pglite') {
    if (!(await registryIsEmpty(deps))) return;
    const { loadDemoData } = await import('../services/registry/load-demo-data.ts');
    const demo = await loadDemoData(deps);
    if (demo.loaded) logger.info({ ...demo }, 'demo data loaded');
    return;
  }
  if (needs === 'services' && (await registryIsEmpty(deps))) process.stderr.write(`${EMPTY_REGISTRY}\n`);
}

/**
 * Whether the registry holds no committee, from the catalog: the names a first question or message
 * needs anyway, read now and kept, so the check costs no statement of its own (issue 12 point 3).
 */
async function registryIsEmpty(deps: AppDeps): Promise<boolean> {
  return (await loadCatalog(deps)).committees.length === 0;
}

/** What a production command says on a database without committees. */
const EMPTY_REGISTRY =
  'De database bevat nog geen gremia. Laad de gremia, organisaties en leden van uw regio met `gremium region import <werkboek.xlsx|map>` ' +
  '(zie docs/region-workbook.md), of probeer de demo met `npm start`.\n' +
  'The database holds no committees yet. Load your region\'s committees, organisations and members with `gremium region import <workbook.xlsx|dir>` ' +
  '(see docs/region-workbook.md), or try the demo with `npm start`.';
