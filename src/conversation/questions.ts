/**
 * The one question parser for every platform: free text in Dutch or English to a typed question.
 * It only splits the text; names are resolved against the registry afterwards (resolve.ts).
 */
import { lookup } from '../domain/names.ts';
import type { Language } from '../i18n/catalog.ts';
import type { SeatRole } from '../domain/registry/words.ts';
import { parseDateText } from '../domain/date-text.ts';

/** A question the bot understands, with the names as typed and the language it was asked in. */
export type Question =
  | { kind: 'represents'; lang: Language; splits: readonly { organisation: string; committee: string }[]; date: string | null; past: boolean }
  | { kind: 'members'; lang: Language; committee: string; date: string | null }
  | { kind: 'where'; lang: Language; person: string; date: string | null }
  | { kind: 'role'; lang: Language; role: SeatRole; committee: string; date: string | null }
  | { kind: 'rules'; lang: Language; committee: string; date: string | null }
  | { kind: 'help'; lang: Language | null };

const ROLE_WORDS: Record<string, SeatRole> = {
  secretaris: 'SECRETARY', secretary: 'SECRETARY', voorzitter: 'CHAIR', chair: 'CHAIR', chairman: 'CHAIR',
  chairperson: 'CHAIR', chairwoman: 'CHAIR', adviseur: 'ADVISER', adviser: 'ADVISER', advisor: 'ADVISER',
  adviseurs: 'ADVISER', advisers: 'ADVISER', advisors: 'ADVISER',
};

const ARTICLE = String.raw`(?:(?:het|de|the)\s+)?`;
const SEPARATORS = new Set(['in', 'at', 'on', 'bij', 'aan', 'op', 'within', 'binnen']);

/** Splits "X in het Y" at every separator word, so the resolver can try each reading. */
function splitsOf(tail: string): { organisation: string; committee: string }[] {
  const words = tail.split(' ');
  const out: { organisation: string; committee: string }[] = [];
  for (let i = 1; i < words.length - 1; i++) {
    if (!SEPARATORS.has(words[i]!.toLowerCase())) continue;
    const organisation = words.slice(0, i).join(' ');
    const committee = words.slice(i + 1).join(' ').replace(/^(?:het|de|the)\s+/i, '');
    if (committee) out.push({ organisation, committee });
  }
  return out;
}

/** Takes a trailing " op 1 maart 2025" / " on 1 March 2025" off the text, when it really is a date. */
function takeDate(body: string): { rest: string; date: string | null } {
  const re = /\s(?:op|on|per|as of|d\.d\.)\s/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const date = body.slice(m.index + m[0].length);
    if (parseDateText(date, PROBE_DAY) !== null) return { rest: body.slice(0, m.index), date };
  }
  return { rest: body, date: null };
}

/** Any day will do to check that a text is a date; the real day is applied when answering. */
const PROBE_DAY = '2000-01-01';

const PATTERNS: { re: RegExp; lang: Language; build: (m: RegExpExecArray, date: string | null, lang: Language) => Question | null }[] = [
  // "wie vertegenwoordigt Combinatie Noord in het SBO", "wie zat er namens Gemeente Aalten in het KBO"
  {
    re: /^wie\s+(vertegenwoordigt|vertegenwoordigde|zit\s+(?:er\s+)?namens|zat\s+(?:er\s+)?namens|zitten\s+(?:er\s+)?namens|zaten\s+(?:er\s+)?namens|spreekt\s+namens)\s+(.+)$/i,
    lang: 'nl',
    build: (m, date, lang) => ({ kind: 'represents', lang, splits: splitsOf(m[2]!), date, past: /de$|zat|zaten/i.test(m[1]!) }),
  },
  {
    re: /^who\s+(represents|represented|will represent|sits\s+for|sat\s+for|speaks\s+for|is\s+sitting\s+for)\s+(.+)$/i,
    lang: 'en',
    build: (m, date, lang) => ({ kind: 'represents', lang, splits: splitsOf(m[2]!), date, past: /ed$|sat/i.test(m[1]!) }),
  },
  // "wie is de secretaris van de BOSD", "who is the chair of the ORO"
  {
    re: new RegExp(String.raw`^wie\s+(?:is|zijn|was|waren)\s+${ARTICLE}(\w+)\s+(?:van|bij|in)\s+${ARTICLE}(.+)$`, 'i'),
    lang: 'nl',
    build: (m, date, lang) => roleQuestion(m[1]!, m[2]!, date, lang),
  },
  {
    re: new RegExp(String.raw`^who\s+(?:is|are|was|were)\s+${ARTICLE}(\w+)\s+(?:of|for|at|in)\s+${ARTICLE}(.+)$`, 'i'),
    lang: 'en',
    build: (m, date, lang) => roleQuestion(m[1]!, m[2]!, date, lang),
  },
  // "wie zitten er in het ORO", "wie zijn de leden van het ORO", "leden ORO"
  {
    re: new RegExp(String.raw`^(?:wie\s+(?:zitten|zit|zaten|zat)\s+(?:er\s+)?in|wie\s+(?:zijn|waren)\s+(?:de\s+)?leden\s+van|(?:de\s+)?leden\s+van|leden|samenstelling\s+van)\s+${ARTICLE}(.+)$`, 'i'),
    lang: 'nl',
    build: (m, date, lang) => ({ kind: 'members', lang, committee: m[1]!, date }),
  },
  {
    re: new RegExp(String.raw`^(?:who\s+(?:is|are|sits?|sat|was|were)\s+(?:on|in)|who\s+(?:are|were)\s+(?:the\s+)?members\s+of|(?:the\s+)?members\s+of|members|who\s+is\s+a\s+member\s+of)\s+${ARTICLE}(.+)$`, 'i'),
    lang: 'en',
    build: (m, date, lang) => ({ kind: 'members', lang, committee: m[1]!, date }),
  },
  // "wat zijn de regels van het ORO", "hoe besluit het KBO", "what are the rules of the SBO", "how does the ORO decide"
  {
    re: new RegExp(String.raw`^(?:wat\s+(?:zijn|waren)\s+de\s+(?:spel)?regels\s+(?:van|in|voor)|wat\s+is\s+de\s+(?:besluitregel|besluitvorming|vervangingsregel)\s+(?:van|in)|hoe\s+(?:besluit|stemt|beslist)|(?:spel)?regels\s+(?:van\s+)?)\s*${ARTICLE}(.+)$`, 'i'),
    lang: 'nl',
    build: (m, date, lang) => ({ kind: 'rules', lang, committee: m[1]!, date }),
  },
  {
    re: new RegExp(String.raw`^(?:what\s+are\s+the\s+rules\s+(?:of|for|in)|what\s+is\s+the\s+(?:decision|substitution)\s+rule\s+(?:of|for|in)|rules\s+(?:of\s+)?)\s*${ARTICLE}(.+)$`, 'i'),
    lang: 'en',
    build: (m, date, lang) => ({ kind: 'rules', lang, committee: m[1]!, date }),
  },
  {
    re: new RegExp(String.raw`^how\s+(?:does|do)\s+${ARTICLE}(.+?)\s+(?:decide|vote)$`, 'i'),
    lang: 'en',
    build: (m, date, lang) => ({ kind: 'rules', lang, committee: m[1]!, date }),
  },
  // "waar zit Jan de Vries in", "in welke gremia zit Jan de Vries"
  {
    re: /^(?:waar\s+(?:zit|zat)\s+(.+?)(?:\s+in)?|in\s+welke\s+(?:gremia|overleggen|commissies)\s+(?:zit|zat)\s+(.+))$/i,
    lang: 'nl',
    build: (m, date, lang) => ({ kind: 'where', lang, person: (m[1] ?? m[2])!, date }),
  },
  {
    re: /^(?:where\s+(?:does|did)\s+(.+?)\s+sit(?:\s+in)?|which\s+committees\s+(?:does|is|did)\s+(.+?)\s+(?:sit\s+(?:in|on)|in|on|belong\s+to)|where\s+is\s+(.+?)\s+a\s+member)$/i,
    lang: 'en',
    build: (m, date, lang) => ({ kind: 'where', lang, person: (m[1] ?? m[2] ?? m[3])!, date }),
  },
  { re: /^(?:help|\?)$/i, lang: 'nl', build: () => ({ kind: 'help', lang: null }) },
  { re: /^(?:hulp|wat\s+kun\s+je|wat\s+kan\s+ik\s+vragen)$/i, lang: 'nl', build: (_m, _d, lang) => ({ kind: 'help', lang }) },
  { re: /^(?:what\s+can\s+you\s+do|what\s+can\s+i\s+ask|commands)$/i, lang: 'en', build: (_m, _d, lang) => ({ kind: 'help', lang }) },
];

function roleQuestion(word: string, committee: string, date: string | null, lang: Language): Question | null {
  const role = lookup(ROLE_WORDS, word.toLowerCase());
  return role ? { kind: 'role', lang, role, committee, date } : null;
}

/** Parses a question; null when it is none the bot knows. `help` alone is in both languages. */
export function parseQuestion(input: string): Question | null {
  const cleaned = cleanQuestion(input);
  if (cleaned === '') return null;
  const { rest, date } = takeDate(cleaned);
  for (const pattern of PATTERNS) {
    const m = pattern.re.exec(rest);
    if (!m) continue;
    const question = pattern.build(m, date, pattern.lang);
    if (question) return question;
  }
  return null;
}

/** The text without quotes, trailing punctuation, a leading @mention and extra spaces. */
export function cleanQuestion(input: string): string {
  return input
    .replace(/[“”„"]/g, '')
    .replace(/[?!.\s]+$/u, '')
    .replace(/^@\S+\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Guesses the language of unparsed text from a few telling words; null when undecided. */
export function guessLanguage(input: string): Language | null {
  const words = input.toLowerCase().split(/[^\p{L}]+/u);
  const nl = words.filter((w) => ['wie', 'wat', 'waar', 'wanneer', 'het', 'de', 'een', 'van', 'zit', 'zijn', 'ik', 'is', 'welke', 'namens'].includes(w)).length;
  const en = words.filter((w) => ['who', 'what', 'where', 'when', 'the', 'a', 'of', 'sits', 'are', 'i', 'is', 'which', 'for'].includes(w)).length;
  if (nl === en) return null;
  return nl > en ? 'nl' : 'en';
}
