/**
 * Issue 18, point 9: `npm run dev:teams` stopped with Ctrl-C left the bot running with its lock on the
 * embedded database. The script now stops both the bot and the Agents Playground on SIGINT; here the
 * bot's port is closed and the data directory's lock is gone once the script has exited.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../support/db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** True when something accepts a connection on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

describe.skipIf(TEST_DB_KIND !== 'pglite')('npm run dev:teams', () => {
  it('stops the bot and releases the database lock on Ctrl-C', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-dev-teams-'));
    const db = path.join(dir, 'db');
    const port = await freePort();
    const env = { ...process.env, DATABASE_URL: '', GREMIUM_TEAMS_PORT: String(port), GREMIUM_LOG_LEVEL: 'error' };
    const dev = spawn(process.execPath, ['scripts/dev-teams.mjs', '--db', db], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    dev.stdout.on('data', (d) => (out += d));
    dev.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => dev.on('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        // A first start creates the database: on a busy machine that takes a while.
        const timer = setTimeout(() => reject(new Error(`the bot did not start:\n${out}`)), 110_000);
        const poll = setInterval(() => {
          if (!out.includes('Teams-bot luistert op / listens on http')) return;
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }, 100);
      });
      expect(await listening(port)).toBe(true);
      expect(fs.existsSync(path.join(db, 'gremium.lock'))).toBe(true);
      dev.kill('SIGINT');
      await exited;
      expect(await listening(port)).toBe(false);
      expect(fs.existsSync(path.join(db, 'gremium.lock'))).toBe(false);
    } finally {
      if (dev.exitCode === null) dev.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
