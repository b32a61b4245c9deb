/**
 * Slack requests as Slack sends them: payloads shaped like the examples in Slack's API documentation
 * (slash command form fields, block_actions, view_submission, Events API callbacks for app_mention,
 * message.im and app_home_opened), signed with HMAC-SHA256 over `v0:timestamp:body` with the signing
 * secret, and posted to the app's /slack/events.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** The test app's signing secret. */
export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
/** The bot's ids in the fake workspace. */
export const BOT = { botId: 'B0BOT00001', botUserId: 'U0BOT00001', token: 'xoxb-test-token' };
const TEAM = { id: 'T0001', domain: 'gremium-test' };

const id = (prefix: string) => `${prefix}${randomBytes(5).toString('hex').toUpperCase()}`;
const triggerId = () => `${Date.now()}.${randomBytes(4).toString('hex')}.${randomBytes(16).toString('hex')}`;

/** A signed request: the body as sent and its headers. */
export interface SignedRequest {
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** Signs `body` as Slack does; `skewSeconds` moves the timestamp (negative: the past). */
export function sign(body: string, contentType: string, options: { skewSeconds?: number; secret?: string; extra?: Record<string, string> } = {}): SignedRequest {
  const timestamp = Math.floor(Date.now() / 1000) + (options.skewSeconds ?? 0);
  const signature = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { body, headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature, ...options.extra } };
}

/** A slash command, as the form fields of Slack's documentation. */
export function slashCommand(input: { user: string; text: string; channel?: string; responseUrl: string }): string {
  return new URLSearchParams({
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    enterprise_id: 'E0001',
    enterprise_name: 'Regio',
    channel_id: input.channel ?? 'C2147483705',
    channel_name: 'sbo',
    user_id: input.user,
    user_name: input.user.toLowerCase(),
    command: '/gremium',
    text: input.text,
    api_app_id: 'A123456',
    is_enterprise_install: 'false',
    response_url: input.responseUrl,
    trigger_id: triggerId(),
  }).toString();
}

/** An interactive payload (form field `payload`, JSON). */
export const interactive = (payload: Record<string, unknown>) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

/** A click on a button of a message the bot posted. */
export function blockAction(input: { user: string; channel: string; messageTs: string; actionId: string; value: string; responseUrl: string }): string {
  return interactive({
    type: 'block_actions',
    user: { id: input.user, username: input.user.toLowerCase(), name: input.user.toLowerCase(), team_id: TEAM.id },
    api_app_id: 'A123456',
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    container: { type: 'message', message_ts: input.messageTs, channel_id: input.channel, is_ephemeral: false },
    trigger_id: triggerId(),
    team: TEAM,
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: input.channel, name: 'sbo' },
    message: { type: 'message', user: BOT.botUserId, ts: input.messageTs, text: 'poll' },
    response_url: input.responseUrl,
    actions: [{ action_id: input.actionId, block_id: 'b1', text: { type: 'plain_text', text: 'voor', emoji: true }, value: input.value, type: 'button', action_ts: `${Date.now() / 1000}` }],
  });
}

/** A picker's state in a submitted modal (Slack's view.state.values), under its action_id. */
export interface PickedState {
  readonly action_id: string;
  readonly type: string;
  readonly [key: string]: unknown;
}

/** What Slack's pickers put in view.state: a date, a time, a static or external select's option. */
export const picked = {
  date: (day: string): PickedState => ({ action_id: 'value', type: 'datepicker', selected_date: day }),
  time: (time: string): PickedState => ({ action_id: 'value', type: 'timepicker', selected_time: time }),
  option: (value: string, text = value): PickedState => ({ action_id: 'value', type: 'static_select', selected_option: { text: { type: 'plain_text', text, emoji: true }, value } }),
  searched: (dataset: string, value: string, text: string): PickedState => ({ action_id: `gremium.pick:${dataset}`, type: 'external_select', selected_option: { text: { type: 'plain_text', text, emoji: true }, value } }),
};

/**
 * A modal submitted: `values` by block id; a string is typed text (plain_text_input, action_id
 * "value"), a {@link PickedState} what a picker holds.
 */
export function viewSubmission(input: { user: string; callbackId: string; values: Record<string, string | PickedState>; privateMetadata?: string }): string {
  const values = Object.fromEntries(Object.entries(input.values).map(([block, value]) => {
    if (typeof value === 'string') return [block, { value: { type: 'plain_text_input', value } }];
    const { action_id: actionId, ...state } = value;
    return [block, { [actionId]: state }];
  }));
  return interactive({
    type: 'view_submission',
    team: TEAM,
    user: { id: input.user, username: input.user.toLowerCase(), name: input.user.toLowerCase(), team_id: TEAM.id },
    api_app_id: 'A123456',
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    trigger_id: triggerId(),
    view: {
      id: id('V'), team_id: TEAM.id, type: 'modal', blocks: [], private_metadata: input.privateMetadata ?? '{"channel":"C2147483705"}',
      callback_id: input.callbackId, state: { values }, hash: '156772938.1827394', title: { type: 'plain_text', text: 'Gremium' },
      clear_on_close: false, notify_on_close: false, close: null, submit: null, previous_view_id: null, root_view_id: id('V'),
      app_id: 'A123456', external_id: '', app_installed_team_id: TEAM.id, bot_id: BOT.botId,
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  });
}

/**
 * A select menu of a modal asking for its options as the user types (block_suggestion, Slack's
 * "block_suggestion payloads" reference): `value` is what was typed so far.
 */
export function blockSuggestion(input: { user: string; callbackId: string; blockId: string; actionId: string; value: string }): string {
  return interactive({
    type: 'block_suggestion',
    user: { id: input.user, username: input.user.toLowerCase(), name: input.user.toLowerCase(), team_id: TEAM.id },
    container: { type: 'view', view_id: 'V0PICK' },
    api_app_id: 'A123456',
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    action_id: input.actionId,
    block_id: input.blockId,
    value: input.value,
    team: TEAM,
    enterprise: null,
    is_enterprise_install: false,
    view: {
      id: 'V0PICK', team_id: TEAM.id, type: 'modal', blocks: [], private_metadata: '{"channel":"C2147483705"}', callback_id: input.callbackId,
      state: { values: {} }, hash: '156772938.1827394', title: { type: 'plain_text', text: 'Gremium' }, app_id: 'A123456', bot_id: BOT.botId,
    },
  });
}

/** An Events API callback around `event`. */
export function eventCallback(event: Record<string, unknown>, eventId = id('Ev')): string {
  return JSON.stringify({
    token: 'XXYYZZ',
    team_id: TEAM.id,
    api_app_id: 'A123456',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: TEAM.id, user_id: BOT.botUserId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

const ts = () => `${(Date.now() / 1000).toFixed(6)}`;

/** "@Gremium <text>" in a channel (app_mention). */
export const mention = (user: string, text: string, channel = 'C2147483705') =>
  eventCallback({ type: 'app_mention', user, text: `<@${BOT.botUserId}> ${text}`, ts: ts(), channel, event_ts: ts() });

/** A direct message to the bot (message.im). */
export const directMessage = (user: string, text: string) =>
  eventCallback({ type: 'message', channel: `D${user}`, user, text, ts: ts(), event_ts: ts(), channel_type: 'im' });

/** The user opened the app's Home tab (app_home_opened). */
export const homeOpened = (user: string) => eventCallback({ type: 'app_home_opened', user, channel: `D${user}`, event_ts: ts(), tab: 'home' });
