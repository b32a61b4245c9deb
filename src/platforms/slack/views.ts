/**
 * Slack views: the form modals, the form chooser (`/gremium` without words, the global shortcut,
 * the App Home buttons) and the App Home tab (my seats, polls waiting for my vote, my deadlines).
 */
import { amsterdamDay, amsterdamTime } from '../../domain/schedule/clock.ts';
import { noticeLine } from '../../conversation/schedule/what-needs-me.ts';
import { impasseNeedsMeLine, proposalNeedsMeLine } from '../../conversation/procedures/needs-me-lines.ts';
import { roleChoices, type Choice, type PickerDataset } from '../../conversation/form-pickers.ts';
import { FORMS, type Form, type FormField } from '../../conversation/forms.ts';
import type { Language } from '../../i18n/catalog.ts';
import { formatDay, roleName } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { HomeOverview } from '../../services/schedule/load-home-overview.ts';
import { escapeMrkdwn, type Block } from './render.ts';

/** callback_id prefix of form modals; action_id prefix of the buttons that open them. */
export const FORM_CALLBACK = 'gremium.form';
/** callback_id of the chooser modal. */
export const CHOOSER_CALLBACK = 'gremium.forms';
/** action_id prefix of the select menus whose options Slack asks for while the user types (`gremium.pick:people`). */
export const PICK_ACTION = 'gremium.pick';
/** The most options a Slack select menu takes. */
export const MAX_OPTIONS = 100;

const plain = (text: string) => ({ type: 'plain_text' as const, text: text.slice(0, 150), emoji: true });
const mrkdwn = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 2900) } });

/** What a modal remembers between opening and submitting. */
export interface FormMetadata {
  readonly channel: string | null;
}

/** A choice as a Slack option (text at most 75 characters). */
export const slackOption = (choice: Choice) => ({ text: plain(choice.label.slice(0, 75)), value: choice.value });

/** A select menu that asks the app for its options as the user types (app.options, block_suggestion). */
const externalSelect = (dataset: PickerDataset, placeholder: string) => ({
  type: 'external_select', action_id: `${PICK_ACTION}:${dataset}`, placeholder: plain(placeholder), min_query_length: 1,
});

/**
 * The input element of a field (issue 18): a date or time picker, the committees and the roles as a
 * static select (committees asked for as the user types when there are more than a select takes), a
 * person or organisation found as the user types, or a text input. Every element but the searched
 * ones has action_id "value".
 */
function fieldElement(field: FormField, lang: Language, committees: readonly Choice[]): Record<string, unknown> {
  switch (field.input) {
    case 'date':
      return { type: 'datepicker', action_id: 'value', placeholder: plain(t(lang, 'FORM_PICK_DATE')) };
    case 'time':
      return { type: 'timepicker', action_id: 'value', placeholder: plain(t(lang, 'FORM_PICK_TIME')) };
    case 'committee':
      return committees.length > 0 && committees.length <= MAX_OPTIONS
        ? { type: 'static_select', action_id: 'value', placeholder: plain(t(lang, 'FORM_PICK_COMMITTEE')), options: committees.map(slackOption) }
        : externalSelect('committees', t(lang, 'FORM_PICK_COMMITTEE'));
    case 'role':
      return { type: 'static_select', action_id: 'value', placeholder: plain(t(lang, 'FORM_PICK_ROLE')), options: roleChoices(lang).map(slackOption) };
    case 'person':
      return externalSelect('people', t(lang, 'FORM_PICK_PERSON'));
    case 'organisation':
      return externalSelect('organisations', t(lang, 'FORM_PICK_ORGANISATION'));
    case 'text':
      return { type: 'plain_text_input', action_id: 'value', multiline: field.multiline, max_length: field.maxLength };
    default: {
      const unknown: never = field.input;
      throw new Error(`no Slack element for ${String(unknown)}`);
    }
  }
}

/**
 * A form (src/conversation/forms.ts) as a modal, in `lang`: one input block per field, block_id =
 * field id; `committees` fill the committee picker.
 */
export function formView(form: Form, lang: Language, meta: FormMetadata, committees: readonly Choice[] = []): Record<string, unknown> {
  return {
    type: 'modal',
    callback_id: `${FORM_CALLBACK}:${form.id}`,
    title: plain(t(lang, form.title).slice(0, 24)),
    submit: plain(t(lang, 'FORM_SUBMIT')),
    close: plain(t(lang, 'FORM_CANCEL')),
    private_metadata: JSON.stringify(meta),
    blocks: form.fields.map((f) => ({
      type: 'input',
      block_id: f.id,
      optional: !f.required,
      label: plain(t(lang, f.label)),
      ...(f.hint ? { hint: plain(t(lang, f.hint)) } : {}),
      element: fieldElement(f, lang, committees),
    })),
  };
}

/** The buttons that open the forms. */
export function formButtons(lang: Language): Block {
  return {
    type: 'actions',
    block_id: 'forms',
    elements: FORMS.map((f) => ({ type: 'button', action_id: `${FORM_CALLBACK}:${f.id}`, value: f.id, text: plain(t(lang, f.title)) })),
  };
}

/** The chooser modal. */
export function chooserView(lang: Language, meta: FormMetadata): Record<string, unknown> {
  return {
    type: 'modal',
    callback_id: CHOOSER_CALLBACK,
    title: plain(t(lang, 'SLACK_FORMS_TITLE')),
    close: plain(t(lang, 'FORM_CANCEL')),
    private_metadata: JSON.stringify(meta),
    blocks: [mrkdwn(t(lang, 'SLACK_FORMS_INTRO')), formButtons(lang)],
  };
}

/** One input's state in a view_submission, whichever element it is. */
interface ElementState {
  readonly value?: string | null;
  readonly selected_date?: string | null;
  readonly selected_time?: string | null;
  readonly selected_option?: { readonly value?: string } | null;
}

/** The submitted values by block id (empty inputs left out): typed text, a picked date ("YYYY-MM-DD"), time ("HH:mm") or option's value. */
export function submittedValues(state: { values: Record<string, Record<string, ElementState>> }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(state.values)) {
    // An input block holds one element; its action_id says which picker it was, not what it holds.
    const element = Object.values(actions)[0];
    const value = (element?.value ?? element?.selected_date ?? element?.selected_time ?? element?.selected_option?.value)?.trim();
    if (value) out[blockId] = value;
  }
  return out;
}

/** The App Home tab. */
export function homeView(lang: Language, name: string | null, overview: HomeOverview | null): Record<string, unknown> {
  if (!name || !overview) return { type: 'home', blocks: [mrkdwn(t(lang, 'SLACK_HOME_NOT_LINKED'))] };
  const list = (heading: string, lines: string[], empty: string): Block[] => [
    { type: 'header', text: plain(t(lang, heading)) },
    mrkdwn(lines.length ? lines.join('\n') : t(lang, empty)),
  ];
  const seats = overview.seats.map((s) => `• ${t(lang, 'SLACK_HOME_SEAT_LINE', { committee: escapeMrkdwn(s.committee.code), role: roleName(lang, s.role), organisation: escapeMrkdwn(s.onBehalfOf.name) })}`);
  const polls = overview.polls.map((p) => `• ${t(lang, 'SLACK_HOME_POLL_LINE', { committee: escapeMrkdwn(p.committeeCode), question: escapeMrkdwn(p.question), closes: formatDay(lang, amsterdamDay(p.closesAt)) })} \`${p.pollId}\``);
  const duties = overview.duties.map((d) => `• ${t(lang, 'SLACK_HOME_DUTY_LINE', { committee: escapeMrkdwn(d.committeeCode), duty: t(lang, `SLACK_DUTY_${d.kind}`), due: formatDay(lang, d.due) })}`);
  // Issue 17: the same parts as "wat staat er voor mij open?" in chat, each only when it has something.
  const more = (heading: string, lines: string[]): Block[] => (lines.length ? list(heading, lines.map((l) => `• ${escapeMrkdwn(l)}`), heading) : []);
  const notices = overview.notices.map((n) => noticeLine(lang, n));
  const standing = overview.standingIn.map((s) => t(lang, 'NEEDS_STANDING_IN_LINE', { holder: s.holderName, committee: s.committeeCode, day: formatDay(lang, s.day) }));
  const meetings = overview.meetings.map((m) => t(lang, 'NEEDS_MEETING_LINE', { committee: m.committeeCode, day: formatDay(lang, m.day), time: amsterdamTime(m.startsAt) }));
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: plain(t(lang, 'SLACK_HOME_TITLE', { name })) },
      ...list('SLACK_HOME_SEATS', seats, 'SLACK_HOME_NO_SEATS'),
      ...list('SLACK_HOME_POLLS', polls, 'SLACK_HOME_NO_POLLS'),
      ...list('SLACK_HOME_DUTIES', duties, 'SLACK_HOME_NO_DUTIES'),
      ...more('NEEDS_NOTICES', notices),
      ...more('NEEDS_STANDING_IN', standing),
      ...more('NEEDS_MEETINGS', meetings),
      // The App Home is the person's own: a confidential proposal of their committee shows its title (002 art. 5.7).
      ...more('NEEDS_PROPOSALS', overview.procedures.proposals.map((p) => proposalNeedsMeLine(lang, p, false))),
      ...more('NEEDS_IMPASSES', overview.procedures.impasses.map((i) => impasseNeedsMeLine(lang, i))),
      { type: 'header', text: plain(t(lang, 'SLACK_HOME_FORMS')) },
      formButtons(lang),
    ],
  };
}
