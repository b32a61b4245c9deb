/**
 * Where each reply goes in Slack. Private replies and answers to commands, buttons and forms: only
 * the asker sees them (response_url or chat.postEphemeral). Answers to a mention: in its thread; to a
 * DM: in the DM. `to: {committeeId}`: the committee's channel; `to: {personId}`: a DM to that person.
 * A keyed card (a poll's): every message already showing that poll is updated in place
 * (chat.update), at most once a second per poll and always once after the last change
 * (../card-updates.ts), with the shared card as read at that moment (the committee's language,
 * nobody's own vote); a channel without one gets it posted once (claimed in the database) and stored.
 */
import type { webApi } from '@slack/bolt';
import { encodeCardKey, pollIdOf } from '../../conversation/card-keys.ts';
import { sharedCard } from '../../conversation/shared-cards.ts';
import type { CardKey, CardReply, Reply } from '../../conversation/reply.ts';
import type { CardUpdates } from '../card-updates.ts';
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import { claimOnce, releaseClaim } from '../../services/claim-once.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { findCommitteeChannel } from '../../services/channels/find-committee-channel.ts';
import { findPlatformAccount } from '../../services/identity/link-identity.ts';
import { findPollMessages, recordPollMessage } from '../../services/decisions/poll-messages.ts';
import type { SlackTurn } from './parse.ts';
import type { Respond } from './respond.ts';
import { escapeMrkdwn, renderReply, type SlackMessage } from './render.ts';

/** What delivery needs about the turn. */
export interface Delivery {
  readonly deps: ServiceDeps;
  readonly client: webApi.WebClient;
  readonly turn: SlackTurn;
  readonly lang: Language;
  /** Answers at the turn's response_url (respond.ts). */
  readonly respond?: Respond;
  /** Where edits of posted cards wait their turn (one per app). */
  readonly cards: CardUpdates;
}

/** Delivers the replies in order. */
export async function deliver(d: Delivery, replies: readonly Reply[]): Promise<void> {
  for (const reply of replies) await deliverOne(d, reply);
}

async function deliverOne(d: Delivery, reply: Reply): Promise<void> {
  const pollId = reply.kind === 'card' && !reply.private ? pollIdOf(reply.key) : null;
  // A poll's card is rendered only when it is posted: its edits are rendered when they are made.
  if (reply.kind === 'card' && reply.key && pollId) return deliverPollCard(d, reply, { key: reply.key, pollId });
  const message = renderReply(reply);
  if (reply.private) return toAsker(d, message);
  if (reply.to && 'committeeId' in reply.to) {
    const channel = await findCommitteeChannel(d.deps, { committeeId: reply.to.committeeId, platform: 'slack' });
    if (channel) {
      await post(d, channel, message);
      return;
    }
    return toAsker(d, withNote(message, t(d.lang, 'SLACK_NO_COMMITTEE_CHANNEL')));
  }
  if (reply.to && 'personId' in reply.to) {
    const account = await findPlatformAccount(d.deps, { personId: reply.to.personId, platform: 'slack' });
    if (account?.externalId) return directMessage(d, account.externalId, message);
    return toAsker(d, { text: escapeMrkdwn(t(d.lang, 'SLACK_PERSON_NOT_ON_SLACK', { person: account?.name ?? '' })), blocks: [] });
  }
  return inPlace(d, message);
}

/** The answer where the question was asked: a mention's thread, the DM, or privately to the asker. */
async function inPlace(d: Delivery, message: SlackMessage): Promise<void> {
  const { turn } = d;
  if ((turn.source === 'mention' || turn.source === 'dm') && turn.channel) {
    await post(d, turn.channel, message, turn.source === 'mention' ? turn.threadTs : undefined);
    return;
  }
  await toAsker(d, message);
}

/** Only the asker sees it. */
async function toAsker(d: Delivery, message: SlackMessage): Promise<void> {
  const { turn } = d;
  const blocks = message.blocks.length ? { blocks: message.blocks as never[] } : {};
  if (turn.responseUrl && d.respond) {
    await d.respond({ response_type: 'ephemeral', replace_original: false, text: message.text, ...blocks });
  } else if (turn.source === 'dm' && turn.channel) {
    await post(d, turn.channel, message);
  } else if (turn.channel) {
    await d.client.chat.postEphemeral({ channel: turn.channel, user: turn.userId, text: message.text, ...blocks, ...(turn.threadTs ? { thread_ts: turn.threadTs } : {}) });
  } else {
    await directMessage(d, turn.userId, message);
  }
}

async function post(d: Delivery, channel: string, message: SlackMessage, threadTs?: string): Promise<{ channel: string; ts: string } | null> {
  const blocks = message.blocks.length ? { blocks: message.blocks as never[] } : {};
  const res = await d.client.chat.postMessage({ channel, text: message.text, ...blocks, ...(threadTs ? { thread_ts: threadTs } : {}) });
  return res.ts ? { channel: res.channel ?? channel, ts: res.ts } : null;
}

async function directMessage(d: Delivery, userId: string, message: SlackMessage): Promise<void> {
  const opened = await d.client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (channel) await post(d, channel, message);
}

function withNote(message: SlackMessage, note: string): SlackMessage {
  return { text: `${escapeMrkdwn(note)}\n${message.text}`, blocks: [{ type: 'context', elements: [{ type: 'plain_text', text: note, emoji: false }] }, ...message.blocks] };
}

/**
 * A poll's live card: update every stored copy (services keep only those in the committee's bound
 * channel); post it once where it belongs and no copy is yet: the committee's channel for
 * `to: {committeeId}` (nowhere when it has none), else the channel it was asked in, which the
 * conversation only does from the committee's own channel (elsewhere the card comes private).
 */
async function deliverPollCard(d: Delivery, reply: CardReply, card: { key: CardKey; pollId: string }): Promise<void> {
  const { key, pollId } = card;
  const stored = await findPollMessages(d.deps, { pollId, platform: 'slack' });
  if (stored.length > 0) d.cards.request(encodeCardKey(key), () => editCopies(d, key, pollId));
  const target = reply.to && 'committeeId' in reply.to ? await findCommitteeChannel(d.deps, { committeeId: reply.to.committeeId, platform: 'slack' }) : d.turn.channel;
  if (!target || stored.some((s) => s.channel === target)) return;
  const claim = `post:${encodeCardKey(key)}:${target}`;
  if (!(await claimOnce(d.deps, { platform: 'slack', keys: [claim] }))) return;
  try {
    // Everyone's card, not the asker's own view of it.
    const shared = await sharedCard(d.deps, key);
    if (shared === null) return;
    const posted = await post(d, target, renderReply(shared?.card ?? reply));
    if (posted) await recordPollMessage(d.deps, { pollId, platform: 'slack', channel: posted.channel, messageId: posted.ts });
  } catch (error) {
    await releaseClaim(d.deps, { platform: 'slack', key: claim });
    throw error;
  }
}

/**
 * The edit of every posted copy of a poll's card to the shared card read now (the committee's
 * language, nobody's own vote: ../../conversation/shared-cards.ts): the votes that asked for the edit
 * are written by then, and copies posted since are included. The copies are edited side by side, so
 * each is edited once per edit, at the same moment.
 */
async function editCopies(d: Delivery, key: CardKey, pollId: string): Promise<(() => Promise<void>) | null> {
  const [fresh, copies] = await Promise.all([sharedCard(d.deps, key), findPollMessages(d.deps, { pollId, platform: 'slack' })]);
  if (!fresh || copies.length === 0) return null;
  const message = renderReply(fresh.card);
  return async () => {
    await Promise.all(copies.map((copy) => d.client.chat.update({ channel: copy.channel, ts: copy.messageId, text: message.text, blocks: message.blocks as never[] })));
  };
}
