/**
 * A sentence that asks for a change is answered with its confirmation and the exact command as a
 * button (issue 15, point 2); tests of what the change does click it: nothing is written by the
 * sentence, and the button's command runs as the same person.
 */
import { expect } from 'vitest';
import type { Reply } from '../../src/conversation/reply.ts';

const CONFIRM = /^(Zal ik dit vastleggen\?|Shall I record this\?)$/u;

/** The command of a confirmation among `replies`, or null when they are no confirmation. */
export function confirmationCommand(replies: readonly Reply[]): string | null {
  const c = replies.length === 1 && replies[0]!.kind === 'card' && CONFIRM.test(replies[0]!.title) ? replies[0] : null;
  return c && c.kind === 'card' ? (c.actions?.[0]?.command ?? null) : null;
}

/**
 * Sends `text`; when the answer is a confirmation, checks that `writes()` did not change and sends its
 * command, returning that answer instead.
 */
export async function sayAndClick(send: (text: string) => Promise<Reply[]>, writes: () => Promise<number>, text: string): Promise<Reply[]> {
  const before = await writes();
  const replies = await send(text);
  const command = confirmationCommand(replies);
  if (command === null) return replies;
  expect(await writes(), `"${text}" wrote before it was confirmed`).toBe(before);
  return send(command);
}
