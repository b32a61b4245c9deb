/**
 * Polls have short names people say and type (issue 15, point 4): "SBO-7", numbered per committee in
 * the order they open; the card and the messages use them, and every poll command takes one (any case,
 * "sbo 7" too) as well as the id the buttons carry.
 */
import { describe, expect, it } from 'vitest';
import type { CardReply, Reply } from '../../src/conversation/reply.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { openPoll } from '../../src/services/decisions/open-poll.ts';
import { demoChat } from '../support/demo-chat.ts';

const chat = demoChat(() => new Date('2026-11-25T10:00:00Z'));
const { deps, people } = chat;
const database = { get db() { return chat.database().db; } };

async function say(as: string, text: string): Promise<{ replies: Reply[]; out: string }> {
  const replies = await chat.say(as, text);
  return { replies, out: renderReplies(replies) };
}
const firstCard = (replies: Reply[]) => replies.find((r): r is CardReply => r.kind === 'card')!;

describe('short names of polls', () => {
  it('numbers polls per committee and shows the short name on the card and in the reply', async () => {
    const first = await say('Sanne Bakker', '/gremium peiling openen ORO vraag="Werkplan 2027?" sluit=8-12-2026');
    const second = await say('Sanne Bakker', '/gremium peiling openen ORO vraag="Begroting 2027?" sluit=8-12-2026');
    expect(firstCard(first.replies).footer).toBe('Peiling ORO-1. Stem met /gremium stem ORO-1 <keuze>.');
    expect(firstCard(second.replies).footer).toBe('Peiling ORO-2. Stem met /gremium stem ORO-2 <keuze>.');
    const shown = firstCard(second.replies);
    expect(shown.title).toBe('Peiling ORO-2');
    // What people read names the poll by its short name; only the buttons carry the id.
    const read = [...second.replies.filter((r) => r.kind === 'text').map((r) => r.text), shown.title, shown.footer, ...(shown.lines ?? [])].join('\n');
    expect(read).not.toMatch(/\bc[a-z0-9]{20,}\b/u);
  });

  it('takes the short name in any case and spacing, in vote, show and close', async () => {
    const voted = await say('Karin Smit', '/gremium stem oro-1 voor');
    expect(voted.out).toContain('voor');
    expect(await database.db.stance.count({ where: { poll: { committee: { code: 'ORO' }, number: 1 } } })).toBe(1);
    const shown = await say('Karin Smit', '/gremium peiling ORO 2');
    expect(firstCard(shown.replies).fields).toEqual(expect.arrayContaining([{ label: 'Vraag', value: 'Begroting 2027?' }]));
    const closed = await say('Sanne Bakker', '/gremium peiling sluiten ORO-2');
    expect(closed.replies[0]?.kind).not.toBe('error');
    expect(await database.db.poll.findFirstOrThrow({ where: { committee: { code: 'ORO' }, number: 2 } })).toMatchObject({ status: 'CLOSED' });
  });

  it('an unknown short name names the latest of that committee, and changes nothing', async () => {
    const before = await database.db.stance.count();
    const { replies } = await say('Jan de Vries', '/gremium stem ORO-9 voor');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'UNKNOWN_POLL', text: 'Ik ken geen peiling "ORO-9". De laatste van dit gremium is ORO-2.' });
    const en = await say('Jan de Vries', '/gremium vote XYZ-1 for');
    expect(en.replies[0]).toMatchObject({ kind: 'error', code: 'UNKNOWN_POLL', text: 'I don\'t know a poll "XYZ-1". A poll is named after its committee and number, for example SBO-7.' });
    expect(await database.db.stance.count()).toBe(before);
  });

  it('two polls opened at once in one committee get different numbers', async () => {
    const oro = await database.db.committee.findUniqueOrThrow({ where: { code: 'ORO' } });
    const opened = await Promise.all([1, 2, 3, 4].map((i) => openPoll(deps(), {
      actor: { personId: people['Sanne Bakker']!, label: 'Sanne Bakker' }, committeeId: oro.id, question: `Gelijktijdig ${i}?`, closesAt: new Date('2026-12-08T22:00:00Z'), meetingDay: null,
    })));
    const refs = opened.map((o) => (o.ok ? o.value.ref : o.error.code)).sort();
    expect(refs).toEqual(['ORO-3', 'ORO-4', 'ORO-5', 'ORO-6']);
  });
});
