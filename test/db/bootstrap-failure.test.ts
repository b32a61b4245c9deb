/**
 * A start that fails after the database began opening still closes it: the embedded database's
 * thread and the data directory's lock must not outlive the failure (the process would hang, and
 * the next start in it would find the directory busy).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  vi.doUnmock('../../src/logger.ts');
  vi.resetModules();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('bootstrap', () => {
  it('closes the database it began opening when the logger cannot start', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-bootstrap-'));
    dirs.push(dir);
    vi.stubEnv('DATABASE_URL', '');
    vi.doMock('../../src/logger.ts', () => ({
      createLogger: () => {
        throw new Error('no logger today');
      },
    }));
    const { bootstrap } = await import('../../src/app/bootstrap.ts');
    await expect(bootstrap({ needs: 'database', dbDir: dir })).rejects.toThrow('no logger today');
    // Closed before the failure is thrown: the lock is released, and the directory opens again.
    expect(fs.existsSync(path.join(dir, 'gremium.lock'))).toBe(false);
    const database = await openDatabase({ kind: 'pglite', dir });
    expect(await database.db.person.count()).toBe(0);
    await database.close();
  }, 120_000);
});
