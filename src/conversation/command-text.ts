/**
 * Command lines the bot writes itself (card buttons, card refreshes, submitted forms), in the one
 * grammar people type and built from the verb definitions (verb.ts), so that no platform and no
 * reply spells a verb word or an option key of its own.
 */
import type { Language } from '../i18n/catalog.ts';
import type { VerbWords } from './verb.ts';

/** The spelling the bot writes in `lang`: the first listed in that language, else the first for both. */
function spellingOf(verb: VerbWords, lang: Language): string {
  const entries = Object.entries(verb.words);
  const found = entries.find(([, l]) => l === lang) ?? entries.find(([, l]) => l === null);
  if (!found) throw new Error(`verb has no spelling in ${lang}: ${Object.keys(verb.words).join(', ')}`);
  return found[0];
}

/** The key the bot writes for an option: the first listed (Dutch) or the second (English). */
function keyOf(verb: VerbWords, option: string, lang: Language): string {
  const keys = verb.options[option];
  const key = keys?.[lang === 'nl' ? 0 : 1] ?? keys?.[0];
  if (!key) throw new Error(`verb has no option ${option}`);
  return key;
}

/**
 * A value as one word for the tokenizer (tokenize.ts): quoted when it is empty (an empty positional
 * keeps its place) or holds a space, `=` or a quote; inner double quotes become single ones.
 */
export function asWord(value: string): string {
  return value === '' || /[\s="'“”„‘’«»]/u.test(value) ? `"${value.replace(/"/g, "'")}"` : value;
}

/**
 * `/gremium <verb> <positional ...> key=value ...` in `lang`. Positional arguments are written up to
 * the last one given (a missing one before it as ""); options only when given and not empty.
 */
export function commandLine(verb: VerbWords, lang: Language, values: Readonly<Record<string, string | undefined>>): string {
  const parts = ['/gremium', spellingOf(verb, lang)];
  const lastGiven = verb.positional.reduce((last, name, i) => (values[name] !== undefined ? i : last), -1);
  for (const name of verb.positional.slice(0, lastGiven + 1)) parts.push(asWord(values[name] ?? ''));
  for (const option of Object.keys(verb.options)) {
    const value = values[option];
    if (value) parts.push(`${keyOf(verb, option, lang)}=${asWord(value)}`);
  }
  return parts.join(' ');
}
