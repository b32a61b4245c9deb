/**
 * Issue 15's examples, typed as members and secretaries type them, through the one conversation core
 * on the demo data (today 25 November 2026; the SBO meets 10 December 2026 and 11 March 2027).
 * Cases marked `it.fails` fail today (they are what issue 15 asks for); each becomes `it` when it passes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const now = () => new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now, caches: database.caches });
const people = new Map<string, string>();

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  for (const p of await database.db.person.findMany({ select: { id: true, name: true } })) people.set(p.name, p.id);
});
afterAll(async () => database?.close());

async function ask(as: string, text: string): Promise<{ replies: Reply[]; out: string }> {
  const replies = await handle(deps(), { sender: { personId: people.get(as)! }, text });
  return { replies, out: renderReplies(replies) };
}

const notUnderstood = (replies: Reply[]) => replies.some((r) => r.kind === 'error' && r.code === 'NOT_UNDERSTOOD');

describe('dates and meetings anywhere in the sentence', () => {
  it('reads a date in the middle: who represented Dronten on 1 March 2024 in the BOSD', async () => {
    const { replies, out } = await ask('Jan de Vries', 'Wie vertegenwoordigde Dronten op 1 maart 2024 in de BOSD?');
    expect(replies[0]?.kind).toBe('card');
    expect(out).toContain('Gemeente Dronten');
    expect(out).toContain('1 maart 2024');
    expect(out).toContain('Gert van Dam');
  });

  it('reads "het volgende SBO" as the next meeting of the SBO', async () => {
    const { replies, out } = await ask('Jan de Vries', 'Wie vertegenwoordigt Combinatie Noord bij het volgende SBO?');
    expect(replies[0]?.kind).toBe('card');
    expect(out).toContain('Jan de Vries');
    expect(out).toContain('10 december 2026');
  });

  it('reads the date first and the committee in front', async () => {
    const { out } = await ask('Jan de Vries', 'Op 1 maart 2025, wie zat er in het KBO namens Gemeente Doetinchem?');
    expect(out).toContain('Gemeente Doetinchem');
    expect(out).toContain('1 maart 2025');
  });

  it('answers who was absent at "de vorige BOSD"', async () => {
    const { replies } = await ask('Lotte Mulder', 'Wie was er afwezig bij de vorige BOSD?');
    expect(notUnderstood(replies)).toBe(false);
    expect(replies[0]?.kind).toBe('card');
  });

  it('answers "when is the next KBO" in English', async () => {
    const { out } = await ask('Jan de Vries', 'next KBO?');
    expect(out).toMatch(/17 December 2026/);
  });
});

describe('greetings, thanks and yes/no questions', () => {
  it('ignores a greeting and thanks around a question', async () => {
    const { out } = await ask('Jan de Vries', 'Hoi! Wie zitten er in het ORO? Alvast bedankt');
    expect(out).toMatch(/^ORO: /);
  });

  it('answers "Is Karin Smit lid van het ORO?" with yes', async () => {
    const { out } = await ask('Jan de Vries', 'Is Karin Smit lid van het ORO?');
    expect(out).toMatch(/^Ja, Karin Smit/);
  });

  it('answers "Zit Jan de Vries in het ORO?" with no', async () => {
    const { out } = await ask('Sanne Bakker', 'Zit Jan de Vries in het ORO?');
    expect(out).toMatch(/^Nee, Jan de Vries/);
  });

  it('answers "Does Karin Smit sit on the ORO?" in English', async () => {
    const { out } = await ask('Jan de Vries', 'Does Karin Smit sit on the ORO?');
    expect(out).toMatch(/^Yes, Karin Smit/);
  });

  it('reads "ik" as the asker: "waar zit ik in?"', async () => {
    const { out } = await ask('Jan de Vries', 'waar zit ik in?');
    expect(out).toContain('Jan de Vries');
    expect(out).toContain('SBO');
  });
});

describe('answers people read', () => {
  it('a misspelt person gets "did you mean" by name, never with another person\'s e-mail address', async () => {
    const { replies, out } = await ask('Jan de Vries', 'Waar zit Karin Smitt in?');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'UNKNOWN_PERSON' });
    expect(out).toContain('Karin Smit');
    expect(out).not.toMatch(/@/);
  });

  it('names a committee with its own article in Dutch', async () => {
    const { out } = await ask('Jan de Vries', 'Is Jan de Vries lid van de Stuurgroep?');
    expect(out).toBe('Nee, Jan de Vries zit niet in de Stuurgroep gemeenten.');
  });
});

describe('notice of absence in everyday words', () => {
  it('a member gives notice for the next SBO with a substitute', async () => {
    const { replies, out } = await ask('Jan de Vries', 'Ik ben verhinderd bij het volgende SBO, Piet Jansen vervangt mij');
    expect(notUnderstood(replies)).toBe(false);
    expect(out).toContain('10 december 2026');
    expect(out).toContain('Piet Jansen');
  });

  it('an unknown substitute is named, not "not understood"', async () => {
    const { replies } = await ask('Jan de Vries', 'Ik ben verhinderd bij het volgende SBO, Tobias Kuipers vervangt mij');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'UNKNOWN_PERSON' });
  });

  it('the same in English', async () => {
    const { replies, out } = await ask('Jan de Vries', "I can't attend the next SBO; Piet Jansen replaces me");
    expect(notUnderstood(replies)).toBe(false);
    expect(out).toContain('10 December 2026');
  });

  it('a secretary gives notice for a member', async () => {
    const { replies, out } = await ask('Sanne Bakker', 'Jan de Vries is verhinderd bij het SBO van 11 maart, Piet Jansen vervangt hem');
    expect(notUnderstood(replies)).toBe(false);
    expect(out).toContain('11 maart 2027');
    expect(out).toContain('Piet Jansen');
  });
});

describe('a write is never made from a reading (issue 15, point 2)', () => {
  const audits = () => database.db.auditEntry.count();
  const confirmation = (replies: Reply[]) => {
    const c = replies.find((r) => r.kind === 'card' && (r.actions?.length ?? 0) > 0);
    return c?.kind === 'card' ? c : null;
  };

  it('a notice in words is proposed with its exact command; only the command writes', async () => {
    const before = await audits();
    const { replies, out } = await ask('Jan de Vries', 'Ik ben verhinderd bij het volgende SBO, Piet Jansen vervangt mij');
    const card = confirmation(replies)!;
    expect(card.title).toBe('Zal ik dit vastleggen?');
    expect(out).toContain('U meldt zich af voor het SBO op 10 december 2026; Piet Jansen vervangt u.');
    expect(out).toContain('Er is nog niets veranderd');
    expect(card.actions![0]!.command).toBe('/gremium verhinderd SBO 2026-12-10 vervanger="Piet Jansen"');
    expect(await audits()).toBe(before);
    const done = await ask('Jan de Vries', card.actions![0]!.command);
    expect(done.out).toContain('U bent afgemeld voor het SBO op 10 december 2026; Piet Jansen vervangt u');
    expect(await audits()).toBeGreaterThan(before);
    await ask('Jan de Vries', '/gremium verhinderd intrekken SBO 2026-12-10');
  });

  it('a misspelt name is named as read before anything happens', async () => {
    const before = await audits();
    const { replies, out } = await ask('Jan de Vries', 'Ik ben verhinderd bij het SBO van 11 maart, Piet Janssen vervangt mij');
    expect(confirmation(replies)).not.toBeNull();
    expect(out).toContain('"Piet Janssen" heb ik gelezen als Piet Jansen.');
    expect(await audits()).toBe(before);
  });

  it("a secretary's notice for a member carries the member in the command (lid=), in English too", async () => {
    const nl = confirmation((await ask('Sanne Bakker', 'Jan de Vries is verhinderd bij het SBO van 11 maart, Piet Jansen vervangt hem')).replies)!;
    expect(nl.lines).toContain('U meldt Jan de Vries af voor het SBO op 11 maart 2027; Piet Jansen vervangt Jan de Vries.');
    expect(nl.actions![0]!.command).toMatch(/^\/gremium verhinderd SBO 2027-03-11 vervanger="Piet Jansen" lid="Jan de Vries"$/);
    const en = confirmation((await ask('Sanne Bakker', "Jan de Vries can't attend the SBO on 11 March, Piet Jansen replaces him")).replies)!;
    expect(en.actions![0]!.command).toMatch(/^\/gremium absent SBO 2027-03-11 substitute="Piet Jansen" member="Jan de Vries"$/);
    // A member cannot send notice for someone else by the command either.
    const refused = await ask('Piet Jansen', nl.actions![0]!.command);
    expect(refused.replies[0]).toMatchObject({ kind: 'error', code: 'NOT_COMMITTEE_SECRETARY' });
  });

  it('a question is never taken for a write', async () => {
    const before = await audits();
    const { replies } = await ask('Sanne Bakker', 'Is de agenda van het SBO van 10 december verstuurd?');
    expect(confirmation(replies)).toBeNull();
    expect(await audits()).toBe(before);
  });
});

describe('a name not known but close: the choices as buttons (issue 15, point 2)', () => {
  it('each button asks the same question with that name, and a click answers it', async () => {
    const { replies } = await ask('Jan de Vries', 'Wie vertegenwoordigt Combinatie Noord in het SBOO?');
    expect(replies[0]).toMatchObject({ kind: 'error', code: 'UNKNOWN_COMMITTEE' });
    const choices = replies[1]?.kind === 'card' ? replies[1] : null;
    expect(choices?.title).toBe('Bedoelt u een van deze?');
    const sbo = choices!.actions!.find((a) => a.label === 'SBO')!;
    expect(sbo.command).toBe('/gremium vraag Wie vertegenwoordigt Combinatie Noord in het SBO?');
    const answered = await ask('Jan de Vries', sbo.command);
    expect(answered.out).toContain('Jan de Vries');
    expect(answered.out).toContain('Combinatie Noord');
  });

  it('in English too, and a person misspelt in "where does ... sit"', async () => {
    const { replies } = await ask('Jan de Vries', 'Where does Karin Smitt sit?');
    const choices = replies[1]?.kind === 'card' ? replies[1] : null;
    expect(choices?.title).toBe('Did you mean one of these?');
    expect(choices!.actions![0]!.command).toBe('/gremium ask Where does Karin Smit sit?');
    expect((await ask('Jan de Vries', choices!.actions![0]!.command)).out).toContain('Karin Smit');
  });
});
