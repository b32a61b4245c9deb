/**
 * The flags of the command line, checked before anything starts: a flag the subcommand does not
 * know is wrong usage, named, with the nearest known flag as a suggestion ("did you mean --db?").
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { distance } from 'fastest-levenshtein';
import { suggest } from '../domain/names.ts';
import type { Language } from '../i18n/catalog.ts';

/** Flags as `parseArgs` takes them: name, type, short letter. */
export type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/** The flags every subcommand takes. */
export const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  as: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies FlagOptions;

/** The words of a command line, read against the flags a subcommand knows. */
export type ReadFlags =
  | { ok: true; flags: Record<string, string | boolean | undefined>; positionals: string[] }
  | { ok: false; message: string };

/**
 * Reads `argv` against `options`: an unknown flag (or a flag missing its value) is refused with a
 * message in `lang`. `--help` anywhere wins over other mistakes, so a user who asks for help gets it.
 */
export function readFlags(argv: readonly string[], options: FlagOptions, lang: Language): ReadFlags {
  const loose = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  if (loose.values.help === true) return { ok: true, flags: loose.values as Record<string, string | boolean>, positionals: loose.positionals };
  for (const token of loose.tokens) {
    if (token.kind === 'option' && !Object.hasOwn(options, token.name)) return { ok: false, message: unknownFlag(token.rawName, options, lang) };
  }
  try {
    const strict = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
    return { ok: true, flags: strict.values as Record<string, string | boolean>, positionals: strict.positionals };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** "Onbekende optie --dbb; bedoelt u --db?" */
function unknownFlag(rawName: string, options: FlagOptions, lang: Language): string {
  const near = nearestName(Object.keys(options), rawName.replace(/^-+/, ''));
  const hint = near ? (lang === 'nl' ? `; bedoelt u --${near}?` : `; did you mean --${near}?`) : '';
  return `${lang === 'nl' ? 'Onbekende optie' : 'Unknown option'} ${rawName}${hint}`;
}

/**
 * The nearest of `names` to a mistyped flag or subcommand, or null: the registry's fuzzy match
 * first; then, because flags are short words where one swapped pair ("prot") is already far by its
 * measure, any name within two edits and half the typed length.
 */
export function nearestName(names: readonly string[], typed: string): string | null {
  const hit = suggest(names.map((name) => ({ id: name, names: [name] })), typed, 1)[0];
  if (hit) return hit.name;
  const scored = names.map((name) => ({ name, edits: distance(typed.toLowerCase(), name) })).sort((a, b) => a.edits - b.edits);
  const best = scored[0];
  return best && best.edits <= 2 && best.edits <= typed.length / 2 ? best.name : null;
}
