/**
 * Three projects: "domain" (pure code, no database: runs in seconds) and the database suites twice,
 * once on PGlite ("pglite") and once on PostgreSQL ("postgres"). test/support/db.ts reads
 * GREMIUM_TEST_DB, which each project sets through `env`. `npm test` (scripts/test.mjs) starts a
 * throwaway PostgreSQL and sets TEST_POSTGRES_URL; run a single project with `npm test -- --project pglite`.
 */
import { defineConfig } from 'vitest/config';

/** Test files that need a database: they run once per database kind. */
const DATABASE_SUITES = [
  'test/services/**/*.test.ts',
  'test/conversation/**/*.test.ts',
  'test/platforms/**/*.test.ts',
  'test/cli/**/*.test.ts',
  // The test database helper's own test: proves both projects get the database they ask for.
  'test/support/**/*.test.ts',
];

/** Tests of the embedded database itself (PGlite on its own thread): PGlite only, not twice. */
const PGLITE_ONLY = ['test/db/**/*.test.ts'];

const EXCLUDE = ['**/node_modules/**', '**/.git/**'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Test files share their worker's modules (each file still opens its own database): importing
    // Prisma, Bolt and botbuilder once per worker instead of once per file took `npm test` from about
    // 680 s to 430 s. A file that changes module state puts it back (bootstrap-failure.test.ts
    // unmocks and resets modules, fake timers are restored after each test); a run with
    // `--sequence.shuffle.files` (README, "Tests") checks that no file depends on another's leftovers.
    isolate: false,
    // Two cores on the project's machines (PLATFORM.md).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          include: ['test/**/*.test.ts'],
          exclude: [...EXCLUDE, ...DATABASE_SUITES, ...PGLITE_ONLY],
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: [...DATABASE_SUITES, ...PGLITE_ONLY],
          exclude: EXCLUDE,
          env: { GREMIUM_TEST_DB: 'pglite' },
          // One migrated embedded database per run, copied by each test file (test/support/db.ts).
          globalSetup: ['test/support/pglite-template.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: DATABASE_SUITES,
          exclude: EXCLUDE,
          env: { GREMIUM_TEST_DB: 'postgres' },
        },
      },
    ],
  },
});
