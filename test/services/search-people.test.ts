/**
 * The person picker's search (issue 18): part of a name or a typo finds the person, an e-mail address
 * finds nobody and is never shown, the employer tells namesakes apart, and an erased person is not
 * offered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceDeps } from '../../src/services/deps.ts';
import { erasePerson } from '../../src/services/privacy/erase-person.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { searchPeople } from '../../src/services/registry/search-people.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

const names = async (query: string) => (await searchPeople(deps(), { query })).map((p) => p.name);

describe('searchPeople', () => {
  it('finds a person by part of the name or with a typo, with the organisation they work for', async () => {
    expect((await names('karin'))[0]).toBe('Karin Smit');
    expect(await names('Krin Smit')).toContain('Karin Smit');
    expect((await searchPeople(deps(), { query: 'Karin Smit' }))[0]).toMatchObject({ name: 'Karin Smit', organisation: 'Stichting Opgroeien Maasland' });
  });

  it('does not search or show e-mail addresses', async () => {
    expect(await names('opgroeienmaasland.example')).toEqual([]);
    expect(JSON.stringify(await searchPeople(deps(), { query: '' }))).not.toContain('@');
  });

  it('lists people by name, at most the limit, when nothing is typed yet', async () => {
    const listed = await names('');
    expect(listed.length).toBe(25);
    expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b, 'nl')));
    expect((await searchPeople(deps(), { query: '', limit: 3 })).length).toBe(3);
  });

  it('no longer offers a person who was erased', async () => {
    const admin = await database.db.person.findFirstOrThrow({ where: { isAdmin: true } });
    const today = new Date('2026-11-25');
    const leaver = await database.db.person.findFirstOrThrow({
      where: { isAdmin: false, seats: { none: { OR: [{ endsOn: null }, { endsOn: { gte: today } }] } }, substituteFor: { none: {} } },
      orderBy: { name: 'asc' },
    });
    expect(await names(leaver.name)).toContain(leaver.name);
    const erased = await erasePerson(deps(), { actor: { personId: admin.id, label: admin.name }, personId: leaver.id });
    expect(erased.ok).toBe(true);
    const pseudonym = (await database.db.person.findUniqueOrThrow({ where: { id: leaver.id } })).name;
    expect(await names(leaver.name)).not.toContain(leaver.name);
    expect(await names(pseudonym)).toEqual([]);
    expect((await searchPeople(deps(), { query: 'gewist' })).map((p) => p.id)).not.toContain(leaver.id);
  });
});
