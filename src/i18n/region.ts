/**
 * Messages of the region workbook (gremium region check | import | export), in Dutch and English.
 * Every REGION_* problem says where (the sheet prefix is added by the report) and what to write
 * instead; the IMPORT_* problems the workbook shares with the membership import keep their own
 * messages (import.ts).
 */
import type { RegionProblemCode } from '../domain/region/region-problems.ts';
import { joinList, str, type Catalog, type Message, type Params } from './catalog.ts';

const at = {
  nl: (p: Params) => (str(p, 'column') === '' ? `Rij ${str(p, 'row')}: ` : `Rij ${str(p, 'row')}, kolom ${str(p, 'column')}: `),
  en: (p: Params) => (str(p, 'column') === '' ? `Row ${str(p, 'row')}: ` : `Row ${str(p, 'row')}, column ${str(p, 'column')}: `),
};
const didYouMean = {
  nl: (p: Params) => (str(p, 'suggestion') === '' ? '' : ` Bedoelde u '${str(p, 'suggestion')}'?`),
  en: (p: Params) => (str(p, 'suggestion') === '' ? '' : ` Did you mean '${str(p, 'suggestion')}'?`),
};
const choices = (p: Params, lang: 'nl' | 'en') => {
  const v = p.choices;
  const items = Array.isArray(v) ? v.map((x) => `'${x}'`) : [];
  return items.length === 0 ? '' : lang === 'nl' ? ` Kies ${joinList(items, 'nl').replace(/ en ([^ ]+)$/, ' of $1')}.` : ` Choose ${joinList(items, 'en').replace(/ and ([^ ]+)$/, ' or $1')}.`;
};
const unknownWord = (nl: string, en: string): Message => ({
  nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen ${nl}.${didYouMean.nl(p)}${str(p, 'suggestion') === '' ? choices(p, 'nl') : ''}`,
  en: (p) => `${at.en(p)}'${str(p, 'value')}' is not a ${en}.${didYouMean.en(p)}${str(p, 'suggestion') === '' ? choices(p, 'en') : ''}`,
});

/** What a rhythm phrase may look like, for the message of an unreadable one. */
const RHYTHM_EXAMPLES = {
  nl: "'derde donderdag van de maand', 'eerste dinsdag', 'elke twee weken op maandag', 'maandelijks', 'per kwartaal op de eerste dinsdag', 'elke maandag', of een RRULE zoals FREQ=MONTHLY;BYDAY=+3TH",
  en: "'third Thursday of the month', 'first Tuesday', 'every two weeks on Monday', 'monthly', 'quarterly on the first Tuesday', 'every Monday', or an RRULE such as FREQ=MONTHLY;BYDAY=+3TH",
};
const RHYTHM_REASON: Record<string, { nl: (p: Params) => string; en: (p: Params) => string }> = {
  UNKNOWN_WORD: { nl: (p) => `het woord '${str(p, 'word')}' ken ik niet in een ritme`, en: (p) => `the word '${str(p, 'word')}' means nothing in a rhythm` },
  NO_RHYTHM: { nl: () => 'er staat niet in hoe vaak', en: () => 'it does not say how often' },
  ORDINAL_WITHOUT_DAY: { nl: () => 'er staat een rangtelwoord zonder dag', en: () => 'an ordinal has no weekday' },
  ORDINAL_NEEDS_MONTH: { nl: () => "'derde donderdag' en dergelijke bestaan alleen per maand", en: () => "'third Thursday' and the like exist only per month" },
  WEEKDAY_NEEDS_ORDINAL: { nl: () => 'welke van de dagen in de maand? Schrijf bijvoorbeeld eerste dinsdag', en: () => 'which of the days in the month? Write for example first Tuesday' },
  TWO_FREQUENCIES: { nl: () => 'er staan twee ritmes in; zet de toelichting in de kolom Ritme volgens de bron', en: () => 'it names two rhythms; put the explanation in the column Rhythm in the source' },
  RRULE: { nl: (p) => `de RRULE is ongeldig (${str(p, 'rruleReason')})`, en: (p) => `the RRULE is invalid (${str(p, 'rruleReason')})` },
};

const problems = {
  REGION_MISSING_SHEET: {
    nl: (p) => `Het blad '${str(p, 'sheet')}' (of '${str(p, 'english')}') ontbreekt in het werkboek.`,
    en: (p) => `The sheet '${str(p, 'english')}' (or '${str(p, 'sheet')}') is missing from the workbook.`,
  },
  REGION_EMPTY_SHEET: {
    nl: (p) => `Het blad '${str(p, 'sheet')}' is leeg: er staat geen kopregel in.`,
    en: (p) => `The sheet '${str(p, 'sheet')}' is empty: it has no header row.`,
  },
  REGION_DUPLICATE_SHEET: {
    nl: (p) => `Het blad '${str(p, 'sheet')}' staat er twee keer in (in het Nederlands en het Engels?). Houd er één.`,
    en: (p) => `The sheet '${str(p, 'sheet')}' appears twice (in Dutch and in English?). Keep one.`,
  },
  REGION_UNKNOWN_KIND: unknownWord('soort organisatie', 'kind of organisation'),
  REGION_UNKNOWN_DECISION_RULE: unknownWord('besluitregel', 'decision rule'),
  REGION_UNKNOWN_SUBSTITUTE_RULE: unknownWord('vervangingsregel', 'substitution rule'),
  REGION_UNKNOWN_VOTE_PER: unknownWord('keuze voor stemmen per zetel of per partij', 'choice of voting per seat or per party'),
  REGION_UNKNOWN_CHAIR_FROM: unknownWord("keuze waaruit de voorzitter komt ('leden' of een soort partij)", "choice of where the chair comes from ('members' or a kind of party)"),
  REGION_UNKNOWN_ARTICLE: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen lidwoord. Schrijf 'de' of 'het'.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is not a Dutch article. Write 'de' or 'het'.`,
  },
  REGION_UNKNOWN_LANGUAGE: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen taal die Gremium spreekt. Schrijf 'nl' of 'en'.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is not a language Gremium speaks. Write 'nl' or 'en'.`,
  },
  REGION_INVALID_NUMBER: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen geheel getal.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is not a whole number.`,
  },
  REGION_INVALID_TIME: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen tijd. Schrijf bijvoorbeeld 14:00 of 9:30.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is not a time. Write for example 14:00 or 9:30.`,
  },
  REGION_INVALID_RHYTHM: {
    nl: (p) => `${at.nl(p)}het ritme '${str(p, 'value')}' is niet te lezen: ${(RHYTHM_REASON[str(p, 'reason')] ?? RHYTHM_REASON.NO_RHYTHM)!.nl(p)}. Gremium leest bijvoorbeeld ${RHYTHM_EXAMPLES.nl}. Heeft het gremium geen vast ritme, laat de kolom dan leeg en zet de vergaderdata onder Vergaderingen.`,
    en: (p) => `${at.en(p)}the rhythm '${str(p, 'value')}' cannot be read: ${(RHYTHM_REASON[str(p, 'reason')] ?? RHYTHM_REASON.NO_RHYTHM)!.en(p)}. Gremium reads for example ${RHYTHM_EXAMPLES.en}. If the committee has no fixed rhythm, leave the column empty and list the meeting days under Meetings.`,
  },
  REGION_UNKNOWN_DUTY: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' noemt geen termijn: agenda, stukken, verslag, besluitenlijst of reacties.${didYouMean.nl(p)}`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' names no deadline: agenda, papers, minutes, decision list or reactions.${didYouMean.en(p)}`,
  },
  REGION_INVALID_DEADLINE: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' heeft geen aantal dagen. Schrijf bijvoorbeeld 'agenda -21; stukken -7; verslag +21'.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' has no number of days. Write for example 'agenda -21; papers -7; minutes +21'.`,
  },
  REGION_DEADLINE_DIRECTION: {
    nl: (p) =>
      `${at.nl(p)}'${str(p, 'value')}' telt de verkeerde kant op: ${str(p, 'direction') === 'BEFORE' ? 'deze termijn ligt vóór de vergadering (een min-teken, -21)' : 'deze termijn ligt na de vergadering (een plus-teken, +21)'}.`,
    en: (p) =>
      `${at.en(p)}'${str(p, 'value')}' counts the wrong way: ${str(p, 'direction') === 'BEFORE' ? 'this deadline comes before the meeting (a minus sign, -21)' : 'this deadline comes after the meeting (a plus sign, +21)'}.`,
  },
  REGION_DUPLICATE_DEADLINE: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}': deze termijn staat er al.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}': this deadline is already given.`,
  },
  REGION_INVALID_TASK: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen taak. Schrijf per taak: naam, termijn (dagen na (+) of vóór (-) elke vergadering, of 'jaarlijks DD-MM') en 'door' wie, bijvoorbeeld 'verslag verspreiden +21 door Sociaal Domein Achterhoek; samenstelling evalueren jaarlijks 01-12 door Gemeente Steenwijkerland'.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is not a duty. Write per duty: name, term (days after (+) or before (-) each meeting, or 'yearly DD-MM') and 'by' whom, for example 'distribute minutes +21 by Sociaal Domein Achterhoek; evaluate composition yearly 01-12 by Gemeente Steenwijkerland'.`,
  },
  REGION_DUPLICATE_TASK: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}': een taak met deze naam staat er al.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}': a duty with this name is already given.`,
  },
  REGION_UNKNOWN_TASK_HOLDER: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen organisatie of persoon uit het werkboek, en geen rol (voorzitter, secretaris). Wie de taak heeft, moet Gremium kunnen vinden om te herinneren.${didYouMean.nl(p)}`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is no organisation or person of the workbook, nor a role (chair, secretary). Gremium must find who holds the duty to remind them.${didYouMean.en(p)}`,
  },
  REGION_INVALID_REMINDERS: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' zijn geen dagen vóór een termijn. Schrijf bijvoorbeeld '7; 2'.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' are not days before a deadline. Write for example '7; 2'.`,
  },
  REGION_INVALID_COMPOSITION: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen soort met een aantal. Schrijf bijvoorbeeld 'gemeente 6; combinatie 6'.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is not a kind with a number. Write for example 'municipality 6; combination 6'.`,
  },
  REGION_INVALID_MEETING: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is geen vergaderdatum. Schrijf bijvoorbeeld '2026-03-12' of '12-3-2026 15:00'.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is not a meeting date. Write for example '2026-03-12' or '12-3-2026 15:00'.`,
  },
  REGION_DUPLICATE_NAME: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' wordt ook gebruikt in rij ${str(p, 'otherRow')}; een naam, alias of code mag maar één keer voorkomen.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is also used in row ${str(p, 'otherRow')}; a name, alias or code may occur only once.`,
  },
  REGION_DUPLICATE_EMAIL: {
    nl: (p) => `${at.nl(p)}het e-mailadres '${str(p, 'value')}' staat ook in rij ${str(p, 'otherRow')}.`,
    en: (p) => `${at.en(p)}the e-mail address '${str(p, 'value')}' is also in row ${str(p, 'otherRow')}.`,
  },
  REGION_LEAD_NOT_GROUP: {
    nl: (p) => `${at.nl(p)}alleen een combinatie of coalitie heeft een penvoerder en leden; '${str(p, 'value')}' is dat niet (kolom Soort).`,
    en: (p) => `${at.en(p)}only a combination or coalition has a lead and members; '${str(p, 'value')}' is neither (column Kind).`,
  },
  REGION_NESTED_COMBINATION: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' is zelf een combinatie en kan geen lid van een combinatie zijn.`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is itself a combination and cannot be a member of one.`,
  },
  REGION_ESCALATES_TO_SELF: {
    nl: (p) => `${at.nl(p)}een gremium kan niet naar zichzelf escaleren.`,
    en: (p) => `${at.en(p)}a committee cannot escalate to itself.`,
  },
  REGION_ESCALATION_CYCLE: {
    nl: (p) => `${at.nl(p)}de escalatie gaat in een kring (${str(p, 'value')}); ergens moet hij eindigen.`,
    en: (p) => `${at.en(p)}escalation goes round in a circle (${str(p, 'value')}); it must end somewhere.`,
  },
  REGION_UNKNOWN_PERSON: {
    nl: (p) => `${at.nl(p)}'${str(p, 'value')}' staat niet op het blad Personen of Leden.${didYouMean.nl(p)}`,
    en: (p) => `${at.en(p)}'${str(p, 'value')}' is on neither the People nor the Members sheet.${didYouMean.en(p)}`,
  },
  REGION_DUPLICATE_MANDATE: {
    nl: (p) => `${at.nl(p)}hetzelfde mandaat (persoon, organisatie, begindatum) staat ook in rij ${str(p, 'otherRow')}.`,
    en: (p) => `${at.en(p)}the same mandate (person, organisation, start date) is also in row ${str(p, 'otherRow')}.`,
  },
} satisfies Record<RegionProblemCode, Message>;

const n = (p: Params, key: string) => Number(p[key] ?? 0);

/** The region commands' messages. */
export const regionMessages = {
  ...problems,
  REGION_REFUSED: {
    nl: (p) => `Het werkboek is niet ingelezen: ${n(p, 'count')} ${n(p, 'count') === 1 ? 'probleem' : 'problemen'}. Er is niets gewijzigd.`,
    en: (p) => `The workbook was not imported: ${n(p, 'count')} ${n(p, 'count') === 1 ? 'problem' : 'problems'}. Nothing was changed.`,
  },
  REGION_CHECK_REFUSED: {
    nl: (p) => `Het werkboek heeft ${n(p, 'count')} ${n(p, 'count') === 1 ? 'probleem' : 'problemen'}; zo wordt het niet ingelezen.`,
    en: (p) => `The workbook has ${n(p, 'count')} ${n(p, 'count') === 1 ? 'problem' : 'problems'}; it would not be imported like this.`,
  },
  REGION_CHANGED_MEANWHILE: {
    nl: () => 'Het register is gewijzigd sinds het plan werd getoond; er is niets ingelezen. Voer de opdracht opnieuw uit.',
    en: () => 'The registry changed after the plan was shown; nothing was imported. Run the command again.',
  },
  REGION_CHECK_OK: {
    nl: () => 'Het werkboek is in orde. Inlezen zou dit doen:',
    en: () => 'The workbook is sound. Importing it would do this:',
  },
  REGION_PLAN: {
    nl: () => 'Inlezen doet dit:',
    en: () => 'Importing does this:',
  },
  REGION_NO_CHANGES: {
    nl: () => 'Het werkboek is in orde en het register komt er al mee overeen: inlezen verandert niets.',
    en: () => 'The workbook is sound and the registry already matches it: importing changes nothing.',
  },
  REGION_NOTHING_CHANGED: {
    nl: () => 'Niets gewijzigd: het register kwam al overeen met het werkboek.',
    en: () => 'Nothing changed: the registry already matched the workbook.',
  },
  REGION_LINE_ORGANISATIONS: {
    nl: (p) => `Organisaties: ${n(p, 'added')} nieuw, ${n(p, 'changed')} gewijzigd, ${n(p, 'unchanged')} ongewijzigd.`,
    en: (p) => `Organisations: ${n(p, 'added')} new, ${n(p, 'changed')} changed, ${n(p, 'unchanged')} unchanged.`,
  },
  REGION_LINE_COMMITTEES: {
    nl: (p) => `Gremia: ${n(p, 'added')} nieuw, ${n(p, 'changed')} gewijzigd, ${n(p, 'unchanged')} ongewijzigd.`,
    en: (p) => `Committees: ${n(p, 'added')} new, ${n(p, 'changed')} changed, ${n(p, 'unchanged')} unchanged.`,
  },
  REGION_LINE_PEOPLE: {
    nl: (p) => `Personen: ${n(p, 'added')} nieuw, ${n(p, 'changed')} gewijzigd.`,
    en: (p) => `People: ${n(p, 'added')} new, ${n(p, 'changed')} changed.`,
  },
  REGION_LINE_SEATS: {
    nl: (p) => `Zetels: ${n(p, 'added')} nieuw, ${n(p, 'changed')} gewijzigd, ${n(p, 'ended')} beëindigd, ${n(p, 'removed')} vervallen voordat ze begonnen, ${n(p, 'unchanged')} ongewijzigd.`,
    en: (p) => `Seats: ${n(p, 'added')} new, ${n(p, 'changed')} changed, ${n(p, 'ended')} ended, ${n(p, 'removed')} withdrawn before they began, ${n(p, 'unchanged')} unchanged.`,
  },
  REGION_LINE_MANDATES: {
    nl: (p) => `Mandaten: ${n(p, 'added')} nieuw, ${n(p, 'changed')} gewijzigd, ${n(p, 'ended')} ingetrokken.`,
    en: (p) => `Mandates: ${n(p, 'added')} new, ${n(p, 'changed')} changed, ${n(p, 'ended')} revoked.`,
  },
  REGION_LINE_MEETINGS: {
    nl: (p) => `Losse vergaderingen: ${n(p, 'added')} nieuw.`,
    en: (p) => `One-off meetings: ${n(p, 'added')} new.`,
  },
  REGION_ITEMS_ADDED: { nl: (p) => `  nieuw: ${str(p, 'items')}`, en: (p) => `  new: ${str(p, 'items')}` },
  REGION_ITEMS_CHANGED: { nl: (p) => `  gewijzigd: ${str(p, 'items')}`, en: (p) => `  changed: ${str(p, 'items')}` },
  REGION_ITEMS_ENDED: { nl: (p) => `  beëindigd: ${str(p, 'items')}`, en: (p) => `  ended: ${str(p, 'items')}` },
  REGION_ITEMS_MORE: { nl: (p) => `en ${n(p, 'count')} meer`, en: (p) => `and ${n(p, 'count')} more` },
  REGION_CONFIRM: { nl: () => 'Doorvoeren? (ja/nee) ', en: () => 'Apply? (yes/no) ' },
  REGION_NEEDS_YES: {
    nl: () => 'Er is geen terminal om te bevestigen: geef --yes mee om door te voeren. Er is niets gewijzigd.',
    en: () => 'There is no terminal to confirm on: pass --yes to apply. Nothing was changed.',
  },
  REGION_CANCELLED: { nl: () => 'Niet doorgevoerd. Er is niets gewijzigd.', en: () => 'Not applied. Nothing was changed.' },
  REGION_IMPORTED: {
    nl: (p) => `Ingelezen: ${n(p, 'entries')} ${n(p, 'entries') === 1 ? 'wijziging' : 'wijzigingen'}, elk vastgelegd in het auditlog.`,
    en: (p) => `Imported: ${n(p, 'entries')} ${n(p, 'entries') === 1 ? 'change' : 'changes'}, each recorded in the audit log.`,
  },
  REGION_EXPORTED: {
    nl: (p) => `Geschreven naar ${str(p, 'file')}: ${n(p, 'organisations')} organisaties, ${n(p, 'committees')} gremia, ${n(p, 'people')} personen, ${n(p, 'seatRows')} zetels en ${n(p, 'mandates')} mandaten.`,
    en: (p) => `Wrote to ${str(p, 'file')}: ${n(p, 'organisations')} organisations, ${n(p, 'committees')} committees, ${n(p, 'people')} people, ${n(p, 'seatRows')} seats and ${n(p, 'mandates')} mandates.`,
  },
  REGION_SHEET_PREFIX: { nl: (p) => `Blad ${str(p, 'sheet')}: `, en: (p) => `Sheet ${str(p, 'sheet')}: ` },
} satisfies Catalog;
