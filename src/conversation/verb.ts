/**
 * How a command verb is declared: its words in Dutch and English, its positional arguments, its
 * key=value options with the keys people type, a usage line per language, a zod schema that turns
 * the raw words into a typed input, and what it runs. Verbs are data (STYLE.md): each facet
 * (registry, decisions, schedule, identity) lists its own in its folder's verbs.ts
 * (src/conversation/<facet>/verbs.ts), and verbs.ts gathers them.
 */
import { z } from 'zod';
import { parseDateText } from '../domain/date-text.ts';
import { lookup } from '../domain/names.ts';
import { parseYesNo } from '../domain/registry/membership-rows.ts';
import { checkText, type TextKind } from '../domain/user-text.ts';
import type { Language } from '../i18n/catalog.ts';
import type { TurnContext } from './context.ts';
import type { Reply } from './reply.ts';
import { ROLE_INPUT } from './registry/roles.ts';

/**
 * What a command line of a verb is made of: its words, its positional arguments and its option keys.
 * Commands the bot writes itself (buttons, card refreshes, forms; command-text.ts) use the first
 * spelling listed for a language and, for an option, the first key (Dutch) or the second (English).
 */
export interface VerbWords {
  /** Each spelling (one or two words, lowercase, no accents) and the language it is in (null: both). */
  readonly words: Readonly<Record<string, Language | null>>;
  /** Positional argument names in order; the last takes all remaining words (names with spaces). */
  readonly positional: readonly string[];
  /** Option name to the keys people may type for it: Dutch first, English second, then aliases (`onBehalfOf: ['namens', 'for']`). */
  readonly options: Readonly<Record<string, readonly string[]>>;
}

/** A verb whose input, once checked by `schema`, has type T. */
export interface VerbSpec<T = unknown> extends VerbWords {
  readonly id: string;
  readonly usage: Readonly<Record<Language, string>>;
  /** Checks the raw values (strings, absent ones undefined); issue messages are error codes. */
  readonly schema: z.ZodType<T>;
  readonly run: (ctx: TurnContext, input: T) => Promise<Reply[]>;
  /** 'account': an @mention among the arguments is the chat account itself (`koppel`), not the person linked to it (mentions.ts). */
  readonly mentions?: 'account';
}

/** Declares a verb, keeping its input type between schema and run. */
export function defineVerb<T>(spec: VerbSpec<T>): VerbSpec {
  return spec as unknown as VerbSpec;
}

/**
 * Typed text of a kind, required: within the kind's limit and free of refused characters
 * (src/domain/user-text.ts). A refusal is an issue whose message is the error code and whose params
 * are the error's, so that commands.ts can hand them on.
 */
export const zFreeText = (kind: TextKind) =>
  z.string({ message: 'MISSING_ARGUMENT' }).trim().min(1, { message: 'MISSING_ARGUMENT' }).superRefine((value, ctx) => {
    const checked = checkText(kind, value);
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.error.code, params: { ...checked.error.params } });
  });
/** Any other argument (a name, a committee, a date, a poll id), required. */
export const zText = zFreeText('word');
/** A date as people type it; checked again against today when the verb runs. */
export const zDate = zText.refine((v) => parseDateText(v, '2000-01-01') !== null, { message: 'INVALID_DATE' });
/** A role word in Dutch or English. */
export const zRole = zText.transform((v, ctx) => lookup(ROLE_INPUT, v.toLowerCase()) ?? (ctx.addIssue({ code: 'custom', message: 'INVALID_ROLE' }), z.NEVER));
/** nl or en. */
export const zLanguage = z.enum(['nl', 'en'], { message: 'INVALID_LANGUAGE' });
/** ja/nee, yes/no (and j/n, true/false, 1/0), as in the spreadsheets. */
export const zYesNo = zText.transform((v, ctx) => parseYesNo(v) ?? (ctx.addIssue({ code: 'custom', message: 'INVALID_VALUE' }), z.NEVER));
/** A local time, "14:00" or "9:30". */
export const zTime = zText.regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, { message: 'INVALID_TIME' }).transform((v) => v.replace('.', ':').padStart(5, '0'));
/** Makes a schema optional, with null for absent. */
export const optional = <S extends z.ZodType>(schema: S) => schema.nullable().optional().transform((v) => v ?? null);

/** A question form added by a facet: a pattern on the cleaned text and what answers it. */
export interface AskSpec {
  readonly id: string;
  readonly lang: Language;
  readonly pattern: RegExp;
  readonly answer: (ctx: TurnContext, match: RegExpExecArray) => Promise<Reply[]>;
}
