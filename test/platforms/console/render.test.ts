/** The console prints an answer as one conversation: a poll's card once, even when the answer also sends it to the channel. */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/conversation/reply.ts';
import { renderReplies } from '../../../src/platforms/console/render.ts';

const card = (title: string, extra: Partial<Reply> = {}): Reply => ({
  kind: 'card', key: { kind: 'poll', pollId: 'p1' }, title, lines: ['0 van 4 zetels gestemd'], ...extra,
}) as Reply;

describe('console renderReplies', () => {
  it('prints a poll card once, and its copy for the channel as one line saying where it goes', () => {
    const out = renderReplies(
      [{ kind: 'text', text: 'Peiling geopend in het ORO.' }, card('Peiling ORO'), card('Poll ORO', { to: { committeeId: 'c-oro' } })],
      () => 'ORO',
    );
    expect(out).toBe('Peiling geopend in het ORO.\nPeiling ORO\n  • 0 van 4 zetels gestemd\n[→ ORO] ↑ Poll ORO');
    expect(out.match(/zetels gestemd/g)).toHaveLength(1);
  });

  it('still prints cards of different polls, and a card meant only for elsewhere, in full', () => {
    const other = card('Peiling SBO', { key: { kind: 'poll', pollId: 'p2' }, to: { committeeId: 'c-sbo' } });
    const out = renderReplies([card('Peiling ORO'), other], () => 'SBO');
    expect(out.match(/zetels gestemd/g)).toHaveLength(2);
    expect(out).toContain('[→ SBO]\nPeiling SBO');
  });
});
