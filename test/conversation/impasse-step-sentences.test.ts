/**
 * Issue 16: the impasse procedure's steps 2-5 (seed 004, appendix 2) said in a sentence, Dutch and
 * English. A sentence never writes: it is answered with the exact `/gremium impasse stap` command as a
 * button (confirm.ts), and only the click records the step (test/support/confirm-click.ts). Each step
 * quotes the appendix:
 * - stap 2a "Indien het impasse-document niet overeenkomt, plan dan zo spoedig mogelijk maar uiterlijk
 *   binnen 2 weken een gesprek in om het daarover te hebben;"
 * - stap 2b "binnen 2 weken nadat de argumenten zijn verzonden wordt een afspraak ingepland om aan de
 *   hand van de argumenten het gesprek met elkaar aan te gaan."
 * - stap 4 "Deze persoon dient binnen 3 weken door betrokken partijen aangewezen te worden, om
 *   vervolgens daarna binnen 2 weken een nieuwe vergadering in te plannen."
 * - stap 5 "Als binnen 3 maanden nadat het eerste gesprek is gevoerd met een derde persoon ... vallen we
 *   terug op artikel 15 van de Centrumregeling, geschillenregeling."
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { confirmationCommand, sayAndClick } from '../support/confirm-click.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const clock = new Date('2026-12-01T09:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });
const SUBJECT = 'verdeling jeugdhulpbudget';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

const send = (person: string) => async (line: string) => handle(deps(), { sender: { personId: demoId.person(person) }, text: line });
const writes = () => database.db.auditEntry.count();
/** Says `text` as the person and clicks the confirmation; the rendered answer. */
async function say(person: string, text: string): Promise<string> {
  return renderReplies(await sayAndClick(send(person), writes, text));
}
const theCase = (subject = SUBJECT) => database.db.impasseCase.findFirstOrThrow({ where: { subject } });

describe('impasse steps 2-5 in a sentence (004 appendix 2)', () => {
  it('a sentence is answered with the exact step command; a question is never one', async () => {
    await say('hasan-yilmaz', `/gremium impasse starten BOSD ${SUBJECT} partijen="Gemeente Almere; Gemeente Lelystad"`);
    await say('hasan-yilmaz', `/gremium impasse document BOSD ${SUBJECT}`);
    await say('arnold-koster', `/gremium impasse document BOSD ${SUBJECT}`);
    expect((await theCase()).step).toBe('STEP2_COMPARE');
    const before = await writes();
    const nl = await send('lotte-mulder')(`de impassedocumenten over ${SUBJECT} verschillen, we plannen een gesprek`);
    expect(confirmationCommand(nl)).toBe(`/gremium impasse stap BOSD verschillend "${SUBJECT}"`);
    const en = await send('lotte-mulder')(`the impasse documents about ${SUBJECT} differ`);
    expect(confirmationCommand(en)).toBe(`/gremium impasse step BOSD different "${SUBJECT}"`);
    for (const question of [`verschillen de impassedocumenten over ${SUBJECT}?`, `do the impasse documents about ${SUBJECT} differ?`]) {
      expect(confirmationCommand(await send('lotte-mulder')(question))).toBeNull();
    }
    expect(await writes()).toBe(before);
    expect((await theCase()).step).toBe('STEP2_COMPARE');
  });

  it('step 2: the documents differ; 2a: the same impasse after the talk; 2b: the meeting planned on its day', async () => {
    // A party's member gets the same confirmation, but the step is the secretary's or chair's to record.
    expect(await say('hasan-yilmaz', `de impassedocumenten over ${SUBJECT} komen niet overeen`)).toContain('Alleen de secretaris of voorzitter van het BOSD');
    const differ = await say('lotte-mulder', `de impassedocumenten over ${SUBJECT} verschillen, we plannen een gesprek`);
    expect(differ).toContain('"Indien het impasse-document niet overeenkomt, plan dan zo spoedig mogelijk maar uiterlijk binnen 2 weken een gesprek in om het daarover te hebben;" (004 bijlage 2, stap 2a)');
    expect(await theCase()).toMatchObject({ step: 'STEP2A_TALK' });
    await say('lotte-mulder', `na het gesprek over ${SUBJECT} hebben we dezelfde impasse voor ogen`);
    expect((await theCase()).step).toBe('STEP2B_ARGUMENTS');
    await say('hasan-yilmaz', `/gremium impasse argumenten BOSD ${SUBJECT}`);
    await say('arnold-koster', `/gremium impasse arguments BOSD ${SUBJECT}`);
    expect((await theCase()).step).toBe('STEP2B_MEETING');
    const planned = await say('lotte-mulder', `het gesprek over ${SUBJECT} is gepland op 14 december 2026`);
    expect(planned).toContain('nu stap 3: het gesprek op basis van de argumenten, uiterlijk 14 december 2026.');
  });

  it('steps 3-5 in English and Dutch: no agreement, the mediator, the first mediated talk, then article 15', async () => {
    expect(await say('lotte-mulder', `no agreement about ${SUBJECT}`)).toContain('now step 4: the parties name a third person (mediator), by 22 December 2026.');
    expect(await say('lotte-mulder', `the mediator for the impasse about ${SUBJECT} is Mr. A. de Wit`)).toContain('now step 4: plan a meeting with the mediator, by 15 December 2026.');
    expect((await theCase()).mediator).toBe('Mr. A. de Wit');
    // No day named: the talk was held today, and step 5 counts three months from it.
    expect(await say('lotte-mulder', `het gesprek met de bemiddelaar over ${SUBJECT} heeft plaatsgevonden`)).toContain('nu stap 5: bemiddeling; zonder overeenstemming geldt de geschillenregeling (artikel 15), uiterlijk 1 maart 2027.');
    expect(await say('lotte-mulder', `geen overeenstemming over ${SUBJECT}, artikel 15`)).toContain('nu geschillenregeling (artikel 15 van de Centrumregeling)');
    expect((await theCase()).closedAt).not.toBeNull();
    // Step 1 -> 2 and 2b -> meeting by the deliveries, then seven steps recorded by sentences.
    expect(await database.db.auditEntry.count({ where: { action: 'impasse.step' } })).toBe(9);
  });

  it('the same documents, and a case resolved, in English', async () => {
    const subject = 'vervoer jeugd';
    await say('hasan-yilmaz', `/gremium impasse starten BOSD ${subject} partijen="Gemeente Almere; Gemeente Lelystad"`);
    await say('hasan-yilmaz', `/gremium impasse document BOSD ${subject}`);
    await say('arnold-koster', `/gremium impasse document BOSD ${subject}`);
    expect(await say('lotte-mulder', `the impasse documents about ${subject} are the same`)).toContain('now step 2b: each party puts its arguments on paper and sends them to the others, by 15 December 2026.');
    expect(await say('lotte-mulder', `the impasse about ${subject} is resolved`)).toContain('now resolved');
    expect((await theCase(subject)).step).toBe('RESOLVED');
    // An impasse nobody started is named as unknown; nothing is proposed.
    expect(renderReplies(await send('lotte-mulder')('de impasse over het weer is opgelost'))).toContain('Ik ken geen impasse over "het weer"');
  });
});
