/**
 * Activities shaped like the examples in Microsoft's Teams documentation ("Messages in bot
 * conversations", "Channel and group chat conversations", "Subscribe to conversation events",
 * "Universal Actions: adaptiveCard/action invoke", "Dialogs: task/fetch, task/submit"), with our
 * loopback serviceUrl and demo people.
 */
import { randomBytes } from 'node:crypto';

/** The bot's app id in tests, and its account id in Teams (28:<app id>). */
export const APP_ID = '3b6a2f0e-7c1d-4a8e-9f00-6a1b2c3d4e5f';
export const BOT = { id: `28:${APP_ID}`, name: 'Gremium' };
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const TEAM_CHANNEL = '19:efa9296d959346209fea44151c742e73@thread.skype';

/** A Teams user: MRI, Entra object id, name, e-mail in the roster. */
export interface TeamsUser {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
  readonly email: string;
}

/** Demo people as Teams users (their e-mail addresses are the demo data's). */
export const JAN: TeamsUser = { id: '29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw', aadObjectId: '7faf8ab2-3d56-4244-b585-20c8a42ed2b8', name: 'Jan de Vries', email: 'jan.devries@jeugdzorgnoord.example' };
export const SANNE: TeamsUser = { id: '29:1I9Is_Sx0OIy2rQ7Xz1lcaPKlO9eqmBRTBuW6XzkFtcjqxTjPaCMij8BVMdBcL9L_RwWNJyAHFQb0TRzXgyQvA', aadObjectId: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Sanne Bakker', email: 'sanne.bakker@regio.example' };
export const KARIN: TeamsUser = { id: '29:9e52142b-5e5e-4d7b-bb3e-e82dcf620000', aadObjectId: 'a1b2c3d4-0000-4000-8000-000000000002', name: 'Karin Smit', email: 'karin.smit@opgroeienmaasland.example' };
export const STRANGER: TeamsUser = { id: '29:08q2j2o3jc09au90eucae', aadObjectId: 'a1b2c3d4-0000-4000-8000-0000000000ff', name: 'Pranav Smith', email: 'pranav@elsewhere.example' };

/** The personal chat id of a user (Teams' "a:..." ids). */
export const personalChat = (user: TeamsUser) => `a:17I0kl9EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOp-${user.aadObjectId}`;

const newId = () => `${Date.now()}${randomBytes(3).readUIntBE(0, 3)}`;
const stamp = () => new Date().toISOString();

/** A message in a personal chat ("Receive a message", JSON tab). */
export function personalMessage(serviceUrl: string, user: TeamsUser, text: string, locale = 'nl-NL') {
  return {
    type: 'message',
    id: newId(),
    timestamp: stamp(),
    localTimestamp: stamp(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { conversationType: 'personal', tenantId: TENANT, id: personalChat(user) },
    recipient: BOT,
    textFormat: 'plain',
    text,
    entities: [{ locale, country: locale.slice(3), platform: 'Windows', timezone: 'Europe/Amsterdam', type: 'clientInfo' }],
    channelData: { tenant: { id: TENANT } },
    locale,
  };
}

/** An @mention of the bot in a channel ("Retrieve mentions", JSON tab; the thread id carries ;messageid=). */
export function channelMention(serviceUrl: string, user: TeamsUser, text: string, locale = 'nl-NL') {
  const mention = `<at>${BOT.name}</at>`;
  const id = newId();
  return {
    type: 'message',
    id,
    text: `${mention} ${text}`,
    timestamp: stamp(),
    localTimestamp: stamp(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: `${TEAM_CHANNEL};messageid=${id}` },
    recipient: BOT,
    entities: [{ type: 'mention', mentioned: BOT, text: mention }, { type: 'clientInfo', locale, country: locale.slice(3), platform: 'Web' }],
    channelData: { teamsChannelId: TEAM_CHANNEL, teamsTeamId: TEAM_CHANNEL, channel: { id: TEAM_CHANNEL }, team: { id: TEAM_CHANNEL }, tenant: { id: TENANT } },
    locale,
  };
}

/** The bot added to a team ("Bot added to team" schema example). */
export function botAddedToTeam(serviceUrl: string, by: TeamsUser) {
  return {
    membersAdded: [{ id: BOT.id }],
    type: 'conversationUpdate',
    timestamp: stamp(),
    localTimestamp: stamp(),
    id: `f:${randomBytes(4).toString('hex')}`,
    channelId: 'msteams',
    serviceUrl,
    from: { id: by.id, aadObjectId: by.aadObjectId },
    conversation: { isGroup: true, conversationType: 'channel', id: TEAM_CHANNEL },
    recipient: BOT,
    channelData: { team: { id: TEAM_CHANNEL }, eventType: 'teamMemberAdded', tenant: { id: TENANT } },
  };
}

/** An Action.Execute click ("adaptiveCard/action invoke activity", request format). */
export function cardAction(serviceUrl: string, user: TeamsUser, command: string, options: { conversationId?: string; replyToId?: string; trigger?: 'manual' | 'automatic'; locale?: string } = {}) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: newId(),
    timestamp: stamp(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: options.conversationId ?? TEAM_CHANNEL },
    recipient: BOT,
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
    channelData: { channel: { id: TEAM_CHANNEL }, team: { id: TEAM_CHANNEL }, tenant: { id: TENANT }, source: { name: 'message' } },
    locale: options.locale ?? 'nl-NL',
    value: { action: { type: 'Action.Execute', id: '', verb: 'gremium', data: { command } }, trigger: options.trigger ?? 'manual' },
  };
}

/** A dialog request ("task/fetch" / "task/submit" invoke, value {data, context}). */
export function taskInvoke(serviceUrl: string, user: TeamsUser, name: 'task/fetch' | 'task/submit', data: Record<string, unknown>, locale = 'nl-NL') {
  return {
    type: 'invoke',
    name,
    id: newId(),
    timestamp: stamp(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: TEAM_CHANNEL },
    recipient: BOT,
    channelData: { channel: { id: TEAM_CHANNEL }, team: { id: TEAM_CHANNEL }, tenant: { id: TENANT } },
    locale,
    value: { data, context: { theme: 'default' } },
  };
}

/**
 * A typeahead search of a dialog's Input.ChoiceSet with Data.Query ("Typeahead search in Adaptive
 * Cards", invoke request): the `application/search` invoke with what was typed and the dataset.
 */
export function searchInvoke(serviceUrl: string, user: TeamsUser, dataset: string, queryText: string, locale = 'nl-NL') {
  return {
    type: 'invoke',
    name: 'application/search',
    id: newId(),
    timestamp: stamp(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: TEAM_CHANNEL },
    recipient: BOT,
    channelData: { channel: { id: TEAM_CHANNEL }, team: { id: TEAM_CHANNEL }, tenant: { id: TENANT }, source: { name: 'compose' } },
    locale,
    localTimezone: 'Europe/Amsterdam',
    value: { queryText, queryOptions: { skip: 0, top: 15 }, dataset },
  };
}
