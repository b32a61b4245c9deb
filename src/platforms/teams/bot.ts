/**
 * The Teams bot's turn logic. Routes are data (STYLE.md, after microsoft/teams.ts): a predicate on
 * the activity and a handler. Every turn first claims the activity once (Teams re-sends an invoke
 * it got no answer to within 15 s; a message is answered at once, server.ts), reading the sender and
 * the registry's names alongside; then a handler remembers the conversation, hands the text to
 * handle() and renders.
 */
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { handle } from '../../conversation/handle.ts';
import { claimOnceAtRevision, releaseClaim } from '../../services/claim-once.ts';
import { findLinkedPersonAt } from '../../services/identity/link-identity.ts';
import { loadCatalogAt } from '../../services/registry/registry-catalog.ts';
import { welcomeCard } from './dialogs.ts';
import { onCardAction, onSearch, onTaskFetch, onTaskSubmit } from './invoke.ts';
import { withMentionedObjectIds } from './mentioned.ts';
import { dedupeKey, externalIdOf, stripMention, TEAMS, toIncoming } from './parse.ts';
import { cardMessage } from './render.ts';
import { isOwnTenant, refuseOtherTenant } from './tenant.ts';
import { CATALOG, invokeResponse, LINKED_PERSON, linkByRoster, turnIncoming, localeLanguage, remember, replyLanguage, sendReplies, type TeamsBotDeps } from './turn.ts';

export type { TeamsBotDeps } from './turn.ts';

/** One route: when it applies, and what it does. */
interface Route {
  readonly name: string;
  readonly select: (activity: Activity) => boolean;
  readonly run: (bot: TeamsBotDeps, context: TurnContext) => Promise<void>;
}

const isInvoke = (name: string) => (a: Activity) => a.type === ActivityTypes.Invoke && a.name === name;
const botWasAdded = (a: Activity) => (a.membersAdded ?? []).some((m) => m.id === a.recipient?.id);

async function onMessage(bot: TeamsBotDeps, context: TurnContext): Promise<void> {
  await remember(bot, context);
  const person = await linkByRoster(bot, context);
  // A mention of a person is read by the account it points to: its Entra object id, from the roster when Teams left it out.
  const incoming = toIncoming(context.activity, stripMention(await withMentionedObjectIds(context, bot.logError)));
  if (!incoming) return;
  const replies = await handle(bot.deps, turnIncoming(context, incoming, person));
  const lang = await replyLanguage(bot, context.activity, person);
  await sendReplies(bot, context, replies, lang, context.activity.from?.id ? [context.activity.from.id] : []);
}

async function onInstalled(bot: TeamsBotDeps, context: TurnContext): Promise<void> {
  await remember(bot, context);
  if (context.activity.type === ActivityTypes.ConversationUpdate && botWasAdded(context.activity)) {
    await context.sendActivity(cardMessage(welcomeCard(localeLanguage(context.activity)), 'Gremium'));
  }
}

/** The routes, first match wins. */
const ROUTES: readonly Route[] = [
  { name: 'message', select: (a) => a.type === ActivityTypes.Message, run: onMessage },
  { name: 'install', select: (a) => a.type === ActivityTypes.ConversationUpdate || (a.type === ActivityTypes.InstallationUpdate && a.action === 'add'), run: onInstalled },
  { name: 'card action', select: isInvoke('adaptiveCard/action'), run: onCardAction },
  { name: 'dialog open', select: isInvoke('task/fetch'), run: onTaskFetch },
  { name: 'dialog submit', select: isInvoke('task/submit'), run: onTaskSubmit },
  { name: 'picker search', select: isInvoke('application/search'), run: onSearch },
];

/** The turn logic handed to CloudAdapter.process. */
export function createTeamsLogic(bot: TeamsBotDeps): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const activity = context.activity;
    // Another tenant's activity goes no further than its refusal: nothing read, claimed or stored.
    if (!isOwnTenant(activity, bot.tenantId)) return refuseOtherTenant(context, bot.logError);
    const route = ROUTES.find((r) => r.select(activity));
    if (!route) {
      if (activity.type === ActivityTypes.Invoke) await invokeResponse(context, {}, 200);
      return;
    }
    const key = dedupeKey(activity);
    // The claim reads the registry's revision in the same statement (as Slack's does); the names and
    // the sender's person come from memory while that revision holds, else are read right after.
    const externalId = externalIdOf(activity);
    const claim = claimOnceAtRevision(bot.deps, { platform: TEAMS, keys: key ? [key] : [] });
    const catalogRead = claim.then((c) => loadCatalogAt(bot.deps, c.revision));
    const [claimed, linked, catalog] = await Promise.all([
      claim.then((c) => c.claimed),
      externalId ? catalogRead.then((c) => findLinkedPersonAt(bot.deps, c.revision, { platform: TEAMS, externalId })) : undefined,
      catalogRead,
    ]);
    if (linked !== undefined) context.turnState.set(LINKED_PERSON, linked);
    context.turnState.set(CATALOG, catalog);
    if (!claimed) {
      // Already handled: a re-send after Teams gave up waiting. Answer without acting again.
      if (activity.type === ActivityTypes.Invoke) await invokeResponse(context, {}, 200);
      return;
    }
    try {
      await route.run(bot, context);
    } catch (error) {
      // The turn failed: a re-send (of an invoke, which waits for its answer) may try again.
      if (key) await releaseClaim(bot.deps, { platform: TEAMS, key });
      throw error;
    }
  };
}
