#!/usr/bin/env node
/**
 * `npm test`: runs the whole vitest suite, the database suites on PGlite and on PostgreSQL.
 *
 * Unless TEST_POSTGRES_URL is already set, it starts a throwaway PostgreSQL cluster (initdb into a
 * temporary directory, pg_ctl on a free loopback port, trust authentication), points
 * TEST_POSTGRES_URL at it, runs `vitest run` with the arguments given after `npm test --`, stops the
 * cluster, removes the directory and exits with vitest's code. It ends with one line
 * `tests: N passed, M failed` for CI, computed from vitest's JSON report.
 *
 * Environment:
 *   TEST_POSTGRES_URL            use this server instead of starting one (a superuser URL).
 *   GREMIUM_TEST_SKIP_POSTGRES=1 run the domain and PGlite projects only.
 *   GREMIUM_PG_BIN               directory holding initdb and pg_ctl (default: found automatically).
 *
 * Plain Node ESM on purpose: it must run before anything is compiled.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPostgresBin, startCluster } from './postgres.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VITEST = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const started = Date.now();

/** Prints a line prefixed so it stands apart from vitest's own output. */
function say(message) {
  process.stderr.write(`[test] ${message}\n`);
}

function banner(lines) {
  const rule = '!'.repeat(78);
  process.stderr.write(`\n${rule}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${rule}\n\n`);
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** The directory holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
/** Values of --project given on the command line (`--project x` or `--project=x`). */
function projectArgs(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--project' && i + 1 < args.length) out.push(args[++i]);
    else if (args[i].startsWith('--project=')) out.push(args[i].slice('--project='.length));
  }
  return out;
}

function withoutProjectArgs(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--project') i++;
    else if (!args[i].startsWith('--project=')) out.push(args[i]);
  }
  return out;
}

/** Could this project filter select the "postgres" project? (vitest filters accept * wildcards.) */
function mayMatchPostgres(filter) {
  const negated = filter.startsWith('!');
  const glob = negated ? filter.slice(1) : filter;
  const pattern = new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return negated ? !pattern.test('postgres') : pattern.test('postgres');
}

/**
 * Runs vitest in its own process group; resolves with its exit code. A signal to this script goes to
 * the whole group (vitest and its fork workers: vitest alone leaves its workers running on SIGTERM),
 * and whatever is left of the group when vitest ends is killed.
 */
function runVitest(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [VITEST, 'run', ...args], { cwd: ROOT, env, stdio: 'inherit', detached: true });
    const signalGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The group is already gone.
      }
    };
    process.on('SIGINT', signalGroup);
    process.on('SIGTERM', signalGroup);
    process.on('SIGHUP', signalGroup);
    child.on('error', (error) => {
      say(`could not start vitest: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', signalGroup);
      process.off('SIGTERM', signalGroup);
      process.off('SIGHUP', signalGroup);
      signalGroup('SIGKILL');
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

/**
 * The CI line `tests: N passed, M failed` from vitest's JSON report; test files that failed to run
 * (an import error, say) count as one failure each, and a missing report as one failure.
 */
function summarise(reportFile) {
  if (!fs.existsSync(reportFile)) {
    say('vitest wrote no JSON report (interrupted, or it crashed): counted as one failure');
    return 'tests: 0 passed, 1 failed';
  }
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  );
  const failed = (report.numFailedTests ?? 0) + brokenFiles.length;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of brokenFiles) say(`failed to run: ${path.relative(ROOT, file.name)}`);
  if (skipped > 0) say(`${skipped} tests skipped or todo`);
  // Where the time goes: the slowest files (a database file appears once per database it ran on).
  const timed = (report.testResults ?? [])
    .map((file) => ({ name: path.relative(ROOT, file.name), ms: (file.endTime ?? 0) - (file.startTime ?? 0) }))
    .filter((file) => file.ms > 0)
    .sort((a, b) => b.ms - a.ms);
  const busy = timed.reduce((sum, file) => sum + file.ms, 0);
  if (timed.length > 0) {
    say(`test files took ${seconds(busy)} in all (two run at a time); the slowest:`);
    for (const file of timed.slice(0, 8)) say(`  ${seconds(file.ms).padStart(8)}  ${file.name}`);
  }
  return `tests: ${report.numPassedTests ?? 0} passed, ${failed} failed`;
}

async function main() {
  if (!fs.existsSync(VITEST)) {
    say('vitest is not installed: run `npm ci` first.');
    return 1;
  }
  const userArgs = process.argv.slice(2);
  const projects = projectArgs(userArgs);
  const skipPostgres = process.env.GREMIUM_TEST_SKIP_POSTGRES === '1';
  const needsPostgres = projects.length === 0 || projects.some(mayMatchPostgres);

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-test-'));
  // The postgres OS user must reach the cluster directory inside it.
  fs.chmodSync(workDir, 0o755);
  const reportFile = path.join(workDir, 'vitest.json');
  const env = { ...process.env };
  let vitestArgs = [...userArgs];
  let stopCluster = async () => undefined;

  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await stopCluster().catch((error) => say(`stopping PostgreSQL failed: ${error.message}`));
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  // A signal before vitest runs: clean up and leave. While the cluster is starting, only note it
  // (pg_ctl runs in its own process group and would leave a server behind); main stops it after.
  let interrupted = null;
  let starting = false;
  const early = (signal) => {
    interrupted = signal;
    if (!starting) void cleanup().then(() => process.exit(128 + (os.constants.signals[signal] ?? 0)));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, early);

  try {
    if (skipPostgres) {
      const kept = projects.filter((p) => p !== 'postgres');
      if (projects.length > 0 && kept.length === 0) {
        say('GREMIUM_TEST_SKIP_POSTGRES=1 but only the postgres project was asked for: nothing to run.');
        return 1;
      }
      vitestArgs = [
        ...withoutProjectArgs(userArgs),
        ...(kept.length > 0 ? kept : ['domain', 'pglite']).flatMap((p) => ['--project', p]),
      ];
      banner([
        'GREMIUM_TEST_SKIP_POSTGRES=1: the PostgreSQL project is NOT run.',
        'Only the domain and PGlite tests run; this is not the full suite.',
        'Install PostgreSQL (apt-get install -y postgresql) and unset the variable for a full run.',
      ]);
    } else if (needsPostgres && process.env.TEST_POSTGRES_URL) {
      say(`using the PostgreSQL server from TEST_POSTGRES_URL`);
    } else if (needsPostgres) {
      const bin = findPostgresBin();
      if (!bin) {
        banner([
          'PostgreSQL is not installed, and the suite runs every database test on it too.',
          'Install it:   sudo apt-get install -y postgresql   (Debian/Ubuntu; gives /usr/lib/postgresql/15/bin)',
          'or point at a server:   TEST_POSTGRES_URL=postgresql://user@host:port/postgres npm test',
          'or run without it (domain + PGlite only):   GREMIUM_TEST_SKIP_POSTGRES=1 npm test',
        ]);
        return 1;
      }
      const t0 = Date.now();
      starting = true;
      const cluster = await startCluster(bin, workDir).finally(() => (starting = false));
      stopCluster = cluster.stop;
      if (interrupted) {
        say(`${interrupted} while starting PostgreSQL: stopped`);
        return 128 + (os.constants.signals[interrupted] ?? 0);
      }
      env.TEST_POSTGRES_URL = cluster.url;
      say(`PostgreSQL from ${bin} ready at ${cluster.url} in ${seconds(Date.now() - t0)}`);
    }

    const reporterGiven = vitestArgs.some((a) => a === '--reporter' || a.startsWith('--reporter='));
    vitestArgs.push(
      ...(reporterGiven ? [] : ['--reporter=default']),
      '--reporter=json',
      `--outputFile.json=${reportFile}`,
    );
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(signal, early);
    // While vitest runs, runVitest passes signals on to it; we wait for it to end and then clean up.
    const code = await runVitest(vitestArgs, env);
    // From here on a signal must not cut the cleanup short.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => say(`${signal}: cleaning up first`));
    if (skipPostgres) banner(['GREMIUM_TEST_SKIP_POSTGRES=1: PostgreSQL was NOT tested; this was not the full suite.']);
    const totals = summarise(reportFile);
    say(`finished in ${seconds(Date.now() - started)} (vitest exit code ${code})`);
    // The closing line CI reads.
    process.stdout.write(`${totals}\n`);
    return code;
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await cleanup();
  }
}

process.exitCode = await main();
