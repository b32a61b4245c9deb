/**
 * Global setup of the `pglite` test project: one embedded database, created and migrated once per
 * run, that every test file copies (test/support/db.ts) instead of creating its own. Creating a
 * PGlite cluster (initdb) and migrating it took 2.5 to 6 s per test file; copying this directory
 * and opening the copy takes about a second, so about a hundred database test files start faster.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty embedded database directory to copy; test files never open it themselves. */
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-template-'));
  const dir = path.join(root, 'db');
  const database = await openDatabase({ kind: 'pglite', dir });
  await database.close();
  project.provide('pgliteTemplate', dir);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
