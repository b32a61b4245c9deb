/**
 * Refusals of a seat by its committee's composition rules (domain/registry/composition.ts), in Dutch
 * and English, each quoting the committee's source. From a workbook they start with the row and
 * column; from a command they stand alone.
 */
import type { CompositionErrorCode } from '../domain/registry/composition.ts';
import { joinList, str, type Message, type Params } from './catalog.ts';

/** "Rij 4, kolom Namens: ..." from a workbook; standing alone, the sentence starts with a capital. */
const at = {
  nl: (p: Params, body: string) => (p.row === undefined ? capital(body) : `Rij ${str(p, 'row')}, kolom ${str(p, 'column')}: ${body}`),
  en: (p: Params, body: string) => (p.row === undefined ? capital(body) : `Row ${str(p, 'row')}, column ${str(p, 'column')}: ${body}`),
};
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
const the = (p: Params) => `${str(p, 'article') || 'het'} ${str(p, 'committee')}`;
const source = { nl: (p: Params) => (str(p, 'source') === '' ? '' : ` (bron: ${str(p, 'source')})`), en: (p: Params) => (str(p, 'source') === '' ? '' : ` (source: ${str(p, 'source')})`) };
const KIND: Record<string, { nl: string; en: string }> = {
  MUNICIPALITY: { nl: 'gemeente', en: 'municipality' },
  PROVIDER: { nl: 'aanbieder', en: 'provider' },
  COMBINATION: { nl: 'combinatie of coalitie', en: 'combination or coalition' },
  REGIONAL_BODY: { nl: 'regionaal orgaan', en: 'regional body' },
  OTHER: { nl: 'andere partij', en: 'other party' },
};
const kind = (p: Params, key: string, lang: 'nl' | 'en') => KIND[str(p, key)]?.[lang] ?? str(p, key);
const holders = (p: Params, lang: 'nl' | 'en') => (Array.isArray(p.holders) && p.holders.length > 0 ? ` (${joinList(p.holders as string[], lang)})` : '');
const n = (p: Params, key: string) => Number(p[key] ?? 0);

/** One message per composition code. */
export const compositionMessages = {
  SEATS_PER_PARTY_EXCEEDED: {
    nl: (p) => at.nl(p, `${str(p, 'organisation')} heeft in ${the(p)} al ${n(p, 'limit')} ${n(p, 'limit') === 1 ? 'zetel' : 'zetels'} als lid${holders(p, 'nl')}; meer mag niet${source.nl(p)}. Beëindig eerst die zetel.`),
    en: (p) => at.en(p, `${str(p, 'organisation')} already holds ${n(p, 'limit')} member ${n(p, 'limit') === 1 ? 'seat' : 'seats'} in the ${str(p, 'committee')}${holders(p, 'en')}; no more are allowed${source.en(p)}. End that seat first.`),
  },
  COMPOSITION_EXCEEDED: {
    nl: (p) =>
      n(p, 'limit') === 0
        ? at.nl(p, `${the(p)} heeft geen leden namens een ${kind(p, 'kind', 'nl')}${source.nl(p)}.`)
        : at.nl(p, `${the(p)} heeft al ${n(p, 'limit')} leden namens een ${kind(p, 'kind', 'nl')}; meer mag niet${source.nl(p)}.`),
    en: (p) =>
      n(p, 'limit') === 0
        ? at.en(p, `the ${str(p, 'committee')} has no members for a ${kind(p, 'kind', 'en')}${source.en(p)}.`)
        : at.en(p, `the ${str(p, 'committee')} already has ${n(p, 'limit')} members for a ${kind(p, 'kind', 'en')}; no more are allowed${source.en(p)}.`),
  },
  MANDATE_REQUIRED: {
    nl: (p) => at.nl(p, `in ${the(p)} zit als lid alleen wie rechtsgeldig bevoegd is${source.nl(p)}: ${str(p, 'person')} heeft op ${str(p, 'from')} geen geldig mandaat voor ${str(p, 'organisation')}. Leg eerst het mandaat vast.`),
    en: (p) => at.en(p, `only someone legally authorised sits as a member of the ${str(p, 'committee')}${source.en(p)}: ${str(p, 'person')} holds no valid mandate for ${str(p, 'organisation')} on ${str(p, 'from')}. Record the mandate first.`),
  },
  NOT_OWN_ORGANISATION: {
    nl: (p) => at.nl(p, `in ${the(p)} zit elk lid namens de eigen organisatie of coalitie${source.nl(p)}: ${str(p, 'person')} werkt ${str(p, 'employer') === '' ? 'voor geen van de partijen' : `voor ${str(p, 'employer')}`}, niet voor ${str(p, 'organisation')}.`),
    en: (p) => at.en(p, `every member of the ${str(p, 'committee')} sits for their own organisation or coalition${source.en(p)}: ${str(p, 'person')} works ${str(p, 'employer') === '' ? 'for none of the parties' : `for ${str(p, 'employer')}`}, not for ${str(p, 'organisation')}.`),
  },
  CHAIR_NOT_FROM_MEMBERS: {
    nl: (p) => at.nl(p, `de voorzitter van ${the(p)} wordt gekozen uit ${str(p, 'chairFrom') === 'MEMBERS' ? 'de leden' : `de leden namens een ${kind(p, 'chairFrom', 'nl')}`}${source.nl(p)}; ${str(p, 'person')} is dat niet.`),
    en: (p) => at.en(p, `the chair of the ${str(p, 'committee')} is chosen from ${str(p, 'chairFrom') === 'MEMBERS' ? 'its members' : `the members for a ${kind(p, 'chairFrom', 'en')}`}${source.en(p)}; ${str(p, 'person')} is not one of them.`),
  },
} satisfies Record<CompositionErrorCode, Message>;
