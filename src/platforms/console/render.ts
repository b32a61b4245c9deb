/** Renders the neutral reply tree as plain terminal text (the console's one renderer). */
import type { Audience, Reply } from '../../conversation/reply.ts';

/** Names an audience for the console ("SBO", "Sanne Bakker"); ids when no names are at hand. */
export type AudienceLabel = (to: Audience) => string;

const byId: AudienceLabel = (to) => ('committeeId' in to ? to.committeeId : to.personId);

/** One reply as lines of text; one meant for a channel or another person says so first. */
export function renderReply(reply: Reply, label: AudienceLabel = byId): string {
  const body = renderBody(reply);
  return reply.to ? `${destination(reply.to, label)}\n${body}` : body;
}

function destination(to: Audience, label: AudienceLabel): string {
  return 'committeeId' in to ? `[→ ${label(to)}]` : `[→ ${label(to)} (DM)]`;
}

function renderBody(reply: Reply): string {
  switch (reply.kind) {
    case 'text':
      return reply.text;
    case 'error':
      return `⚠ ${reply.text}`;
    case 'card': {
      const out = [reply.subtitle ? `${reply.title} (${reply.subtitle})` : reply.title];
      for (const field of reply.fields ?? []) out.push(`  ${field.label}: ${field.value}`);
      for (const line of reply.lines ?? []) out.push(`  • ${line}`);
      if (reply.actions?.length) out.push(`  ${reply.actions.map((a) => `[${a.label}: ${a.command}]`).join(' ')}`);
      if (reply.footer) out.push(`  ${reply.footer}`);
      return out.join('\n');
    }
    default: {
      const unreachable: never = reply;
      return unreachable;
    }
  }
}

/**
 * Several replies, separated by a line. A terminal is one conversation: a keyed card (a poll) that
 * the same answer also sends elsewhere (the committee's channel) is printed once, and its second
 * copy shrinks to one line saying where it goes ("[→ SBO] ↑ <title>").
 */
export function renderReplies(replies: readonly Reply[], label: AudienceLabel = byId): string {
  const shown = new Set<string>();
  return replies
    .map((reply) => {
      if (reply.kind !== 'card' || !reply.key) return renderReply(reply, label);
      const key = JSON.stringify(reply.key);
      if (!shown.has(key)) {
        shown.add(key);
        return renderReply(reply, label);
      }
      return reply.to ? `${destination(reply.to, label)} ↑ ${reply.title}` : null;
    })
    .filter((text) => text !== null)
    .join('\n');
}
