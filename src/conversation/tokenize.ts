/**
 * Splits a command line into words the way a shell would, with the quotes people actually type
 * (straight, curly, and the ones Slack and Teams put in): `namens="Combinatie Noord"` is one word.
 */
import { err, ok, type DomainError, type Result } from '../domain/result.ts';

/** Each opening quote and the quote that closes it. */
export const OPENING: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '„': '”', '‘': '’', '«': '»' };

/** UNTERMINATED_QUOTE: a quote was opened and never closed. */
export function tokenize(line: string): Result<string[], DomainError<'UNTERMINATED_QUOTE'>> {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let closing: string | null = null;
  for (const ch of line) {
    if (closing !== null) {
      if (ch === closing || (closing === '”' && ch === '"')) closing = null;
      else current += ch;
      continue;
    }
    const close = OPENING[ch];
    if (close !== undefined) {
      closing = close;
      inWord = true;
      continue;
    }
    if (/\s/u.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
      continue;
    }
    current += ch;
    inWord = true;
  }
  if (closing !== null) return err('UNTERMINATED_QUOTE', { quote: closing });
  if (inWord) words.push(current);
  return ok(words);
}
