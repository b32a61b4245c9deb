/**
 * Slack payloads to turns for handle(): a slash command, a mention in a channel, a direct message,
 * or a click on a button (whose value is the button's `/gremium ...` command line). Decides nothing.
 */
import type { Incoming, Sender } from '../../conversation/handle.ts';
import { COMMAND_ACTION } from './render.ts';

/** Where a turn came from, which decides where its replies go. */
export type TurnSource = 'command' | 'mention' | 'dm' | 'action' | 'view';

/** One Slack message or click, platform-neutral enough for handle(). */
export interface SlackTurn {
  readonly source: TurnSource;
  readonly userId: string;
  readonly text: string;
  readonly isCommand: boolean;
  /** The conversation it was typed in (null: a modal opened outside a channel). */
  readonly channel: string | null;
  /** True when that conversation is the user's DM with the app. */
  readonly direct?: boolean;
  /** Mentions are answered in a thread under the mention. */
  readonly threadTs?: string;
  /** Slash commands and message buttons carry a response_url for ephemeral answers. */
  readonly responseUrl?: string;
  /** Files that came with a message (it may have no text at all). */
  readonly attachments?: number;
}

/** A DM with the app: Slack names it "directmessage" and gives DM ids a leading D. */
function isDirect(channelId: string | undefined, channelName: string | undefined): boolean {
  return channelName === 'directmessage' || (channelId ?? '').startsWith('D');
}

/** Undoes Slack's escaping of &, < and > in message text. */
export function unescapeSlack(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * What a person typed, as the conversation reads it: unescaped, and each user mention as the bare
 * `<@U123>` it reads as the person linked to that account (src/conversation/mentions.ts). The
 * `|name` Slack adds in slash commands is the user name, not a person's name: it is dropped.
 */
function typedText(value: string): string {
  return unescapeSlack(value.replace(/<@([UW][A-Z0-9]+)\|[^>]*>/g, '<@$1>'));
}

/** The form fields of a slash command request that we read. */
export interface SlashCommandBody {
  readonly user_id: string;
  readonly channel_id: string;
  /** "directmessage" in a DM with the app. */
  readonly channel_name?: string;
  readonly text: string;
  readonly response_url: string;
}

/** `/gremium <text>`: a command (or a question typed after the command). */
export function fromSlashCommand(body: SlashCommandBody): SlackTurn {
  return {
    source: 'command',
    userId: body.user_id,
    text: `/gremium ${typedText(body.text ?? '')}`.trim(),
    isCommand: true,
    channel: body.channel_id || null,
    direct: isDirect(body.channel_id, body.channel_name),
    responseUrl: body.response_url,
  };
}

/** The fields of an app_mention or message event that we read. */
export interface MessageEventBody {
  readonly user?: string;
  readonly text?: string;
  readonly channel: string;
  readonly ts: string;
  readonly thread_ts?: string;
  readonly channel_type?: string;
  readonly subtype?: string;
  readonly bot_id?: string;
  readonly files?: readonly unknown[];
}

/** "@Gremium wie vertegenwoordigt ...": the text without the bot's mention, answered in the thread. */
export function fromMention(event: MessageEventBody, botUserId: string | undefined): SlackTurn | null {
  if (!event.user || event.bot_id) return null;
  const text = withoutBot(typedText(event.text ?? ''), botUserId, /^\s*<@[A-Z0-9]+>/);
  return { source: 'mention', userId: event.user, text, isCommand: false, channel: event.channel, threadTs: event.thread_ts ?? event.ts, ...filesOf(event) };
}

/** The files of a message, when it has any. */
const filesOf = (event: MessageEventBody) => (event.files?.length ? { attachments: event.files.length } : {});

/**
 * A message in the bot's DM (a shared file too); none for the bot's own messages, edits and other
 * subtypes. "@Gremium" typed in the DM is no person to look up: it goes, like a channel mention's.
 */
export function fromDirectMessage(event: MessageEventBody, botUserId?: string): SlackTurn | null {
  if (event.channel_type !== 'im' || !event.user || event.bot_id || (event.subtype && event.subtype !== 'file_share')) return null;
  return { source: 'dm', userId: event.user, text: withoutBot(typedText(event.text ?? ''), botUserId, null), isCommand: false, channel: event.channel, direct: true, ...filesOf(event) };
}

/** The text without the bot's mentions; without a known bot id, without what `unknown` matches. */
function withoutBot(text: string, botUserId: string | undefined, unknown: RegExp | null): string {
  const bot = botUserId ? new RegExp(`<@${botUserId}>`, 'g') : unknown;
  return (bot ? text.replace(bot, '') : text).trim();
}

/** The fields of a block_actions payload that we read. */
export interface BlockActionsBody {
  readonly user: { readonly id: string };
  readonly channel?: { readonly id: string; readonly name?: string };
  readonly container?: { readonly channel_id?: string };
  readonly response_url?: string;
  readonly actions: readonly { readonly action_id: string; readonly value?: string }[];
}

/** A click on a command button: its value is the command line, run as the clicker. */
export function fromButton(body: BlockActionsBody): SlackTurn | null {
  const value = body.actions[0]?.value;
  if (!value || !/^\s*\/gremium\b/i.test(value)) return null;
  return {
    source: 'action',
    userId: body.user.id,
    text: value,
    isCommand: true,
    channel: body.channel?.id ?? body.container?.channel_id ?? null,
    direct: isDirect(body.channel?.id ?? body.container?.channel_id, body.channel?.name),
    ...(body.response_url ? { responseUrl: body.response_url } : {}),
  };
}

/** The app's one slash command (manifests/slack/manifest.yml). */
export const SLASH_COMMAND = '/gremium';

/** A slash command without text: it opens the form chooser instead of starting a turn. */
export function isEmptyCommand(text: string): boolean {
  return text.trim() === '';
}

/** A command button's action id (render.ts prefixes each with COMMAND_ACTION). */
export function isCommandAction(actionId: unknown): boolean {
  return typeof actionId === 'string' && actionId.startsWith(`${COMMAND_ACTION}:`);
}

/**
 * The turn of a payload that starts one with a sender: a slash command with text, or a click on a
 * command button (what fromSlashCommand and fromButton take); null for anything else (an empty
 * command opens the form chooser, forms and events have listeners of their own).
 */
export function commandOrButtonTurn(body: Record<string, unknown>): SlackTurn | null {
  if (typeof body.command === 'string') {
    const typed = body.command === SLASH_COMMAND && typeof body.user_id === 'string' && typeof body.text === 'string' && !isEmptyCommand(body.text);
    return typed ? fromSlashCommand(body as unknown as SlashCommandBody) : null;
  }
  const user = body.user as { id?: unknown } | undefined;
  if (body.type !== 'block_actions' || typeof user?.id !== 'string' || !Array.isArray(body.actions)) return null;
  if (!isCommandAction((body.actions[0] as { action_id?: unknown } | undefined)?.action_id)) return null;
  return fromButton(body as unknown as BlockActionsBody);
}

/** The Incoming for handle(). */
export function toIncoming(turn: SlackTurn, sender: Sender, locale: string | null): Incoming {
  return { sender, text: turn.text, isCommand: turn.isCommand, ...(turn.attachments ? { attachments: turn.attachments } : {}), locale, origin: { platform: 'slack', channel: turn.channel, account: turn.userId, direct: turn.direct ?? false } };
}
