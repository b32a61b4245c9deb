/**
 * The Slack renderer (STYLE.md: one renderer per platform, an exhaustive switch on the reply kind):
 * a neutral reply becomes Block Kit blocks plus a plain-text fallback for notifications.
 * Text -> mrkdwn section; card -> header, field sections, line section, context, buttons whose value
 * is the button's command line; error -> section with a warning sign.
 */
import type { Button, Reply } from '../../conversation/reply.ts';

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

/** Escapes the three characters Slack's mrkdwn reserves. */
export function escapeMrkdwn(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const plain = (value: string, max = 150) => ({ type: 'plain_text', text: value.length > max ? `${value.slice(0, max - 1)}…` : value, emoji: true });

/** mrkdwn sections, split so none passes Slack's 3,000-character limit. */
function sections(value: string): Block[] {
  const out: Block[] = [];
  let rest = escapeMrkdwn(value);
  while (rest.length > 0) {
    let cut = rest.length <= SECTION_LIMIT ? rest.length : rest.lastIndexOf('\n', SECTION_LIMIT);
    if (cut <= 0) cut = SECTION_LIMIT;
    out.push({ type: 'section', text: { type: 'mrkdwn', text: rest.slice(0, cut) } });
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

/** One reply as Block Kit. */
export function renderReply(reply: Reply): SlackMessage {
  switch (reply.kind) {
    case 'text':
      return { text: reply.text, blocks: sections(reply.text) };
    case 'error':
      return { text: `⚠️ ${reply.text}`, blocks: sections(`⚠️ ${reply.text}`) };
    case 'card': {
      const blocks: Block[] = [{ type: 'header', text: plain(reply.title) }];
      if (reply.subtitle) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(reply.subtitle) }] });
      const fields = reply.fields ?? [];
      for (let i = 0; i < fields.length; i += FIELDS_PER_SECTION) {
        blocks.push({
          type: 'section',
          fields: fields.slice(i, i + FIELDS_PER_SECTION).map((f) => ({ type: 'mrkdwn', text: `*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`.slice(0, 2000) })),
        });
      }
      if (reply.lines?.length) blocks.push(...sections(reply.lines.map((l) => `• ${l}`).join('\n')));
      if (reply.footer) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(reply.footer).slice(0, 2000) }] });
      const actions = reply.actions ?? [];
      for (let i = 0; i < actions.length; i += 25) blocks.push({ type: 'actions', elements: actions.slice(i, i + 25).map(button) });
      const summary = [reply.title, ...(reply.subtitle ? [reply.subtitle] : []), ...fields.map((f) => `${f.label}: ${f.value}`), ...(reply.lines ?? [])];
      return { text: summary.join('\n').slice(0, 3000), blocks: blocks.slice(0, 50) };
    }
    default: {
      const unreachable: never = reply;
      return unreachable;
    }
  }
}
