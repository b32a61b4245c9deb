/**
 * The words of a message as the understanding reads them: each with its place in the text, its
 * normalized form (as names are compared: names.ts), and whether it is a word that carries no name
 * (a function word, a greeting, a question word or a cue of an intent).
 */
import { normalizeName } from '../../domain/names.ts';

/** One word of the message. */
export interface Token {
  /** The word as typed. */
  readonly raw: string;
  /** Lowercase, no accents or punctuation (names.ts normalizeName), no trailing full stop. */
  readonly norm: string;
  /** "SBO's" also reads as "sbo": the possessive or plural 's taken off. */
  readonly bare: string;
  readonly start: number;
  readonly end: number;
  /** Starts with a capital or a digit: how a name looks in the middle of a sentence. */
  readonly capital: boolean;
}

/** Splits at spaces and at punctuation that never stands inside a name. */
const WORD = /[^\s,;:!?"“”„()[\]…/]+/gu;

/** The words of `text` with their places. */
export function wordsOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0].replace(/^[.'‘’`-]+/u, '');
    if (!/['’]s$/iu.test(raw)) raw = raw.replace(/[.'‘’`-]+$/u, '');
    const norm = raw.includes('@') ? raw.toLowerCase() : normalizeName(raw).replace(/\.+$/u, '');
    if (norm === '') continue;
    const start = m.index + m[0].indexOf(raw);
    const possessive = /^(.{2,})['’]s$/iu.exec(raw);
    const bare = possessive ? normalizeName(possessive[1]!) : norm;
    out.push({ raw, norm, bare, start, end: start + raw.length, capital: /^[\p{Lu}\p{N}]/u.test(raw) });
  }
  return out;
}

/** Greetings, thanks and politeness around a question: read past, never part of it. */
export const POLITE = new Set([
  'hoi', 'hallo', 'hey', 'hee', 'hi', 'hello', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dag', 'beste', 'morning',
  'bedankt', 'dank', 'dankjewel', 'dankuwel', 'alvast', 'thanks', 'thank', 'thx', 'cheers', 'groet', 'groeten', 'mvg', 'gr',
  'please', 'pls', 'alsjeblieft', 'alstublieft', 'aub', 'graag', 'svp', 'vraagje', 'vraag', 'question', 'quick', 'even', 'eens',
  'gremium', 'bot', 'ok', 'oke', 'okay', 'nou', 'zeg', 'ff',
]);

/** Words that are never (part of) a name on their own. */
export const FUNCTION_WORDS = new Set([
  // Dutch
  'de', 'het', 'een', 'en', 'of', 'in', 'op', 'bij', 'aan', 'van', 'voor', 'na', 'naar', 'met', 'om', 'tot', 'door', 'uit', 'over',
  'er', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'zit', 'zitten', 'zat', 'zaten', 'heeft', 'hebben', 'had', 'ben', 'bent',
  'kan', 'kun', 'kunt', 'kunnen', 'mag', 'mogen', 'moet', 'moeten', 'zal', 'zullen', 'wil', 'gaat', 'gaan', 'ging', 'komt', 'komen',
  'wie', 'wat', 'waar', 'wanneer', 'welke', 'welk', 'hoe', 'hoeveel', 'waarom', 'waarvoor', 'waarmee', 'wiens',
  'ik', 'mij', 'me', 'mijn', 'je', 'jij', 'u', 'uw', 'hij', 'zij', 'ze', 'hem', 'haar', 'wij', 'we', 'ons', 'onze', 'jullie', 'hun',
  'dat', 'die', 'dit', 'deze', 'nog', 'ook', 'al', 'niet', 'geen', 'wel', 'dan', 'als', 'maar', 'toch', 'nu', 'daar', 'hier',
  'namens', 'tijdens', 'per', 'weer', 'opnieuw', 'eigenlijk', 'precies', 'allemaal', 'iemand', 'niemand', 'wel', 'zo',
  // English
  'the', 'a', 'an', 'and', 'or', 'at', 'on', 'for', 'to', 'from', 'with', 'by', 'about', 'into', 'during', 'within', 'after', 'before',
  'are', 'were', 'be', 'been', 'being', 'am', 'does', 'do', 'did', 'has', 'have', 'may', 'can', 'could', 'should', 'must',
  'will', 'would', 'shall', 'who', 'whom', 'whose', 'what', 'where', 'when', 'which', 'how', 'why', 'i', 'my', 'mine', 'myself',
  'you', 'your', 'he', 'she', 'him', 'her', 'they', 'them', 'their', 'we', 'us', 'our', 'it', 'its', 'that', 'this', 'these', 'those',
  'not', 'no', 'yes', 'ja', 'nee', 'also', 'still', 'now', 'there', 'here', 'currently', 'actually', 'exactly', 'all', 'anyone', 'someone',
  'sit', 'sits', 'sat', 'sitting', 'currently', 'again', 'then', 'so', 'just',
]);
