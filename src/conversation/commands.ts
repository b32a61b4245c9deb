/**
 * The one command grammar for every platform: `/gremium <verb> <arguments> key=value ...`, with
 * Dutch and English verbs and keys. Text in; the verb and its zod-checked input, or a coded error, out.
 */
import { distance } from 'fastest-levenshtein';
import { lookup } from '../domain/names.ts';
import { err, ok, type DomainError, type Result } from '../domain/result.ts';
import type { Language } from '../i18n/catalog.ts';
import { checkText, type TextError } from '../domain/user-text.ts';
import { tokenize } from './tokenize.ts';
import type { VerbSpec } from './verb.ts';
import { VERBS } from './verbs.ts';

/** A parsed command: the verb, the language of the words typed, and the checked input. */
export type Command =
  | { readonly kind: 'run'; readonly verb: VerbSpec; readonly lang: Language | null; readonly input: unknown }
  | { readonly kind: 'help'; readonly lang: Language | null }
  | { readonly kind: 'ask'; readonly text: string };

/**
 * Grammar errors:
 * - UNTERMINATED_QUOTE: a quote was never closed.
 * - UNKNOWN_COMMAND: the verb is none we know (params: word, suggestion).
 * - MISSING_ARGUMENT: a required argument or option is missing (params: argument, usage).
 * - UNKNOWN_OPTION: a key=value whose key the verb does not take (params: option, usage).
 * - INVALID_DATE / INVALID_ROLE / INVALID_LANGUAGE / INVALID_TIME / INVALID_VALUE: a value of the wrong kind (params: option, value).
 * - TEXT_TOO_LONG / TEXT_CONTROL_CHARACTER: an argument over its limit or with a refused character
 *   (src/domain/user-text.ts; params: field and option, the argument), or the whole line (field "message").
 */
export type GrammarError = DomainError;

const norm = (w: string | undefined) => (w ?? '').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');

/** The codes of the text check (src/domain/user-text.ts), as a verb's schema reports them. */
const TEXT_ERRORS: ReadonlySet<string> = new Set<TextError['code']>(['TEXT_TOO_LONG', 'TEXT_CONTROL_CHARACTER']);

/** Every spelling of every verb, for lookup. */
const SPELLINGS: Readonly<Record<string, { verb: VerbSpec; lang: Language | null }>> = Object.fromEntries(
  VERBS.flatMap((verb) => Object.entries(verb.words).map(([word, lang]) => [word, { verb, lang }])),
);

/** The words that ask for help, and their language (null: both). */
export const HELP_WORDS: Readonly<Record<string, Language | null>> = { help: null, hulp: 'nl' };
/** The word that makes the rest of a command line a question. */
const ASK_WORDS = /^(vraag|ask)$/i;

const QUESTION_START = /^(wie|who|waar|where|in|which|welke|leden|members|wanneer|when|wat|what|welk|besluitenlijst|decisions?)$/i;

/**
 * Verb words that are a command only after `/gremium`: typed alone they start sentences too
 * ("overzicht van mijn termijnen", "digest on Fridays please"), which are left to the understanding
 * (a sentence about the digest is answered with its command to confirm).
 */
const ONLY_AFTER_GREMIUM: ReadonlySet<string> = new Set(['overzicht', 'weekoverzicht', 'digest']);

/**
 * A message that starts with a verb or the help word, typed without `/gremium` (Teams' command menu
 * inserts "stem", "help" ...), as the command line it stands for; any other text as it is.
 */
export function asCommandLine(text: string): string {
  if (/^\s*\/gremium\b/i.test(text)) return text;
  const words = text.trim().split(/\s+/);
  const first = norm(words[0]);
  const verbWord = lookup(SPELLINGS, first) !== undefined && !ONLY_AFTER_GREMIUM.has(first);
  const isCommand = lookup(HELP_WORDS, first) !== undefined || verbWord || lookup(SPELLINGS, `${first} ${norm(words[1])}`) !== undefined;
  return isCommand ? `/gremium ${text}` : text;
}

/**
 * The language of the verb a command line starts with, or null (no verb, or a word of both
 * languages): a refused command is answered in the language it was typed in, as a run one is.
 */
export function commandLanguage(line: string): Language | null {
  return spellingOf(line)?.lang ?? null;
}

/** The verb spelling (one or two words) a command line starts with. */
function spellingOf(line: string) {
  const [first, second] = line.replace(/^\s*\/gremium\b/i, '').trim().split(/\s+/, 2).map(norm);
  return lookup(SPELLINGS, `${first} ${second}`) ?? lookup(SPELLINGS, first ?? '');
}

/** The verb a command line starts with, or null (a question, help, or no verb). */
export function verbOf(line: string): VerbSpec | null {
  return spellingOf(line)?.verb ?? null;
}

/** Parses the words after `/gremium`. Anything that is no verb but starts like a question is `ask`. */
export function parseCommand(line: string): Result<Command, GrammarError> {
  const tokens = tokenize(line.replace(/^\s*\/gremium\b/i, ''));
  if (!tokens.ok) return tokens;
  const words = tokens.value;
  if (words.length === 0) return ok({ kind: 'help', lang: null });
  // "/gremium vraag <vraag>": a question as a command line (the "did you mean" buttons send one).
  if (ASK_WORDS.test(words[0]!) && words.length > 1) return ok({ kind: 'ask', text: words.slice(1).join(' ') });
  const help = lookup(HELP_WORDS, norm(words[0]));
  if (help !== undefined) return ok({ kind: 'help', lang: help });
  const two = lookup(SPELLINGS, `${norm(words[0])} ${norm(words[1])}`);
  const found = two ?? lookup(SPELLINGS, norm(words[0]));
  if (!found) {
    if (QUESTION_START.test(words[0]!)) return ok({ kind: 'ask', text: words.join(' ') });
    // Before measuring how far the word is from every verb: a huge or unprintable word is refused as it is.
    const message = checkText('message', line);
    if (!message.ok) return message;
    const known = [...new Set(Object.keys(SPELLINGS).map((v) => v.split(' ')[0]!))];
    const best = known.map((k) => ({ k, d: distance(norm(words[0]), k) })).sort((a, b) => a.d - b.d)[0];
    return err('UNKNOWN_COMMAND', { word: words[0]!, suggestion: best && best.d <= 2 ? best.k : '' });
  }
  const input = readArguments(found.verb, found.lang ?? 'nl', words.slice(two ? 2 : 1));
  if (!input.ok) return input;
  // Each argument passed its own check; what is left are the verb's words and the option keys.
  const message = checkText('message', line);
  if (!message.ok) return message;
  return ok({ kind: 'run', verb: found.verb, lang: found.lang, input: input.value });
}

function readArguments(verb: VerbSpec, lang: Language, rest: readonly string[]): Result<unknown, GrammarError> {
  const usage = verb.usage[lang];
  const keys: Record<string, string> = {};
  for (const [name, typed] of Object.entries(verb.options)) for (const key of typed) keys[key] = name;
  const raw: Record<string, string> = {};
  const positional: string[] = [];
  for (const word of rest) {
    const eq = word.indexOf('=');
    if (eq <= 0) {
      positional.push(word);
      continue;
    }
    const name = lookup(keys, word.slice(0, eq).toLowerCase());
    if (name === undefined) return err('UNKNOWN_OPTION', { option: word.slice(0, eq), usage });
    raw[name] = word.slice(eq + 1).trim();
  }
  verb.positional.forEach((name, i) => {
    const last = i === verb.positional.length - 1;
    const part = last ? positional.slice(i).join(' ') : positional[i];
    if (part) raw[name] = part;
  });
  const parsed = verb.schema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const argument = String(issue?.path[0] ?? '');
  // Too long or unprintable: named by the argument it was typed for, without echoing the text.
  if (issue?.code === 'custom' && TEXT_ERRORS.has(issue.message)) return err(issue.message, { ...(issue.params as DomainError['params']), field: argument, option: argument });
  const code = issue && /^[A-Z_]+$/.test(issue.message) ? issue.message : raw[argument] === undefined ? 'MISSING_ARGUMENT' : 'INVALID_VALUE';
  if (code === 'MISSING_ARGUMENT' || raw[argument] === undefined) return err('MISSING_ARGUMENT', { argument, usage });
  return err(code, { option: argument, value: raw[argument] ?? '', usage });
}
