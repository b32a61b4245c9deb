/**
 * Dialogs (task modules) for the two forms people fill in most: opening a poll and declaring an
 * absence with a substitute. A dialog only builds a command line from its fields, in the grammar
 * everyone types (`/gremium peiling openen ...`, `/gremium verhinderd ...`); handle() decides.
 * An error comes back on the form itself, with what was typed kept.
 */
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import { ADAPTIVE_CARD, type AdaptiveCard } from './render.ts';

/** The dialogs Gremium offers. */
export const DIALOGS = ['poll', 'absent'] as const;
/** One dialog's name. */
export type DialogName = (typeof DIALOGS)[number];

/** A dialog's fields: id, label code, required. */
const FIELDS: Readonly<Record<DialogName, readonly (readonly [string, string, boolean])[]>> = {
  poll: [
    ['committee', 'TEAMS_FIELD_COMMITTEE', true],
    ['question', 'TEAMS_FIELD_QUESTION', true],
    ['closes', 'TEAMS_FIELD_CLOSES', true],
    ['time', 'TEAMS_FIELD_TIME', false],
    ['meeting', 'TEAMS_FIELD_MEETING', false],
  ],
  absent: [
    ['committee', 'TEAMS_FIELD_COMMITTEE', true],
    ['date', 'TEAMS_FIELD_DATE', true],
    ['substitute', 'TEAMS_FIELD_SUBSTITUTE', false],
    ['reason', 'TEAMS_FIELD_REASON', false],
  ],
};

const TITLES: Readonly<Record<DialogName, string>> = { poll: 'TEAMS_DIALOG_POLL_TITLE', absent: 'TEAMS_DIALOG_ABSENT_TITLE' };

/** The dialog a task/fetch or task/submit is about, or null. */
export function dialogOf(data: unknown): DialogName | null {
  const name = (data as { dialog?: unknown } | null)?.dialog;
  return DIALOGS.find((d) => d === name) ?? null;
}

/** The form as an Adaptive Card; `values` refill it, `error` is shown above the fields. */
export function dialogCard(name: DialogName, lang: Language, values: Readonly<Record<string, string>> = {}, error?: string): AdaptiveCard {
  const body: unknown[] = [];
  if (error) body.push({ type: 'Container', style: 'warning', items: [{ type: 'TextBlock', text: error, wrap: true, color: 'Warning' }] });
  for (const [id, label, required] of FIELDS[name]) {
    body.push({ type: 'Input.Text', id, label: t(lang, label), isRequired: required, value: values[id] ?? '', ...(id === 'question' || id === 'reason' ? { isMultiline: true } : {}) });
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: [{ type: 'Action.Submit', title: t(lang, 'TEAMS_SUBMIT'), data: { dialog: name } }],
  };
}

/** The task/fetch (and failed task/submit) response: show this form. */
export function continueWith(name: DialogName, card: AdaptiveCard, lang: Language) {
  return { task: { type: 'continue', value: { title: t(lang, TITLES[name]), height: 'medium', width: 'medium', card: { contentType: ADAPTIVE_CARD, content: card } } } };
}

/** The task/submit response that closes the dialog with a short message. */
export function closeWith(message: string) {
  return { task: { type: 'message', value: message } };
}

const fieldValue = (data: Record<string, unknown>, key: string) => (typeof data[key] === 'string' ? (data[key] as string).trim() : '');

/** A value as one argument: quoted when it has spaces; inner double quotes become single ones. */
const arg = (value: string) => (/[\s=]/.test(value) ? `"${value.replace(/"/g, "'")}"` : value);

/** The submitted fields, for refilling the form. */
export function submittedValues(name: DialogName, data: unknown): Record<string, string> {
  const record = (data ?? {}) as Record<string, unknown>;
  return Object.fromEntries(FIELDS[name].map(([id]) => [id, fieldValue(record, id)]));
}

/** The command line the submitted form stands for, in the asker's language. */
export function commandOfSubmit(name: DialogName, data: unknown, lang: Language): string {
  const v = submittedValues(name, data);
  const nl = lang === 'nl';
  const parts: string[] = [];
  if (name === 'poll') {
    parts.push(nl ? '/gremium peiling openen' : '/gremium poll open', arg(v.committee!));
    parts.push(`${nl ? 'vraag' : 'question'}="${v.question!.replace(/"/g, "'")}"`, `${nl ? 'sluit' : 'closes'}=${arg(v.closes!)}`);
    if (v.time) parts.push(`${nl ? 'tijd' : 'time'}=${arg(v.time)}`);
    if (v.meeting) parts.push(`${nl ? 'vergadering' : 'meeting'}=${arg(v.meeting)}`);
  } else {
    parts.push(nl ? '/gremium verhinderd' : '/gremium absent', arg(v.committee!), arg(v.date!));
    if (v.substitute) parts.push(`${nl ? 'vervanger' : 'substitute'}=${arg(v.substitute)}`);
    if (v.reason) parts.push(`${nl ? 'reden' : 'reason'}=${arg(v.reason)}`);
  }
  return parts.filter((p) => p !== '').join(' ');
}

/** The welcome card: what Gremium is, with buttons that open the two dialogs. */
export function welcomeCard(lang: Language): AdaptiveCard {
  const open = (name: DialogName) => ({ type: 'Action.Submit', title: t(lang, TITLES[name]), data: { msteams: { type: 'task/fetch' }, dialog: name } });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: t(lang, 'TEAMS_WELCOME'), wrap: true }],
    actions: [open('poll'), open('absent')],
  };
}
