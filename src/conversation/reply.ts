/**
 * The neutral reply tree (STYLE.md, after vercel/chat): every platform renders these kinds and no
 * others, with an exhaustive switch. Texts in it are already in the asker's language.
 */

/** A label and a value on a card ("Rol" / "lid"). */
export interface Field {
  readonly label: string;
  readonly value: string;
}

/** A button. `action` names the command it runs; `value` is its argument. */
export interface Button {
  readonly id: string;
  readonly label: string;
  readonly action: string;
  readonly value: string;
  readonly style?: 'primary' | 'danger';
}

/** A short message. */
export interface TextReply {
  readonly kind: 'text';
  readonly text: string;
}

/** A titled block with fields, lines and buttons. */
export interface CardReply {
  readonly kind: 'card';
  readonly title: string;
  readonly subtitle?: string;
  readonly fields?: readonly Field[];
  readonly lines?: readonly string[];
  readonly footer?: string;
  readonly actions?: readonly Button[];
}

/** An expected failure, explained; `suggestions` are "did you mean" names. */
export interface ErrorReply {
  readonly kind: 'error';
  readonly code: string;
  readonly text: string;
  readonly suggestions?: readonly string[];
}

/** One reply element. */
export type Reply = TextReply | CardReply | ErrorReply;

/** Builds a text reply. */
export const text = (value: string): TextReply => ({ kind: 'text', text: value });

/** Builds a card reply. */
export const card = (value: Omit<CardReply, 'kind'>): CardReply => ({ kind: 'card', ...value });
