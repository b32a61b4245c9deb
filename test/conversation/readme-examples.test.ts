/**
 * The README's examples, run as they stand: every `> question` in its example blocks gets exactly the
 * answer printed under it, and every question it lists is understood (answered, not "Dat begrijp ik
 * niet"). The demo data, asked as the README's console user (Sanne Bakker) on the README's day.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

const README = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

/** `> question` lines of the README's plain code blocks, each with the lines printed under it. */
function exchanges(readme: string): { question: string; answer: string }[] {
  // Fences alternate open/close; the odd pieces between them are the blocks' contents.
  const pieces = readme.split(/^```.*$/m);
  const blocks = pieces.filter((_, i) => i % 2 === 1).map((b) => b.replace(/^\n/, '')).filter((b) => b.startsWith('> '));
  return blocks.flatMap((block) =>
    block.split(/^> /m).filter(Boolean).map((part) => {
      const [question, ...answer] = part.trimEnd().split('\n');
      return { question: question as string, answer: answer.join('\n') };
    }),
  );
}

/** The quoted questions of the README's list under "Questions:". */
function listedQuestions(readme: string): string[] {
  const list = readme.slice(readme.indexOf('Questions:'), readme.indexOf('A misspelt committee'));
  return [...list.matchAll(/"([^"]+\?)"/g)].map((m) => m[1] as string);
}

let database: TestDatabase;
/** The day the README's examples were written on (their answers name it). */
const README_DAY = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => README_DAY, caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

const ask = async (text: string) => renderReplies(await handle(deps(), { sender: { personId: demoId.person('sanne-bakker') }, text }));

describe("the README's examples", () => {
  const shown = exchanges(README);
  it('has examples to check', () => {
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(listedQuestions(README).length).toBeGreaterThanOrEqual(9);
  });

  it.each(shown)('"$question" gets the answer the README shows', async ({ question, answer }) => {
    expect(await ask(question)).toBe(answer);
  });

  it.each(listedQuestions(README))('"%s" is understood', async (question) => {
    const out = await ask(question);
    expect(out).not.toMatch(/Dat begrijp ik niet|I do not understand|I don't understand/);
    expect(out).not.toMatch(/Ik ken geen|I do not know/);
  });
});
