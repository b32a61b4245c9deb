/**
 * Messages of the membership import and export, in Dutch and English. Every problem code of
 * IMPORT_PROBLEM_CODES has a message that says where (row, column) and what to do about it.
 */
import type { ImportProblemCode } from '../domain/registry/membership-rows.ts';
import { formatNumber, joinList, str, type Catalog, type Message, type Params } from './catalog.ts';

const at = {
  nl: (p: Params) => (str(p, 'column') === '' ? `Rij ${str(p, 'row')}: ` : `Rij ${str(p, 'row')}, kolom ${str(p, 'column')}: `),
  en: (p: Params) => (str(p, 'column') === '' ? `Row ${str(p, 'row')}: ` : `Row ${str(p, 'row')}, column ${str(p, 'column')}: `),
};
const didYouMean = {
  nl: (p: Params) => (str(p, 'suggestion') === '' ? '' : ` Bedoelde u '${str(p, 'suggestion')}'?`),
  en: (p: Params) => (str(p, 'suggestion') === '' ? '' : ` Did you mean '${str(p, 'suggestion')}'?`),
};
const list = (p: Params, key: string, lang: 'nl' | 'en') => {
  const v = p[key];
  return joinList(Array.isArray(v) ? v.map((x) => `'${x}'`) : [`'${str(p, key)}'`], lang);
};
const count = (p: Params, key: string, one: string, many: string) => {
  const n = Number(p[key] ?? 0);
  return `${n} ${n === 1 ? one : many}`;
};

/** One message per problem code; a missing translation is a type error. */
const problems = {
  IMPORT_EMPTY_FILE: {
    nl: () => 'Het bestand is leeg: er staat geen kopregel in (Gremium, Naam, Organisatie, Rol, Van, ...).',
    en: () => 'The file is empty: it has no header row (Committee, Name, Organisation, Role, From, ...).',
  },
  IMPORT_MISSING_COLUMN: {
    nl: (p) => `Rij ${str(p, 'row')}: de kolom '${str(p, 'column')}' ontbreekt in de kopregel.`,
    en: (p) => `Row ${str(p, 'row')}: the column '${str(p, 'column')}' is missing from the header row.`,
  },
  IMPORT_DUPLICATE_COLUMN: {
    nl: (p) => `Rij ${str(p, 'row')}: de kolom '${str(p, 'column')}' staat er twee keer in.`,
    en: (p) => `Row ${str(p, 'row')}: the column '${str(p, 'column')}' appears twice.`,
  },
  IMPORT_MISSING_VALUE: {
    nl: (p) => `${at.nl(p)}leeg, maar verplicht.`,
    en: (p) => `${at.en(p)}empty, but required.`,
  },
  IMPORT_INVALID_DATE: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen datum. Schrijf bijvoorbeeld 2025-03-01 of 1-3-2025.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is not a date. Write for example 2025-03-01 or 1-3-2025.`,
  },
  IMPORT_END_BEFORE_START: {
    nl: (p) => `${at.nl(p)}de einddatum ${str(p, 'until')} ligt vóór de begindatum ${str(p, 'from')}.`,
    en: (p) => `${at.en(p)}the end date ${str(p, 'until')} is before the start date ${str(p, 'from')}.`,
  },
  IMPORT_UNKNOWN_ROLE: {
    nl: (p) => `${at.nl(p)}onbekende rol '${str(p, 'value')}'. Kies lid, adviseur, voorzitter, secretaris of agendacommissie.`,
    en: (p) => `${at.en(p)}unknown role '${str(p, 'value')}'. Choose member, adviser, chair, secretary or agenda committee.`,
  },
  IMPORT_INVALID_YES_NO: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen ja of nee.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is not yes or no.`,
  },
  IMPORT_INVALID_EMAIL: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen e-mailadres.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is not an e-mail address.`,
  },
  IMPORT_UNKNOWN_COMMITTEE: {
    nl: (p) => `${at.nl(p)}onbekend gremium '${str(p, 'value')}'.${didYouMean.nl(p)}`,
    en: (p) => `${at.en(p)}unknown committee '${str(p, 'value')}'.${didYouMean.en(p)}`,
  },
  IMPORT_AMBIGUOUS_COMMITTEE: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' kan meerdere gremia zijn: ${list(p, 'candidates', 'nl')}. Gebruik de code.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' could be several committees: ${list(p, 'candidates', 'en')}. Use the code.`,
  },
  IMPORT_UNKNOWN_ORGANISATION: {
    nl: (p) => `${at.nl(p)}onbekende organisatie '${str(p, 'value')}'.${didYouMean.nl(p)}`,
    en: (p) => `${at.en(p)}unknown organisation '${str(p, 'value')}'.${didYouMean.en(p)}`,
  },
  IMPORT_AMBIGUOUS_ORGANISATION: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' kan meerdere organisaties zijn: ${list(p, 'candidates', 'nl')}. Gebruik de volledige naam.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' could be several organisations: ${list(p, 'candidates', 'en')}. Use the full name.`,
  },
  IMPORT_AMBIGUOUS_PERSON: {
    nl: (p) => `${at.nl(p)}er zijn meerdere personen die '${str(p, 'value')}' heten. Vul het e-mailadres in.`,
    en: (p) => `${at.en(p)}several people are called '${str(p, 'value')}'. Fill in the e-mail address.`,
  },
  IMPORT_UNKNOWN_SUBSTITUTE: {
    nl: (p) => `${at.nl(p)}onbekende vervanger '${str(p, 'value')}': niemand met die naam is bekend of staat in het bestand.${didYouMean.nl(p)}`,
    en: (p) => `${at.en(p)}unknown substitute '${str(p, 'value')}': no one by that name is known or listed in the file.${didYouMean.en(p)}`,
  },
  IMPORT_AMBIGUOUS_SUBSTITUTE: {
    nl: (p) => `${at.nl(p)}er zijn meerdere personen die '${str(p, 'value')}' heten; het is niet duidelijk wie de vervanger is.`,
    en: (p) => `${at.en(p)}several people are called '${str(p, 'value')}'; it is not clear who the substitute is.`,
  },
  IMPORT_SUBSTITUTE_IS_HOLDER: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' kan niet de eigen vervanger zijn.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' cannot be their own substitute.`,
  },
  IMPORT_DUPLICATE_SEAT: {
    nl: (p) => `${at.nl(p)}dezelfde zetel (gremium, persoon, namens, rol) staat ook in rij ${str(p, 'otherRow')}, met een overlappende periode.`,
    en: (p) => `${at.en(p)}the same seat (committee, person, on behalf of, role) is also in row ${str(p, 'otherRow')}, for an overlapping period.`,
  },
  IMPORT_TEXT_TOO_LONG: {
    nl: (p) => `${at.nl(p)}${formatNumber('nl', p, 'length')} tekens; er passen er hoogstens ${formatNumber('nl', p, 'limit')} in. Maak de tekst korter.`,
    en: (p) => `${at.en(p)}${formatNumber('en', p, 'length')} characters; at most ${formatNumber('en', p, 'limit')} fit. Please shorten the text.`,
  },
  IMPORT_CONTROL_CHARACTER: {
    nl: (p) => `${at.nl(p)}bevat op positie ${formatNumber('nl', p, 'position')} een onzichtbaar stuurteken (${str(p, 'character') || '?'}). Haal het weg en lees het bestand opnieuw in.`,
    en: (p) => `${at.en(p)}contains an invisible control character (${str(p, 'character') || '?'}) at position ${formatNumber('en', p, 'position')}. Remove it and import the file again.`,
  },
  IMPORT_DUPLICATE_EXISTING_SEAT: {
    nl: (p) =>
      `${at.nl(p)}deze persoon heeft deze zetel al ${str(p, 'until') === '' ? `vanaf ${str(p, 'from')} zonder einddatum` : `van ${str(p, 'from')} tot en met ${str(p, 'until')}`}; de periodes overlappen. Neem die zetel op in het bestand met een einddatum, of laat deze rij later beginnen.`,
    en: (p) =>
      `${at.en(p)}this person already holds this seat ${str(p, 'until') === '' ? `from ${str(p, 'from')} with no end date` : `from ${str(p, 'from')} to ${str(p, 'until')}`}; the periods overlap. List that seat in the file with an end date, or start this row later.`,
  },
} satisfies Record<ImportProblemCode, Message>;

/** The import's and export's messages: every problem, the summaries and the file errors. */
export const importMessages = {
  ...problems,
  IMPORT_DONE: {
    nl: (p) =>
      `Ingelezen: ${count(p, 'created', 'zetel', 'zetels')} aangemaakt, ${str(p, 'updated')} bijgewerkt, ${str(p, 'unchanged')} ongewijzigd; ` +
      `${count(p, 'people', 'persoon', 'personen')} en ${count(p, 'mandates', 'mandaat', 'mandaten')} toegevoegd` +
      (Number(p.emails ?? 0) > 0 ? `, ${count(p, 'emails', 'e-mailadres', 'e-mailadressen')} aangevuld.` : '.'),
    en: (p) =>
      `Imported: ${count(p, 'created', 'seat', 'seats')} created, ${str(p, 'updated')} updated, ${str(p, 'unchanged')} unchanged; ` +
      `${count(p, 'people', 'person', 'people')} and ${count(p, 'mandates', 'mandate', 'mandates')} added` +
      (Number(p.emails ?? 0) > 0 ? `, ${count(p, 'emails', 'e-mail address', 'e-mail addresses')} filled in.` : '.'),
  },
  IMPORT_NO_CHANGES: {
    nl: (p) => `Niets gewijzigd: ${count(p, 'unchanged', 'rij kwam', 'rijen kwamen')} al overeen met het register.`,
    en: (p) => `Nothing changed: ${count(p, 'unchanged', 'row', 'rows')} already matched the registry.`,
  },
  IMPORT_REFUSED: {
    nl: (p) => `Het bestand is niet ingelezen: ${count(p, 'count', 'probleem', 'problemen')}. Er is niets gewijzigd.`,
    en: (p) => `The file was not imported: ${count(p, 'count', 'problem', 'problems')}. Nothing was changed.`,
  },
  IMPORT_PROGRESS: { nl: () => 'Inlezen', en: () => 'Importing' },
  EXPORT_DONE: {
    nl: (p) => `${count(p, 'rows', 'zetel', 'zetels')} geschreven naar ${str(p, 'file')}.`,
    en: (p) => `Wrote ${count(p, 'rows', 'seat', 'seats')} to ${str(p, 'file')}.`,
  },
  FILE_NOT_FOUND: {
    nl: (p) => `Het bestand '${str(p, 'file')}' bestaat niet.`,
    en: (p) => `The file '${str(p, 'file')}' does not exist.`,
  },
  UNSUPPORTED_FILE_TYPE: {
    nl: (p) => `'${str(p, 'file')}': alleen .xlsx en .csv worden ondersteund. Sla een .xls- of .ods-bestand op als .xlsx of .csv (Opslaan als) en probeer het opnieuw.`,
    en: (p) => `'${str(p, 'file')}': only .xlsx and .csv are supported. Save an .xls or .ods file as .xlsx or .csv (Save As) and try again.`,
  },
  FILE_UNREADABLE: {
    nl: (p) => `'${str(p, 'file')}' is geen leesbaar spreadsheetbestand. Open het en sla het opnieuw op als .xlsx of .csv.`,
    en: (p) => `'${str(p, 'file')}' is not a readable spreadsheet. Open it and save it again as .xlsx or .csv.`,
  },
  FILE_NOT_WRITABLE: {
    nl: (p) => `Kan '${str(p, 'file')}' niet schrijven: bestaat de map, en mag er geschreven worden?`,
    en: (p) => `Cannot write '${str(p, 'file')}': does the folder exist, and may it be written to?`,
  },
} satisfies Catalog;

/** A code of {@link importMessages}. */
export type ImportMessageCode = keyof typeof importMessages;
