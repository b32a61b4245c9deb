/**
 * The neutral reply tree (STYLE.md, after vercel/chat): every platform renders these kinds and no
 * others, with an exhaustive switch. Texts in it are already in the asker's language.
 */

/** A label and a value on a card ("Rol" / "lid"). */
export interface Field {
  readonly label: string;
  readonly value: string;
}

/**
 * A button. Clicking it sends `command` (a `/gremium ...` line) back through handle() as the person
 * who clicked, so a button can do nothing a typed command could not.
 */
export interface Button {
  readonly id: string;
  readonly label: string;
  readonly command: string;
  readonly style?: 'primary' | 'danger';
}

/**
 * Where a reply goes. Absent: back into the conversation it answers. A committee: that committee's
 * channel on the platform (CommitteeChannel). A person: a direct message to them.
 */
export type Audience = { readonly committeeId: string } | { readonly personId: string };

/** What every reply kind may carry besides its content. */
interface Delivery {
  readonly to?: Audience;
  /** True: only the asker sees it (Slack ephemeral; elsewhere an ordinary reply to them). */
  readonly private?: boolean;
}

/** A short message. */
export interface TextReply extends Delivery {
  readonly kind: 'text';
  readonly text: string;
}

/**
 * Which updatable object a card shows. Platforms pass it on as it is; when they need it as text
 * (a claim, a stored id) they ask src/conversation/card-keys.ts, the one place that writes and reads it.
 */
export type CardKey =
  | { readonly kind: 'poll'; readonly pollId: string }
  | { readonly kind: 'decisions'; readonly committeeId: string; readonly day: string };

/** A titled block with fields, lines and buttons. */
export interface CardReply extends Delivery {
  readonly kind: 'card';
  /**
   * The updatable object the card shows: platforms that can edit messages replace every earlier
   * message posted with the same key (Slack chat.update, Teams updateActivity / card refresh).
   */
  readonly key?: CardKey;
  /**
   * The command (a `/gremium ...` line in the card's language) that shows the card again with its
   * live state; platforms that refresh cards on their own (Teams) send it. Keyed cards carry one.
   */
  readonly refresh?: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly fields?: readonly Field[];
  readonly lines?: readonly string[];
  readonly footer?: string;
  readonly actions?: readonly Button[];
}

/** An expected failure, explained; `suggestions` are "did you mean" names. */
export interface ErrorReply extends Delivery {
  readonly kind: 'error';
  readonly code: string;
  readonly text: string;
  readonly suggestions?: readonly string[];
  /** The name as typed that `suggestions` would replace. */
  readonly typed?: string;
}

/** One reply element. */
export type Reply = TextReply | CardReply | ErrorReply;

/** Builds a text reply. */
export const text = (value: string): TextReply => ({ kind: 'text', text: value });

/** Builds a card reply. */
export const card = (value: Omit<CardReply, 'kind'>): CardReply => ({ kind: 'card', ...value });
