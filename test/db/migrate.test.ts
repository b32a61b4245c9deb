/**
 * The in-process migration applier on a real embedded database: a new database gets every migration,
 * an up-to-date one costs a start a single statement, a new migration is applied and a changed one
 * is refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS_DIR, type SqlRunner } from '../../src/db/migrate.ts';
import { IN_MEMORY, openPglite, type OpenPglite } from '../../src/db/pglite.ts';

let opened: OpenPglite;
let copy: string;
const statements: string[] = [];

/** The database as the applier sees it, each statement written down. */
const runner: SqlRunner = {
  exec: async (text) => {
    statements.push(text);
    await opened.pglite.exec(text);
  },
  query: async <T>(text: string, params?: unknown[]) => {
    statements.push(text);
    return (await opened.pglite.query<T>(text, params)).rows;
  },
};

beforeAll(async () => {
  opened = await openPglite(IN_MEMORY);
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-migrations-'));
  fs.cpSync(MIGRATIONS_DIR, copy, { recursive: true });
});

afterAll(async () => {
  await opened.close();
  fs.rmSync(copy, { recursive: true, force: true });
});

describe('applyMigrations', () => {
  const names = fs.readdirSync(MIGRATIONS_DIR).filter((name) => fs.existsSync(path.join(MIGRATIONS_DIR, name, 'migration.sql'))).sort();

  it('applies every migration to a new database, oldest first', async () => {
    expect(await applyMigrations(runner, copy)).toEqual(names);
    const seats = await opened.pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Seat'`);
    expect(seats.rows[0]!.n).toBe(1);
  });

  it('finds an up-to-date database in one statement, without taking the lock', async () => {
    statements.length = 0;
    expect(await applyMigrations(runner, copy)).toEqual([]);
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toMatch(/advisory/);
  });

  it('applies a new migration, under the lock', async () => {
    fs.mkdirSync(path.join(copy, '99990101000000_later'));
    fs.writeFileSync(path.join(copy, '99990101000000_later', 'migration.sql'), 'CREATE TABLE "Later" (id int);\n');
    statements.length = 0;
    expect(await applyMigrations(runner, copy)).toEqual(['99990101000000_later']);
    expect(statements.some((text) => text.includes('pg_advisory_lock'))).toBe(true);
    expect(await applyMigrations(runner, copy)).toEqual([]);
  });

  it('refuses a migration changed after it was applied, and changes nothing', async () => {
    fs.appendFileSync(path.join(copy, '99990101000000_later', 'migration.sql'), 'CREATE TABLE "Sneaked" (id int);\n');
    await expect(applyMigrations(runner, copy)).rejects.toThrow(/99990101000000_later was changed after it was applied/);
    const sneaked = await opened.pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Sneaked'`);
    expect(sneaked.rows[0]!.n).toBe(0);
  });
});
