/**
 * The forms people fill in instead of typing (Slack modals, Teams dialogs): open a poll, declare an
 * absence, add a seat. A form is neutral data built from its verb (verbs.ts): each field is one of
 * the verb's arguments, required exactly when the verb's schema requires it, and a submitted form
 * becomes that verb's command line in the asker's language, so it does what typing would. Platforms
 * render these and decide nothing; a field error is the conversation's own error code and text.
 */
import { z } from 'zod';
import { TEXT_LIMITS, type TextKind } from '../domain/user-text.ts';
import type { Language } from '../i18n/catalog.ts';
import { describeError, hasMessage } from '../i18n/index.ts';
import { parseCommand } from './commands.ts';
import { commandLine } from './command-text.ts';
import type { VerbSpec } from './verb.ts';
import { VERBS } from './verbs.ts';

/** The forms' ids (Slack callback and block ids, Teams dialog data carry them). */
export type FormId = 'poll' | 'absent' | 'seat';

/**
 * How a field is filled in: typed text, or one of the platforms' pickers (issue 18): a date or time
 * picker, a committee or role chosen from a list, a person or organisation found by typing part of
 * its name. A picked value still becomes the same command line as typing it would (form-pickers.ts).
 */
export type FieldInput = 'text' | 'date' | 'time' | 'committee' | 'role' | 'person' | 'organisation';

/** One input of a form. */
export interface FormField {
  /** The input's id on every platform (Slack block_id, Adaptive Card Input id). */
  readonly id: string;
  /** The verb's argument (positional name or option name) the value goes to. */
  readonly argument: string;
  /** Message code of the label. */
  readonly label: string;
  /** Message code of a hint under (or in) the input, if any. */
  readonly hint?: string;
  /** From the verb's schema: the verb cannot run without it. */
  readonly required: boolean;
  /** Typed, or picked (and with which picker). */
  readonly input: FieldInput;
  readonly multiline: boolean;
  /** The most characters the field takes (src/domain/user-text.ts): the form stops there, as the grammar would refuse more. */
  readonly maxLength: number;
}

/** One form, with its fields resolved against its verb. */
export interface Form {
  readonly id: FormId;
  readonly verb: VerbSpec;
  /** Message code of the title. */
  readonly title: string;
  readonly fields: readonly FormField[];
  /** Which field a refusal code belongs to; the first field otherwise. */
  readonly codes: Readonly<Record<string, string>>;
}

/** A field as declared: the argument defaults to the id. */
interface FieldDecl {
  readonly id: string;
  readonly argument?: string;
  readonly label: string;
  readonly hint?: string;
  readonly multiline?: boolean;
  /** How it is filled in (default: typed text). */
  readonly input?: FieldInput;
  /** The kind of text it takes (default: any other argument, "word"). */
  readonly kind?: TextKind;
}

interface FormDecl {
  readonly id: FormId;
  readonly verb: string;
  readonly title: string;
  readonly fields: readonly FieldDecl[];
  readonly codes: Readonly<Record<string, string>>;
}

const DECLARED: readonly FormDecl[] = [
  {
    id: 'poll',
    verb: 'poll.open',
    title: 'FORM_POLL',
    fields: [
      { id: 'committee', label: 'FORM_FIELD_COMMITTEE', input: 'committee' },
      { id: 'question', label: 'FORM_FIELD_QUESTION', multiline: true, kind: 'question' },
      { id: 'closes', label: 'FORM_FIELD_CLOSES', input: 'date' },
      { id: 'time', label: 'FORM_FIELD_CLOSING_TIME', input: 'time' },
      { id: 'meeting', label: 'FORM_FIELD_MEETING', input: 'date' },
      { id: 'secret', label: 'FORM_FIELD_SECRET', hint: 'FORM_HINT_SECRET' },
    ],
    codes: {
      UNKNOWN_COMMITTEE: 'committee', AMBIGUOUS_NAME: 'committee', NOT_COMMITTEE_SECRETARY: 'committee', NOT_POLL_MANAGER: 'committee', INVALID_DATE: 'closes', INVALID_TIME: 'time', MEETING_NOT_FOUND: 'meeting', INVALID_VALUE: 'secret',
      // A picked day the poll cannot take, on the picker of that day.
      POLL_CLOSES_IN_PAST: 'closes', NO_MEETING_ON_DAY: 'meeting', MEETING_CLOSED: 'meeting',
    },
  },
  {
    id: 'absent',
    verb: 'absent',
    title: 'FORM_ABSENT',
    fields: [
      { id: 'committee', label: 'FORM_FIELD_COMMITTEE', input: 'committee' },
      { id: 'date', label: 'FORM_FIELD_MEETING_DAY', input: 'date' },
      { id: 'substitute', label: 'FORM_FIELD_SUBSTITUTE', input: 'person' },
      { id: 'reason', label: 'FORM_FIELD_REASON', multiline: true, kind: 'reason' },
    ],
    codes: {
      UNKNOWN_COMMITTEE: 'committee', INVALID_DATE: 'date', MEETING_NOT_FOUND: 'date', UNKNOWN_PERSON: 'substitute', AMBIGUOUS_NAME: 'substitute',
      DECLARATION_IN_PAST: 'date', SEAT_NOT_ACTIVE_ON_DAY: 'date', NO_SEAT_IN_COMMITTEE: 'committee',
      // The committee's substitute rule, on the substitute picked.
      SUBSTITUTE_IS_SELF: 'substitute', SUBSTITUTE_NOT_NAMED: 'substitute', SUBSTITUTE_NOT_SAME_ORGANISATION: 'substitute', SUBSTITUTE_NO_MANDATE: 'substitute', SUBSTITUTION_NOT_ALLOWED: 'substitute',
    },
  },
  {
    id: 'seat',
    verb: 'seat.add',
    title: 'FORM_SEAT',
    fields: [
      { id: 'committee', label: 'FORM_FIELD_COMMITTEE', input: 'committee' },
      { id: 'person', label: 'FORM_FIELD_PERSON', input: 'person' },
      { id: 'role', label: 'FORM_FIELD_ROLE', input: 'role' },
      { id: 'organisation', argument: 'onBehalfOf', label: 'FORM_FIELD_ORGANISATION', input: 'organisation' },
      { id: 'from', label: 'FORM_FIELD_FROM', input: 'date' },
      { id: 'until', label: 'FORM_FIELD_UNTIL', input: 'date' },
    ],
    codes: {
      UNKNOWN_COMMITTEE: 'committee', NOT_COMMITTEE_SECRETARY: 'committee', UNKNOWN_PERSON: 'person', AMBIGUOUS_NAME: 'person', DUPLICATE_SEAT: 'person',
      SUBSTITUTE_IS_SELF: 'person', INVALID_ROLE: 'role', UNKNOWN_ORGANISATION: 'organisation', INVALID_DATE: 'from', PERIOD_END_BEFORE_START: 'until',
      // The committee's composition rules (the same addSeat check as the typed command), on the field they are about.
      SEATS_PER_PARTY_EXCEEDED: 'organisation', COMPOSITION_EXCEEDED: 'organisation', NOT_OWN_ORGANISATION: 'organisation',
      MANDATE_REQUIRED: 'person', CHAIR_NOT_FROM_MEMBERS: 'role',
      // Limits of the permission table (issue 13): shown at the field to change.
      BACKDATED_SEAT: 'from', SELF_VOTING_SEAT: 'person',
    },
  },
];

/** True when the verb's schema accepts the argument left out. */
function isOptional(verb: VerbSpec, argument: string): boolean {
  const shape = verb.schema instanceof z.ZodObject ? (verb.schema.shape as Record<string, z.ZodType>) : {};
  const schema = shape[argument];
  if (!schema) throw new Error(`verb ${verb.id} has no argument ${argument}`);
  return schema.safeParse(undefined).success;
}

function resolve(decl: FormDecl): Form {
  const verb = VERBS.find((v) => v.id === decl.verb);
  if (!verb) throw new Error(`form ${decl.id}: no verb ${decl.verb}`);
  const fields = decl.fields.map((f): FormField => {
    const argument = f.argument ?? f.id;
    return {
      id: f.id, argument, label: f.label, ...(f.hint ? { hint: f.hint } : {}),
      required: !isOptional(verb, argument), input: f.input ?? 'text', multiline: f.multiline === true, maxLength: TEXT_LIMITS[f.kind ?? 'word'],
    };
  });
  return { id: decl.id, verb, title: decl.title, fields, codes: decl.codes };
}

/** Every form, in the order platforms offer them. */
export const FORMS: readonly Form[] = DECLARED.map(resolve);

/** The form with this id, or undefined (an id from an old card or a stranger). */
export const formById = (id: unknown): Form | undefined => FORMS.find((f) => f.id === id);

/** The submitted values by field id, trimmed; anything else in `data` is ignored. */
export function formValues(form: Form, data: unknown): Record<string, string> {
  const record = (data ?? {}) as Record<string, unknown>;
  return Object.fromEntries(form.fields.map((f) => [f.id, typeof record[f.id] === 'string' ? (record[f.id] as string).trim() : '']));
}

/** The command line a submitted form stands for, in `lang`. Empty optional fields are left out. */
export function formCommand(form: Form, lang: Language, values: Readonly<Record<string, string | undefined>>): string {
  const args: Record<string, string> = {};
  for (const field of form.fields) {
    const value = values[field.id]?.trim() ?? '';
    if (value !== '' || field.required) args[field.argument] = value;
  }
  return commandLine(form.verb, lang, args);
}

/** The field an error belongs to: the argument a grammar error names, else by its code, else the first. */
export function fieldOfError(form: Form, error: { code: string; params?: Readonly<Record<string, unknown>> }): string {
  const name = String(error.params?.option ?? error.params?.argument ?? '');
  const byName = name ? form.fields.find((f) => f.argument === name || f.id === name) : undefined;
  return byName?.id ?? form.codes[error.code] ?? form.fields[0]!.id;
}

/** A checked form: its command line, or the field the grammar refused with the error in the asker's language. */
export type FormCheck = { readonly ok: true; readonly command: string } | { readonly ok: false; readonly field: string; readonly text: string };

/**
 * Checks a submitted form against the grammar before anything runs, so a form can show a refused
 * value on its own field and change nothing.
 */
export function checkForm(form: Form, lang: Language, values: Readonly<Record<string, string | undefined>>): FormCheck {
  const command = formCommand(form, lang, values);
  const parsed = parseCommand(command);
  if (parsed.ok) return { ok: true, command };
  return { ok: false, field: fieldOfError(form, parsed.error), text: describeError(lang, parsed.error) };
}

/** Self-check used by tests: every title, label and hint code exists in the catalogs. */
export const formLabelsKnown = (): boolean =>
  FORMS.every((f) => hasMessage(f.title) && f.fields.every((x) => hasMessage(x.label) && (x.hint === undefined || hasMessage(x.hint))));
