/**
 * Issue 17, points 3 and 4, through handle() on the demo region:
 * - a seat that ends plans a warm handover duty (001 SBO, contract talks: "Bij wisseling van personen
 *   wordt gezorgd voor een warme overdracht.") for the one who leaves and, once recorded, the successor,
 *   with the seat's last day as deadline, reminded to both directly and marked done by either;
 * - a committee's Taken column gives it standing duties with a holder: the BOSD minutes by the
 *   regional programme manager (004 §4.2, "notulen van het DOSD en BOSD"), the KBO minutes spread by the
 *   SDA (000 art. 5: "Het verslag ... wordt ook actief verspreid door de SDA naar bestuurders van alle
 *   gecontracteerde zorgaanbieders."), the FOT's yearly composition evaluation (002 art. 7.4: "In ieder
 *   geval jaarlijks wordt samenstelling aan de hand van de 80-20 regel geëvalueerd.").
 * On main a seat's end only printed a request, and none of these duties existed.
 */
import { describe, expect, it } from 'vitest';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createDueReminders } from '../../src/scheduler/create-due-reminders.ts';
import { demoChat } from '../support/demo-chat.ts';

let clock = new Date('2026-12-01T09:00:00Z');
const chat = demoChat(() => clock);
const say = async (person: string, text: string) => renderReplies(await chat.say(person, text));
const db = () => chat.database().db;

describe('standing duties from the Taken column', () => {
  it('puts the BOSD minutes in the programme manager\'s list, and only he or the officers may mark them done (004 §4.2)', async () => {
    // BOSD meets on the third Thursday: 19 November 2026; "notulen opstellen +14 door Erik Bos".
    const erik = await say('Erik Bos', 'wat staat er voor mij open?');
    expect(erik).toContain('3 december 2026: notulen opstellen BOSD (vergadering 19 november 2026), Erik Bos');
    const other = await say('Margriet Hoogland', 'wat staat er voor mij open?');
    expect(other).not.toContain('notulen opstellen');
    const refused = await say('Margriet Hoogland', '/gremium gedaan notulen-opstellen BOSD 2026-11-19');
    expect(refused).toContain('Alleen wie notulen opstellen van het BOSD verzorgt');
    expect(refused).not.toContain('Genoteerd');
    const done = await say('Erik Bos', '/gremium gedaan notulen-opstellen BOSD 2026-11-19');
    expect(done).toContain('Genoteerd: notulen opstellen voor het BOSD van 19 november 2026 is klaar.');
    const after = await say('Erik Bos', 'wat staat er voor mij open?');
    expect(after).not.toContain('notulen opstellen BOSD (vergadering 19 november 2026)');
    expect(after).toContain('notulen opstellen BOSD (vergadering 17 december 2026)');
  });

  it('gives the SDA the spreading of the KBO minutes after every meeting (000 art. 5)', async () => {
    const femke = await say('Femke Hendriks', 'wat staat er voor mij open?');
    expect(femke).toContain('29 oktober 2026: verslag verspreiden KBO (vergadering 8 oktober 2026), Sociaal Domein Achterhoek - te laat');
    expect(femke).toContain('/gremium gedaan verslag-verspreiden KBO 2026-10-08');
  });

  it('makes the FOT\'s composition evaluation a yearly duty of the municipality (002 art. 7.4)', async () => {
    const jorien = await say('Jorien van der Meer', 'wat staat er voor mij open?');
    expect(jorien).toContain('1 december 2026: samenstelling evalueren FOT');
    const provider = await say('Annemiek Brouwer', 'wat staat er voor mij open?');
    expect(provider).not.toContain('samenstelling evalueren');
    const done = await say('Jorien van der Meer', '/gremium gedaan samenstelling-evalueren FOT 2026-12-01');
    expect(done).toContain('Genoteerd: samenstelling evalueren voor de FOT van 1 december 2026 is klaar');
  });
});

describe('a warm handover when a seat ends (001)', () => {
  it('is a duty of the leaver and the successor until the last day, reminded to both, done by either', async () => {
    const ended = await say('Femke Hendriks', '/gremium zetel beeindigen KBO "Miriam Kok" tot=2026-12-20 rol=lid');
    expect(ended).toContain('De overdracht staat als taak met termijn 20 december 2026 in "wat staat er voor mij open?" van Miriam Kok; wie hem gedaan heeft, meldt: /gremium gedaan overdracht KBO 2026-12-20');
    expect(await say('Miriam Kok', 'wat staat er voor mij open?')).toContain('20 december 2026: de warme overdracht (Miriam Kok) KBO');

    await say('Femke Hendriks', '/gremium zetel toevoegen KBO "Gerrit Wolters" rol=lid namens="Gemeente Doetinchem" van=2026-12-21');
    expect(await say('Gerrit Wolters', 'what needs me?')).toContain('20 December 2026: the warm handover (Miriam Kok → Gerrit Wolters) KBO');
    expect(await say('Miriam Kok', 'wat staat er voor mij open?')).toContain('de warme overdracht (Miriam Kok → Gerrit Wolters) KBO');

    // Reminded on the reminder day (7 days before, moved off the weekend: Friday 11 December) to both, directly; not in the channel.
    for (const [person, account] of [['Miriam Kok', 'U0MIRIAM'], ['Gerrit Wolters', 'U0GERRIT']] as const) {
      await db().platformIdentity.create({ data: { platform: 'slack', externalId: account, personId: chat.people[person]! } });
    }
    clock = new Date('2026-12-11T08:00:00Z');
    await createDueReminders(chat.deps(), clock);
    const sent = await db().outboxMessage.findMany({ where: { key: { startsWith: 'duty:duty_handover_' } }, select: { key: true, channel: true } });
    expect(sent.map((s) => s.channel).sort()).toEqual(['U0GERRIT', 'U0MIRIAM']);
    expect(sent.every((s) => s.key.includes(':holder:'))).toBe(true);
    await createDueReminders(chat.deps(), clock);
    expect(await db().outboxMessage.count({ where: { key: { startsWith: 'duty:duty_handover_' } } })).toBe(2);

    const done = await say('Gerrit Wolters', '/gremium gedaan overdracht KBO 2026-12-20');
    expect(done).toContain('Genoteerd: de warme overdracht');
    expect(await say('Miriam Kok', 'wat staat er voor mij open?')).not.toContain('warme overdracht');
    const audit = await db().auditEntry.findMany({ where: { subjectType: 'Duty', subjectId: { startsWith: 'duty_handover_' } }, select: { action: true }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['duty.create', 'duty.assign', 'duty.done']);
  });

  it('plans no handover for a seat that ended in the past', async () => {
    clock = new Date('2026-12-11T08:00:00Z');
    const ended = await say('Femke Hendriks', '/gremium zetel beeindigen KBO "Ellen Klein Gunnewiek" tot=2026-12-01 rol=lid');
    expect(ended).not.toContain('De overdracht staat als taak');
    expect(await say('Ellen Klein Gunnewiek', 'wat staat er voor mij open?')).not.toContain('warme overdracht');
  });
});
