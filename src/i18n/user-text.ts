/** Refusals of text people typed (src/domain/user-text.ts), in Dutch and English. */
import { formatNumber, str, type Catalog, type Language, type Params } from './catalog.ts';

/**
 * What the refused text was, as a sentence's subject: the kind of text, or the command argument it
 * was typed for. Dutch first, English second, both without a capital.
 */
const FIELDS: Readonly<Record<string, readonly [string, string]>> = {
  message: ['uw bericht', 'your message'],
  question: ['de vraag', 'the question'],
  title: ['de titel', 'the title'],
  name: ['de naam', 'the name'],
  person: ['de naam', 'the name'],
  substitute: ['de naam van de vervanger', "the substitute's name"],
  organisation: ['de naam van de organisatie', "the organisation's name"],
  onBehalfOf: ['de naam van de organisatie', "the organisation's name"],
  committee: ['de naam van het gremium', "the committee's name"],
  reason: ['de reden', 'the reason'],
  date: ['de datum', 'the date'],
  from: ['de begindatum', 'the start date'],
  until: ['de einddatum', 'the end date'],
  to: ['de nieuwe datum', 'the new date'],
  closes: ['de sluitdatum', 'the closing date'],
  meeting: ['de vergaderdatum', 'the meeting date'],
  published: ['de publicatiedatum', 'the publication date'],
  poll: ['het peilingnummer', 'the poll id'],
  choice: ['de keuze', 'the choice'],
  role: ['de rol', 'the role'],
  scope: ['de reikwijdte', 'the scope'],
  time: ['de tijd', 'the time'],
  duty: ['de taak', 'the duty'],
};

function field(lang: Language, p: Params): string {
  const words = FIELDS[str(p, 'field')] ?? ['de tekst', 'the text'];
  return words[lang === 'nl' ? 0 : 1];
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The refusals by code. */
export const userTextMessages = {
  TEXT_TOO_LONG: {
    nl: (p) => `${capital(field('nl', p))} is ${formatNumber('nl', p, 'length')} tekens lang; er passen er hoogstens ${formatNumber('nl', p, 'limit')} in. Maak ${field('nl', p)} korter.`,
    en: (p) => `${capital(field('en', p))} is ${formatNumber('en', p, 'length')} characters long; at most ${formatNumber('en', p, 'limit')} fit. Please shorten ${field('en', p)}.`,
  },
  TEXT_CONTROL_CHARACTER: {
    nl: (p) =>
      `${capital(field('nl', p))} bevat op positie ${formatNumber('nl', p, 'position')} een onzichtbaar stuurteken (${str(p, 'character') || '?'}). ` +
      'Gremium bewaart zulke tekens niet: haal het weg en probeer het opnieuw.',
    en: (p) =>
      `${capital(field('en', p))} contains an invisible control character (${str(p, 'character') || '?'}) at position ${formatNumber('en', p, 'position')}. ` +
      'Gremium does not store such characters: remove it and try again.',
  },
} satisfies Catalog;
