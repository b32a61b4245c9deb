/**
 * PGlite on its own thread (src/db/pglite-thread.ts) behaves as PGlite in-process does for what
 * Prisma's adapter and the plain-SQL runner use: values parsed with the caller's parsers, PostgreSQL's
 * errors as PGlite's DatabaseError with their code, transactions committed, rolled back and kept
 * apart from other queries, named statements reused, and a stopped thread reported clearly. Calls may
 * be made before PGlite is open, and an idle thread lets its process end (the Prisma CLI's did not).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { messages, PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteThread } from '../../src/db/pglite-thread.ts';

let thread: PGliteThread;
let inline: PGlite;
beforeAll(async () => {
  [thread, inline] = await Promise.all([PGliteThread.create(undefined), PGlite.create()]);
  const schema = 'CREATE TABLE t (id int PRIMARY KEY, at timestamptz, day date, doc jsonb, big int8, tags text[])';
  await thread.exec(schema);
  await inline.exec(schema);
}); // vitest.config.ts's hook timeout (120 s): two PGlite starts took over 60 s in a full run on a busy machine
afterAll(async () => {
  await thread?.close();
  await inline?.close();
});

const INSERT = `INSERT INTO t VALUES ($1, '2026-03-29T01:30:00+01', '2026-03-29', '{"a":[1,2]}', 9007199254740993, '{x,y}')`;

describe('PGlite on its own thread', () => {
  it('parses every value exactly as PGlite in-process does, in both row modes and with custom parsers', async () => {
    await thread.query(INSERT, [1]);
    await inline.query(INSERT, [1]);
    const sql = 'SELECT id, at, day, doc, big, tags, NULL::text AS nothing FROM t';
    expect(await thread.query(sql)).toMatchObject({ rows: (await inline.query(sql)).rows });
    expect((await thread.query(sql, [], { rowMode: 'array' })).rows).toEqual((await inline.query(sql, [], { rowMode: 'array' })).rows);
    const parsers = { 1184: (text: string) => `ts:${text}`, 20: (text: string) => `big:${text}` };
    expect((await thread.query(sql, [], { parsers })).rows).toEqual((await inline.query(sql, [], { parsers })).rows);
    await thread.exec('DELETE FROM t');
    await inline.exec('DELETE FROM t');
  });

  it("reports PostgreSQL's errors as DatabaseError with their code and detail", async () => {
    await thread.query(INSERT, [2]);
    const error = await thread.query(INSERT, [2]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(messages.DatabaseError);
    expect(error).toMatchObject({ code: '23505', detail: 'Key (id)=(2) already exists.' });
    await thread.exec('DELETE FROM t');
  });

  it('commits a transaction that returns, rolls back one that throws or rolls back itself', async () => {
    await thread.transaction(async (tx) => void (await tx.query(INSERT, [10])));
    await expect(thread.transaction(async (tx) => {
      await tx.query(INSERT, [11]);
      throw new Error('changed my mind');
    })).rejects.toThrow('changed my mind');
    await thread.transaction(async (tx) => {
      await tx.query(INSERT, [12]);
      await tx.rollback();
    });
    expect((await thread.query<{ id: number }>('SELECT id FROM t ORDER BY id')).rows).toEqual([{ id: 10 }]);
    await thread.exec('DELETE FROM t');
  });

  it('keeps a query sent during an open transaction out of it, until the transaction ends', async () => {
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const tx = thread.transaction(async (t) => {
      await t.query(INSERT, [20]);
      await holding;
      throw new Error('rolled back');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const outside = thread.query<{ n: number }>('SELECT count(*)::int AS n FROM t');
    release();
    await expect(tx).rejects.toThrow('rolled back');
    expect((await outside).rows).toEqual([{ n: 0 }]);
  });

  it('prepares a named statement once and binds it with new values each time', async () => {
    const named = 'SELECT $1::int + 1 AS next, $2::date AS day';
    expect((await thread.queryNamed('test_next', named, [1, '2026-11-25'])).rows).toEqual([{ next: 2, day: new Date('2026-11-25T00:00:00.000Z') }]);
    expect((await thread.queryNamed('test_next', named, [41, null])).rows).toEqual([{ next: 42, day: null }]);
    const missing = await thread.queryNamed('test_missing', 'SELECT * FROM nowhere', []).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: '42P01' });
    expect((await thread.queryNamed('test_next', named, [2, '2026-11-26'])).rows[0]).toMatchObject({ next: 3 });
  });

  it('says the embedded database stopped when its thread is gone, instead of hanging', async () => {
    const doomed = await PGliteThread.create(undefined);
    await doomed.close();
    await expect(doomed.query('SELECT 1')).rejects.toThrow(/embedded database stopped/);
  }, 120_000);

  it('answers calls made before PGlite has opened, once it has', async () => {
    const early = PGliteThread.start(undefined);
    try {
      const answer = early.query<{ n: number }>('SELECT 41 + 1 AS n');
      await early.ready;
      expect((await answer).rows).toEqual([{ n: 42 }]);
    } finally {
      await early.close();
    }
  }, 120_000);

  it('lets its process end when idle, but not while a call waits for its answer', async () => {
    // A process that opens the thread, waits for a slow query and then forgets to close: it must print
    // the answer (the waiting call held it) and then end by itself (the idle thread did not).
    const module = pathToFileURL(path.resolve(import.meta.dirname, '../../src/db/pglite-thread.ts')).href;
    const script = `const { PGliteThread } = await import(${JSON.stringify(module)});
      const thread = await PGliteThread.create(undefined);
      const { rows } = await thread.query("SELECT 'answered' AS said FROM pg_sleep(0.3)");
      console.log(rows[0].said);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: path.resolve(import.meta.dirname, '../..') });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    const exited = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 50_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    expect(exited, `did not end by itself:\n${out}`).toBe(0);
    expect(out.trim()).toBe('answered');
  }, 120_000);
});
