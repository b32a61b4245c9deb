/**
 * Parse: a Teams activity becomes an {@link Incoming} for handle(). Decides nothing: it strips the
 * bot's @mention, reads the command a card button carries, and says who and where; a menu command
 * typed without `/gremium` is recognised by the conversation's grammar (asCommandLine).
 */
import type { Activity } from 'botbuilder';
import type { Incoming } from '../../conversation/handle.ts';
import { asCommandLine } from '../../conversation/commands.ts';

/** The platform name used in PlatformIdentity, ConversationRef and CommitteeChannel rows. */
export const TEAMS = 'teams';

/** The Action.Execute verb every Gremium button carries; its data holds the command line. */
export const EXECUTE_VERB = 'gremium';

const ENTITIES: Readonly<Record<string, string>> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The external id Gremium links a Teams user by: the Entra object id, stable across chats; else the MRI. */
export function externalIdOf(activity: Partial<Activity>): string | null {
  const from = activity.from;
  if (!from) return null;
  return from.aadObjectId || from.id || null;
}

/** A mention entity as Teams sends it: the `<at>..</at>` markup in the text, and whom it points to. */
interface MentionEntity {
  readonly type: string;
  readonly text?: string;
  readonly mentioned?: { readonly id?: string; readonly name?: string; readonly aadObjectId?: string };
}

/**
 * The text without the bot's @mention (Teams puts `<at>Gremium</at>` in channel messages) and markup.
 * A mention of anyone else becomes the neutral token `<@teams:<id>|Display name>` that the conversation
 * reads as the person linked to that account (src/conversation/mentions.ts); the id is the one Gremium
 * links Teams users by ({@link externalIdOf}): the Entra object id when Teams gives it, else the MRI.
 */
export function stripMention(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  for (const entity of (activity.entities ?? []) as MentionEntity[]) {
    if (entity.type !== 'mention' || !entity.text) continue;
    const mentioned = entity.mentioned;
    const isBot = !botId || mentioned?.id === botId;
    const account = mentioned?.aadObjectId || mentioned?.id;
    if (isBot || !account) {
      text = text.split(entity.text).join(' ');
      continue;
    }
    // Entities come in the order of the text: each takes the first markup left, so two people both shown as "Jan" stay two.
    const token = mentionToken(account, mentioned?.name || innerText(entity.text));
    text = text.replace(entity.text, () => token);
  }
  text = text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/<(?!@)[^>]+>/g, ' ');
  text = text.replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
  return joinSplitMentions(text).replace(/\s+/g, ' ').trim();
}

/** `<@teams:<id>|name>`: a name cannot close the token or start another. */
const mentionToken = (account: string, name: string) => `<@${TEAMS}:${account}|${name.replace(/[<>|]/g, ' ').trim()}>`;

/** The words inside `<at>..</at>`. */
const innerText = (markup: string) => markup.replace(/<[^>]+>/g, ' ').trim();

/** Teams may mention one person as `<at>Karin</at> <at>Smit</at>`, two entities with one id: one token with the whole name. */
function joinSplitMentions(text: string): string {
  const adjacent = /<@teams:([^|>\s]+)\|([^<>]*)>\s*<@teams:\1\|([^<>]*)>/;
  let joined = text;
  for (let match = adjacent.exec(joined); match; match = adjacent.exec(joined)) {
    const whole = `<@teams:${match[1]}|${match[2]} ${match[3]}>`;
    joined = joined.replace(match[0], () => whole);
  }
  return joined;
}

/** The data of an Action.Execute or Action.Submit button. */
const actionData = (value: unknown) => {
  const action = (value as { action?: { verb?: unknown; data?: unknown } } | null)?.action;
  return (action?.data ?? (value as { data?: unknown } | null)?.data) as { command?: unknown; refresh?: unknown } | undefined;
};

/** The command line an Action.Execute or Action.Submit button carries (data.command), or null. */
export function commandOfInvoke(value: unknown): string | null {
  const command = actionData(value)?.command;
  return typeof command === 'string' && /^\/gremium\b/i.test(command.trim()) ? command.trim() : null;
}

/**
 * True when Teams asks for a card's live state (its refresh action: `trigger: automatic`, or our
 * refresh data) rather than a person clicking a button: showing changes nothing to share.
 */
export function isRefreshInvoke(value: unknown): boolean {
  return (value as { trigger?: unknown } | null)?.trigger === 'automatic' || actionData(value)?.refresh === true;
}

/** Where the activity happened: the Teams conversation (a channel thread, group chat or personal chat). */
export function conversationOf(activity: Partial<Activity>): { id: string; personal: boolean } | null {
  const id = activity.conversation?.id;
  if (!id) return null;
  // A reply thread id carries ";messageid=..."; the channel itself is what reminders go to.
  return { id: id.split(';')[0]!, personal: activity.conversation?.conversationType === 'personal' };
}

/**
 * The message or button click as handle() takes it; null when there is no sender. A message without
 * text (a bare @mention, only a file) still goes: handle() answers it with the short help.
 */
export function toIncoming(activity: Partial<Activity>, text: string): Incoming | null {
  const externalId = externalIdOf(activity);
  const conversation = conversationOf(activity);
  if (!externalId || (text === '' && activity.type !== 'message')) return null;
  // Teams adds a text/html copy of the message itself as an attachment; only others are files.
  const attachments = (activity.attachments ?? []).filter((a) => a.contentType !== 'text/html').length;
  return {
    sender: { platform: TEAMS, externalId },
    text: asCommandLine(text),
    ...(attachments > 0 ? { attachments } : {}),
    locale: activity.locale ?? null,
    origin: { platform: TEAMS, channel: conversation?.id ?? null, account: externalId, direct: conversation?.personal ?? false },
  };
}

/** The key a re-sent activity is recognised by (Teams re-sends after 15 s without an answer); claimOnce (src/services/claim-once.ts) adds the platform. */
export function dedupeKey(activity: Partial<Activity>): string | null {
  if (!activity.id) return null;
  return `${activity.conversation?.id ?? ''}:${activity.id}`;
}
