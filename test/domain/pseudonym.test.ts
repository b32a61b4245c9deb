/**
 * Pseudonyms for erased people (src/domain/registry/pseudonym.ts), as properties: after replacing,
 * no text and no JSON value names the person any more; text that never named them is left as it
 * is; someone whose name merely starts like theirs keeps their name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPseudonymOf, mentionsPerson, pseudonymFor, replaceMentions, scrubJson, type Json, type PersonMentions } from '../../src/domain/registry/pseudonym.ts';

const letters = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-zéöü]{${min},${max}}$`));
const personName = fc.array(letters(2, 8), { minLength: 2, maxLength: 3 }).map((w) => w.join(' ')).filter((n) => !/gewist/i.test(n));
const email = fc.tuple(fc.stringMatching(/^[a-z]{2,8}\.[a-z]{2,8}$/), fc.stringMatching(/^[a-z]{3,8}$/)).map(([local, domain]) => `${local}@${domain}.example`);
const account = fc.stringMatching(/^U[A-Z0-9]{6,9}$/);
const who: fc.Arbitrary<PersonMentions> = fc.record({ name: personName, email: fc.option(email, { nil: null }), accounts: fc.array(account, { maxLength: 2 }) });

/** Text with the person's name, address and accounts (in any case) among other words and separators. */
const textAbout = (person: PersonMentions) =>
  fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(person.name, person.name.toUpperCase(), person.name.toLowerCase(), ...(person.email ? [person.email, person.email.toUpperCase()] : []), ...person.accounts),
        fc.constantFrom(' ', ', ', ' (', ') ', ':', '"', '\n'),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));

describe('replaceMentions', () => {
  it('leaves no mention of the person in any text', () => {
    fc.assert(
      fc.property(who.chain((p) => fc.tuple(fc.constant(p), textAbout(p), fc.string({ minLength: 1, maxLength: 20 }))), ([person, text, id]) => {
        const out = replaceMentions(text, person, pseudonymFor(id));
        expect(mentionsPerson(out, person)).toBe(false);
      }),
    );
  });

  it('changes nothing in text that does not mention the person', () => {
    fc.assert(
      fc.property(who, fc.string({ maxLength: 60 }), (person, text) => {
        fc.pre(!mentionsPerson(text, person));
        expect(replaceMentions(text, person, pseudonymFor('x'))).toBe(text);
      }),
    );
  });

  it('replaces a whole name, address and account, and keeps a longer name that starts the same', () => {
    const piet: PersonMentions = { name: 'Piet Jansen', email: 'piet.jansen@jeugdzorgnoord.example', accounts: ['U0PIET'] };
    const as = pseudonymFor('person_piet-jansen');
    expect(replaceMentions('Piet Jansen (slack:U0PIET, slack e-mail) <PIET.JANSEN@jeugdzorgnoord.example>; Piet Jansens blijft', piet, as)).toBe(
      `${as.name} (slack:${as.account}, slack e-mail) <${as.email}>; Piet Jansens blijft`,
    );
  });
});

describe('scrubJson', () => {
  const json: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('name', 'email', 'reason', 'after', 'x'), tie('value'), { maxKeys: 3 }),
    ),
  })).value;

  it('leaves no mention in any string, clears the keys asked for, and keeps the shape', () => {
    fc.assert(
      fc.property(who.chain((p) => fc.tuple(fc.constant(p), textAbout(p))), json, ([person, text], value) => {
        const input: Json = { name: person.name, text, reason: text, nested: [value, { email: person.email, reason: null }] };
        const out = scrubJson(input, person, pseudonymFor('id'), new Set(['reason'])) as Record<string, Json>;
        expect(JSON.stringify(out).length > 0 && !hasMention(out, person)).toBe(true);
        expect(out.reason).toBeNull();
        expect(Object.keys(out)).toEqual(Object.keys(input));
      }),
    );
  });
});

function hasMention(value: Json, person: PersonMentions): boolean {
  if (typeof value === 'string') return mentionsPerson(value, person);
  if (Array.isArray(value)) return value.some((v) => hasMention(v, person));
  if (value !== null && typeof value === 'object') return Object.values(value).some((v) => hasMention(v, person));
  return false;
}

describe('pseudonymFor', () => {
  it('is stable, eight hex digits, and says nothing but the id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (id) => {
        const p = pseudonymFor(id);
        expect(p).toEqual(pseudonymFor(id));
        expect(p.name).toMatch(/^Gewist [0-9A-F]{8}$/);
        expect(p.email).toBe(`gewist-${p.tag.toLowerCase()}@gremium.invalid`);
        expect(isPseudonymOf(id, p.name)).toBe(true);
      }),
    );
  });
});
