/** The schedule through the one conversation core: questions, the sentences secretaries write, and the verbs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { createServiceDeps } from '../../src/services/deps.ts';

let database: TestDatabase;
let clock = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

async function say(person: string, text: string, origin?: { platform: string; channel: string | null }): Promise<string> {
  const replies = await handle(deps(), { sender: { personId: demoId.person(person) }, text, ...(origin ? { origin } : {}) });
  return renderReplies(replies);
}

/**
 * A sentence that asks for a change (issue 15, point 2): the answer is a confirmation naming the change
 * and its exact command, with nothing written; the command (the button) then runs as typed.
 */
async function sayAndConfirm(person: string, text: string): Promise<{ proposal: string; command: string; done: string }> {
  const before = await database.db.auditEntry.count();
  const replies = await handle(deps(), { sender: { personId: demoId.person(person) }, text });
  const confirm = replies.find((r) => r.kind === 'card' && r.actions?.length);
  expect(confirm, renderReplies(replies)).toBeDefined();
  expect(await database.db.auditEntry.count()).toBe(before);
  const command = confirm!.kind === 'card' ? confirm!.actions![0]!.command : '';
  return { proposal: renderReplies(replies), command, done: await say(person, command) };
}

describe('schedule questions', () => {
  it('"wanneer is het volgende KBO?" names the next one-off KBO meeting; the English form too', async () => {
    // The KBO has no fixed rhythm: its dates are set per year (000), so none of them is "extra" (issue 15).
    expect(await say('jan-de-vries', 'Wanneer is het volgende KBO?')).toBe('Het volgende KBO is op 17 december 2026 om 16:00.');
    expect(await say('jan-de-vries', 'When is the next BOSD meeting?')).toBe('The next BOSD meeting is on 17 December 2026 at 14:00.');
    expect(await say('jan-de-vries', 'wanneer is het volgende XYZ?')).toContain('Ik ken geen gremium "XYZ"');
  });

  it('"welke deadlines lopen deze week?" lists the week of the asker\'s committees', async () => {
    clock = new Date('2026-12-07T09:00:00Z');
    const out = await say('lotte-mulder', 'welke deadlines lopen deze week?');
    expect(out).toContain('Termijnen 7 december 2026 t/m 13 december 2026');
    expect(out).toContain('10 december 2026: de agenda BOSD (vergadering 17 december 2026), programmamanager - open (nog 3 dagen)');
    expect(await say('lotte-mulder', 'which deadlines are due next week for the KBO')).toContain('No deadlines fall between 14 December 2026 and 20 December 2026 for the KBO');
  });

  it('"agenda BOSD 17 december is verstuurd" marks it done; "wat staat er voor mij open" no longer lists it', async () => {
    clock = new Date('2026-12-07T09:00:00Z');
    const before = await say('lotte-mulder', 'wat staat er voor mij open?');
    expect(before).toContain('de agenda BOSD (vergadering 17 december 2026)');
    expect(before).toContain('[Gedaan: agenda BOSD: /gremium gedaan agenda BOSD 2026-12-17]');
    expect((await sayAndConfirm('jan-de-vries', 'agenda BOSD 17 december is verstuurd')).done).toContain('Alleen wie de agenda van het BOSD verzorgt');
    const done = await sayAndConfirm('lotte-mulder', 'agenda BOSD 17 december is verstuurd');
    expect(done.proposal).toContain('De agenda voor het BOSD van 17 december 2026 is klaar.');
    expect(done.command).toBe('/gremium gedaan agenda BOSD 2026-12-17');
    expect(done.done).toBe('Genoteerd: de agenda voor het BOSD van 17 december 2026 is klaar. Hier komen geen herinneringen meer voor.');
    const after = await say('lotte-mulder', 'wat staat er voor mij open?');
    expect(after).not.toContain('de agenda BOSD (vergadering 17 december 2026)');
    expect(after).toContain('de stukken BOSD (vergadering 17 december 2026)');
    expect(await say('lotte-mulder', '/gremium done papers BOSD 2026-12-17')).toContain('Noted: the papers for the BOSD meeting of 17 December 2026 is done');
    // Jan de Vries sits on the KBO agenda committee (000 art. 5), so the KBO agenda is his too.
    expect(await say('jan-de-vries', 'what is due for me?')).toContain('the agenda KBO (meeting 17 December 2026), agendacommissie/SDA - overdue (11 days late)');
    expect(await say('karin-smit', 'what is due for me?')).toBe('Nothing is due for you, Karin Smit: no poll waits for your vote, no deadlines in the next 30 days and nothing overdue.');
  });
});

describe('schedule commands', () => {
  it('"het ORO van 9 december gaat niet door" cancels it (secretary only), and the next ORO moves on', async () => {
    clock = new Date('2026-11-25T10:00:00Z');
    expect((await sayAndConfirm('jan-de-vries', 'het ORO van 9 december gaat niet door')).done).toContain('Alleen de secretaris van het ORO');
    const cancel = await sayAndConfirm('sanne-bakker', 'het ORO van 9 december gaat niet door');
    expect(cancel.proposal).toContain('Zal ik dit vastleggen?');
    expect(cancel.command).toBe('/gremium vergadering afgelast ORO 2026-12-09');
    expect(cancel.done).toBe('De vergadering van het ORO op 9 december 2026 gaat niet door.');
    expect(await say('sanne-bakker', 'wanneer is het volgende ORO')).toBe('Het volgende ORO is op 13 januari 2027 om 10:00.');
    expect(await say('sanne-bakker', '/gremium vergadering afgelast ORO 10 december')).toContain('Het ORO vergadert niet op 10 december 2026');
  });

  it('adds, moves and refuses bad input with a specific message', async () => {
    expect(await say('femke-hendriks', '/gremium vergadering toevoegen KBO 2027-06-10 tijd=15:30')).toBe(
      'Extra vergadering van het KBO toegevoegd op 10 juni 2027 om 15:30. De termijnen (agenda 20 mei 2027, verslag 1 juli 2027 en verslag verspreiden 1 juli 2027) lopen mee.',
    );
    expect(await say('femke-hendriks', '/gremium vergadering verplaatsen KBO 2027-06-10 naar=2027-06-17')).toContain('verplaatst naar 17 juni 2027 om 15:30');
    expect(await say('femke-hendriks', 'wanneer is het volgende KBO')).toContain('17 december 2026');
    expect(await say('femke-hendriks', '/gremium vergadering toevoegen KBO 2027-06-24 tijd=25:00')).toContain('"25:00" is geen tijd');
    expect(await say('femke-hendriks', '/gremium gedaan notities KBO 2027-06-17')).toContain('"notities" is geen termijn');
  });

  it('/gremium kanaal stores the channel it was typed in; the console has none', async () => {
    expect(await say('lotte-mulder', '/gremium kanaal BOSD', { platform: 'slack', channel: 'C123' })).toBe('Herinneringen en uitslagen van het BOSD komen voortaan in dit kanaal.');
    expect(await database.db.committeeChannel.findMany({ where: { committeeId: demoId.committee('BOSD') } })).toMatchObject([{ platform: 'slack', channel: 'C123' }]);
    expect(await say('lotte-mulder', '/gremium channel BOSD')).toContain('Type "/gremium channel BOSD" in the Slack or Teams channel');
    expect(await say('jan-de-vries', '/gremium kanaal BOSD', { platform: 'slack', channel: 'C999' })).toContain('Alleen de secretaris van het BOSD');
  });
});

describe('an extra meeting beside a rhythm', () => {
  it('is called extra; a meeting of a committee without a rhythm is not', async () => {
    clock = new Date('2026-11-25T10:00:00Z');
    // The ORO meets every second Wednesday of the month (001); the SBO on dates it sets.
    expect(await say('sanne-bakker', '/gremium vergadering toevoegen ORO 2026-12-02 tijd=10:00')).toContain('Extra vergadering van het ORO');
    expect(await say('sanne-bakker', 'wanneer is het volgende ORO')).toBe('Het volgende ORO is op 2 december 2026 om 10:00 (extra vergadering).');
    expect(await say('sanne-bakker', '/gremium vergadering afgelast ORO 2026-12-02')).toContain('gaat niet door');
    expect(await say('sanne-bakker', 'wanneer is het volgende SBO')).toBe('Het volgende SBO is op 10 december 2026 om 15:00.');
  });
});
