/**
 * The sheets of the region workbook and their columns (DOMAIN.md, "Region workbook"). The three
 * sheets DOMAIN.md names (Organisaties, Gremia, Leden) plus two optional ones for what the Leden
 * sheet cannot say: Personen (people without a seat, the administrator, a person's language) and
 * Mandaten (a mandate's own period and scope, and its revocation: 001 SBO "rechtsgeldig bevoegd",
 * 002 art. 4.1 "Elke Partij maakt schriftelijk kenbaar welke persoon ... bevoegd zijn").
 * Columns beyond DOMAIN.md's minimum carry the seeds' rules: composition per kind of party, who
 * sits for whom, who may chair, who makes the agenda and the minutes.
 */
import type { SheetLanguage } from '../registry/membership-headers.ts';
import { headerKey, type SheetLayout } from './sheet-layout.ts';

/** The workbook's sheets. Leden is the membership spreadsheet (membership-headers.ts). */
export const REGION_SHEETS = ['organisations', 'committees', 'members', 'people', 'mandates'] as const;
/** One of {@link REGION_SHEETS}. */
export type RegionSheet = (typeof REGION_SHEETS)[number];

/** Each sheet's name in Dutch and English (and the .csv file names of a folder workbook). */
export const SHEET_NAMES: Readonly<Record<RegionSheet, { nl: string; en: string; required: boolean }>> = {
  organisations: { nl: 'Organisaties', en: 'Organisations', required: true },
  committees: { nl: 'Gremia', en: 'Committees', required: true },
  members: { nl: 'Leden', en: 'Members', required: true },
  people: { nl: 'Personen', en: 'People', required: false },
  mandates: { nl: 'Mandaten', en: 'Mandates', required: false },
};

/** The sheet a sheet (or file) name means, or null: "gremia", "Committees.csv" and "GREMIA" all meet. */
export function sheetOfName(name: string): RegionSheet | null {
  const key = headerKey(name.replace(/\.(csv|xlsx)$/i, ''));
  for (const sheet of REGION_SHEETS) {
    const n = SHEET_NAMES[sheet];
    if (headerKey(n.nl) === key || headerKey(n.en) === key || (sheet === 'organisations' && key === 'organizations')) return sheet;
  }
  return null;
}

/** A sheet's name in a language. */
export function sheetName(sheet: RegionSheet, lang: SheetLanguage): string {
  return SHEET_NAMES[sheet][lang];
}

/** Organisaties | Organisations. */
export const ORGANISATION_LAYOUT = {
  name: { nl: 'Naam', en: 'Name', required: true },
  kind: { nl: 'Soort', en: 'Kind', also: ['type', 'soort organisatie'], required: true },
  aliases: { nl: 'Aliassen', en: 'Aliases', also: ['alias', 'ook bekend als', 'afkortingen'] },
  lead: { nl: 'Penvoerder', en: 'Lead', also: ['lead provider', 'penvoerende partij'] },
  members: { nl: 'Leden', en: 'Members', also: ['deelnemers', 'aangesloten organisaties'] },
  region: { nl: 'Regio', en: 'Region' },
} as const satisfies SheetLayout<string>;
/** A column of {@link ORGANISATION_LAYOUT}. */
export type OrganisationColumn = keyof typeof ORGANISATION_LAYOUT;

/** Gremia | Committees. */
export const COMMITTEE_LAYOUT = {
  code: { nl: 'Code', en: 'Code', also: ['afkorting'], required: true },
  name: { nl: 'Naam', en: 'Name', required: true },
  article: { nl: 'Lidwoord', en: 'Article' },
  aliases: { nl: 'Aliassen', en: 'Aliases', also: ['alias', 'ook bekend als'] },
  partnership: { nl: 'Samenwerking', en: 'Partnership', also: ['samenwerkingsverband', 'regio', 'region'] },
  purpose: { nl: 'Doel', en: 'Purpose' },
  decisionRule: { nl: 'Besluitregel', en: 'Decision rule', also: ['besluitvorming', 'decision making'], required: true },
  votePer: { nl: 'Stem per', en: 'Vote per', also: ['stemmen per', 'votes per'] },
  substituteRule: { nl: 'Vervanging', en: 'Substitution', also: ['vervangingsregel', 'substitution rule', 'substitute rule'], required: true },
  mandateRequired: { nl: 'Mandaat vereist', en: 'Mandate required', also: ['mandaat verplicht'] },
  // 001 SBO, ORO, contract talks: "Bij verhindering zorgen Gemeente of jeugdhulpcombinaties voor een adequate vervanger"
  substituteRequired: { nl: 'Vervanger verplicht', en: 'Substitute required', also: ['vervanger vereist'] },
  seatsPerParty: { nl: 'Zetels per partij', en: 'Seats per party', also: ['leden per partij', 'members per party'] },
  // 001 SBO: "6 vertegenwoordigende wethouders namens de gemeenten", "6 Bestuurders namens de combinaties".
  composition: { nl: 'Samenstelling', en: 'Composition', also: ['bezetting', 'leden per soort', 'members per kind'] },
  // 000 art. 3: "Elke bestuurder van een zorgaanbieder schuift aan namens de eigen organisatie/coalitie".
  ownOrganisationOnly: { nl: 'Alleen namens eigen organisatie', en: 'Own organisation only', also: ['namens eigen organisatie', 'own organization only'] },
  // 001 ORO: "1 beleidsmedewerkers per Regio (uit hun midden wordt de voorzitter gekozen)".
  chairFrom: { nl: 'Voorzitter uit', en: 'Chair from', also: ['voorzitter uit de leden', 'voorzitter gekozen uit', 'chair chosen from'] },
  rhythm: { nl: 'Ritme', en: 'Rhythm', also: ['frequentie', 'frequency'] },
  rhythmNote: { nl: 'Ritme volgens de bron', en: 'Rhythm in the source', also: ['ritme toelichting', 'rhythm note'] },
  seriesStart: { nl: 'Ritme vanaf', en: 'Rhythm from', also: ['eerste vergadering', 'first meeting'] },
  time: { nl: 'Tijd', en: 'Time', also: ['aanvang', 'begintijd', 'start time'] },
  duration: { nl: 'Duur', en: 'Duration', also: ['duur in minuten', 'duration in minutes', 'minuten', 'minutes'] },
  meetings: { nl: 'Vergaderingen', en: 'Meetings', also: ['vergaderdata', 'meeting dates', 'losse vergaderingen'] },
  deadlines: { nl: 'Termijnen', en: 'Deadlines' },
  // 001 SBO: "De voorzitter van het ORO organiseert verzorgt de agenda's en de verslaglegging."
  responsible: { nl: 'Agenda en verslag door', en: 'Agenda and minutes by', also: ['verantwoordelijke', 'responsible'] },
  reminders: { nl: 'Herinneren', en: 'Reminders', also: ['herinnering', 'herinneringen', 'remind'] },
  // 000 art. 5 "verspreid door de SDA", 004 the programme manager's minutes, 002 art. 7.4 the yearly evaluation.
  tasks: { nl: 'Taken', en: 'Duties', also: ['vaste taken', 'tasks', 'standing duties'] },
  escalatesTo: { nl: 'Escaleert naar', en: 'Escalates to', also: ['escalatie', 'escalation'] },
  language: { nl: 'Taal', en: 'Language' },
  secretBallot: { nl: 'Geheime stemming', en: 'Secret ballot' },
  source: { nl: 'Bron', en: 'Source', also: ['bronverwijzing'] },
} as const satisfies SheetLayout<string>;
/** A column of {@link COMMITTEE_LAYOUT}. */
export type CommitteeColumn = keyof typeof COMMITTEE_LAYOUT;

/** Personen | People (optional): everyone the region knows, with or without a seat. */
export const PERSON_LAYOUT = {
  name: { nl: 'Naam', en: 'Name', required: true },
  email: { nl: 'E-mail', en: 'Email', also: ['e-mailadres', 'email address', 'mail'] },
  organisation: { nl: 'Organisatie', en: 'Organisation', also: ['organization', 'werkgever', 'employer'] },
  language: { nl: 'Taal', en: 'Language' },
  admin: { nl: 'Beheerder', en: 'Administrator', also: ['admin', 'beheer'] },
} as const satisfies SheetLayout<string>;
/** A column of {@link PERSON_LAYOUT}. */
export type PersonColumn = keyof typeof PERSON_LAYOUT;

/** Mandaten | Mandates (optional): written authorisations with their own period. */
export const MANDATE_LAYOUT = {
  name: { nl: 'Naam', en: 'Name', required: true },
  email: { nl: 'E-mail', en: 'Email', also: ['e-mailadres', 'email address'] },
  organisation: { nl: 'Organisatie', en: 'Organisation', also: ['namens', 'on behalf of', 'organization'], required: true },
  from: { nl: 'Van', en: 'From', also: ['vanaf', 'start'], required: true },
  until: { nl: 'Tot', en: 'Until', also: ['tot en met', 't/m', 'einde', 'end'] },
  scope: { nl: 'Reikwijdte', en: 'Scope', also: ['bereik', 'voor'] },
  revokedOn: { nl: 'Ingetrokken op', en: 'Revoked on', also: ['ingetrokken', 'revoked'] },
  revokedBy: { nl: 'Ingetrokken door', en: 'Revoked by' },
} as const satisfies SheetLayout<string>;
/** A column of {@link MANDATE_LAYOUT}. */
export type MandateColumn = keyof typeof MANDATE_LAYOUT;
