/**
 * Dialogs (task modules): the conversation's forms (src/conversation/forms.ts) as Adaptive Cards.
 * A dialog only renders a form's fields and hands the submitted values back to the form, which
 * makes the command line; handle() decides. An error comes back on the form itself, with what was
 * typed or picked kept.
 *
 * Fields are pickers where Teams has one (issue 18): Input.Date and Input.Time, the committees and
 * the roles as an Input.ChoiceSet, a person or organisation as an Input.ChoiceSet that Teams fills as
 * the user types (Data.Query datasets "people" and "organisations", answered by the
 * `application/search` invoke: invoke.ts).
 */
import { committeeChoices, datasetOf, pickedLabel, pickedValues, roleChoices, type Choice } from '../../conversation/form-pickers.ts';
import { FORMS, formById, formCommand, formValues, type Form, type FormField } from '../../conversation/forms.ts';
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import type { Catalog } from '../../services/registry/registry-catalog.ts';
import { ADAPTIVE_CARD, plainText, type AdaptiveCard } from './render.ts';

/** The form a task/fetch or task/submit is about (its data.dialog), or null. */
export function dialogOf(data: unknown): Form | null {
  return formById((data as { dialog?: unknown } | null)?.dialog) ?? null;
}

/** How a dialog is drawn: what refills it, the error above its fields, the registry its pickers list. */
export interface DialogOptions {
  readonly values?: Readonly<Record<string, string>>;
  readonly error?: string;
  readonly catalog?: Catalog;
}

const choice = (c: Choice) => ({ title: c.label, value: c.value });

/** A field as an Adaptive Card input: a picker where Teams has one, else a text input. */
function fieldInput(field: FormField, lang: Language, value: string, catalog: Catalog | undefined): Record<string, unknown> {
  const common = { id: field.id, label: t(lang, field.label), isRequired: field.required };
  switch (field.input) {
    case 'date':
      return { type: 'Input.Date', ...common, value, placeholder: t(lang, 'FORM_PICK_DATE') };
    case 'time':
      return { type: 'Input.Time', ...common, value, placeholder: t(lang, 'FORM_PICK_TIME') };
    case 'committee': {
      const choices = catalog ? committeeChoices(catalog) : [];
      // A refused value is shown again as it was sent, so the user sees what to change.
      if (value && !choices.some((c) => c.value === value)) choices.push({ value, label: value });
      return { type: 'Input.ChoiceSet', ...common, style: 'filtered', placeholder: t(lang, 'FORM_PICK_COMMITTEE'), choices: choices.map(choice), value };
    }
    case 'role': {
      const choices = roleChoices(lang);
      if (value && !choices.some((c) => c.value === value)) choices.push({ value, label: value });
      return { type: 'Input.ChoiceSet', ...common, style: 'compact', placeholder: t(lang, 'FORM_PICK_ROLE'), choices: choices.map(choice), value };
    }
    case 'person':
    case 'organisation':
      return {
        type: 'Input.ChoiceSet', ...common, style: 'filtered', placeholder: t(lang, field.input === 'person' ? 'FORM_PICK_PERSON' : 'FORM_PICK_ORGANISATION'),
        // The picked entry, so that a form drawn again shows its name; the rest come as the user types.
        choices: value ? [choice({ value, label: catalog ? pickedLabel(catalog, field.input, value) : value })] : [],
        'choices.data': { type: 'Data.Query', dataset: datasetOf(field.input) },
        value,
      };
    case 'text':
      return {
        type: 'Input.Text', ...common, maxLength: field.maxLength, value,
        ...(field.hint ? { placeholder: t(lang, field.hint) } : {}),
        ...(field.multiline ? { isMultiline: true } : {}),
      };
    default: {
      const unknown: never = field.input;
      throw new Error(`no Teams input for ${String(unknown)}`);
    }
  }
}

/** The form as an Adaptive Card; `values` refill it, `error` is shown above the fields. */
export function dialogCard(form: Form, lang: Language, options: DialogOptions = {}): AdaptiveCard {
  const body: unknown[] = [];
  // The error names what was typed: a TextRun shows it as typed (render.ts).
  if (options.error) body.push({ type: 'Container', style: 'warning', items: plainText(options.error, { color: 'Warning' }) });
  for (const field of form.fields) body.push(fieldInput(field, lang, options.values?.[field.id] ?? '', options.catalog));
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: [{ type: 'Action.Submit', title: t(lang, 'FORM_SUBMIT'), data: { dialog: form.id } }],
  };
}

/** The task/fetch (and failed task/submit) response: show this form. */
export function continueWith(form: Form, card: AdaptiveCard, lang: Language) {
  return { task: { type: 'continue', value: { title: t(lang, form.title), height: 'medium', width: 'medium', card: { contentType: ADAPTIVE_CARD, content: card } } } };
}

/** The task/submit response that closes the dialog with a short message. */
export function closeWith(message: string) {
  return { task: { type: 'message', value: message } };
}

/** The submitted fields, for refilling the form. */
export const submittedValues = (form: Form, data: unknown): Record<string, string> => formValues(form, data);

/** The command line the submitted form stands for, in the asker's language, a picked person named as typing would. */
export const commandOfSubmit = (form: Form, data: unknown, lang: Language, catalog: Catalog | undefined): string => {
  const values = formValues(form, data);
  return formCommand(form, lang, catalog ? pickedValues(form, values, catalog) : values);
};

/** The welcome card: what Gremium is, with a button per form that opens it as a dialog. */
export function welcomeCard(lang: Language): AdaptiveCard {
  const open = (form: Form) => ({ type: 'Action.Submit', title: t(lang, form.title), data: { msteams: { type: 'task/fetch' }, dialog: form.id } });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    // Plain text, not a markdown TextBlock: what shows is exactly the catalog's text (render.ts).
    body: plainText(t(lang, 'TEAMS_WELCOME')),
    actions: FORMS.map(open),
  };
}
