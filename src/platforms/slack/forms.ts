/**
 * The forms people fill in Slack modals: open a poll, declare an absence, add a seat. A form is data:
 * its fields (one input block each, block_id = field id) and how the values become a command line of
 * the one grammar, so a submitted form does exactly what the typed command would. Field errors: a
 * grammar error names its option or argument; a refusal from the verb names a code; both map to the
 * block that caused it (view_submission `response_action: errors`).
 */
import { hasMessage } from '../../i18n/index.ts';
import type { Language } from '../../i18n/catalog.ts';

/** One input of a form. */
export interface FormField {
  readonly id: string;
  /** Message code of the label (src/i18n/slack.ts). */
  readonly label: string;
  readonly optional?: boolean;
  readonly multiline?: boolean;
  readonly hint?: string;
  /** Option or argument names (internal and typed, nl and en) that a grammar error may use for this field. */
  readonly names: readonly string[];
}

/** One form. */
export interface FormSpec {
  readonly id: 'poll' | 'absence' | 'seat';
  readonly title: string;
  readonly fields: readonly FormField[];
  /** Which field a refusal code belongs to; the first field otherwise. */
  readonly codes: Readonly<Record<string, string>>;
  readonly command: (lang: Language, v: Readonly<Record<string, string>>) => string;
}

/** Quotes a value as the tokenizer reads it: one word, whatever its spaces. */
const q = (value: string) => `"${value.replace(/["“”]/g, "'")}"`;
/** `key=value` when the value is there. */
const opt = (key: string, value: string | undefined) => (value ? ` ${key}=${q(value)}` : '');

const DATE_HINT = 'SLACK_FIELD_HINT_DATE';

/** The three forms. */
export const FORMS: readonly FormSpec[] = [
  {
    id: 'poll',
    title: 'SLACK_FORM_POLL',
    fields: [
      { id: 'committee', label: 'SLACK_FIELD_COMMITTEE', names: ['committee', 'gremium'] },
      { id: 'question', label: 'SLACK_FIELD_QUESTION', multiline: true, names: ['question', 'vraag', 'text'] },
      { id: 'closes', label: 'SLACK_FIELD_CLOSES', hint: DATE_HINT, names: ['closes', 'sluit', 'closesOn', 'closesAt', 'close', 'date'] },
      { id: 'time', label: 'SLACK_FIELD_TIME', optional: true, names: ['time', 'tijd'] },
      { id: 'meeting', label: 'SLACK_FIELD_MEETING', optional: true, hint: DATE_HINT, names: ['meeting', 'vergadering'] },
    ],
    codes: { UNKNOWN_COMMITTEE: 'committee', AMBIGUOUS_NAME: 'committee', NOT_COMMITTEE_SECRETARY: 'committee', INVALID_DATE: 'closes', INVALID_TIME: 'time', MEETING_NOT_FOUND: 'meeting' },
    command: (lang, v) =>
      lang === 'nl'
        ? `/gremium peiling openen ${q(v.committee ?? '')} vraag=${q(v.question ?? '')} sluit=${q(v.closes ?? '')}${opt('tijd', v.time)}${opt('vergadering', v.meeting)}`
        : `/gremium poll open ${q(v.committee ?? '')} question=${q(v.question ?? '')} closes=${q(v.closes ?? '')}${opt('time', v.time)}${opt('meeting', v.meeting)}`,
  },
  {
    id: 'absence',
    title: 'SLACK_FORM_ABSENCE',
    fields: [
      { id: 'committee', label: 'SLACK_FIELD_COMMITTEE', names: ['committee', 'gremium'] },
      { id: 'date', label: 'SLACK_FIELD_DATE', hint: DATE_HINT, names: ['date', 'datum', 'day', 'meeting'] },
      { id: 'substitute', label: 'SLACK_FIELD_SUBSTITUTE', optional: true, names: ['substitute', 'vervanger'] },
      { id: 'reason', label: 'SLACK_FIELD_REASON', optional: true, multiline: true, names: ['reason', 'reden'] },
    ],
    codes: { UNKNOWN_COMMITTEE: 'committee', INVALID_DATE: 'date', MEETING_NOT_FOUND: 'date', UNKNOWN_PERSON: 'substitute', AMBIGUOUS_NAME: 'substitute' },
    command: (lang, v) =>
      lang === 'nl'
        ? `/gremium verhinderd ${q(v.committee ?? '')} ${q(v.date ?? '')}${opt('vervanger', v.substitute)}${opt('reden', v.reason)}`
        : `/gremium absent ${q(v.committee ?? '')} ${q(v.date ?? '')}${opt('substitute', v.substitute)}${opt('reason', v.reason)}`,
  },
  {
    id: 'seat',
    title: 'SLACK_FORM_SEAT',
    fields: [
      { id: 'committee', label: 'SLACK_FIELD_COMMITTEE', names: ['committee', 'gremium'] },
      { id: 'person', label: 'SLACK_FIELD_PERSON', names: ['person', 'persoon'] },
      { id: 'role', label: 'SLACK_FIELD_ROLE', names: ['role', 'rol'] },
      { id: 'organisation', label: 'SLACK_FIELD_ORGANISATION', optional: true, names: ['onBehalfOf', 'organisation', 'namens', 'for'] },
      { id: 'from', label: 'SLACK_FIELD_FROM', hint: DATE_HINT, names: ['from', 'van'] },
      { id: 'until', label: 'SLACK_FIELD_UNTIL', optional: true, hint: DATE_HINT, names: ['until', 'tot'] },
    ],
    codes: {
      UNKNOWN_COMMITTEE: 'committee', NOT_COMMITTEE_SECRETARY: 'committee', UNKNOWN_PERSON: 'person', AMBIGUOUS_NAME: 'person', DUPLICATE_SEAT: 'person',
      SUBSTITUTE_IS_SELF: 'person', INVALID_ROLE: 'role', UNKNOWN_ORGANISATION: 'organisation', INVALID_DATE: 'from', PERIOD_END_BEFORE_START: 'until',
    },
    command: (lang, v) =>
      lang === 'nl'
        ? `/gremium zetel toevoegen ${q(v.committee ?? '')} ${q(v.person ?? '')} rol=${q(v.role ?? '')}${opt('namens', v.organisation)} van=${q(v.from ?? '')}${opt('tot', v.until)}`
        : `/gremium seat add ${q(v.committee ?? '')} ${q(v.person ?? '')} role=${q(v.role ?? '')}${opt('for', v.organisation)} from=${q(v.from ?? '')}${opt('until', v.until)}`,
  },
];

/** The form with this id, or undefined. */
export const formById = (id: string): FormSpec | undefined => FORMS.find((f) => f.id === id);

/** The field a grammar error (params.option / params.argument) or a refusal code points at. */
export function fieldOfError(form: FormSpec, error: { code: string; params?: Readonly<Record<string, unknown>> }): string {
  const name = String(error.params?.option ?? error.params?.argument ?? '');
  const byName = name ? form.fields.find((f) => f.names.includes(name)) : undefined;
  return byName?.id ?? form.codes[error.code] ?? form.fields[0]!.id;
}

/** Self-check used by tests: every label code exists in the catalogs. */
export const formLabelsKnown = (): boolean => FORMS.every((f) => hasMessage(f.title) && f.fields.every((x) => hasMessage(x.label)));
