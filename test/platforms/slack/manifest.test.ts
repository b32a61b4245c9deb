/**
 * manifests/slack/manifest.yml matches the code: every event the app listens to, every Web API
 * method it calls (through the scope it needs), the slash command and the shortcut are declared;
 * interactivity and the Home tab are on; Socket Mode is off by default.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SLACK_DIR = path.join(ROOT, 'src/platforms/slack');
const source = fs.readdirSync(SLACK_DIR).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(SLACK_DIR, f), 'utf8')).join('\n');
const manifest = parse(fs.readFileSync(path.join(ROOT, 'manifests/slack/manifest.yml'), 'utf8')) as {
  features: { app_home: { home_tab_enabled: boolean }; slash_commands: { command: string; usage_hint: string; should_escape: boolean }[]; shortcuts: { callback_id: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string; message_menu_options_url?: string }; socket_mode_enabled: boolean };
};

/** Bot scopes each Web API method needs (views.* and apps.connections.open need none / the app token). */
const SCOPES: Record<string, string[]> = {
  'chat.postMessage': ['chat:write', 'chat:write.public'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'conversations.open': ['im:write'],
  'users.info': ['users:read', 'users:read.email'],
  'conversations.history': ['channels:history', 'groups:history'],
  'views.open': [], 'views.update': [], 'views.publish': [],
};
/** The subscription each listened event needs ('message' is only listened to in DMs). */
const EVENTS: Record<string, string> = { app_mention: 'app_mention', message: 'message.im', app_home_opened: 'app_home_opened' };

describe('the Slack manifest', () => {
  it('subscribes to every event the app listens to', () => {
    const used = [...source.matchAll(/app\.event\('([a-z_.]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const event of used) expect(manifest.settings.event_subscriptions.bot_events, event).toContain(EVENTS[event]);
  });

  it('grants the scopes of every Web API method the code calls', () => {
    const calls = [...new Set([...source.matchAll(/client\.(chat|conversations|users|views)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`))];
    expect(calls).toEqual(expect.arrayContaining(['chat.postMessage', 'chat.update', 'users.info', 'views.publish']));
    for (const method of calls) {
      expect(SCOPES, `scope table lacks ${method}`).toHaveProperty([method]);
      for (const scope of SCOPES[method]!) expect(manifest.oauth_config.scopes.bot, `${method} needs ${scope}`).toContain(scope);
    }
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'im:history', 'app_mentions:read']));
  });

  it('declares the slash command with a usage hint, escaping mentions for /gremium koppel', () => {
    const commands = [...source.matchAll(/app\.command\('([^']+)'/g)].map((m) => m[1]!);
    for (const command of commands) {
      const declared = manifest.features.slash_commands.find((c) => c.command === command);
      expect(declared?.usage_hint).toBeTruthy();
      expect(declared?.should_escape).toBe(true);
    }
  });

  it('declares the shortcut, interactivity and the Home tab, with Socket Mode off by default', () => {
    const shortcuts = [...source.matchAll(/app\.shortcut\('([^']+)'/g)].map((m) => m[1]!);
    for (const id of shortcuts) expect(manifest.features.shortcuts.map((s) => s.callback_id)).toContain(id);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it('gives the select menus that search as the user types (app.options) their options URL', () => {
    expect(source).toMatch(/app\.options\(/);
    expect(manifest.settings.interactivity.message_menu_options_url).toBe(manifest.settings.interactivity.request_url);
  });
});
