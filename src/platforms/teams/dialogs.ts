/**
 * Dialogs (task modules): the conversation's forms (src/conversation/forms.ts) as Adaptive Cards.
 * A dialog only renders a form's fields and hands the submitted values back to the form, which
 * makes the command line; handle() decides. An error comes back on the form itself, with what was
 * typed kept.
 */
import { FORMS, formById, formCommand, formValues, type Form } from '../../conversation/forms.ts';
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import { ADAPTIVE_CARD, plainText, type AdaptiveCard } from './render.ts';

/** The form a task/fetch or task/submit is about (its data.dialog), or null. */
export function dialogOf(data: unknown): Form | null {
  return formById((data as { dialog?: unknown } | null)?.dialog) ?? null;
}

/** The form as an Adaptive Card; `values` refill it, `error` is shown above the fields. */
export function dialogCard(form: Form, lang: Language, values: Readonly<Record<string, string>> = {}, error?: string): AdaptiveCard {
  const body: unknown[] = [];
  // The error names what was typed: a TextRun shows it as typed (render.ts).
  if (error) body.push({ type: 'Container', style: 'warning', items: plainText(error, { color: 'Warning' }) });
  for (const field of form.fields) {
    body.push({
      type: 'Input.Text',
      id: field.id,
      label: t(lang, field.label),
      isRequired: field.required,
      maxLength: field.maxLength,
      value: values[field.id] ?? '',
      ...(field.hint ? { placeholder: t(lang, field.hint) } : {}),
      ...(field.multiline ? { isMultiline: true } : {}),
    });
  }
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

/** The command line the submitted form stands for, in the asker's language. */
export const commandOfSubmit = (form: Form, data: unknown, lang: Language): string => formCommand(form, lang, formValues(form, data));

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
