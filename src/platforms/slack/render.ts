/**
 * The Slack renderer (STYLE.md: one renderer per platform, an exhaustive switch on the reply kind):
 * a neutral reply becomes Block Kit blocks plus a plain-text fallback for notifications.
 * Text -> section; card -> header, field sections, line section, context, buttons whose value is
 * the button's command line; error -> section with a warning sign.
 *
 * Every text in a reply is plain text (names, questions and reasons users typed among ours), so the
 * blocks carry it as `plain_text`, which Slack shows as it is: no bold, no links, no mentions
 * (issue 13: what users type shows as typed). The fallback `text` (notifications, clients without
 * blocks) is mrkdwn by Slack's rules, so it is escaped (escapeMrkdwn).
 */
import type { Button, CardReply, Reply } from '../../conversation/reply.ts';

/** A Block Kit block, as plain JSON (the Web API takes it as is). */
export type Block = Record<string, unknown>;

/** A message ready for chat.postMessage / chat.update / respond(). */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: Block[];
}

/** action_id prefix of buttons that carry a command line. */
export const COMMAND_ACTION = 'gremium.command';

const SECTION_LIMIT = 2900;
const FIELDS_PER_SECTION = 10;

/** Invisible; before a formatting character it leaves that character no longer at a word's edge. */
const SOFT_HYPHEN = '\u00ad';

/**
 * Escapes text for Slack mrkdwn so that it shows as typed. `&`, `<` and `>` become entities, as
 * Slack documents: no `<!channel>`, `<@U123>` or `<url|disguised link>`. Slack documents no escape
 * for the formatting characters, so a `*`, `_`, `~` or `` ` `` where it would start formatting (at a
 * word's edge, before a non-space) and a `>` opening a line (a quote) get an invisible soft hyphen
 * before them, which leaves them where they are but no longer at the edge (as jsx-slack does for
 * quotes). Characters inside words (snake_case, 2*3) are left alone: Slack does not format them.
 */
export function escapeMrkdwn(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/(?<![\p{L}\p{N}])([*_~`])(?=\S)/gu, `${SOFT_HYPHEN}$1`)
    .replace(/^&gt;/gm, `${SOFT_HYPHEN}&gt;`);
}

/** A plain_text object: shown exactly as given (emoji shortcodes too: `emoji: false`). */
const plain = (value: string, max = 150) => ({ type: 'plain_text', text: value.length > max ? `${value.slice(0, max - 1)}…` : value, emoji: false });

/** plain_text sections, split so none passes Slack's 3,000-character limit. */
function sections(value: string): Block[] {
  const out: Block[] = [];
  let rest = value;
  while (rest.length > 0) {
    let cut = rest.length <= SECTION_LIMIT ? rest.length : rest.lastIndexOf('\n', SECTION_LIMIT);
    if (cut <= 0) cut = SECTION_LIMIT;
    out.push({ type: 'section', text: { type: 'plain_text', text: rest.slice(0, cut), emoji: false } });
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  return out;
}

/** A Slack button: clicking it sends `command` back as the clicker. */
export function button(b: Button): Block {
  return {
    type: 'button',
    action_id: `${COMMAND_ACTION}:${b.id}`,
    text: plain(b.label, 75),
    value: b.command.slice(0, 2000),
    ...(b.style ? { style: b.style } : {}),
  };
}

/** The notification fallback of a card: its texts, line by line, escaped. */
function cardSummary(reply: CardReply): string {
  const lines = [reply.title, ...(reply.subtitle ? [reply.subtitle] : []), ...(reply.fields ?? []).map((f) => `${f.label}: ${f.value}`), ...(reply.lines ?? [])];
  return escapeMrkdwn(lines.join('\n')).slice(0, 3000);
}

/** One reply as Block Kit. */
export function renderReply(reply: Reply): SlackMessage {
  switch (reply.kind) {
    case 'text':
      return { text: escapeMrkdwn(reply.text), blocks: sections(reply.text) };
    case 'error':
      return { text: `⚠️ ${escapeMrkdwn(reply.text)}`, blocks: sections(`⚠️ ${reply.text}`) };
    case 'card': {
      const blocks: Block[] = [{ type: 'header', text: plain(reply.title) }];
      if (reply.subtitle) blocks.push({ type: 'context', elements: [plain(reply.subtitle, 2000)] });
      const fields = reply.fields ?? [];
      for (let i = 0; i < fields.length; i += FIELDS_PER_SECTION) {
        blocks.push({ type: 'section', fields: fields.slice(i, i + FIELDS_PER_SECTION).map((f) => plain(`${f.label}\n${f.value}`, 2000)) });
      }
      if (reply.lines?.length) blocks.push(...sections(reply.lines.map((l) => `• ${l}`).join('\n')));
      if (reply.footer) blocks.push({ type: 'context', elements: [plain(reply.footer, 2000)] });
      const actions = reply.actions ?? [];
      for (let i = 0; i < actions.length; i += 25) blocks.push({ type: 'actions', elements: actions.slice(i, i + 25).map(button) });
      return { text: cardSummary(reply), blocks: blocks.slice(0, 50) };
    }
    default: {
      const unreachable: never = reply;
      return unreachable;
    }
  }
}
