import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecurrence, recurrenceDays } from '../../../src/domain/schedule/recurrence.ts';
import { describeRhythm } from '../../../src/domain/schedule/rhythm-describe.ts';
import { parseRhythm } from '../../../src/domain/schedule/rhythm-phrase.ts';

const rule = (phrase: string) => {
  const r = parseRhythm(phrase);
  return r.ok ? r.value : `ERROR ${String(r.error.params?.reason)} ${String(r.error.params?.word ?? '')}`.trim();
};

describe('rhythms people write, in Dutch', () => {
  it.each([
    // 004 5.2: "Het BOSD komt maandelijks bijeen op de derde donderdag van de maand."
    ['derde donderdag van de maand', 'FREQ=MONTHLY;BYDAY=+3TH'],
    ['maandelijks op de derde donderdag', 'FREQ=MONTHLY;BYDAY=+3TH'],
    ['maandelijks bijeen op de derde donderdag van de maand', 'FREQ=MONTHLY;BYDAY=+3TH'],
    ['de 3e donderdag van elke maand', 'FREQ=MONTHLY;BYDAY=+3TH'],
    ['Elke derde Donderdag', 'FREQ=MONTHLY;BYDAY=+3TH'],
    // 004 4.2: "iedere eerste dinsdag van de maand".
    ['eerste dinsdag', 'FREQ=MONTHLY;BYDAY=+1TU'],
    ['iedere eerste dinsdag van de maand', 'FREQ=MONTHLY;BYDAY=+1TU'],
    ['laatste vrijdag van de maand', 'FREQ=MONTHLY;BYDAY=-1FR'],
    ['voorlaatste woensdag', 'FREQ=MONTHLY;BYDAY=-2WE'],
    ['tweede en vierde dinsdag', 'FREQ=MONTHLY;BYDAY=+2TU,+4TU'],
    ['eerste dinsdag en derde donderdag van de maand', 'FREQ=MONTHLY;BYDAY=+1TU,+3TH'],
    ['elke twee weken op maandag', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'],
    ['om de week op maandag', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'],
    ['om de twee weken', 'FREQ=WEEKLY;INTERVAL=2'],
    ['tweewekelijks op maandag', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'],
    // 001 ORO: "Tijdens de startfase 1 x in de 2 weken".
    ['1 x in de 2 weken', 'FREQ=WEEKLY;INTERVAL=2'],
    ['maandelijks', 'FREQ=MONTHLY'],
    ['een keer per maand', 'FREQ=MONTHLY'],
    ['elke maand', 'FREQ=MONTHLY'],
    ['per kwartaal', 'FREQ=MONTHLY;INTERVAL=3'],
    ['elk kwartaal op de eerste dinsdag', 'FREQ=MONTHLY;INTERVAL=3;BYDAY=+1TU'],
    ['elke drie maanden op de eerste dinsdag', 'FREQ=MONTHLY;INTERVAL=3;BYDAY=+1TU'],
    ['wekelijks', 'FREQ=WEEKLY'],
    ['elke maandag', 'FREQ=WEEKLY;BYDAY=MO'],
    ['maandag en donderdag', 'FREQ=WEEKLY;BYDAY=MO,TH'],
    ['jaarlijks', 'FREQ=YEARLY'],
    ['di', 'FREQ=WEEKLY;BYDAY=TU'],
  ])('%s -> %s', (phrase, expected) => {
    expect(rule(phrase)).toBe(expected);
  });
});

describe('rhythms people write, in English', () => {
  it.each([
    ['first Tuesday', 'FREQ=MONTHLY;BYDAY=+1TU'],
    ['third Thursday of the month', 'FREQ=MONTHLY;BYDAY=+3TH'],
    ['the 3rd Thursday of every month', 'FREQ=MONTHLY;BYDAY=+3TH'],
    ['every month on the first Tuesday', 'FREQ=MONTHLY;BYDAY=+1TU'],
    ['last Friday', 'FREQ=MONTHLY;BYDAY=-1FR'],
    ['every two weeks on Monday', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'],
    ['every other week', 'FREQ=WEEKLY;INTERVAL=2'],
    ['every other Tuesday', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'],
    ['fortnightly on Wednesday', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE'],
    ['monthly', 'FREQ=MONTHLY'],
    ['once a month', 'FREQ=MONTHLY'],
    ['quarterly on the first Tuesday', 'FREQ=MONTHLY;INTERVAL=3;BYDAY=+1TU'],
    ['every Monday', 'FREQ=WEEKLY;BYDAY=MO'],
    ['weekly on Monday and Thursday', 'FREQ=WEEKLY;BYDAY=MO,TH'],
    ['yearly', 'FREQ=YEARLY'],
  ])('%s -> %s', (phrase, expected) => {
    expect(rule(phrase)).toBe(expected);
  });
});

describe('RFC 5545 rules', () => {
  it('are checked by recurrence.ts and returned normalised', () => {
    expect(rule('RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=+1TU')).toBe('FREQ=MONTHLY;INTERVAL=3;BYDAY=+1TU');
    expect(rule('freq=monthly;bymonthday=15')).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
    expect(rule('FREQ=HOURLY')).toBe('ERROR RRULE');
    expect(parseRhythm('FREQ=MONTHLY;BYDAY=+6TH')).toMatchObject({ ok: false, error: { params: { reason: 'RRULE', rruleReason: 'VALUE' } } });
  });
});

describe('phrases it cannot read', () => {
  it.each([
    // 001 SBO: "1 ^e jaar 6x keer, daarna 2 tot 4 keer per jaar": no fixed rhythm.
    ['1e jaar 6x keer, daarna 2 tot 4 keer per jaar', 'ERROR UNKNOWN_WORD jaar'],
    ['twee keer per maand', 'ERROR UNKNOWN_WORD twee keer'],
    ['Maandelijks. Tijdens de startfase 1 x in de 2 weken', 'ERROR UNKNOWN_WORD tijdens'],
    ['maandelijks elke week', 'ERROR TWO_FREQUENCIES'],
    ['derde van de maand', 'ERROR ORDINAL_WITHOUT_DAY'],
    ['wekelijks op de derde donderdag', 'ERROR ORDINAL_NEEDS_MONTH'],
    ['maandelijks op dinsdag', 'ERROR WEEKDAY_NEEDS_ORDINAL'],
    ['van de', 'ERROR NO_RHYTHM'],
    ['', 'ERROR NO_RHYTHM'],
    ['derde donderdag van de week', 'ERROR UNKNOWN_WORD week'],
    ['zesde dinsdag', 'ERROR UNKNOWN_WORD zesde'],
  ])('%s', (phrase, expected) => {
    expect(rule(phrase)).toBe(expected);
  });

  it('names the phrase in the error, so the message can quote it', () => {
    expect(parseRhythm('elke blauwe maandag')).toEqual({
      ok: false,
      error: { code: 'RHYTHM_UNREADABLE', params: { value: 'elke blauwe maandag', reason: 'UNKNOWN_WORD', word: 'blauwe' } },
    });
  });
});

describe('writing a rule back as a phrase', () => {
  it('writes the forms people use', () => {
    expect(describeRhythm('FREQ=MONTHLY;BYDAY=+3TH', 'nl')).toBe('derde donderdag van de maand');
    expect(describeRhythm('FREQ=MONTHLY;BYDAY=+3TH', 'en')).toBe('third Thursday of the month');
    expect(describeRhythm('FREQ=MONTHLY;INTERVAL=3;BYDAY=+1TU', 'nl')).toBe('elke drie maanden op de eerste dinsdag');
    expect(describeRhythm('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', 'en')).toBe('every two weeks on Monday');
    expect(describeRhythm('FREQ=MONTHLY', 'nl')).toBe('maandelijks');
    expect(describeRhythm('FREQ=MONTHLY;BYMONTHDAY=15', 'nl')).toBeNull();
  });

  const byday = fc.oneof(
    fc.uniqueArray(fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR'), { minLength: 1, maxLength: 3 }).map((d) => ({ ordinal: false, items: d })),
    fc
      .uniqueArray(fc.tuple(fc.constantFrom('+1', '+2', '+3', '+4', '+5', '-1', '-2'), fc.constantFrom('MO', 'TU', 'TH')), {
        minLength: 1,
        maxLength: 2,
        selector: ([o, d]) => o + d,
      })
      .map((d) => ({ ordinal: true, items: d.map(([o, w]) => o + w) })),
  );
  const rules = fc
    .record({ freq: fc.constantFrom('WEEKLY', 'MONTHLY', 'YEARLY', 'DAILY'), interval: fc.integer({ min: 1, max: 6 }), byday: fc.option(byday) })
    .map(({ freq, interval, byday: b }) => {
      const f = b === null ? freq : b.ordinal ? 'MONTHLY' : 'WEEKLY';
      return [`FREQ=${f}`, ...(interval > 1 ? [`INTERVAL=${interval}`] : []), ...(b ? [`BYDAY=${b.items.join(',')}`] : [])].join(';');
    });

  it('reads back to the same rule, in both languages (round trip of the workbook)', () => {
    fc.assert(
      fc.property(rules, fc.constantFrom('nl' as const, 'en' as const), (r, lang) => {
        expect(parseRecurrence(r).ok).toBe(true);
        const phrase = describeRhythm(r, lang);
        if (phrase === null) return;
        expect(rule(phrase)).toBe(r);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the BOSD its third Thursdays', () => {
    const r = rule('derde donderdag van de maand');
    expect(recurrenceDays(r, '2026-01-01', '2026-01-01', '2026-03-31')).toEqual(['2026-01-15', '2026-02-19', '2026-03-19']);
  });
});
