/**
 * Committees in sentences as people say them (issue 15, point 4): its own article, and its name where
 * its code is no acronym: "de Stuurgroep gemeenten", "het Inkoopnetwerk Steenwijkerland", "de
 * Fysieke overlegtafel"; never "in het STUURGROEP". Commands keep the code.
 */
import { describe, expect, it } from 'vitest';
import { readableCommittees } from '../../src/conversation/committee-words.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { demoChat } from '../support/demo-chat.ts';

const chat = demoChat(() => new Date('2026-11-25T10:00:00Z'));
const say = async (as: string, text: string) => renderReplies(await chat.say(as, text));

describe('committee names in sentences', () => {
  const committees = [
    { code: 'STUURGROEP', name: 'Stuurgroep gemeenten', article: 'de' },
    { code: 'FOT', name: 'Fysieke overlegtafel', article: 'de' },
    { code: 'SBO', name: 'Strategisch Bestuurlijk Overleg', article: 'het' },
    { code: 'INKOOP', name: 'Inkoopnetwerk Steenwijkerland', article: 'het' },
  ];
  const byCode = (code: string) => committees.find((c) => c.code === code);

  it.each([
    ['Jan zit in het STUURGROEP.', 'Jan zit in de Stuurgroep gemeenten.'],
    ['Het FOT vergadert niet.', 'De FOT vergadert niet.'],
    ['Alleen de secretaris van het INKOOP', 'Alleen de secretaris van het Inkoopnetwerk Steenwijkerland'],
    ['in het SBO op 10 december', 'in het SBO op 10 december'],
    ['The STUURGROEP has no chair.', 'The Stuurgroep gemeenten has no chair.'],
    ['/gremium kanaal STUURGROEP', '/gremium kanaal STUURGROEP'],
    ['Peiling STUURGROEP-3', 'Peiling STUURGROEP-3'],
    ['het XYZ', 'het XYZ'],
  ])('%j reads %j', (typed, read) => {
    expect(readableCommittees(typed, byCode)).toBe(read);
  });

  it('answers about the Stuurgroep with its article and name, in both languages', async () => {
    const nl = await say('Jan de Vries', 'wie zit er in de Stuurgroep?');
    expect(nl).not.toMatch(/het STUURGROEP/u);
    expect(nl).toMatch(/Stuurgroep gemeenten/u);
    const en = await say('Jan de Vries', 'Is Jan de Vries a member of the Stuurgroep?');
    expect(en).not.toMatch(/the STUURGROEP/u);
  });
});
