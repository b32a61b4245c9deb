/**
 * The region workbook's own problem codes (beside the membership import's IMPORT_* codes, which
 * the workbook reuses for the same problems). Each is reported at a sheet, row and column and has
 * a Dutch and English message in src/i18n/region.ts.
 */
export const REGION_PROBLEM_CODES = [
  /** A required sheet (Organisaties, Gremia, Leden) is absent (params: sheet, english). */
  'REGION_MISSING_SHEET',
  /** A sheet has no header row (params: sheet). */
  'REGION_EMPTY_SHEET',
  /** Two sheets (or files) are the same sheet (params: sheet). */
  'REGION_DUPLICATE_SHEET',
  /** Soort is no kind of organisation (params: value, suggestion?, choices). */
  'REGION_UNKNOWN_KIND',
  /** Besluitregel is no decision rule (params: value, suggestion?, choices). */
  'REGION_UNKNOWN_DECISION_RULE',
  /** Vervanging is no substitution rule (params: value, suggestion?, choices). */
  'REGION_UNKNOWN_SUBSTITUTE_RULE',
  /** Stem per is neither zetel nor partij (params: value, suggestion?, choices). */
  'REGION_UNKNOWN_VOTE_PER',
  /** Voorzitter uit is neither leden nor a kind of party (params: value, suggestion?, choices). */
  'REGION_UNKNOWN_CHAIR_FROM',
  /** Lidwoord is neither de nor het (params: value). */
  'REGION_UNKNOWN_ARTICLE',
  /** Taal is neither nl nor en (params: value). */
  'REGION_UNKNOWN_LANGUAGE',
  /** A whole number was expected (Zetels per partij, Duur) (params: value). */
  'REGION_INVALID_NUMBER',
  /** Tijd is no HH:mm time (params: value). */
  'REGION_INVALID_TIME',
  /** Ritme cannot be read (params: value, reason, word?). */
  'REGION_INVALID_RHYTHM',
  /** A Termijnen item names no duty (params: value, suggestion?). */
  'REGION_UNKNOWN_DUTY',
  /** A Termijnen item has no day count (params: value). */
  'REGION_INVALID_DEADLINE',
  /** A Termijnen item counts the wrong way: agenda after, minutes before the meeting (params: value, direction). */
  'REGION_DEADLINE_DIRECTION',
  /** A Termijnen item names a duty twice (params: value). */
  'REGION_DUPLICATE_DEADLINE',
  /** A Taken item is no "<taak> <+/-dagen of jaarlijks DD-MM> [door <houder>]" (params: value). */
  'REGION_INVALID_TASK',
  /** A Taken item names a task twice (params: value). */
  'REGION_DUPLICATE_TASK',
  /** A Taken item's holder is no organisation, person or role of the workbook (params: value, suggestion?). */
  'REGION_UNKNOWN_TASK_HOLDER',
  /** Herinneren holds something other than day counts (params: value). */
  'REGION_INVALID_REMINDERS',
  /** A Samenstelling item is no "soort aantal" (params: value). */
  'REGION_INVALID_COMPOSITION',
  /** A Vergaderingen item is no date (with an optional time) (params: value). */
  'REGION_INVALID_MEETING',
  /** A name, alias or code is used by two rows (params: value, otherRow). */
  'REGION_DUPLICATE_NAME',
  /** Two people share an e-mail address (params: value, otherRow). */
  'REGION_DUPLICATE_EMAIL',
  /** Penvoerder or Leden on an organisation that is no combination or coalition (params: value). */
  'REGION_LEAD_NOT_GROUP',
  /** A combination's member is itself a combination (params: value). */
  'REGION_NESTED_COMBINATION',
  /** A committee escalates to itself. */
  'REGION_ESCALATES_TO_SELF',
  /** Escalation goes round in a circle (params: value = the chain of codes). */
  'REGION_ESCALATION_CYCLE',
  /** A person named in Mandaten is in neither Personen nor Leden (params: value, suggestion?). */
  'REGION_UNKNOWN_PERSON',
  /** Two Mandaten rows are the same mandate: person, organisation, start (params: otherRow). */
  'REGION_DUPLICATE_MANDATE',
] as const;
/** One of {@link REGION_PROBLEM_CODES}. */
export type RegionProblemCode = (typeof REGION_PROBLEM_CODES)[number];
