/**
 * The one check on text people type (src/domain/user-text.ts), as properties: text within its limit
 * and free of refused characters passes unchanged; one refused character anywhere is found at its
 * position in characters; text over its limit is named by its length in characters, astral
 * characters counting one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterName, checkText, findRefusedCharacter, isRefusedCharacter, TEXT_LIMITS, textLength, type TextKind } from '../../src/domain/user-text.ts';

const KINDS = Object.keys(TEXT_LIMITS) as TextKind[];
const REFUSED_EXAMPLES = [0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x85, 0x9f, 0x202a, 0x202e, 0x2066, 0x2069];

/** Any character Gremium takes: every code point but the refused ones (lone surrogates aside, which JSON and PostgreSQL cannot carry). */
const allowedChar = fc
  .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .filter((cp) => !isRefusedCharacter(cp))
  .map((cp) => String.fromCodePoint(cp));
const cleanText = (maxLength: number) => fc.array(allowedChar, { maxLength }).map((chars) => chars.join(''));
const refusedChar = fc.constantFrom(...REFUSED_EXAMPLES);

describe('checkText', () => {
  it('passes text within its limit without refused characters, unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), cleanText(250), (kind, text) => {
        fc.pre(textLength(text) <= TEXT_LIMITS[kind]);
        expect(checkText(kind, text)).toEqual({ ok: true, value: text });
      }),
    );
  });

  it('finds a refused character at its position in characters, naming it', () => {
    fc.assert(
      fc.property(cleanText(60), cleanText(60), refusedChar, (before, after, codePoint) => {
        const result = checkText('question', `${before}${String.fromCodePoint(codePoint)}${after}`);
        expect(result).toEqual({
          ok: false,
          error: { code: 'TEXT_CONTROL_CHARACTER', params: { field: 'question', position: [...before].length + 1, character: characterName(codePoint) } },
        });
      }),
    );
  });

  it('names text over its limit by its length in characters and the limit', () => {
    fc.assert(
      fc.property(fc.constantFrom<TextKind>('title', 'name', 'word'), cleanText(40), fc.integer({ min: 1, max: 300 }), (kind, tail, extra) => {
        const text = `${'€'.repeat(TEXT_LIMITS[kind])}${'a'.repeat(extra)}${tail}`;
        const length = TEXT_LIMITS[kind] + extra + [...tail].length;
        expect(checkText(kind, text, 'x')).toEqual({ ok: false, error: { code: 'TEXT_TOO_LONG', params: { field: 'x', length, limit: TEXT_LIMITS[kind] } } });
      }),
    );
  });

  it('counts an emoji as one character: exactly the limit in emoji passes', () => {
    expect(checkText('title', '👍'.repeat(TEXT_LIMITS.title)).ok).toBe(true);
    expect(checkText('title', '👍'.repeat(TEXT_LIMITS.title + 1))).toMatchObject({ ok: false, error: { params: { length: TEXT_LIMITS.title + 1 } } });
  });

  it('takes tabs and line breaks (LF and CRLF) as ordinary text', () => {
    expect(checkText('reason', 'ziek\tthuis\nen\r\nniet fit').ok).toBe(true);
  });

  it('names the length before a bad character: a huge text is told it is too long', () => {
    expect(checkText('question', `\u0000${'x'.repeat(2_000_000)}`)).toMatchObject({ ok: false, error: { code: 'TEXT_TOO_LONG' } });
  });
});

describe('textLength and findRefusedCharacter', () => {
  it('textLength counts code points as the string iterator does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      expect(textLength(text)).toBe([...text].length);
    }));
  });

  it('findRefusedCharacter agrees with isRefusedCharacter on every character of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), fc.array(refusedChar, { maxLength: 2 }), (text, extra) => {
        const full = text + extra.map((cp) => String.fromCodePoint(cp)).join('');
        const chars = [...full];
        const index = chars.findIndex((c) => isRefusedCharacter(c.codePointAt(0)!));
        expect(findRefusedCharacter(full)).toEqual(index < 0 ? null : { position: index + 1, codePoint: chars[index]!.codePointAt(0) });
      }),
    );
  });

  it('refuses exactly C0 (but tab, LF, CR), DEL, C1 and the bidi controls among the first 0x3000 code points', () => {
    const refused = [];
    for (let cp = 0; cp < 0x3000; cp += 1) if (isRefusedCharacter(cp)) refused.push(cp);
    const expected = [
      ...Array.from({ length: 0x20 }, (_, i) => i).filter((cp) => ![0x09, 0x0a, 0x0d].includes(cp)),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
      0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
    ];
    expect(refused).toEqual(expected);
  });
});
