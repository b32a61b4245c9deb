/**
 * `gremium serve` runs the whole bot in one process on the embedded database (PGlite allows one
 * process): here without chat credentials, so the scheduler and the calendar feed; it serves the
 * feed and stops cleanly on SIGTERM.
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
  }, 180_000);
});
