/**
 * The console chat (src/platforms/console/chat.ts) driven in-process: a line goes in as from a pipe,
 * and the answer comes back as the console printed it.
 */
import { PassThrough, Readable } from 'node:stream';
import type { HandleDeps } from '../../src/conversation/handle.ts';
import { runChat } from '../../src/platforms/console/chat.ts';

/** Sends `line` as `name` (a person's name in the registry) through the console chat; the printed answer. */
export async function consoleSay(deps: HandleDeps, name: string, line: string): Promise<string> {
  const person = await deps.db.person.findFirstOrThrow({ where: { name } });
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  await runChat(deps, { personId: person.id, personName: person.name, lang: null, input: Readable.from([`${line}\n`]), output, interactive: false });
  return printed.trim();
}
