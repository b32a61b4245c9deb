/**
 * What Gremium accepts as text from people, in one place (issue 13: "A NUL byte gives an internal
 * error; a 1 MB poll question is stored and posted"). Every kind of text has a limit, and some
 * characters are refused anywhere:
 * - C0 control characters except tab, line feed and carriage return (a NUL is refused by PostgreSQL
 *   itself; the others are invisible, or move the cursor, in a card or a CSV file), DEL and the C1
 *   controls;
 * - the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they make
 *   a name or a question display in another order than it is stored ("Trojan Source"). Text in a
 *   right-to-left script needs none of them; Unicode orders it by itself.
 * The conversation checks every argument of a command and every question; the services check what
 * they store again, so an import or a future adapter cannot go around it.
 */
import { err, ok, type DomainError, type Result } from './result.ts';

/**
 * The limits, in characters (Unicode code points, which is what people count, not UTF-16 units or
 * bytes). Chosen to fit where the text is shown: a poll question stays inside one Slack field
 * (2,000) with its label, a whole message inside Slack's advised 4,000.
 */
export const TEXT_LIMITS = {
  /** One chat message as a whole (a question, or a command line). */
  message: 4000,
  /** A poll question; it becomes the decision's text on the decision list. */
  question: 1000,
  /** A provisional proposal's title. */
  title: 200,
  /** A person's or organisation's name, stored or typed. */
  name: 200,
  /** The reason given with an absence. */
  reason: 500,
  /** Any other argument: a committee, a date, a poll id, a role. */
  word: 200,
} as const satisfies Record<string, number>;

/** A kind of text, each with its limit in {@link TEXT_LIMITS}. */
export type TextKind = keyof typeof TEXT_LIMITS;

/**
 * Error codes of {@link checkText} (params: `field`, the argument or kind the text was for):
 * - TEXT_TOO_LONG: longer than its kind's limit (params `length`, `limit`, in characters).
 * - TEXT_CONTROL_CHARACTER: holds a refused character (params `position`, 1-based in characters;
 *   `character`, as "U+0000").
 */
export type TextError = DomainError<'TEXT_TOO_LONG' | 'TEXT_CONTROL_CHARACTER'>;

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** True for a character Gremium refuses in any text (see the module comment). */
export function isRefusedCharacter(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint !== TAB && codePoint !== LINE_FEED && codePoint !== CARRIAGE_RETURN;
  if (codePoint >= 0x7f && codePoint <= 0x9f) return true;
  return (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

/** Any refused character, for a quick test before counting positions. */
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** The first refused character: its position (1-based, in characters) and code point; null when there is none. */
export function findRefusedCharacter(text: string): { readonly position: number; readonly codePoint: number } | null {
  if (!REFUSED.test(text)) return null;
  let position = 0;
  for (const character of text) {
    position += 1;
    const codePoint = character.codePointAt(0)!;
    if (isRefusedCharacter(codePoint)) return { position, codePoint };
  }
  return null;
}

/** The length in characters (code points): "é" and "👍" count one each. */
export function textLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    length += 1;
  }
  return length;
}

/** "U+0000", "U+202E": how a character is named in a message. */
export function characterName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Checks `text` as a text of `kind`: its length first (a 1 MB text is named by its size, wherever
 * its first bad character is), then its characters. `field` names the text in the error (the
 * command's argument, "question", "name"); it defaults to the kind. Returns the text unchanged.
 */
export function checkText(kind: TextKind, text: string, field: string = kind): Result<string, TextError> {
  const limit = TEXT_LIMITS[kind];
  // UTF-16 units are never fewer than characters: within the limit in units needs no counting.
  if (text.length > limit) {
    const length = textLength(text);
    if (length > limit) return err('TEXT_TOO_LONG', { field, length, limit });
  }
  const refused = findRefusedCharacter(text);
  if (refused) return err('TEXT_CONTROL_CHARACTER', { field, position: refused.position, character: characterName(refused.codePoint) });
  return ok(text);
}

/** Checks several texts at once (a service's inputs); the first problem, or ok. Absent (null) texts pass. */
export function checkTexts(texts: readonly (readonly [TextKind, string | null | undefined, string?])[]): Result<void, TextError> {
  for (const [kind, text, field] of texts) {
    if (text === null || text === undefined) continue;
    const checked = checkText(kind, text, field);
    if (!checked.ok) return checked;
  }
  return ok(undefined);
}
