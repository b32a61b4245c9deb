/**
 * Card keys (reply.ts CardKey): the one place that makes them, and writes and reads them as text.
 * Platforms never take a key apart; where one must be text (a claim in the database, a button id)
 * they call {@link encodeCardKey}.
 */
import type { CardKey } from './reply.ts';

/** The key of a poll's live card. */
export const pollCardKey = (pollId: string): CardKey => ({ kind: 'poll', pollId });

/** The key of a meeting's decision list (the day as an ISO date). */
export const decisionListCardKey = (committeeId: string, day: string): CardKey => ({ kind: 'decisions', committeeId, day });

/** A key as text: "poll:<id>", "decisions:<committee id>:<day>". */
export function encodeCardKey(key: CardKey): string {
  switch (key.kind) {
    case 'poll':
      return `poll:${key.pollId}`;
    case 'decisions':
      return `decisions:${key.committeeId}:${key.day}`;
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}

/** The key a text from {@link encodeCardKey} stands for, or null when it is none. */
export function decodeCardKey(value: string): CardKey | null {
  const poll = /^poll:(.+)$/.exec(value);
  if (poll) return pollCardKey(poll[1]!);
  const decisions = /^decisions:(.+):(\d{4}-\d{2}-\d{2})$/.exec(value);
  return decisions ? decisionListCardKey(decisions[1]!, decisions[2]!) : null;
}

/**
 * The poll a card shows, or null: platforms store where they posted a poll's card (poll-messages)
 * so they can edit every copy, and need its id for that without reading the key themselves.
 */
export const pollIdOf = (key: CardKey | undefined): string | null => (key?.kind === 'poll' ? key.pollId : null);

/** The id of a button on a keyed card ("poll:<id>:FOR"): unique per card and choice. */
export const cardButtonId = (key: CardKey, part: string): string => `${encodeCardKey(key)}:${part}`;
