/**
 * What users type shows as typed in Slack (issue 13, point 6): a poll question full of mrkdwn and
 * control sequences, through the real app, reaches Slack as plain_text in the blocks (which Slack
 * never formats, links or mentions) and escaped in the notification fallback `text`: no mention
 * of the channel, no disguised link, no bold.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServiceDeps } from '../../../src/services/deps.ts';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { viewSubmission } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';

let database: TestDatabase;
let h: Harness;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });
const SBO_CHANNEL = 'C0SBO00001';
const QUESTION = '<!channel> *Gratis* <https://evil.example|klik hier> & _nu_ ~oud~ `code`\n> citaat';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  const sbo = await database.db.committee.findUniqueOrThrow({ where: { code: 'SBO' } });
  await database.db.committeeChannel.create({ data: { committeeId: sbo.id, platform: 'slack', channel: SBO_CHANNEL } });
  h = await startHarness(deps());
  h.fake.users.set('U0SANNE', { email: 'sanne.bakker@regio.example', locale: 'nl-NL' });
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

/** Every text object of the blocks, with its type. */
const textObjects = (node: unknown, out: { type: string; text: string }[] = []): { type: string; text: string }[] => {
  if (Array.isArray(node)) node.forEach((n) => textObjects(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push({ type: o.type, text: o.text });
    else Object.values(o).forEach((v) => textObjects(v, out));
  }
  return out;
};

it('posts the question as typed: plain_text in the blocks, escaped in the fallback text', async () => {
  await h.turn(viewSubmission({ user: 'U0SANNE', callbackId: 'gremium.form:poll', values: { committee: 'SBO', question: QUESTION, closes: '2026-12-10' } }));
  const post = h.fake.of('chat.postMessage').find((c) => c.args.channel === SBO_CHANNEL);
  expect(post).toBeDefined();
  const texts = textObjects(post!.args.blocks);
  const showing = texts.filter((t) => t.text.includes('Gratis'));
  expect(showing.length).toBeGreaterThan(0);
  for (const t of showing) {
    expect(t.type).toBe('plain_text');
    expect(t.text).toContain(QUESTION.split('\n')[0]!.slice(0, 40));
  }
  // No mrkdwn object anywhere carries a raw control sequence.
  for (const t of texts.filter((x) => x.type === 'mrkdwn')) expect(t.text).not.toMatch(/<[!@#h]/);
  const fallback = String(post!.args.text);
  expect(fallback).not.toMatch(/<!channel>|<https:/);
  expect(fallback).toContain('&lt;!channel&gt;');
  expect(fallback).toContain('&amp;');
  // Formatting characters that would format are neutralised; the visible characters stay.
  expect(fallback.replace(/\u00ad/g, '')).toContain('*Gratis*');
  expect(fallback).not.toMatch(/(^|\s)\*Gratis\*/);
  expect(fallback).not.toMatch(/(^|\s)_nu_/);
  expect(fallback).not.toMatch(/^&gt; citaat/m);
});
