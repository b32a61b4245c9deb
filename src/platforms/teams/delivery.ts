/**
 * Posting outside the turn that asked: proactive messages to a committee's channel or a person's
 * personal chat (continueConversationAsync on a stored reference), private replies moved out of a
 * channel into the asker's personal chat, and replacing every posted copy of a keyed card (a poll's)
 * so all members see the live tally (at most once a second per card: ../card-updates.ts).
 */
import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import { encodeCardKey, pollIdOf } from '../../conversation/card-keys.ts';
import type { CardKey, Reply } from '../../conversation/reply.ts';
import { sharedCard } from '../../conversation/shared-cards.ts';
import type { CardUpdates } from '../card-updates.ts';
import type { Language } from '../../i18n/catalog.ts';
import { findAccountConversation, findCommitteeConversation, findConversation, findPersonalConversation, type StoredConversation } from '../../services/channels/conversation-refs.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { findPollMessages, recordPollMessage } from '../../services/decisions/poll-messages.ts';
import { TEAMS } from './parse.ts';
import { renderCard, renderMessage, type AdaptiveCard } from './render.ts';

/** What delivery needs: the adapter, our app id (the audience of proactive turns) and the services. */
export interface DeliveryDeps {
  readonly adapter: CloudAdapter;
  readonly appId: string;
  readonly deps: ServiceDeps;
  /** Where edits of posted cards wait their turn (the bot's); without it (the scheduler's poster) a card is edited at once. */
  readonly cards?: CardUpdates;
}

/** Thrown when there is no stored conversation to post to (the app was never installed there). */
export class NoConversationError extends Error {
  /** TEAMS_NO_CONVERSATION: the bot never saw this channel or person. */
  readonly code = 'TEAMS_NO_CONVERSATION';
}

/** The poll a keyed card shows, or null. */
const pollOf = (reply: Reply): string | null => (reply.kind === 'card' && !reply.private ? pollIdOf(reply.key) : null);

/** Posts one activity into a stored conversation; resolves to the new message id. */
export async function postTo(d: DeliveryDeps, stored: StoredConversation, activity: Partial<Activity>): Promise<string | undefined> {
  let id: string | undefined;
  await d.adapter.continueConversationAsync(d.appId, stored.reference as Partial<ConversationReference>, async (context) => {
    id = (await context.sendActivity(activity))?.id;
  });
  return id;
}

/**
 * Remembers where a keyed card was posted, so later tallies replace it. A private copy is one
 * person's snapshot, never kept up to date (and services keep only copies in the committee's channel).
 */
export async function rememberPosted(d: DeliveryDeps, reply: Reply, conversationId: string, messageId: string | undefined): Promise<void> {
  const pollId = pollOf(reply);
  if (pollId && messageId && !reply.private) await recordPollMessage(d.deps, { pollId, platform: TEAMS, channel: conversationId, messageId });
}

/**
 * A private reply asked for in a channel or group chat, where everyone would read it: it goes to the
 * asker's personal chat with the bot instead, and when there is none (the person never opened one)
 * the channel gets only a note saying where to ask.
 */
export async function deliverPrivately(d: DeliveryDeps, reply: Reply, lang: Language, asker: { externalId: string | null; userIds: readonly string[] }): Promise<'personal' | 'none'> {
  const stored = asker.externalId ? await findAccountConversation(d.deps, { platform: TEAMS, externalId: asker.externalId }) : null;
  if (!stored) return 'none';
  await postTo(d, stored, renderMessage(reply, { lang, refreshUserIds: asker.userIds }));
  return 'personal';
}

/** Where a reply addressed to a committee or a person goes on Teams, or null when unknown. */
export async function audienceConversation(d: DeliveryDeps, reply: Reply): Promise<{ id: string; stored: StoredConversation } | null> {
  if (!reply.to) return null;
  const stored =
    'committeeId' in reply.to
      ? await findCommitteeConversation(d.deps, { platform: TEAMS, committeeId: reply.to.committeeId })
      : await findPersonalConversation(d.deps, { platform: TEAMS, personId: reply.to.personId });
  const id = (stored?.reference as { conversation?: { id?: string } } | undefined)?.conversation?.id;
  return stored && id ? { id, stored } : null;
}

/**
 * Posts a reply to its audience (Reply.to); throws NoConversationError when it has nowhere to go. A
 * poll's card for the committee's channel replaces the copies there; it is posted only where none is.
 */
export async function deliverToAudience(d: DeliveryDeps, reply: Reply, lang: Language, onError: (error: unknown) => void = () => undefined): Promise<void> {
  const target = await audienceConversation(d, reply);
  if (!target) throw new NoConversationError(`no Teams conversation for ${JSON.stringify(reply.to)}`);
  if (reply.kind === 'card' && reply.key && reply.to && 'committeeId' in reply.to && (await hasCopyIn(d, reply, target.id))) {
    await updateSharedCopies(d, reply.key, onError);
    return;
  }
  const messageId = await postTo(d, target.stored, renderMessage(reply, { lang, refreshUserIds: target.stored.userIds }));
  await rememberPosted(d, reply, target.id, messageId);
}

/** True when a copy of this keyed card is already posted in the conversation (only a poll's are kept). */
export async function hasCopyIn(d: DeliveryDeps, reply: Reply, conversationId: string): Promise<boolean> {
  const pollId = pollOf(reply);
  if (!pollId) return false;
  return (await findPollMessages(d.deps, { pollId, platform: TEAMS })).some((c) => c.channel === conversationId);
}

/**
 * Brings every posted copy of a keyed card up to date with the shared card: through the bot's
 * coalescer when there is one (at most once a second per card, always once after the last change,
 * read afresh then), else at once (the scheduler's poster).
 */
export async function updateSharedCopies(d: DeliveryDeps, key: CardKey, onError: (error: unknown) => void): Promise<void> {
  const read = () => editSharedCopies(d, key, onError);
  if (d.cards) return d.cards.request(encodeCardKey(key), read);
  const edit = await read();
  await edit?.();
}

/**
 * The edit of every posted copy of a keyed card to the shared card as it reads now (the committee's
 * language, nobody's own vote: ../../conversation/shared-cards.ts), or null when there is nothing to
 * edit. The clicked message is edited too: the clicker's client showed them their own view, but the
 * message everyone sees must end with the final tally; each reader who spoke in the conversation gets
 * their own view through the card's refresh. The copies are edited side by side; a failed one is
 * reported, not thrown.
 */
export async function editSharedCopies(d: DeliveryDeps, key: CardKey, onError: (error: unknown) => void): Promise<(() => Promise<void>) | null> {
  const pollId = pollIdOf(key);
  if (!pollId) return null;
  const [shared, copies] = await Promise.all([sharedCard(d.deps, key), findPollMessages(d.deps, { pollId, platform: TEAMS })]);
  if (!shared) return null;
  const known = await Promise.all(copies.map(async (copy) => ({ copy, stored: await findConversation(d.deps, { platform: TEAMS, conversationId: copy.channel }) })));
  const targets = known.filter((k): k is { copy: typeof k.copy; stored: StoredConversation } => k.stored !== null);
  if (targets.length === 0) return null;
  return async () => {
    await Promise.all(targets.map(async ({ copy, stored }) => {
      const card: AdaptiveCard = renderCard(shared.card, { lang: shared.lang, refreshUserIds: stored.userIds });
      try {
        await d.adapter.continueConversationAsync(d.appId, stored.reference as Partial<ConversationReference>, async (context) => {
          await context.updateActivity({ id: copy.messageId, type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] });
        });
      } catch (error) {
        onError(error);
      }
    }));
  };
}
