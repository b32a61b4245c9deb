/**
/**
 * The layers of src/ stay apart: the domain is pure, conversation knows no platform and no database
 * (it calls services bound to the turn), services know neither conversation nor platforms, each
 * platform keeps to itself and its own SDK, the scheduler knows no platform, and only src/app (the
 * composition root) wires them and is imported by nobody. No two files import each other, however
 * indirectly. The rules live in test/support/boundaries.ts; the self-checks below prove the
 * checkers can fail.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { TurnContext } from '../src/conversation/context.ts';
import type { Db } from '../src/db/database.ts';
import type { ServiceDeps } from '../src/services/deps.ts';
import type { Services } from '../src/services/index.ts';
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

  it('writes through one transaction helper: only src/services/transact.ts opens a transaction', () => {
    const code = (text: string) => text.split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line)).join('\n');
    const opening = readSourceFiles(ROOT).filter((f) => /\.\$transaction\(/.test(code(f.text))).map((f) => f.path);
    expect(opening).toEqual(['src/services/transact.ts']);
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
    expect(formatViolations(violations)).toContain("src/domain/decisions/offender.ts:2 '@prisma/client' breaks: src/domain uses no packages");
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
    expect(violationsOf('src/conversation/x.ts', "import type { Catalog } from '../services/registry/registry-catalog.ts';")).toEqual([]);
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

describe('the conversation and the database (self-check)', () => {
  const conversation = (text: string) => violationsOf('src/conversation/decisions/x.ts', text);

  it('refuses a database handle, however it is reached', () => {
    for (const bad of [
      'const seat = await ctx.deps.db.seat.findFirst({ where: {} });',
      'await deps.db.person.findMany();',
      "const rows = await ctx['db'].stance.findMany();",
      'const { db } = deps;',
      'await client.$queryRawUnsafe("SELECT 1");',
      'await something.$transaction(async (tx) => tx);',
      "import type { Db } from '../../db/database.ts';",
      "import { fromLocalDate } from '../../db/dates.ts';",
      "import type { AttendanceStatus } from '../../db/client.ts';",
      "import { PrismaClient } from '@prisma/client';",
      "import pg from 'pg';",
    ]) {
      expect(conversation(bad), bad).not.toEqual([]);
    }
    expect(conversation('const seats = await ctx.services.listPersonSeats({ committeeId, personId });')).toEqual([]);
    expect(conversation('const today = amsterdamDay(deps.now());')).toEqual([]);
  });

  it('takes from src/services only types and bindServices', () => {
    for (const bad of [
      "import { castStance } from '../../services/decisions/cast-stance.ts';",
      "import { castStance, type CastStanceInput } from '../../services/decisions/cast-stance.ts';",
      "import * as services from '../../services/index.ts';",
      "import { bindServices, SERVICES } from '../../services/index.ts';",
      "import '../../services/decisions/cast-stance.ts';",
      "export { castStance } from '../../services/decisions/cast-stance.ts';",
      "const m = await import('../../services/registry/import-membership.ts');",
    ]) {
      expect(conversation(bad), bad).not.toEqual([]);
    }
    for (const good of [
      "import type { PollView } from '../../services/decisions/poll-view.ts';",
      "import { type PollView } from '../../services/decisions/poll-view.ts';",
      "import { bindServices } from '../../services/index.ts';",
      "export type { PollView } from '../../services/decisions/poll-view.ts';",
    ]) {
      expect(conversation(good), good).toEqual([]);
    }
    // The same value imports stay allowed elsewhere (an entry point, a platform).
    expect(violationsOf('src/app/x.ts', "import { castStance } from '../services/decisions/cast-stance.ts';")).toEqual([]);
  });

  it('finds a TurnContext that carries the dependencies, with its file and line', () => {
    const offender: SourceFile = {
      path: 'src/conversation/context.ts',
      text: [
        "import type { Services } from '../services/index.ts';",
        'export interface TurnContext {',
        '  readonly services: Services;',
        "  readonly deps: import('../services/deps.ts').ServiceDeps;",
        '}',
      ].join('\n'),
    };
    const violations = checkBoundaries([offender]);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ file: offender.path, line: 4, rule: expect.stringContaining('TurnContext') });
    for (const bad of [
      'export interface TurnContext { readonly db: unknown }',
      'export interface TurnContext { readonly store: Db }',
      'export interface TurnContext extends HandleDeps { readonly lang: string }',
      'export type TurnContext = { services: Services } & ServiceDeps;',
      'export type TurnContext = { readonly deps: unknown };',
    ]) {
      expect(violationsOf('src/conversation/context.ts', bad), bad).not.toEqual([]);
    }
    expect(violationsOf('src/conversation/context.ts', 'export interface TurnContext { readonly services: Services; readonly lang: Language }')).toEqual([]);
  });

  it("holds in TurnContext's type too (checked by tsc: npm run typecheck)", () => {
    type HasMember<T, K extends PropertyKey> = K extends keyof T ? true : false;
    expectTypeOf<HasMember<TurnContext, 'deps'>>().toEqualTypeOf<false>();
    expectTypeOf<HasMember<TurnContext, 'db'>>().toEqualTypeOf<false>();
    expectTypeOf<HasMember<Services, 'db'>>().toEqualTypeOf<false>();
    expectTypeOf<Extract<TurnContext[keyof TurnContext], Db | ServiceDeps>>().toBeNever();
    // A synthetic offender: a context that carries the dependencies fails the same assertions.
    // @ts-expect-error the offender has a `deps` member
    expectTypeOf<HasMember<TurnContext & { deps: ServiceDeps }, 'deps'>>().toEqualTypeOf<false>();
    // @ts-expect-error the offender holds the database handle
    expectTypeOf<Extract<(TurnContext & { store: Db })[keyof (TurnContext & { store: Db })], Db | ServiceDeps>>().toBeNever();
  });
});
