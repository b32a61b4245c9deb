/**
 * Invokes: card buttons (Action.Execute -> `adaptiveCard/action`), dialogs (`task/fetch`,
 * `task/submit`) and their person pickers' searches (`application/search`). Teams waits for the HTTP response body, so each handler ends in exactly one
 * invoke response.
 *
 * A button click answers the clicker with their own view of the card's new state (their
 * confirmation and their vote on it, in their language) and asks for every posted copy of the same
 * keyed card to be replaced by the shared card, so every member sees the live tally: at most once a
 * second per card, with the card read again then (../card-updates.ts).
 */
import type { TurnContext } from 'botbuilder';
import { organisationChoices, personChoices, type Choice } from '../../conversation/form-pickers.ts';
import { handle } from '../../conversation/handle.ts';
import type { CardReply, Reply } from '../../conversation/reply.ts';
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import { loadCatalog, type Catalog } from '../../services/registry/registry-catalog.ts';
import { MAX_HITS, searchPeople } from '../../services/registry/search-people.ts';
import { updateSharedCopies } from './delivery.ts';
import { closeWith, commandOfSubmit, continueWith, dialogCard, dialogOf, submittedValues } from './dialogs.ts';
import { CATALOG, invokeResponse, linkByRoster, turnIncoming, localeLanguage, remember, replyLanguage, sendReplies, type TeamsBotDeps } from './turn.ts';
import { commandOfInvoke, isRefreshInvoke, toIncoming } from './parse.ts';
import { cardInvokeResponse, messageInvokeResponse, renderCard, withNote } from './render.ts';

/** The registry's names, read with the turn's claim (bot.ts). */
const catalogOf = (context: TurnContext) => context.turnState.get(CATALOG) as Catalog | undefined;

/** What running a command gave: the replies and their language. */
interface Ran {
  readonly replies: Reply[];
  readonly lang: Language;
}

/**
 * Runs a command line as the person behind the activity, answered in the reader's language (their
 * stored preference, else their client's locale): a button's command is worded in the card's
 * language, which is the committee's, not necessarily the clicker's.
 */
async function run(bot: TeamsBotDeps, context: TurnContext, command: string): Promise<Ran> {
  const person = await linkByRoster(bot, context);
  const lang = await replyLanguage(bot, context.activity, person);
  const incoming = toIncoming(context.activity, command);
  const turn = incoming ? { ...turnIncoming(context, incoming, person), language: lang } : null;
  const replies = turn ? await handle(bot.deps, turn) : [];
  return { replies, lang };
}

const here = (replies: readonly Reply[]) => replies.filter((r) => !r.to);
const elsewhere = (replies: readonly Reply[]) => replies.filter((r) => r.to);

/** A button on a Gremium card was clicked (or Teams refreshes a keyed card). */
export async function onCardAction(bot: TeamsBotDeps, context: TurnContext): Promise<void> {
  const lang0 = localeLanguage(context.activity);
  const command = commandOfInvoke(context.activity.value);
  if (!command) return invokeResponse(context, messageInvokeResponse(t(lang0, 'TEAMS_DIALOG_UNKNOWN')));
  await remember(bot, context);
  const { replies, lang } = await run(bot, context, command);
  const visible = here(replies);
  const card = visible.find((r): r is CardReply => r.kind === 'card' && r.key !== undefined) ?? visible.find((r): r is CardReply => r.kind === 'card');
  const notes = visible.filter((r): r is Exclude<Reply, CardReply> => r.kind !== 'card');
  const userId = context.activity.from?.id;
  await sendReplies(bot, context, elsewhere(replies), lang, []);
  if (!card) {
    const text = notes.map((n) => n.text).join('\n') || t(lang, 'TEAMS_DIALOG_UNKNOWN');
    return invokeResponse(context, messageInvokeResponse(text));
  }
  let rendered = renderCard(card, { lang, refreshUserIds: userId ? [userId] : [] });
  for (const note of notes) rendered = withNote(rendered, note.text, note.kind === 'error' ? 'warning' : 'good');
  await invokeResponse(context, cardInvokeResponse(rendered));
  // A refresh only shows; a click that changed something updates every posted copy for everyone,
  // to the shared card (the clicker's answer above is their own view of it).
  if (card.key && !isRefreshInvoke(context.activity.value)) {
    await updateSharedCopies(bot, card.key, (e: unknown) => bot.logError('teams card update failed', e));
  }
}

/** A dialog button was pressed: show the form. */
export async function onTaskFetch(bot: TeamsBotDeps, context: TurnContext): Promise<void> {
  const lang = await replyLanguage(bot, context.activity);
  const form = dialogOf((context.activity.value as { data?: unknown } | undefined)?.data);
  if (!form) return invokeResponse(context, closeWith(t(lang, 'TEAMS_DIALOG_UNKNOWN')));
  await invokeResponse(context, continueWith(form, dialogCard(form, lang, { catalog: catalogOf(context) }), lang));
}

/** A form was submitted: its fields become the command line; an error comes back on the form. */
export async function onTaskSubmit(bot: TeamsBotDeps, context: TurnContext): Promise<void> {
  const data = (context.activity.value as { data?: unknown } | undefined)?.data;
  const lang = await replyLanguage(bot, context.activity);
  const form = dialogOf(data);
  if (!form) return invokeResponse(context, closeWith(t(lang, 'TEAMS_DIALOG_UNKNOWN')));
  await remember(bot, context);
  const catalog = catalogOf(context);
  const { replies } = await run(bot, context, commandOfSubmit(form, data, lang, catalog));
  const error = replies.find((r) => r.kind === 'error');
  if (error) {
    return invokeResponse(context, continueWith(form, dialogCard(form, lang, { values: submittedValues(form, data), error: error.text, catalog }), lang));
  }
  const summary = replies.map((r) => (r.kind === 'card' ? r.title : r.text)).join('\n');
  await invokeResponse(context, closeWith(summary));
  // The poll card (or confirmation) is posted into the conversation the dialog was opened from; a
  // private text was just shown in the dialog's closing message, to the submitter alone.
  const rest = replies.filter((r) => !(r.private && r.kind !== 'card'));
  await sendReplies(bot, context, rest, lang, context.activity.from?.id ? [context.activity.from.id] : []);
}

/** The response body of an `application/search` invoke (Teams typeahead: "Typeahead search in Adaptive Cards"). */
const searchResponse = (results: readonly { title: string; value: string }[]) => ({
  statusCode: 200, type: 'application/vnd.microsoft.search.searchResponse', value: { results },
});

/**
 * A picker's search as the user types (Data.Query): for "people" the people whose name matches, by
 * name and employer, never an address; for "organisations" the organisations. Another dataset finds
 * nothing.
 */
export async function onSearch(bot: TeamsBotDeps, context: TurnContext): Promise<void> {
  const value = (context.activity.value ?? {}) as { queryText?: unknown; dataset?: unknown; queryOptions?: { skip?: unknown; top?: unknown } };
  const query = typeof value.queryText === 'string' ? value.queryText : '';
  const skip = Math.max(0, Number(value.queryOptions?.skip) || 0);
  const top = Math.min(Math.max(1, Number(value.queryOptions?.top) || 15), MAX_HITS);
  let choices: Choice[] = [];
  if (value.dataset === 'people') choices = personChoices(await searchPeople(bot.deps, { query, limit: Math.min(skip + top, MAX_HITS) }));
  else if (value.dataset === 'organisations') choices = organisationChoices(catalogOf(context) ?? (await loadCatalog(bot.deps)), query);
  await invokeResponse(context, searchResponse(choices.slice(skip, skip + top).map((c) => ({ title: c.label, value: c.value }))));
}
