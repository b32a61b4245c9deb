/**
 * Invokes: card buttons (Action.Execute -> `adaptiveCard/action`) and dialogs (`task/fetch`,
 * `task/submit`). Teams waits for the HTTP response body, so each handler ends in exactly one
 * invoke response.
 *
 * A button click answers the clicker with the card's new state (their confirmation on it) and
 * asks for every posted copy of the same keyed card to be replaced, so every member sees the live
 * tally: at most once a second per card, with the card read again then (../card-updates.ts).
 */
import type { TurnContext } from 'botbuilder';
import { handle } from '../../conversation/handle.ts';
import type { CardReply, Reply } from '../../conversation/reply.ts';
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import { encodeCardKey } from '../../conversation/card-keys.ts';
import { editKeyedCopies } from './delivery.ts';
import { closeWith, commandOfSubmit, continueWith, dialogCard, dialogOf, submittedValues } from './dialogs.ts';
import { invokeResponse, linkByRoster, turnIncoming, localeLanguage, remember, replyLanguage, sendReplies, type TeamsBotDeps } from './turn.ts';
import { commandOfInvoke, isRefreshInvoke, toIncoming } from './parse.ts';
import { cardInvokeResponse, messageInvokeResponse, renderCard, withNote } from './render.ts';

/** What running a command gave: the replies, their language, and how to read a keyed card of them again later. */
interface Ran {
  readonly replies: Reply[];
  readonly lang: Language;
  /** The card as it is now, shown again as the same person (its `refresh` line); null when it is gone. */
  readonly reread: (card: CardReply) => Promise<CardReply | null>;
}

/** Runs a command line as the person behind the activity. */
async function run(bot: TeamsBotDeps, context: TurnContext, command: string): Promise<Ran> {
  const person = await linkByRoster(bot, context);
  const incoming = toIncoming(context.activity, command);
  // Built now: the re-read runs after the turn, when its context may no longer be used.
  const turn = incoming ? turnIncoming(context, incoming, person) : null;
  const replies = turn ? await handle(bot.deps, turn) : [];
  const reread = async (card: CardReply): Promise<CardReply | null> => {
    if (!turn || !card.refresh || !card.key) return card;
    const key = encodeCardKey(card.key);
    const again = await handle(bot.deps, { ...turn, text: card.refresh, isCommand: true });
    return again.find((r): r is CardReply => r.kind === 'card' && r.key !== undefined && encodeCardKey(r.key) === key) ?? null;
  };
  return { replies, lang: await replyLanguage(bot, context.activity, person), reread };
}

const here = (replies: readonly Reply[]) => replies.filter((r) => !r.to);
const elsewhere = (replies: readonly Reply[]) => replies.filter((r) => r.to);

/** A button on a Gremium card was clicked (or Teams refreshes a keyed card). */
export async function onCardAction(bot: TeamsBotDeps, context: TurnContext): Promise<void> {
  const lang0 = localeLanguage(context.activity);
  const command = commandOfInvoke(context.activity.value);
  if (!command) return invokeResponse(context, messageInvokeResponse(t(lang0, 'TEAMS_DIALOG_UNKNOWN')));
  await remember(bot, context);
  const { replies, lang, reread } = await run(bot, context, command);
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
  // A refresh only shows; a click that changed something updates every posted copy for everyone.
  if (card.key && !isRefreshInvoke(context.activity.value)) {
    const onError = (e: unknown) => bot.logError('teams card update failed', e);
    bot.cards.request(encodeCardKey(card.key), async () => {
      const fresh = await reread(card);
      return fresh ? editKeyedCopies(bot, fresh, lang, onError) : null;
    });
  }
}

/** A dialog button was pressed: show the form. */
export async function onTaskFetch(bot: TeamsBotDeps, context: TurnContext): Promise<void> {
  const lang = await replyLanguage(bot, context.activity);
  const form = dialogOf((context.activity.value as { data?: unknown } | undefined)?.data);
  if (!form) return invokeResponse(context, closeWith(t(lang, 'TEAMS_DIALOG_UNKNOWN')));
  await invokeResponse(context, continueWith(form, dialogCard(form, lang), lang));
}

/** A form was submitted: its fields become the command line; an error comes back on the form. */
export async function onTaskSubmit(bot: TeamsBotDeps, context: TurnContext): Promise<void> {
  const data = (context.activity.value as { data?: unknown } | undefined)?.data;
  const lang = await replyLanguage(bot, context.activity);
  const form = dialogOf(data);
  if (!form) return invokeResponse(context, closeWith(t(lang, 'TEAMS_DIALOG_UNKNOWN')));
  await remember(bot, context);
  const { replies } = await run(bot, context, commandOfSubmit(form, data, lang));
  const error = replies.find((r) => r.kind === 'error');
  if (error) {
    return invokeResponse(context, continueWith(form, dialogCard(form, lang, submittedValues(form, data), error.text), lang));
  }
  const summary = replies.map((r) => (r.kind === 'card' ? r.title : r.text)).join('\n');
  await invokeResponse(context, closeWith(summary));
  // The poll card (or confirmation) is posted into the conversation the dialog was opened from.
  await sendReplies(bot, context, replies, lang, context.activity.from?.id ? [context.activity.from.id] : []);
}
