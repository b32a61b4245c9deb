/**
 * `gremium serve` runs the whole bot in one process on the embedded database (PGlite allows one
 * process): here without chat credentials, so the scheduler and the calendar feed; it serves the
 * feed and stops cleanly on SIGTERM. It never loads the demo: on an empty database it says how to
 * load a region, and serves the region loaded with `gremium region import`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../support/db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe.skipIf(TEST_DB_KIND !== 'pglite')('gremium serve', () => {
  it('starts the parts it has credentials for, serves the calendar, and stops on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-serve-'));
    const env = { ...process.env, DATABASE_URL: '', SLACK_BOT_TOKEN: '', MICROSOFT_APP_ID: '', GREMIUM_ENV: 'production', GREMIUM_CALENDAR_PORT: '0', GREMIUM_LOG_LEVEL: 'error' };
    const run = (args: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const once = spawn(process.execPath, ['bin/gremium.mjs', ...args, '--db', path.join(dir, 'db')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let [out, err] = ['', ''];
        once.stdout.on('data', (d) => (out += d));
        once.stderr.on('data', (d) => (err += d));
        once.on('exit', (code) => resolve({ code, out, err }));
      });
    // An empty database: serve says how to load a region, and loads no demo.
    const empty = spawn(process.execPath, ['bin/gremium.mjs', 'serve', '--db', path.join(dir, 'db')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let emptyErr = '';
    empty.stderr.on('data', (d) => (emptyErr += d));
    await new Promise<void>((resolve) => empty.stdout.on('data', (d) => String(d).includes('/calendar/') && resolve()));
    const emptyExit = new Promise((resolve) => empty.on('exit', resolve));
    empty.kill('SIGTERM');
    await emptyExit;
    expect(emptyErr).toContain('gremium region import');
    expect(emptyErr).toContain('The database holds no committees yet');
    const loaded = await run(['region', 'import', path.join(ROOT, 'demo', 'region'), '--yes']);
    expect(loaded.code, loaded.err).toBe(0);
    const child = spawn(process.execPath, ['bin/gremium.mjs', 'serve', '--db', path.join(dir, 'db')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        // A first start creates the database and the demo data: on a busy machine that can take a minute.
        const timer = setTimeout(() => reject(new Error(`no calendar line:\n${out}`)), 110_000);
        child.stdout.on('data', (d) => {
          out += d;
          const m = /(http:\/\/127\.0\.0\.1:\d+)\/calendar\//.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
      });
      expect(out).toMatch(/Slack: uit \/ off/);
      expect(out).toMatch(/Teams: uit \/ off/);
      expect(out).toMatch(/Scheduler: /);
      const feed = await fetch(`${url}/calendar/BOSD.ics`);
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toMatch(/text\/calendar/);
      expect(await feed.text()).toMatch(/BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT/);
      const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(fs.existsSync(path.join(dir, 'db', 'gremium.lock'))).toBe(false);
    } finally {
      child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
