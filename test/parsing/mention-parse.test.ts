/**
 * The platform parse of @mentions (issue 18, point 4): the bot's mention vanishes, anyone else's
 * becomes the neutral token the conversation reads as the person linked to that account.
 */
import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { mentionIn } from '../../src/conversation/mentions.ts';
import { parseAccount } from '../../src/conversation/identity/verbs.ts';
import { stripMention } from '../../src/platforms/teams/parse.ts';
import { fromDirectMessage, fromMention, fromSlashCommand } from '../../src/platforms/slack/parse.ts';

const BOT = { id: '28:bot-app-id', name: 'Gremium' };
const SANNE = { id: '29:1sanne-mri', name: 'Sanne Bakker', aadObjectId: 'a1b2c3d4-0000-4000-8000-000000000001' };

const teams = (text: string, mentioned: { id: string; name: string; aadObjectId?: string; markup?: string }[]) =>
  ({
    text,
    recipient: BOT,
    entities: [
      { type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT },
      ...mentioned.map(({ markup, ...m }) => ({ type: 'mention', text: markup ?? `<at>${m.name}</at>`, mentioned: m })),
      { type: 'clientInfo', locale: 'nl-NL' },
    ],
  }) as unknown as Partial<Activity>;

describe('Teams: stripMention', () => {
  it("drops the bot's mention and writes a person's as <@teams:<Entra object id>|name>", () => {
    expect(stripMention(teams('<at>Gremium</at> waar zit <at>Sanne Bakker</at> in?', [SANNE]))).toBe(`waar zit <@teams:${SANNE.aadObjectId}|Sanne Bakker> in?`);
  });

  it('uses the MRI when Teams gives no object id', () => {
    const { aadObjectId: _, ...mri } = SANNE;
    expect(stripMention(teams('<at>Gremium</at> waar zit <at>Sanne Bakker</at> in?', [mri]))).toBe('waar zit <@teams:29:1sanne-mri|Sanne Bakker> in?');
  });

  it('joins a name Teams split over two <at> tags of one person', () => {
    const split = [{ ...SANNE, name: 'Sanne', markup: '<at>Sanne</at>' }, { ...SANNE, name: 'Bakker', markup: '<at>Bakker</at>' }];
    expect(stripMention(teams('<at>Gremium</at> waar zit <at>Sanne</at> <at>Bakker</at> in?', split))).toBe(`waar zit <@teams:${SANNE.aadObjectId}|Sanne Bakker> in?`);
  });

  it('keeps a display name from closing the token, and still strips other markup and decodes entities', () => {
    const odd = { ...SANNE, name: 'Sanne <B> | Bakker' };
    expect(stripMention(teams('<at>Gremium</at> <p>koppel <at>Sanne</at> Sanne &amp; co</p>', [{ ...odd, markup: '<at>Sanne</at>' }]))).toBe(
      `koppel <@teams:${SANNE.aadObjectId}|Sanne B Bakker> Sanne & co`,
    );
  });

  it('keeps two people shown with the same name apart', () => {
    const janA = { id: '29:1jan-a', name: 'Jan', aadObjectId: 'aaaa', markup: '<at>Jan</at>' };
    const janB = { id: '29:1jan-b', name: 'Jan', aadObjectId: 'bbbb', markup: '<at>Jan</at>' };
    expect(stripMention(teams('<at>Gremium</at> <at>Jan</at> en <at>Jan</at>', [janA, janB]))).toBe('<@teams:aaaa|Jan> en <@teams:bbbb|Jan>');
  });

  it('still drops a mention without entity, as before', () => {
    expect(stripMention({ text: '<at>Gremium</at> help', recipient: BOT } as Partial<Activity>)).toBe('help');
  });
});

describe('Slack: mentions in what was typed', () => {
  it("drops the bot's mention and keeps a person's as the bare <@U..>", () => {
    expect(fromMention({ user: 'U0JAN', text: '<@U0BOT> waar zit <@U0SANNE> in?', channel: 'C1', ts: '1.0' }, 'U0BOT')?.text).toBe('waar zit <@U0SANNE> in?');
  });

  it("drops the bot's mention typed in a direct message: the bot is nobody to look up", () => {
    expect(fromDirectMessage({ user: 'U0JAN', text: '<@U0BOT> waar zit <@U0SANNE> in?', channel: 'D1', ts: '1.0', channel_type: 'im' }, 'U0BOT')?.text).toBe('waar zit <@U0SANNE> in?');
  });

  it("drops the user name Slack adds to a mention in a slash command (it is no person's name)", () => {
    const body = { user_id: 'U0JAN', channel_id: 'C1', text: 'koppel <@U0NEW|kuipers> Sanne Bakker', response_url: 'http://x' };
    expect(fromSlashCommand(body).text).toBe('/gremium koppel <@U0NEW> Sanne Bakker');
    expect(fromDirectMessage({ user: 'U0JAN', text: 'where does <@W0SANNE|sanne> sit?', channel: 'D1', ts: '1.0', channel_type: 'im' })?.text).toBe('where does <@W0SANNE> sit?');
  });
});

describe('the conversation reads a mention token as an account', () => {
  it('a bare Slack mention belongs to the platform typed in (the console types Slack ids)', () => {
    expect(mentionIn('<@U0SANNE>', 'slack')).toEqual({ platform: 'slack', externalId: 'U0SANNE', label: null });
    expect(mentionIn('<@U0SANNE>', 'console')).toEqual({ platform: 'slack', externalId: 'U0SANNE', label: null });
    expect(mentionIn(`<@teams:${SANNE.aadObjectId}|Sanne Bakker>`, 'teams')).toEqual({ platform: 'teams', externalId: SANNE.aadObjectId, label: 'Sanne Bakker' });
    expect(mentionIn('Sanne', 'slack')).toBeNull();
  });

  it('koppel takes a mention or platform:id', () => {
    expect(parseAccount('<@U0NEW|kuipers>', 'slack')).toEqual({ platform: 'slack', externalId: 'U0NEW' });
    expect(parseAccount(`teams:${SANNE.aadObjectId}`, 'slack')).toEqual({ platform: 'teams', externalId: SANNE.aadObjectId });
    expect(parseAccount('Kuipers', 'teams')).toBeNull();
  });
});
