/**
 * A throwaway PostgreSQL cluster on loopback, for `npm test` and the benchmarks: initdb into a
 * temporary directory, pg_ctl on a free 127.0.0.1 port, trust authentication, no fsync.
 * Plain Node ESM so that it runs before anything is compiled.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const PG_OS_USER = 'postgres';

export function findPostgresBin() {
  const has = (dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'));
  if (process.env.GREMIUM_PG_BIN) {
    if (has(process.env.GREMIUM_PG_BIN)) return process.env.GREMIUM_PG_BIN;
    throw new Error(`GREMIUM_PG_BIN=${process.env.GREMIUM_PG_BIN} holds no initdb and pg_ctl`);
  }
  // Debian's packages keep the server binaries out of PATH; prefer 15 (what production and CI run).
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => (a === '15' ? -1 : b === '15' ? 1 : Number(b) - Number(a)));
    for (const v of versions) if (has(path.join(debian, v, 'bin'))) return path.join(debian, v, 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && has(dir)) return dir;
  }
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0 && has(pgConfig.stdout.trim())) return pgConfig.stdout.trim();
  return null;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL tool, as the postgres OS user when we are root (initdb refuses root). */
function runPgTool(bin, tool, args, { cwd, detached = false } = {}) {
  const file = path.join(bin, tool);
  const [command, commandArgs] = isRoot ? ['runuser', ['-u', PG_OS_USER, '--', file, ...args]] : [file, args];
  return new Promise((resolve) => {
    // detached: the postmaster gets its own process group, so Ctrl-C reaches vitest and this
    // script (which then stops the server cleanly) rather than killing the server mid-run.
    const child = spawn(command, commandArgs, { cwd, detached, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ code: 127, output: `${output}${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function osUserIds(name) {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Waits until the server answers a query (pg_ctl -w already waited; this proves the URL works). */
async function waitUntilReady(url, timeoutMs) {
  const { default: pg } = await import('pg');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PostgreSQL at ${url} did not answer: ${error.message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * Starts a throwaway cluster under `workDir`; returns its URL and a stop function.
 * Throws with the server log when it fails to start.
 */
export async function startCluster(bin, workDir) {
  const clusterDir = path.join(workDir, 'pg');
  const dataDir = path.join(clusterDir, 'data');
  const socketDir = path.join(clusterDir, 'sock');
  const logFile = path.join(clusterDir, 'server.log');
  fs.mkdirSync(socketDir, { recursive: true });
  if (isRoot) {
    const ids = osUserIds(PG_OS_USER);
    if (!ids) {
      throw new Error(
        `running as root, but there is no "${PG_OS_USER}" OS user to run PostgreSQL as (initdb refuses root). ` +
          'Install PostgreSQL with apt-get install -y postgresql (it creates the user), or run npm test as a normal user.',
      );
    }
    for (const dir of [clusterDir, socketDir]) fs.chownSync(dir, ids.uid, ids.gid);
  }
  const initdb = await runPgTool(
    bin,
    'initdb',
    ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync'],
    { cwd: clusterDir },
  );
  if (initdb.code !== 0) throw new Error(`initdb failed (exit ${initdb.code}):\n${initdb.output}`);

  // pg_ctl hands -o to a shell: quote the socket path.
  const serverOptions = [
    '-c listen_addresses=127.0.0.1',
    '-p PORT',
    `-k '${socketDir}'`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  let lastError = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const start = await runPgTool(
      bin,
      'pg_ctl',
      ['start', '-w', '-t', '60', '-D', dataDir, '-l', logFile, '-o', serverOptions.replace('PORT', String(port))],
      { cwd: clusterDir, detached: true },
    );
    if (start.code === 0) {
      const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
      const stop = async () => {
        await runPgTool(bin, 'pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], { cwd: clusterDir });
      };
      try {
        await waitUntilReady(url, 30_000);
      } catch (error) {
        await stop();
        throw error;
      }
      return { url, stop };
    }
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
    lastError = `pg_ctl start failed (exit ${start.code}) on port ${port}:\n${start.output}\n${log}`;
    // Another process may have taken the port between our probe and the server's bind: retry.
  }
  throw new Error(lastError);
}


/**
 * Starts a cluster in a new temporary directory. Returns its superuser URL and `stop()`, which stops
 * the server and removes the directory. Throws with install advice when no PostgreSQL is found.
 */
export async function startThrowawayPostgres() {
  const bin = findPostgresBin();
  if (!bin) throw new Error('No PostgreSQL server binaries found. Install them with: apt-get install -y postgresql');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-pg-'));
  if (typeof process.getuid === 'function' && process.getuid() === 0) fs.chmodSync(workDir, 0o755);
  try {
    const cluster = await startCluster(bin, workDir);
    return {
      url: cluster.url,
      stop: async () => {
        await cluster.stop();
        fs.rmSync(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}
