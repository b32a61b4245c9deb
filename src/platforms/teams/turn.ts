/**
 * What every Teams turn does besides handle(): answer invokes, remember the conversation, link an
 * unknown user by the roster's e-mail, pick the language, and send replies where they belong.
 */
import { ActivityTypes, TeamsInfo, TurnContext, type Activity } from 'botbuilder';
import type { HandleDeps, Incoming } from '../../conversation/handle.ts';
import type { Catalog } from '../../services/registry/registry-catalog.ts';
import { text, type Reply } from '../../conversation/reply.ts';
import { t } from '../../i18n/index.ts';
import { parseLanguage, type Language } from '../../i18n/catalog.ts';
import { rememberConversation } from '../../services/channels/conversation-refs.ts';
import { linkByEmail } from '../../services/identity/link-by-email.ts';
import { findLinkedPerson, type LinkedPerson } from '../../services/identity/link-identity.ts';
import { deliverPrivately, deliverToAudience, hasCopyIn, NoConversationError, rememberPosted, updateSharedCopies, type DeliveryDeps } from './delivery.ts';
import type { CardUpdates } from '../card-updates.ts';
import { conversationOf, externalIdOf, TEAMS } from './parse.ts';
import { renderMessage } from './render.ts';
import { sharedCard } from '../../conversation/shared-cards.ts';

/** What the bot needs: the services (with an error logger), the adapter and the app id. */
export interface TeamsBotDeps extends DeliveryDeps {
  readonly deps: HandleDeps;
  /** MICROSOFT_APP_TENANT_ID: the one tenant whose activities count and whose roster e-mails link accounts; '' for none. */
  readonly tenantId: string;
  readonly logError: (message: string, error: unknown) => void;
  /** Where edits of posted cards wait their turn (one per bot). */
  readonly cards: CardUpdates;
}

/** Turn state: the person linked to the sender, read together with the turn's claim (bot.ts). */
export const LINKED_PERSON = Symbol('gremium.linkedPerson');
/** Turn state: the registry catalog, read together with the turn's claim (bot.ts). */
export const CATALOG = Symbol('gremium.catalog');

/** The turn's text as handle() takes it: with the person and the catalog already read for this turn. */
export function turnIncoming(context: TurnContext, incoming: Incoming, person: LinkedPerson | null | undefined): Incoming {
  const catalog = context.turnState.get(CATALOG) as Catalog | undefined;
  return { ...incoming, ...(person === undefined ? {} : { person }), ...(catalog ? { catalog } : {}) };
}

/** The language of the turn before handle() knows the person: the activity's locale, else Dutch. */
export const localeLanguage = (activity: Partial<Activity>): Language => parseLanguage(activity.locale) ?? 'nl';

/** Answers an invoke (the HTTP response body Teams waits for). */
export async function invokeResponse(context: TurnContext, body: unknown, status = 200): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
}

/** Stores the conversation reference and who spoke, for proactive posts and card refreshes. */
export async function remember(bot: TeamsBotDeps, context: TurnContext): Promise<void> {
  const activity = context.activity;
  const conversation = conversationOf(activity);
  if (!conversation) return;
  const reference = TurnContext.getConversationReference(activity) as Record<string, unknown>;
  // Reminders go to the channel, not into the reply thread the mention came from.
  const channelReference = { ...reference, conversation: { ...(reference.conversation as object), id: conversation.id }, activityId: undefined };
  const fromId = activity.from?.id && activity.from.id !== activity.recipient?.id ? activity.from.id : null;
  await rememberConversation(bot.deps, {
    platform: TEAMS,
    conversationId: conversation.id,
    reference: JSON.parse(JSON.stringify(channelReference)) as Record<string, unknown>,
    userId: fromId,
    personalOf: conversation.personal && fromId ? externalIdOf(activity) : null,
  });
}

/**
 * The person behind the activity: already linked, or linked now by the identity service with the
 * e-mail address from the team roster (TeamsInfo.getMember); null when neither; undefined when
 * there was nobody to look up. handle() takes it as the turn's sender instead of reading it again.
 *
 * The roster's address links an account only with a configured tenant (bot.ts has refused every
 * other tenant's activity by then): without one, any tenant could give its users any address. And
 * only when the roster's member is the very Entra object the account is keyed on.
 */
export async function linkByRoster(bot: TeamsBotDeps, context: TurnContext): Promise<LinkedPerson | null | undefined> {
  const externalId = externalIdOf(context.activity);
  const userId = context.activity.from?.id;
  if (!externalId || !userId) return undefined;
  const linked = context.turnState.has(LINKED_PERSON) ? (context.turnState.get(LINKED_PERSON) as LinkedPerson | null) : undefined;
  const objectId = context.activity.from?.aadObjectId;
  const lookupEmail = bot.tenantId && objectId ? () => rosterEmail(bot, context, userId, objectId) : async () => null;
  return linkByEmail(bot.deps, { platform: TEAMS, externalId, linked, lookupEmail });
}

/** The e-mail address the roster gives for the member, or null (unknown, or another object than the sender's). */
async function rosterEmail(bot: TeamsBotDeps, context: TurnContext, userId: string, objectId: string): Promise<string | null> {
  try {
    const member = await TeamsInfo.getMember(context, userId);
    if (member.aadObjectId?.toLowerCase() !== objectId.toLowerCase()) return null;
    return member.email || member.userPrincipalName || null;
  } catch (error) {
    // No roster access (a chat without the roster, the connector down): the person gets NOT_LINKED.
    bot.logError('teams roster lookup failed', error);
    return null;
  }
}

/**
 * Sends replies: to their audience when addressed; a private one asked for in a channel or group chat
 * to the asker's personal chat (Teams has no message only one member of a channel sees); the rest
 * into this conversation.
 */
export async function sendReplies(bot: TeamsBotDeps, context: TurnContext, replies: readonly Reply[], lang: Language, userIds: readonly string[]): Promise<void> {
  const conversation = conversationOf(context.activity);
  let noted = false;
  for (const reply of replies) {
    if (reply.to) {
      try {
        await deliverToAudience(bot, reply, lang, (e) => bot.logError('teams card update failed', e));
      } catch (error) {
        // A committee without a channel here: the asker was told so (and how to choose one) by the
        // reply itself; nothing went wrong.
        if (!(error instanceof NoConversationError && 'committeeId' in reply.to)) bot.logError('teams proactive delivery failed', error);
      }
      continue;
    }
    if (reply.private && conversation && !conversation.personal) {
      const went = await deliverPrivately(bot, reply, lang, { externalId: externalIdOf(context.activity), userIds }).catch((error: unknown) => {
        bot.logError('teams private delivery failed', error);
        return 'none' as const;
      });
      if (went === 'none' && !noted) {
        noted = true;
        await context.sendActivity(renderMessage(text(t(lang, 'TEAMS_PRIVATE_ELSEWHERE')), { lang, refreshUserIds: [] }));
      }
      continue;
    }
    const onError = (e: unknown) => bot.logError('teams card update failed', e);
    // One live card per poll per conversation: where one is, it is brought up to date instead.
    if (reply.kind === 'card' && reply.key && conversation && (await hasCopyIn(bot, reply, conversation.id))) {
      await updateSharedCopies(bot, reply.key, onError);
      continue;
    }
    // A keyed card posted for all to see is everyone's card, not the asker's own view of it.
    const shared = reply.kind === 'card' && reply.key && !reply.private ? await sharedCard(bot.deps, reply.key) : undefined;
    const sent = await context.sendActivity(shared ? renderMessage(shared.card, { lang: shared.lang, refreshUserIds: userIds }) : renderMessage(reply, { lang, refreshUserIds: userIds }));
    if (conversation) await rememberPosted(bot, reply, conversation.id, sent?.id);
  }
}

/**
 * The language a reply is rendered in: the person's stored preference, else the locale. Pass the
 * person when the turn already read it (linkByRoster), to spare a second read.
 */
export async function replyLanguage(bot: TeamsBotDeps, activity: Partial<Activity>, person?: LinkedPerson | null): Promise<Language> {
  const externalId = externalIdOf(activity);
  const known = person !== undefined ? person : externalId ? await findLinkedPerson(bot.deps, { platform: TEAMS, externalId }) : null;
  return parseLanguage(known?.language) ?? localeLanguage(activity);
}
