/**
 * The console chat: one message per line in, replies out. On a terminal it prompts; otherwise
 * (a pipe or a file) it prints each reply followed by one empty line and ends at end of input.
 */
import readline from 'node:readline';
import { handle, type HandleDeps } from '../../conversation/handle.ts';
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import type { Audience } from '../../conversation/reply.ts';
import { loadCatalog } from '../../services/registry/registry-catalog.ts';
import { renderReplies } from './render.ts';

/** Runs the chat for one person until the input ends. */
export async function runChat(
  deps: HandleDeps,
  options: { personId: string; personName: string; lang: Language | null; input: NodeJS.ReadableStream; output: NodeJS.WritableStream; interactive: boolean },
): Promise<void> {
  const { input, output, interactive } = options;
  const rl = readline.createInterface({ input, terminal: interactive, ...(interactive ? { output } : {}) });
  const lang = options.lang ?? 'nl';
  if (interactive) {
    output.write(`${t(lang, 'CONSOLE_GREETING', { name: options.personName })}\n`);
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (line.trim() === '') {
      if (interactive) rl.prompt();
      continue;
    }
    const replies = await handle(deps, { sender: { personId: options.personId }, text: line, language: options.lang });
    const catalog = await loadCatalog(deps);
    const label = (to: Audience) =>
      'committeeId' in to
        ? (catalog.committees.find((c) => c.id === to.committeeId)?.code ?? to.committeeId)
        : (catalog.people.find((p) => p.id === to.personId)?.name ?? to.personId);
    output.write(`${renderReplies(replies, label)}\n\n`);
    if (interactive) rl.prompt();
  }
}
