import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DECISION_RULES, SUBSTITUTE_RULES } from '../../../src/domain/registry/words.ts';
import { SOURCES, type SourceQuote } from '../../../src/domain/decisions/sources.ts';
import { DECISION_RULE_TABLE } from '../../../src/domain/decisions/decision-rule-table.ts';
import { SUBSTITUTE_RULE_SOURCES } from '../../../src/domain/decisions/substitution.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(here, '../../../src/domain/decisions');
/** The source documents, kept in the repository (docs/sources) so every quote can be checked anywhere. */
const SEEDS = resolve(here, '../../../docs/sources');

/** Whitespace and Unicode normalised, so a line break in a seed does not fail a quote. */
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe('source quotes', () => {
  it('every quote appears verbatim in its seed document', () => {
    const files = readdirSync(SEEDS);
    for (const [key, q] of Object.entries(SOURCES) as [string, SourceQuote][]) {
      const file = files.find((f) => f.startsWith(`${q.seed}-`));
      expect(file, `seed ${q.seed} for ${key}`).toBeDefined();
      const text = norm(readFileSync(join(SEEDS, file as string), 'utf8'));
      expect(text.includes(norm(q.text)), `${key} not found verbatim in seed ${q.seed}`).toBe(true);
    }
  });
  it('every decision rule and substitute rule cites a known source', () => {
    for (const rule of DECISION_RULES) {
      for (const key of DECISION_RULE_TABLE[rule].sources) expect(SOURCES[key]).toBeDefined();
    }
    // NONE comes only from a region's own workbook ("Vervanging: geen"); no seed says it.
    for (const rule of SUBSTITUTE_RULES.filter((r) => r !== 'NONE')) expect(SOURCES[SUBSTITUTE_RULE_SOURCES[rule]]).toBeDefined();
  });
});

describe('boundary: src/domain/decisions is pure', () => {
  const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports only other src/domain files, with .ts extensions', (file) => {
    const code = readFileSync(join(SRC, file), 'utf8');
    const specifiers = [...code.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
    for (const spec of specifiers) {
      expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\/[^]*\.ts$/);
      expect(resolve(SRC, spec).startsWith(resolve(SRC, '..'))).toBe(true);
    }
    expect(code).not.toMatch(/prisma|node:|from 'fs'|node-cron|@slack|botbuilder|Date\.now|new Date\(\)/);
  });
  it.each(files)('%s stays under 250 lines', (file) => {
    expect(readFileSync(join(SRC, file), 'utf8').split('\n').length).toBeLessThan(250);
  });
});
