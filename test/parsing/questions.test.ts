import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/conversation/questions.ts';

describe('question parser', () => {
  it('reads "wie vertegenwoordigt X in het Y" in Dutch, with every split to try', () => {
    const q = parseQuestion('Wie vertegenwoordigt Combinatie Noord in het SBO?');
    expect(q).toMatchObject({ kind: 'represents', lang: 'nl', date: null });
    expect(q?.kind === 'represents' && q.splits).toContainEqual({ organisation: 'Combinatie Noord', committee: 'SBO' });
  });

  it('reads "who represents X at the Y" in English', () => {
    const q = parseQuestion('who represents Combination North at the SBO?');
    expect(q).toMatchObject({ kind: 'represents', lang: 'en' });
    expect(q?.kind === 'represents' && q.splits).toContainEqual({ organisation: 'Combination North', committee: 'SBO' });
  });

  it('takes a trailing date off a past-tense question', () => {
    const q = parseQuestion('who sat for Gemeente Doetinchem in the KBO on 1 March 2025?');
    expect(q).toMatchObject({ kind: 'represents', lang: 'en', date: '1 March 2025', past: true });
    const nl = parseQuestion('wie zat er namens Gemeente Doetinchem in het KBO op 1 maart 2025');
    expect(nl).toMatchObject({ kind: 'represents', lang: 'nl', date: '1 maart 2025', past: true });
  });

  it('does not mistake "on the ORO" for a date', () => {
    expect(parseQuestion('who is on the ORO?')).toMatchObject({ kind: 'members', committee: 'ORO', date: null, lang: 'en' });
    expect(parseQuestion('who sits on ORO')).toMatchObject({ kind: 'members', committee: 'ORO', date: null });
  });

  it('reads membership, whereabouts and role questions in both languages', () => {
    expect(parseQuestion('Wie zitten er in het ORO?')).toMatchObject({ kind: 'members', committee: 'ORO', lang: 'nl' });
    expect(parseQuestion('wie zijn de leden van de BOSD')).toMatchObject({ kind: 'members', committee: 'BOSD' });
    expect(parseQuestion('Waar zit Jan de Vries in?')).toMatchObject({ kind: 'where', person: 'Jan de Vries', lang: 'nl' });
    expect(parseQuestion('where does Jan de Vries sit?')).toMatchObject({ kind: 'where', person: 'Jan de Vries', lang: 'en' });
    expect(parseQuestion('Wie is de secretaris van de BOSD?')).toMatchObject({ kind: 'role', role: 'SECRETARY', committee: 'BOSD', lang: 'nl' });
    expect(parseQuestion('who is the chair of the ORO')).toMatchObject({ kind: 'role', role: 'CHAIR', committee: 'ORO', lang: 'en' });
  });

  it('reads a question about a committee\'s rules in both languages', () => {
    expect(parseQuestion('Wat zijn de regels van het ORO?')).toMatchObject({ kind: 'rules', committee: 'ORO', lang: 'nl' });
    expect(parseQuestion('hoe besluit het KBO?')).toMatchObject({ kind: 'rules', committee: 'KBO', lang: 'nl' });
    expect(parseQuestion('wat is de besluitregel van de BOSD')).toMatchObject({ kind: 'rules', committee: 'BOSD', lang: 'nl' });
    expect(parseQuestion('what are the rules of the SBO?')).toMatchObject({ kind: 'rules', committee: 'SBO', lang: 'en' });
    expect(parseQuestion('how does the ORO decide?')).toMatchObject({ kind: 'rules', committee: 'ORO', lang: 'en' });
    expect(parseQuestion('hoe gaat het')).toBeNull();
  });

  it('answers nothing it does not understand', () => {
    expect(parseQuestion('lekker weer vandaag')).toBeNull();
    expect(parseQuestion('')).toBeNull();
  });

  it('never throws on 10,000 random inputs, and only returns known kinds', () => {
    const words = fc.constantFrom('wie', 'who', 'in', 'het', 'the', 'op', 'on', 'SBO', 'Noord', '1', 'maart', '2025', 'is', 'de', 'van', 'zit', 'represents', '"', '?', 'secretaris');
    const input = fc.oneof(fc.string({ maxLength: 200 }), fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')), fc.string({ unit: 'grapheme', maxLength: 80 }));
    fc.assert(
      fc.property(input, (text) => {
        const q = parseQuestion(text);
        expect(q === null || ['represents', 'members', 'where', 'role', 'help'].includes(q.kind)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});
