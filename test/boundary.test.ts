/**
 * The layers of src/ stay apart: the domain is pure, conversation knows no platform, services know
 * neither conversation nor platforms, each platform keeps to itself and its own SDK, the scheduler
 * knows no platform, and only src/app (the composition root) wires them and is imported by nobody.
 * No two files import each other, however indirectly. The rules live in test/support/boundaries.ts;
 * the self-checks below prove the checkers can fail.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBoundaries, findCycles, formatViolations, importsOf, readSourceFiles, type SourceFile } from './support/boundaries.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function violationsOf(file: string, text: string): string[] {
  return checkBoundaries([{ path: file, text }]).map((v) => `${v.specifier}: ${v.rule}`);
}

describe('layer boundaries of src/', () => {
  it('holds for every source file', () => {
    const files = readSourceFiles(ROOT);
    expect(files.some((f) => f.path.startsWith('src/domain/'))).toBe(true);
    const violations = checkBoundaries(files);
    expect(violations, `forbidden imports:\n${formatViolations(violations)}`).toEqual([]);
  });

  it('is wired in one place: the configuration, the database and the demo data are loaded by src/app/bootstrap.ts alone', () => {
    const files = readSourceFiles(ROOT);
    const callers = (name: string) =>
      files.filter((f) => new RegExp(`\\b${name}\\(`).test(f.text.replace(new RegExp(`function ${name}\\(`, 'g'), ''))).map((f) => f.path);
    expect(callers('loadConfig')).toEqual(['src/app/bootstrap.ts']);
    expect(callers('openDatabase')).toEqual(['src/app/bootstrap.ts']);
    expect(callers('loadDemoData')).toEqual(['src/app/bootstrap.ts']);
  });

  it('has no import cycle', () => {
    const cycles = findCycles(readSourceFiles(ROOT));
    expect(cycles, `import cycles:\n${cycles.map((c) => c.join(' -> ')).join('\n')}`).toEqual([]);
  });
});

describe('the boundary checker (self-check)', () => {
  it('finds every import form, type imports included', () => {
    const text = [
      "import { a } from 'x1';",
      "import type { B } from 'x2';",
      "export * from 'x3';",
      "import 'x4';",
      "const m = await import('x5');",
      '// a comment: import nothing from "not-an-import"',
      "const s = 'import z from \"x6\"';",
    ].join('\n');
    const found = importsOf(text).map((i) => i.specifier);
    expect(found).toEqual(expect.arrayContaining(['x1', 'x2', 'x3', 'x4', 'x5']));
    expect(found).not.toContain('not-an-import');
    expect(found).not.toContain('x6');
  });

  it('reports a synthetic offender with its file, line and import', () => {
    const offender: SourceFile = {
      path: 'src/domain/decisions/offender.ts',
      text: "import { LocalDate } from '../local-date.ts';\nimport { PrismaClient } from '@prisma/client';\n",
    };
    const violations = checkBoundaries([offender]);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ file: offender.path, line: 2, specifier: '@prisma/client' });
    expect(formatViolations(violations)).toContain("src/domain/decisions/offender.ts:2 imports '@prisma/client'");
  });

  it('keeps src/domain pure', () => {
    for (const bad of ['../../db/database.ts', '../services/audit.ts', '../platforms/console/index.ts', 'node:fs', 'fs', 'pg', '@electric-sql/pglite', 'node-cron', 'botbuilder', '@slack/bolt']) {
      expect(violationsOf('src/domain/x.ts', `import x from '${bad}';`), bad).not.toEqual([]);
    }
    for (const good of ['./local-date.ts', '../domain/result.ts', 'luxon', 'rrule', 'date-holidays', 'fastest-levenshtein']) {
      expect(violationsOf('src/domain/x.ts', `import x from '${good}';`), good).toEqual([]);
    }
    expect(violationsOf('src/domain/schedule/x.ts', "import x from '../decisions/y.ts';")).toEqual([]);
  });

  it('keeps platforms out of src/conversation', () => {
    for (const bad of ['../platforms/slack/render.ts', '@slack/bolt', 'botbuilder', 'botbuilder-core', 'node-cron']) {
      expect(violationsOf('src/conversation/x.ts', `import x from '${bad}';`), bad).not.toEqual([]);
    }
    expect(violationsOf('src/conversation/x.ts', "import x from '../services/audit.ts';")).toEqual([]);
  });

  it('keeps platforms and conversation out of src/services', () => {
    for (const bad of ['../platforms/teams/index.ts', '../conversation/handle.ts', '@slack/web-api', 'botbuilder']) {
      expect(violationsOf('src/services/x.ts', `import x from '${bad}';`), bad).not.toEqual([]);
    }
    expect(violationsOf('src/services/x.ts', "import x from '../db/database.ts';")).toEqual([]);
  });

  it('keeps each platform to itself and its own SDK', () => {
    expect(violationsOf('src/platforms/slack/x.ts', "import x from '../teams/render.ts';")).not.toEqual([]);
    expect(violationsOf('src/platforms/slack/x.ts', "import x from '../../db/client.ts';")).not.toEqual([]);
    expect(violationsOf('src/platforms/slack/x.ts', "import x from 'botbuilder';")).not.toEqual([]);
    expect(violationsOf('src/platforms/teams/x.ts', "import x from '@slack/bolt';")).not.toEqual([]);
    expect(violationsOf('src/platforms/slack/x.ts', "import x from '@slack/bolt';")).toEqual([]);
    expect(violationsOf('src/platforms/teams/x.ts', "import x from 'botbuilder';")).toEqual([]);
    expect(violationsOf('src/platforms/slack/x.ts', "import x from './render.ts';")).toEqual([]);
    expect(violationsOf('src/platforms/slack/x.ts', "import x from '../../conversation/handle.ts';")).toEqual([]);
    expect(violationsOf('src/scheduler/x.ts', "import x from '@slack/bolt';")).not.toEqual([]);
  });

  it('lets src/app wire everything, and keeps everyone else from importing it', () => {
    for (const any of ['../platforms/slack/index.ts', '../platforms/teams/poster.ts', '../scheduler/cron.ts', '../services/deps.ts', '../db/database.ts', '../conversation/handle.ts', './bootstrap.ts']) {
      expect(violationsOf('src/app/x.ts', `import x from '${any}';`), any).toEqual([]);
    }
    for (const file of ['src/platforms/slack/x.ts', 'src/services/x.ts', 'src/scheduler/x.ts', 'src/conversation/x.ts', 'src/db/x.ts']) {
      const depth = file.split('/').length - 2;
      const up = '../'.repeat(depth);
      expect(violationsOf(file, `import x from '${up}app/bootstrap.ts';`), file).not.toEqual([]);
    }
  });

  it('keeps the platforms out of src/scheduler', () => {
    expect(violationsOf('src/scheduler/x.ts', "import x from '../platforms/slack/outbox-poster.ts';")).not.toEqual([]);
    expect(violationsOf('src/scheduler/x.ts', "import type { X } from '../platforms/teams/poster.ts';")).not.toEqual([]);
    expect(violationsOf('src/scheduler/x.ts', "import x from './poster.ts';")).toEqual([]);
    expect(violationsOf('src/scheduler/x.ts', "import x from 'node-cron';")).toEqual([]);
  });
});

describe('the cycle checker (self-check)', () => {
  const file = (p: string, ...imports: string[]): SourceFile => ({ path: p, text: imports.map((i) => `import type { X } from '${i}';`).join('\n') });

  it('finds a synthetic cycle through three files, type imports included, and names its path', () => {
    const files = [
      file('src/a/one.ts', './two.ts', '../b/leaf.ts'),
      file('src/a/two.ts', '../b/three.ts'),
      file('src/b/three.ts', '../a/one.ts'),
      file('src/b/leaf.ts'),
    ];
    expect(findCycles(files)).toEqual([['src/a/one.ts', 'src/a/two.ts', 'src/b/three.ts', 'src/a/one.ts']]);
  });

  it('finds a file importing itself and two separate cycles, and passes a tree with shared leaves', () => {
    expect(findCycles([file('src/x.ts', './x.ts')])).toEqual([['src/x.ts', 'src/x.ts']]);
    expect(findCycles([file('src/p.ts', './q.ts'), file('src/q.ts', './p.ts'), file('src/r.ts', './s.ts'), file('src/s.ts', './r.ts')])).toHaveLength(2);
    expect(findCycles([file('src/top.ts', './left.ts', './right.ts'), file('src/left.ts', './leaf.ts'), file('src/right.ts', './leaf.ts'), file('src/leaf.ts')])).toEqual([]);
  });

  it('counts a dynamic import as an edge, and ignores packages and files outside the set', () => {
    const dynamic: SourceFile = { path: 'src/app/main.ts', text: "const m = await import('./serve.ts');" };
    expect(findCycles([dynamic, file('src/app/serve.ts', './main.ts')])).toHaveLength(1);
    expect(findCycles([file('src/a.ts', 'zod', './missing.ts')])).toEqual([]);
  });
});
