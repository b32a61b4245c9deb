/**
 * The one command grammar for every platform: `/gremium <verb> <arguments> key=value ...`, with
 * Dutch and English verbs and keys. Text in, a typed command (checked by zod) or a coded error out.
 */
import { lookup } from '../domain/names.ts';
import { z } from 'zod';
import { distance } from 'fastest-levenshtein';
import { parseDateText } from '../domain/date-text.ts';
import { err, ok, type DomainError, type Result } from '../domain/result.ts';
import type { SeatRole } from '../domain/registry.ts';
import type { Language } from '../i18n/catalog.ts';
import { tokenize } from './tokenize.ts';
import { ROLE_INPUT } from './roles.ts';

/** A command, names still as typed; `lang` is the language of the verb the user chose. */
export type Command =
  | { verb: 'help'; lang: Language | null }
  | { verb: 'list'; lang: Language; committee: string; date: string | null }
  | { verb: 'seat.add'; lang: Language; committee: string; person: string; role: SeatRole; onBehalfOf: string | null; from: string; until: string | null; substitute: string | null }
  | { verb: 'seat.end'; lang: Language; committee: string; person: string; until: string; role: SeatRole | null; onBehalfOf: string | null }
  | { verb: 'mandate.record'; lang: Language; person: string; organisation: string; from: string; until: string | null; scope: string }
  | { verb: 'mandate.revoke'; lang: Language; person: string; organisation: string }
  | { verb: 'history'; lang: Language; committee: string; person: string }
  | { verb: 'language'; lang: Language; language: Language }
  | { verb: 'ask'; text: string };

/**
 * Grammar errors:
 * - UNTERMINATED_QUOTE: a quote was never closed.
 * - UNKNOWN_COMMAND: the verb is none we know (params: word, suggestion).
 * - MISSING_ARGUMENT: a required positional argument or option is missing (params: argument, usage).
 * - UNKNOWN_OPTION: a key=value whose key the command does not take (params: option, allowed, usage).
 * - INVALID_DATE: an option's value is not a date (params: option, value).
 * - INVALID_ROLE: the role is none of member/adviser/chair/secretary/agenda committee (params: value).
 * - INVALID_LANGUAGE: the language is not nl or en (params: value).
 */
export type GrammarError = DomainError<'UNTERMINATED_QUOTE' | 'UNKNOWN_COMMAND' | 'MISSING_ARGUMENT' | 'UNKNOWN_OPTION' | 'INVALID_DATE' | 'INVALID_ROLE' | 'INVALID_LANGUAGE'>;

/** Verbs as typed (one or two words) to the command and the language they are in. */
const VERBS: Record<string, { verb: Exclude<Command['verb'], 'ask'>; lang: Language | null }> = {
  help: { verb: 'help', lang: null }, hulp: { verb: 'help', lang: 'nl' },
  list: { verb: 'list', lang: 'en' }, lijst: { verb: 'list', lang: 'nl' },
  'seat add': { verb: 'seat.add', lang: 'en' }, 'add seat': { verb: 'seat.add', lang: 'en' }, 'zetel toevoegen': { verb: 'seat.add', lang: 'nl' },
  'seat end': { verb: 'seat.end', lang: 'en' }, 'end seat': { verb: 'seat.end', lang: 'en' }, 'zetel beeindigen': { verb: 'seat.end', lang: 'nl' }, 'zetel einde': { verb: 'seat.end', lang: 'nl' },
  'mandate record': { verb: 'mandate.record', lang: 'en' }, 'mandate add': { verb: 'mandate.record', lang: 'en' }, 'mandaat vastleggen': { verb: 'mandate.record', lang: 'nl' }, 'mandaat toevoegen': { verb: 'mandate.record', lang: 'nl' },
  'mandate revoke': { verb: 'mandate.revoke', lang: 'en' }, 'mandaat intrekken': { verb: 'mandate.revoke', lang: 'nl' },
  history: { verb: 'history', lang: 'en' }, historie: { verb: 'history', lang: 'nl' }, geschiedenis: { verb: 'history', lang: 'nl' },
  language: { verb: 'language', lang: 'en' }, taal: { verb: 'language', lang: 'nl' },
};

/** Option keys in both languages to their canonical name. */
const KEYS: Record<string, string> = {
  role: 'role', rol: 'role', for: 'onBehalfOf', namens: 'onBehalfOf', 'on-behalf-of': 'onBehalfOf', org: 'onBehalfOf', organisatie: 'onBehalfOf', organisation: 'onBehalfOf',
  from: 'from', van: 'from', until: 'until', tot: 'until', substitute: 'substitute', vervanger: 'substitute',
  scope: 'scope', reikwijdte: 'scope', on: 'date', op: 'date', date: 'date', datum: 'date',
};

/** Usage lines per verb, in the verb's language; the help reply lists them too. */
export const USAGE: Record<Exclude<Command['verb'], 'ask' | 'help'>, Record<Language, string>> = {
  list: { nl: '/gremium lijst <gremium> [op=<datum>]', en: '/gremium list <committee> [on=<date>]' },
  'seat.add': {
    nl: '/gremium zetel toevoegen <gremium> <persoon> rol=<lid|adviseur|voorzitter|secretaris> [namens=<organisatie>] van=<datum> [tot=<datum>] [vervanger=<persoon>]',
    en: '/gremium seat add <committee> <person> role=<member|adviser|chair|secretary> [for=<organisation>] from=<date> [until=<date>] [substitute=<person>]',
  },
  'seat.end': { nl: '/gremium zetel beeindigen <gremium> <persoon> tot=<datum>', en: '/gremium seat end <committee> <person> until=<date>' },
  'mandate.record': {
    nl: '/gremium mandaat vastleggen <persoon> namens=<organisatie> van=<datum> [tot=<datum>] [reikwijdte=<bestuurlijk|gremiumcode>]',
    en: '/gremium mandate record <person> for=<organisation> from=<date> [until=<date>] [scope=<bestuurlijk|committee code>]',
  },
  'mandate.revoke': { nl: '/gremium mandaat intrekken <persoon> namens=<organisatie>', en: '/gremium mandate revoke <person> for=<organisation>' },
  history: { nl: '/gremium historie <gremium> <persoon>', en: '/gremium history <committee> <person>' },
  language: { nl: '/gremium taal <nl|en>', en: '/gremium language <nl|en>' },
};

const OPTIONS: Record<keyof typeof USAGE, { positional: readonly string[]; required: readonly string[]; optional: readonly string[] }> = {
  list: { positional: ['committee'], required: [], optional: ['date'] },
  'seat.add': { positional: ['committee', 'person'], required: ['role', 'from'], optional: ['onBehalfOf', 'until', 'substitute'] },
  'seat.end': { positional: ['committee', 'person'], required: ['until'], optional: ['role', 'onBehalfOf'] },
  'mandate.record': { positional: ['person'], required: ['onBehalfOf', 'from'], optional: ['until', 'scope'] },
  'mandate.revoke': { positional: ['person'], required: ['onBehalfOf'], optional: [] },
  history: { positional: ['committee', 'person'], required: [], optional: [] },
  language: { positional: ['language'], required: [], optional: [] },
};

const dateText = z.string().refine((v) => parseDateText(v, '2000-01-01') !== null, { message: 'INVALID_DATE' });
const roleText = z.string().transform((v, ctx) => lookup(ROLE_INPUT, v.toLowerCase()) ?? (ctx.addIssue({ code: 'custom', message: 'INVALID_ROLE' }), z.NEVER));
const SCHEMAS = {
  date: dateText.nullable(), from: dateText, until: dateText.nullable(), role: roleText,
  language: z.enum(['nl', 'en'], { message: 'INVALID_LANGUAGE' }),
} as const;

/** Parses the words after `/gremium`. Anything that is no known verb but reads as a question is `ask`. */
export function parseCommand(line: string): Result<Command, GrammarError> {
  const tokens = tokenize(line.replace(/^\s*\/gremium\b/i, ''));
  if (!tokens.ok) return tokens;
  const words = tokens.value;
  if (words.length === 0) return ok({ verb: 'help', lang: null });
  const norm = (w: string | undefined) => (w ?? '').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  const two = lookup(VERBS, `${norm(words[0])} ${norm(words[1])}`);
  const one = lookup(VERBS, norm(words[0]));
  const found = two ?? one;
  if (!found) {
    if (/^(wie|who|waar|where|in|which|welke|leden|members)$/i.test(words[0]!)) return ok({ verb: 'ask', text: words.join(' ') });
    const known = [...new Set(Object.keys(VERBS).map((v) => v.split(' ')[0]!))];
    const suggestion = known.map((k) => ({ k, d: distance(norm(words[0]), k) })).sort((a, b) => a.d - b.d)[0];
    return err('UNKNOWN_COMMAND', { word: words[0]!, suggestion: suggestion && suggestion.d <= 2 ? suggestion.k : '' });
  }
  const rest = words.slice(two ? 2 : 1);
  if (found.verb === 'help') return ok({ verb: 'help', lang: found.lang });
  return buildCommand(found.verb, found.lang ?? 'nl', rest);
}

function buildCommand(verb: keyof typeof USAGE, lang: Language, rest: string[]): Result<Command, GrammarError> {
  const spec = OPTIONS[verb];
  const usage = USAGE[verb][lang];
  const values: Record<string, string | null> = {};
  const positional: string[] = [];
  for (const word of rest) {
    const eq = word.indexOf('=');
    if (eq <= 0) { positional.push(word); continue; }
    const key = lookup(KEYS, word.slice(0, eq).toLowerCase());
    if (!key || (!spec.required.includes(key) && !spec.optional.includes(key))) {
      return err('UNKNOWN_OPTION', { option: word.slice(0, eq), usage });
    }
    values[key] = word.slice(eq + 1).trim();
  }
  // The first positional is the committee (one word or quoted); the rest is the person's name.
  spec.positional.forEach((name, i) => {
    const last = i === spec.positional.length - 1;
    const part = last ? positional.slice(i).join(' ') : positional[i];
    if (part) values[name] = part;
  });
  for (const name of [...spec.positional, ...spec.required]) {
    if (!values[name]) return err('MISSING_ARGUMENT', { argument: name, usage });
  }
  for (const name of spec.optional) values[name] ??= null;
  for (const [name, value] of Object.entries(values)) {
    const schema = lookup<z.ZodType>(SCHEMAS, name);
    if (!schema || value === null) continue;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const code = parsed.error.issues[0]?.message as GrammarError['code'];
      return err(code, { option: name, value });
    }
    values[name] = parsed.data as string;
  }
  return ok({ verb, lang, ...values } as Command);
}
