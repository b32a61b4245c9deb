/**
 * The weekly digest (issue 17, point 5): choosing its day or turning it off (conversation/identity/
 * digest.ts) and the digest itself (conversation/schedule/weekly-digest.ts). `day` is a weekday's name
 * in the message's language.
 */
import { str, type Catalog } from './catalog.ts';

export const digestMessages = {
  DIGEST_SET: {
    nl: (p) => `Uw weekoverzicht ("wat staat er voor mij open?") komt voortaan elke ${str(p, 'day')} vanaf ${str(p, 'time')} als persoonlijk bericht. Uitzetten: /gremium overzicht uit`,
    en: (p) => `Your weekly digest ("what needs me?") now comes every ${str(p, 'day')} from ${str(p, 'time')} as a direct message. Turn it off: /gremium digest off`,
  },
  DIGEST_OFF: {
    nl: () => 'U krijgt geen weekoverzicht meer. Weer aanzetten: /gremium overzicht maandag (of een andere dag).',
    en: () => 'You will no longer get a weekly digest. Turn it on again: /gremium digest monday (or another day).',
  },
  DIGEST_CURRENT: {
    nl: (p) => `Uw weekoverzicht komt elke ${str(p, 'day')} vanaf ${str(p, 'time')}. Andere dag: /gremium overzicht <dag>; uitzetten: /gremium overzicht uit`,
    en: (p) => `Your weekly digest comes every ${str(p, 'day')} from ${str(p, 'time')}. Another day: /gremium digest <day>; turn it off: /gremium digest off`,
  },
  DIGEST_CURRENT_OFF: {
    nl: () => 'U krijgt geen weekoverzicht. Aanzetten: /gremium overzicht <dag>, bijvoorbeeld /gremium overzicht maandag',
    en: () => 'You get no weekly digest. Turn it on: /gremium digest <day>, for example /gremium digest monday',
  },
  /** A typed day that is no weekday (params: value). Nothing changes. */
  INVALID_DIGEST_DAY: {
    nl: (p) => `"${str(p, 'value')}" is geen dag. Kies maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag of zondag, of "uit" voor geen weekoverzicht. Er is niets gewijzigd.`,
    en: (p) => `"${str(p, 'value')}" is not a day. Choose Monday, Tuesday, Wednesday, Thursday, Friday, Saturday or Sunday, or "off" for no weekly digest. Nothing was changed.`,
  },
  DIGEST_TITLE: { nl: (p) => `Weekoverzicht voor ${str(p, 'person')} (week ${str(p, 'week')})`, en: (p) => `Weekly digest for ${str(p, 'person')} (week ${str(p, 'week')})` },
  DIGEST_NOTHING: { nl: () => 'Er staat deze week niets voor u open.', en: () => 'Nothing needs you this week.' },
  DIGEST_FOOTER: {
    nl: (p) => `U krijgt dit overzicht elke ${str(p, 'day')}. Andere dag: /gremium overzicht <dag>; uitzetten: /gremium overzicht uit`,
    en: (p) => `You get this digest every ${str(p, 'day')}. Another day: /gremium digest <day>; turn it off: /gremium digest off`,
  },
  CONFIRM_DIGEST_DAY: { nl: (p) => `Uw weekoverzicht voortaan elke ${str(p, 'day')} sturen.`, en: (p) => `Send your weekly digest every ${str(p, 'day')} from now on.` },
  CONFIRM_DIGEST_OFF: { nl: () => 'Geen weekoverzicht meer sturen.', en: () => 'Stop sending your weekly digest.' },
} satisfies Catalog;
