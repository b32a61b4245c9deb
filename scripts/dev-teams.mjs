#!/usr/bin/env node
/**
 * `npm run dev:teams`: try the Teams bot without a tenant. Starts `gremium teams` with
 * authentication OFF on 127.0.0.1 (GREMIUM_ENV=development, no MICROSOFT_APP_ID) and Microsoft 365
 * Agents Playground pointed at it (offline: APPLICATION_INSIGHTS_NO_STATSBEAT=1,
 * TEAMSAPPTESTER_BROWSER=none). Open http://localhost:56150 in a browser.
 * NOTE: the Playground itself listens on all interfaces (port 56150); run this on a trusted network.
 * Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = process.env.GREMIUM_TEAMS_PORT || '3978';
const endpoint = `http://127.0.0.1:${PORT}/api/messages`;
const rule = '!'.repeat(78);
process.stderr.write(
  `\n${rule}\n!! dev:teams: AUTHENTICATIE UIT / AUTHENTICATION OFF\n!! De bot accepteert elk verzoek zonder token, alleen op 127.0.0.1:${PORT}.\n` +
    `!! The bot accepts every request without a token, on 127.0.0.1:${PORT} only.\n` +
    `!! Agents Playground luistert op ALLE interfaces (poort 56150) / listens on ALL interfaces (port 56150).\n${rule}\n\n`,
);
const env = { ...process.env, GREMIUM_ENV: 'development', MICROSOFT_APP_ID: '', MICROSOFT_APP_PASSWORD: '', GREMIUM_TEAMS_HOST: '127.0.0.1', GREMIUM_TEAMS_PORT: PORT };
const bot = spawn(process.execPath, [path.join(ROOT, 'bin', 'gremium.mjs'), 'teams', ...process.argv.slice(2)], { env, stdio: 'inherit' });
const playground = spawn(path.join(ROOT, 'node_modules', '.bin', 'agentsplayground'), ['-e', endpoint, '-c', 'msteams', '--dt'], {
  env: { ...process.env, APPLICATION_INSIGHTS_NO_STATSBEAT: '1', TEAMSAPPTESTER_BROWSER: 'none' },
  stdio: 'inherit',
});
// One SIGTERM per child, however many ways a stop arrives (Ctrl-C, the other child's exit).
const signalled = new Set();
const stopChild = (child) => {
  if (child.exitCode !== null || signalled.has(child)) return;
  signalled.add(child);
  child.kill('SIGTERM');
};
const stop = () => {
  for (const child of [bot, playground]) stopChild(child);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
bot.on('exit', (code) => {
  stopChild(playground);
  process.exitCode = code ?? 0;
});
playground.on('exit', () => stopChild(bot));
