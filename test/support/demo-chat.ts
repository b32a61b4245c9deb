/**
 * The demo region on a fresh test database, spoken to through handle() as a named demo person: the
 * setup most conversation tests share (open the database, load the demo workbook, know people by name).
 */
import { afterAll, beforeAll } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { createServiceDeps, type ServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from './db.ts';

/** What a test file uses: the database, the services at `now`, people's ids by name, and `say`. */
export interface DemoChat {
  readonly database: () => TestDatabase;
  readonly deps: () => ServiceDeps;
  readonly people: Record<string, string>;
  readonly say: (as: string, text: string) => Promise<Reply[]>;
}

/** Registers the file's beforeAll/afterAll and returns the handles they fill. */
export function demoChat(now: () => Date): DemoChat {
  let database: TestDatabase | undefined;
  const people: Record<string, string> = {};
  const deps = () => createServiceDeps({ db: database!.db, now, caches: database!.caches });
  beforeAll(async () => {
    database = await openTestDatabase();
    await loadDemoData(deps());
    for (const p of await database.db.person.findMany({ select: { id: true, name: true } })) people[p.name] = p.id;
  });
  afterAll(async () => database?.close());
  return {
    database: () => database!,
    deps,
    people,
    say: (as, text) => handle(deps(), { sender: { personId: people[as]! }, text }),
  };
}
