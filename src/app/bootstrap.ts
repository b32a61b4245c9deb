/**
 * The composition root's one bootstrap: configuration, logging, the database, the service
 * dependencies, the demo data, signals and shutdown are made here and nowhere else. A subcommand
 * declares what it needs (`Subcommand.needs`) and gets an {@link App}; it asks for the services
 * (and so the demo data) only once it has checked its own flags and settings, so those refusals
 * come before any data is written.
 */
import { databaseTarget, loadConfig, loadEnvFile, type Config } from '../config.ts';
import type { HandleDeps } from '../conversation/handle.ts';
import { openDatabase, type Database, type DatabaseTarget } from '../db/database.ts';
import { createLogger, type Logger } from '../logger.ts';
import { createServiceDeps } from '../services/deps.ts';
import { loadDemoData } from '../services/registry/load-demo-data.ts';

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
 * What a subcommand needs beyond configuration and logging: `services` opens the database before it
 * runs (taking the embedded database's lock, applying migrations); `nothing` is for help texts,
 * which must work without a database.
 */
export type Needs = 'services' | 'nothing';

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
  const config = loadConfig();
  const logger = createLogger(config.GREMIUM_LOG_LEVEL);
  const target = databaseTarget(config, options.dbDir);
  const database = options.needs === 'services' ? await openDatabase(target) : null;
  const stops: (() => Promise<void>)[] = [];
  let services: Promise<AppDeps> | null = null;
  let closed = false;
  return {
    config,
    logger,
    target,
    services: () => {
      if (database === null) return Promise.reject(new Error('this subcommand declared it needs nothing, but asked for the services'));
      services ??= prepare(database, target, logger);
      return services;
    },
    onShutdown: (stop) => void stops.push(stop),
    untilStopped: () =>
      new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
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

async function prepare(database: Database, target: DatabaseTarget, logger: Logger): Promise<AppDeps> {
  const deps = createDeps(database, logger);
  await prepareData(deps, target, logger);
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
 * The one place that decides about demo data: the embedded database starts with the demo
 * committees, so a new user has something to ask about; PostgreSQL (production) never gets them.
 * loadDemoData itself does nothing once any committee exists.
 */
async function prepareData(deps: AppDeps, target: DatabaseTarget, logger: Logger): Promise<void> {
  if (target.kind !== 'pglite') return;
  const demo = await loadDemoData(deps);
  if (demo.loaded) logger.info({ ...demo }, 'demo data loaded');
}
