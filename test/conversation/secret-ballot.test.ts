/**
 * Secret ballots through handle(), as the console sends them (issue 13, point 4): while a secret poll
 * is open its card says only how many seats voted; once closed, only the totals. A vote can be changed
 * while the poll is open and counts once per seat; after closing nothing in the database, the audit or
 * the decision list links a voter to a choice. A poll is secret when the committee's workbook says so
 * ("Geheime stemming") or when the opener asks (`geheim=ja`), as the SBO's anonymous measurement does
 * (001 SBO: "Steeds geanonimiseerd laten meten").
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { renderDecisionList } from '../../src/conversation/decisions/lists.ts';
import type { CardReply, Reply } from '../../src/conversation/reply.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { exportDecisions } from '../../src/services/decisions/export-decisions.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });
const people: Record<string, string> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  for (const p of await database.db.person.findMany({ select: { id: true, name: true } })) people[p.name] = p.id;
});
afterAll(async () => database?.close());

async function say(as: string, text: string, language?: 'nl' | 'en'): Promise<{ replies: Reply[]; out: string }> {
  const replies = await handle(deps(), { sender: { personId: people[as]! }, text, ...(language ? { language } : {}) });
  return { replies, out: renderReplies(replies) };
}
const cards = (replies: Reply[]) => replies.filter((r): r is CardReply => r.kind === 'card');
const pollOf = (replies: Reply[]) => (cards(replies)[0]!.key as { pollId: string }).pollId;
/** Everything a card shows, as one text. */
const shown = (card: CardReply) => JSON.stringify(card);

/** Every row of every table as JSON text, for looking a link up anywhere in the database. */
/** The row without a poll's "options" list, which names every choice and no voter. */
function withoutOptions(row: string): string {
  return row.replace(/\\?"options\\?":\s*\[[^\]]*\]/g, '');
}

async function everyRow(): Promise<{ table: string; row: string }[]> {
  const tables = await database.sql.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
  const rows: { table: string; row: string }[] = [];
  for (const { tablename } of tables) {
    // A poll's own list of options (AGREE, OBJECT, ...) beside its electorate is no one's choice.
    for (const r of await database.sql.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${tablename}" t`)) rows.push({ table: tablename, row: withoutOptions(r.j) });
  }
  return rows;
}

describe('a secret ballot the committee\'s workbook asks for (SBO, consensus)', () => {
  let pollId = '';
  beforeAll(async () => {
    await database.db.committee.update({ where: { code: 'SBO' }, data: { secretBallot: true } });
  });

  it('shows neither names nor a running outcome while open, not even after an objection', async () => {
    const opened = await say('Sanne Bakker', '/gremium peiling openen SBO vraag="Akkoord met de koers 2027?" sluit=10-12-2026');
    pollId = pollOf(opened.replies);
    await say('Jan de Vries', `/gremium stem ${pollId} akkoord`);
    const objected = await say('Anouk Coolen', `/gremium stem ${pollId} bezwaar`);
    expect(objected.replies[0]).toMatchObject({ kind: 'text', private: true });
    for (const card of [...cards(objected.replies), ...cards((await say('Jan de Vries', `/gremium peiling ${pollId}`)).replies)]) {
      expect(card.fields).toContainEqual({ label: 'Stemming', value: expect.stringMatching(/^geheim/) });
      // Like every open poll's card (issue 18): no outcome until it closes, only that it is still open.
      expect(card.fields).toContainEqual({ label: 'Uitkomst', value: 'nog open' });
      expect(card.lines).toEqual(['2 van 12 zetels gestemd']);
      expect(shown(card)).not.toMatch(/verworpen|aangenomen|bezwaar,|Jan de Vries|Anouk Coolen|Combinatie Noord|Gemeente Nederweert/);
    }
  });

  it('lets a member change their vote while it is open, one stance per seat', async () => {
    const changed = await say('Jan de Vries', `/gremium stem ${pollId} onthouding`);
    expect(changed.replies[0]).toMatchObject({ kind: 'text', private: true, text: expect.stringMatching(/gewijzigd van "akkoord" in "onthouding"/) });
    const seat = await database.db.seat.findFirstOrThrow({ where: { committee: { code: 'SBO' }, personId: people['Jan de Vries'], role: 'MEMBER', endsOn: null } });
    expect(await database.db.stance.count({ where: { pollId, seatId: seat.id } })).toBe(1);
    expect(cards(changed.replies)[0]!.lines).toEqual(['2 van 12 zetels gestemd']);
  });

  it('shows only the totals once closed, and no row anywhere links a voter to a choice', async () => {
    const closed = await say('Sanne Bakker', `/gremium peiling sluiten ${pollId}`);
    expect(closed.out).toContain('Peiling gesloten: "Akkoord met de koers 2027?" — verworpen (0 akkoord, 1 bezwaar, 1 onthouding).');
    for (const card of cards(closed.replies)) {
      expect(card.lines).toEqual(['2 van 12 zetels gestemd — 0 akkoord, 1 bezwaar, 1 onthouding']);
      expect(shown(card)).not.toMatch(/Jan de Vries|Anouk Coolen|Combinatie Noord|Gemeente Nederweert/);
    }
    const after = cards((await say('Jan de Vries', `/gremium peiling ${pollId}`)).replies)[0]!;
    expect(after.lines).toEqual(['2 van 12 zetels gestemd — 0 akkoord, 1 bezwaar, 1 onthouding']);

    // Who voted stays (it blocked a second vote); what they chose is gone.
    const stances = await database.db.stance.findMany({ where: { pollId } });
    expect(stances).toHaveLength(2);
    expect(stances.every((s) => s.choice === null)).toBe(true);
    const voters = [people['Jan de Vries']!, people['Anouk Coolen']!, ...stances.map((s) => s.seatId), ...stances.map((s) => s.id)];
    const choices = /"(AGREE|OBJECT|ABSTAIN|akkoord|bezwaar|onthouding)"/;
    const linked = (await everyRow()).filter(({ row }) => voters.some((v) => row.includes(v)) && choices.test(row));
    expect(linked).toEqual([]);
  });
});

describe('a secret ballot the opener asks for (geheim=ja), on a meeting\'s decision list', () => {
  it('keeps the decision list and its export to the totals', async () => {
    const opened = await say('Sanne Bakker', '/gremium peiling openen ORO vraag="Meting: ervaren vertrouwen voldoende?" sluit=8-12-2026 vergadering=9-12-2026 geheim=ja');
    expect(opened.replies[0]).toMatchObject({ kind: 'text' });
    const pollId = pollOf(opened.replies);
    expect(cards(opened.replies)[0]!.fields).toContainEqual({ label: 'Stemming', value: expect.stringMatching(/^geheim/) });
    expect((await database.db.poll.findUniqueOrThrow({ where: { id: pollId } })).secret).toBe(true);
    await say('Piet Jansen', `/gremium stem ${pollId} voor`);
    // The ORO counts per party (001 ORO): a voter of another party than Piet Jansen's Combinatie Noord.
    await say('Joost Mertens', `/gremium stem ${pollId} tegen`);
    await say('Sanne Bakker', `/gremium peiling sluiten ${pollId}`);
    const oro = await database.db.committee.findUniqueOrThrow({ where: { code: 'ORO' } });
    const dir = await mkdtemp(path.join(tmpdir(), 'gremium-secret-'));
    try {
      const file = path.join(dir, 'besluiten.md');
      const written = await exportDecisions(deps(), { committeeId: oro.id, day: '2026-12-09', file, render: (list, format) => renderDecisionList('nl', list, format) });
      expect(written.ok).toBe(true);
      const text = await readFile(file, 'utf8');
      expect(text).toContain('Meting: ervaren vertrouwen voldoende?');
      expect(text).toContain('1-1-0');
      expect(text).not.toMatch(/Piet Jansen|Joost Mertens/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const audit = await database.db.auditEntry.findMany({ where: { action: 'stance.cast', committeeId: oro.id } });
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audit, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).not.toMatch(/"(FOR|AGAINST)"/);
  });

  it('is refused an unknown value, in the asker\'s language', async () => {
    const { replies } = await say('Sanne Bakker', '/gremium poll open ORO question="Anonymous?" closes=8-12-2026 secret=maybe', 'en');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'INVALID_VALUE' });
  });
});

describe('where a poll card may be seen from the console (issue 13, point 5)', () => {
  it('shows a seat holder the card privately and refuses anyone else, saying where it is', async () => {
    const opened = await say('Sanne Bakker', '/gremium peiling openen ORO vraag="Akkoord met de planning?" sluit=8-12-2026');
    const pollId = pollOf(opened.replies);
    const member = await say('Piet Jansen', `/gremium peiling ${pollId}`);
    expect(cards(member.replies)[0]).toMatchObject({ key: { kind: 'poll', pollId }, private: true });
    const stranger = await say('Femke Hendriks', `/gremium peiling ${pollId}`);
    expect(stranger.replies).toHaveLength(1);
    expect(stranger.replies[0]).toMatchObject({ kind: 'error', code: 'POLL_CARD_ELSEWHERE' });
    expect(stranger.out).toMatch(/kanaal van het ORO/);
    const english = await say('Femke Hendriks', `/gremium poll ${pollId}`, 'en');
    expect(english.out).toMatch(/the ORO's channel/);
  });
});
