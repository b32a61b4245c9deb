/**
 * The form modals' listeners: a form button opens (or turns the chooser into) its form, a select menu
 * that searches as the user types is answered from the registry (block_suggestion, signed and claimed
 * like every request), and a submission runs the same command typing it would, with a refused value
 * shown on its own field (response_action: errors).
 */
import type { App } from '@slack/bolt';
import { handle, type HandleDeps } from '../../conversation/handle.ts';
import { committeeChoices, organisationChoices, personChoices, pickedValues, type Choice } from '../../conversation/form-pickers.ts';
import { checkForm, fieldOfError, formById } from '../../conversation/forms.ts';
import type { ErrorReply, Reply } from '../../conversation/reply.ts';
import { loadCatalog } from '../../services/registry/registry-catalog.ts';
import { searchPeople } from '../../services/registry/search-people.ts';
import type { SlackUser, UserResolver } from './identity.ts';
import { toIncoming, type SlackTurn } from './parse.ts';
import { CHOOSER_CALLBACK, FORM_CALLBACK, formView, MAX_OPTIONS, PICK_ACTION, slackOption, submittedValues, type FormMetadata } from './views.ts';

/** What the form listeners need from the app. */
export interface FormListenerDeps {
  readonly deps: HandleDeps;
  readonly resolveUser: UserResolver;
  /** Tracks work so that idle() and stop() wait for it. */
  readonly track: <T>(work: Promise<T>) => Promise<T>;
  /** Why a user is nobody to Gremium, as an error reply. */
  readonly refusalReply: (user: SlackUser) => ErrorReply;
  /** Delivers a submitted form's replies. */
  readonly deliver: (turn: SlackTurn, user: SlackUser, replies: Reply[]) => Promise<void>;
}

const escaped = (prefix: string) => new RegExp(`^${prefix.replace('.', '\\.')}:`);

/** Registers the form listeners on `app`. */
export function listenToForms(app: App, f: FormListenerDeps): void {
  const { deps, resolveUser, track } = f;

  app.action(escaped(FORM_CALLBACK), async ({ body, action }) => {
    const form = formById(String((action as { value?: string }).value ?? ''));
    const b = body as { user: { id: string }; trigger_id: string; view?: { id: string; hash: string; type: string; private_metadata?: string }; channel?: { id: string } };
    if (!form) return;
    const [user, catalog] = await track(Promise.all([resolveUser(b.user.id), loadCatalog(deps)]));
    const meta: FormMetadata = b.view?.private_metadata ? (JSON.parse(b.view.private_metadata) as FormMetadata) : { channel: b.channel?.id ?? null };
    const view = formView(form, user.lang, meta, committeeChoices(catalog)) as never;
    if (b.view && b.view.type === 'modal') await track(app.client.views.update({ view_id: b.view.id, hash: b.view.hash, view }));
    else await track(app.client.views.open({ trigger_id: b.trigger_id, view }));
  });

  // A searching select menu: the matches for what was typed so far, for a user who counts.
  app.options(escaped(PICK_ACTION), async ({ body, ack }) => {
    const b = body as unknown as { user: { id: string }; action_id: string; value?: string };
    const query = b.value ?? '';
    const [user, catalog] = await Promise.all([resolveUser(b.user.id), loadCatalog(deps)]);
    if (user.refusal) return ack({ options: [] });
    const dataset = b.action_id.slice(PICK_ACTION.length + 1);
    let choices: Choice[] = [];
    if (dataset === 'people') choices = personChoices(await searchPeople(deps, { query }));
    else if (dataset === 'organisations') choices = organisationChoices(catalog, query);
    else if (dataset === 'committees') choices = committeeChoices(catalog, query);
    await ack({ options: choices.slice(0, MAX_OPTIONS).map(slackOption) });
  });

  app.view(escaped(FORM_CALLBACK), async ({ ack, body, view }) => {
    await track((async () => {
      const form = formById(view.callback_id.split(':')[1] ?? '');
      if (!form) return ack();
      const meta = JSON.parse(view.private_metadata || '{}') as FormMetadata;
      const [user, catalog] = await Promise.all([resolveUser(body.user.id), loadCatalog(deps)]);
      if (user.refusal) return ack({ response_action: 'errors', errors: { [fieldOfError(form, f.refusalReply(user))]: f.refusalReply(user).text } });
      const checked = checkForm(form, user.lang, pickedValues(form, submittedValues(view.state as never), catalog));
      if (!checked.ok) return ack({ response_action: 'errors', errors: { [checked.field]: checked.text } });
      const turn: SlackTurn = { source: 'view', userId: body.user.id, text: checked.command, isCommand: true, channel: meta.channel ?? null, direct: meta.channel?.startsWith('D') ?? false };
      const replies = await handle(deps, { ...toIncoming(turn, user.sender, user.locale), catalog });
      const refusal = replies.find((r) => r.kind === 'error');
      if (refusal && refusal.kind === 'error') return ack({ response_action: 'errors', errors: { [fieldOfError(form, refusal)]: refusal.text } });
      await ack();
      await f.deliver(turn, user, replies);
    })());
  });
  app.view(CHOOSER_CALLBACK, async ({ ack }) => ack());
}
