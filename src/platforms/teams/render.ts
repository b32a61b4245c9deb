/**
 * Render: the one renderer from the neutral reply tree to Adaptive Cards 1.5 (STYLE.md, after
 * vercel/chat's cardToAdaptiveCard). Buttons become Action.Execute (universal actions) with verb
 * `gremium` and data {command}, so a click comes back as an `adaptiveCard/action` invoke and runs
 * through handle() as the person who clicked.
 *
 * Every reply text is plain text with what users typed in it (a poll question, a name, a reason).
 * TextBlocks and facts take markdown (`[text](url)` links, `**bold**`, lists), so reply texts are
 * rendered as TextRuns in RichTextBlocks, which take none (Adaptive Cards schema: "Markdown is not
 * supported"): what users type shows as typed, and no disguised link reaches a card.
 */
import type { Button, CardReply, Reply } from '../../conversation/reply.ts';
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import { EXECUTE_VERB } from './parse.ts';

/** An Adaptive Card as JSON. */
export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string; body: unknown[] };

/** The content type of an Adaptive Card attachment and of an invoke response carrying one. */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** What rendering needs besides the reply: the language (of the refresh button's title) and who gets automatic refreshes. */
export interface RenderOptions {
  readonly lang: Language;
  /** Teams user MRIs (29:...) whose clients refresh a keyed card automatically (at most 60). */
  readonly refreshUserIds?: readonly string[];
}

/** Teams refreshes a card for at most 60 listed users (Microsoft's User Specific Views limit). */
const MAX_REFRESH_USERS = 60;

type Style = Record<string, unknown>;

/**
 * A plain text as RichTextBlocks, one per line (a line break inside a TextRun is not shown by every
 * client): `run` styles the text, `block` the first block (spacing); an empty line widens the gap.
 */
export function plainText(value: string, run: Style = {}, block: Style = {}): Style[] {
  const out: Style[] = [];
  let gap = false;
  for (const line of value.split('\n')) {
    if (line.trim() === '') {
      gap = out.length > 0;
      continue;
    }
    const spacing = out.length === 0 ? block.spacing : gap ? 'Medium' : 'None';
    out.push({ type: 'RichTextBlock', ...block, ...(spacing ? { spacing } : {}), inlines: [{ type: 'TextRun', text: line, ...run }] });
    gap = false;
  }
  return out.length ? out : [{ type: 'RichTextBlock', ...block, inlines: [{ type: 'TextRun', text: ' ', ...run }] }];
}

/** A label and its value, side by side like a FactSet (whose texts take markdown, so not one). */
function fact(label: string, value: string): Style {
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 1, items: plainText(label, { weight: 'Bolder' }) },
      { type: 'Column', width: 2, items: plainText(value) },
    ],
  };
}

function execute(button: Button) {
  return {
    type: 'Action.Execute',
    id: button.id,
    title: button.label,
    verb: EXECUTE_VERB,
    data: { command: button.command },
    ...(button.style ? { style: button.style === 'primary' ? 'positive' : 'destructive' } : {}),
  };
}

function cardBody(reply: CardReply): unknown[] {
  const body: unknown[] = [...plainText(reply.title, { size: 'Large', weight: 'Bolder' })];
  if (reply.subtitle) body.push(...plainText(reply.subtitle, { isSubtle: true }, { spacing: 'None' }));
  for (const f of reply.fields ?? []) body.push(fact(f.label, f.value));
  for (const line of reply.lines ?? []) body.push(...plainText(line, {}, { spacing: 'Small' }));
  if (reply.actions?.length) body.push({ type: 'ActionSet', actions: reply.actions.map(execute) });
  if (reply.footer) body.push(...plainText(reply.footer, { size: 'Small', isSubtle: true }));
  return body;
}

/** A card that carries its refresh command is refreshed by Teams for the listed users (parse.ts isRefreshInvoke). */
function refreshOf(reply: CardReply, options: RenderOptions) {
  if (!reply.refresh) return {};
  const userIds = [...new Set(options.refreshUserIds ?? [])].slice(0, MAX_REFRESH_USERS);
  return {
    refresh: {
      action: { type: 'Action.Execute', title: t(options.lang, 'TEAMS_REFRESH'), verb: EXECUTE_VERB, data: { command: reply.refresh, refresh: true } },
      userIds,
    },
  };
}

/** One reply as an Adaptive Card 1.5. */
export function renderCard(reply: Reply, options: RenderOptions): AdaptiveCard {
  const base = { type: 'AdaptiveCard' as const, $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5' };
  switch (reply.kind) {
    case 'text':
      return { ...base, body: plainText(reply.text) };
    case 'error':
      return { ...base, body: [{ type: 'Container', style: 'warning', items: plainText(reply.text, { color: 'Warning' }) }] };
    case 'card':
      return { ...base, ...refreshOf(reply, options), body: cardBody(reply) };
    default: {
      const unreachable: never = reply;
      return unreachable;
    }
  }
}

/** A message activity carrying one card, as the Bot Connector takes it. */
export function cardMessage(card: AdaptiveCard, summary: string): { type: 'message'; summary: string; attachments: { contentType: string; content: AdaptiveCard }[] } {
  return { type: 'message', summary, attachments: [{ contentType: ADAPTIVE_CARD, content: card }] };
}

/** A short plain summary of a reply (notifications, the activity feed). */
export function summaryOf(reply: Reply): string {
  return reply.kind === 'card' ? reply.title : reply.text.slice(0, 120);
}

/** A reply as a message activity. */
export function renderMessage(reply: Reply, options: RenderOptions) {
  return cardMessage(renderCard(reply, options), summaryOf(reply));
}

/** The response to an `adaptiveCard/action` invoke: the card that replaces the clicked one. */
export function cardInvokeResponse(card: AdaptiveCard) {
  return { statusCode: 200, type: ADAPTIVE_CARD, value: card };
}

/** The response to an `adaptiveCard/action` invoke that only shows a message (the card stays). */
export function messageInvokeResponse(text: string) {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
}

/** Adds a line to a card for the person who clicked (their confirmation), above its buttons. */
export function withNote(card: AdaptiveCard, note: string, style: 'good' | 'warning'): AdaptiveCard {
  const notice = { type: 'Container', style, items: plainText(note, { weight: 'Bolder' }) };
  return { ...card, body: [card.body[0], notice, ...card.body.slice(1)] };
}
