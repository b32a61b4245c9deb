import { describe, expect, it } from 'vitest';
import { findExact, lookup, nameKey, normalizeName, suggest } from '../../src/domain/names.ts';

const items = [
  { id: 'noord', names: ['Combinatie Noord', 'Combination North', 'Noord'] },
  { id: 'zuid', names: ['Combinatie Zuid', 'Combination South'] },
  { id: 'sbo', names: ['SBO', 'Strategisch Bestuurlijk Overleg'] },
  { id: 'oro', names: ['ORO', 'Operationeel Regie Overleg'] },
  { id: 'ijssel', names: ['Gemeente Oude IJsselstreek'] },
];

describe('matching names', () => {
  it('ignores case, accents, punctuation and a leading article', () => {
    expect(normalizeName('  Combinatie   Noörd! ')).toBe('combinatie noord');
    expect(nameKey('het SBO')).toBe('sbo');
    expect(nameKey('The Combination North')).toBe('combination north');
    expect(findExact(items, 'combinatie NOORD').map((i) => i.id)).toEqual(['noord']);
    expect(findExact(items, 'de Combination North').map((i) => i.id)).toEqual(['noord']);
  });

  it('suggests the closest names for a typo, best first', () => {
    expect(suggest(items, 'Combinatie Noort')[0]?.item.id).toBe('noord');
    expect(suggest(items, 'SBOO')[0]?.item.id).toBe('sbo');
    expect(suggest(items, 'Oude Ijselstreek')[0]?.item.id).toBe('ijssel');
  });

  it('suggests nothing for a name that resembles none', () => {
    expect(suggest(items, 'Kinderopvang Zonnestraal')).toEqual([]);
    expect(suggest(items, '')).toEqual([]);
  });

  it('never finds inherited names in a lookup table', () => {
    const table = { lid: 'MEMBER' };
    expect(lookup(table, 'lid')).toBe('MEMBER');
    expect(lookup(table, '__proto__')).toBeUndefined();
    expect(lookup(table, 'toString')).toBeUndefined();
  });
});
