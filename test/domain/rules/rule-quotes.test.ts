/** Every quote the rule answers give stands word for word in its source document. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quotesFor, RULE_QUOTES, RULE_TOPICS } from '../../../src/domain/rules/rule-quotes.ts';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/sources');
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe('rule quotes', () => {
  it.each(RULE_QUOTES.map((q) => [q.topic, q.seed, q.text] as const))('%s %s: "%s" stands verbatim in its seed', (_topic, seed, text) => {
    const file = readdirSync(SEEDS).find((f) => f.startsWith(`${seed}-`));
    expect(file).toBeDefined();
    expect(norm(readFileSync(join(SEEDS, file!), 'utf8')).includes(norm(text))).toBe(true);
  });

  it('finds a committee\'s quotes by its own document, not another\'s', () => {
    expect(quotesFor('escalation', { code: 'ORO', sourceRef: '001 ORO' }).map((q) => q.where)).toEqual(['ORO, Taken']);
    expect(quotesFor('contact', { code: 'BOSD', sourceRef: '004 5.2-5.3' })[0]?.text).toMatch(/Centrumgemeente Almere/);
    expect(quotesFor('agenda', { code: 'SBO', sourceRef: 'eigen reglement art. 3' })).toEqual([]);
    expect(RULE_TOPICS).toContain('contact');
  });
});
