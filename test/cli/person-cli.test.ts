/**
 * Issue 13: "No way to export or erase one person's data; 117 audit rows hold copies of e-mail
 * addresses." `gremium person export | erase` as an administrator runs them, through the real
 * binary, on the embedded database and on PostgreSQL: the export holds everything about one
 * person, the erasure leaves no copy of their name or e-mail address in any table (the audit
 * included) and refuses while they still hold a seat; only administrators may do either, and both
 * are audited.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { openDatabase, type Database, type DatabaseTarget } from '../../src/db/database.ts';
import { demoId } from '../../src/demo/index.ts';
import { addDays } from '../../src/domain/local-date.ts';
import { amsterdamDay } from '../../src/domain/schedule/clock.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { linkByEmail } from '../../src/services/identity/link-by-email.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { TEST_DB_KIND } from '../support/db.ts';
import { freshDatabase } from '../support/scheduler-cluster.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-person-cli-'));
const ADMIN = 'Beheerder Gremium';
const PIET = { name: 'Piet Jansen', email: 'piet.jansen@jeugdzorgnoord.example' };
let target: DatabaseTarget;
let drop = async () => undefined as void;

function gremium(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const env = target.kind === 'postgres' ? { DATABASE_URL: target.url } : { DATABASE_URL: '' };
  const db = target.kind === 'pglite' ? ['--db', target.dir] : [];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/gremium.mjs', ...args, ...db], { cwd: ROOT, env: { ...process.env, GREMIUM_LOG_LEVEL: 'error', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, out, err }));
    child.stdin.end('');
  });
}

/** Opens the test's database in this process (the binary is not running then), runs `fn`, closes it. */
async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(target);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/**
 * The demo region, and Piet Jansen (ORO member for Combinatie Noord) leaving a trace everywhere:
 * a Slack account linked by e-mail, a vote, an absence with a reason, then his seat ended by the
 * administrator yesterday. Real clock: the binary runs on it too.
 */
async function seed(): Promise<void> {
  await withDatabase(async ({ db }) => {
    const deps = createServiceDeps({ db });
    await loadDemoData(deps);
    const today = amsterdamDay(new Date());
    const say = async (slug: string, text: string) => renderReplies(await handle(deps, { sender: { personId: demoId.person(slug) }, text }));
    await linkByEmail(deps, { platform: 'slack', externalId: 'U0PIET', lookupEmail: async () => PIET.email.toUpperCase() });
    const meetingDay = addDays(today, 15);
    await say('sanne-bakker', `/gremium vergadering toevoegen ORO ${meetingDay}`);
    expect(await say('piet-jansen', `/gremium verhinderd ORO ${meetingDay} reden="tandarts"`)).toMatch(/afgemeld/);
    expect(await say('sanne-bakker', `/gremium peiling openen ORO vraag="Akkoord met het jaarplan?" sluit=${addDays(today, 7)}`)).toContain('Peiling geopend');
    const poll = await db.poll.findFirstOrThrow({ where: { question: 'Akkoord met het jaarplan?' } });
    expect(await say('piet-jansen', `/gremium stem ${poll.id} voor`)).toMatch(/is vastgelegd/);
    expect(await say('beheerder-gremium', `/gremium zetel beeindigen ORO "${PIET.name}" tot=${addDays(today, -1)}`)).toContain('Vastgelegd in de historie');
  });
}

/** Every row of every table that mentions one of `texts` (case-insensitive), as "table: row", by text. */
async function rowsMentioning(...texts: string[]): Promise<Record<string, string[]>> {
  return withDatabase(async ({ sql }) => {
    const tables = await sql.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
    const found: Record<string, string[]> = Object.fromEntries(texts.map((t) => [t, []]));
    for (const { tablename } of tables) {
      for (const { row } of await sql.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${tablename}" t`)) {
        for (const text of texts) if (row.toLowerCase().includes(text.toLowerCase())) found[text]!.push(`${tablename}: ${row}`);
      }
    }
    return found;
  });
}

describe(`gremium person on ${TEST_DB_KIND}`, { timeout: 300_000 }, () => {
  beforeAll(async () => {
    if (TEST_DB_KIND === 'postgres') {
      const created = await freshDatabase(process.env.TEST_POSTGRES_URL!);
      target = { kind: 'postgres', url: created.url, poolSize: 2 };
      drop = created.drop;
    } else {
      target = { kind: 'pglite', dir: path.join(dir, 'db') };
    }
    await seed();
  }, 300_000);
  afterAll(async () => {
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has help in Dutch and English', async () => {
    expect((await gremium(['person', '--help'])).out).toMatch(/^Gebruik:\s+gremium person export <persoon>/);
    expect((await gremium(['person', '--help', '--lang', 'en'])).out).toMatch(/^Usage:\s+gremium person export <person>/);
  });

  it('is for administrators only: without --as, as a member, or as someone unknown it is refused', async () => {
    const missing = await gremium(['person', 'export', PIET.name]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--as');
    const member = await gremium(['person', 'export', PIET.name, '--as', 'Jan de Vries']);
    expect(member.code).toBe(1);
    expect(member.err).toMatch(/Alleen een beheerder van Gremium mag persoonsgegevens inzien of wissen; Jan de Vries is geen beheerder/);
    const unknown = await gremium(['person', 'erase', PIET.name, '--as', 'Beheerder Gremiun', '--yes', '--lang', 'en']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/Did you mean "Beheerder Gremium/);
  });

  it('suggests the nearest name for an unknown person', async () => {
    const { code, err } = await gremium(['person', 'export', 'Piet Janssen', '--as', ADMIN]);
    expect(code).toBe(1);
    expect(err).toMatch(/Bedoelt u "Piet Jansen/);
  });

  it('exports everything about one person as JSON, to a file or to standard output, and audits it', async () => {
    const file = path.join(dir, 'piet.json');
    const written = await gremium(['person', 'export', PIET.name, '--as', ADMIN, '--out', file]);
    expect(written.code, written.err).toBe(0);
    expect(written.out).toContain(`De gegevens van ${PIET.name} staan in ${file}`);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(data.person).toMatchObject({ name: PIET.name, email: PIET.email, organisation: 'Jeugdzorg Noord BV' });
    expect(data.platformAccounts).toEqual([expect.objectContaining({ platform: 'slack', externalId: 'U0PIET' })]);
    expect(data.seats).toEqual([expect.objectContaining({ committee: 'ORO', role: 'MEMBER', onBehalfOf: 'Combinatie Noord', startsOn: '2023-01-01' })]);
    expect(data.mandates).toEqual([expect.objectContaining({ organisation: 'Combinatie Noord', scope: 'bestuurlijk' })]);
    expect(data.stances).toEqual([expect.objectContaining({ committee: 'ORO', question: 'Akkoord met het jaarplan?', choice: 'FOR' })]);
    expect(data.declarations).toEqual([expect.objectContaining({ committee: 'ORO', reason: 'tandarts', status: 'ACCEPTED' })]);
    expect(data.attendance).toEqual([expect.objectContaining({ committee: 'ORO', status: 'EXCUSED', reason: 'tandarts' })]);
    expect(data.audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['demo.create', 'identity.link', 'declaration.create', 'stance.cast', 'seat.end']));

    const printed = await gremium(['person', 'export', PIET.email, '--as', ADMIN, '--lang', 'en']);
    expect(printed.code, printed.err).toBe(0);
    const again = JSON.parse(printed.out);
    expect(again.person.name).toBe(PIET.name);
    expect(again.audit.filter((a: { action: string }) => a.action === 'person.export')).toHaveLength(1);
  });

  it('refuses to erase someone who still holds a seat, naming the seats to end first', async () => {
    const { code, out, err } = await gremium(['person', 'erase', 'Jan de Vries', '--as', ADMIN, '--yes']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/Jan de Vries heeft nog zetels die niet zijn beëindigd/);
    expect(err).toMatch(/SBO: lid namens Combinatie Noord/);
    expect(err).toContain('/gremium zetel beeindigen');
  });

  it('asks for --yes off a terminal, then pseudonymises the name and e-mail address everywhere, the audit included', async () => {
    const unconfirmed = await gremium(['person', 'erase', PIET.name, '--as', ADMIN]);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.err).toContain('geef --yes mee');
    const traces = [PIET.email, 'piet.jansen', PIET.name, 'U0PIET', 'tandarts'];
    const before = await rowsMentioning(...traces);
    // "117 audit rows hold copies of e-mail addresses": his among them, until he is erased.
    expect(before[PIET.email]!.filter((r) => r.startsWith('AuditEntry')).length).toBeGreaterThan(0);
    for (const text of traces) expect(before[text], text).not.toEqual([]);

    const erased = await gremium(['person', 'erase', PIET.name, '--as', ADMIN, '--yes']);
    expect(erased.code, erased.err).toBe(0);
    const pseudonym = /als "(Gewist [0-9A-F]{8})"/.exec(erased.out)?.[1];
    expect(pseudonym, erased.out).toBeDefined();
    expect(erased.out).toMatch(/1 chataccount ontkoppeld/);

    // Nowhere, not in the audit either; the reason he gave for an absence (it may be about his health) went too.
    const after = await rowsMentioning(...traces);
    for (const text of traces) expect(after[text], text).toEqual([]);

    const exported = await gremium(['person', 'export', pseudonym!, '--as', ADMIN]);
    expect(exported.code, exported.err).toBe(0);
    const data = JSON.parse(exported.out);
    expect(data.person).toMatchObject({ name: pseudonym, email: null });
    expect(data.platformAccounts).toEqual([]);
    expect(data.seats).toHaveLength(1);
    expect(data.stances).toEqual([expect.objectContaining({ choice: 'FOR' })]);
    expect(data.declarations).toEqual([expect.objectContaining({ reason: null })]);
    const erasure = data.audit.find((a: { action: string }) => a.action === 'person.erase');
    expect(erasure).toMatchObject({ actor: `${ADMIN} (gremium person erase)` });
    // (The demo's ids are slugs of names, "person_piet-jansen"; a region's own are random.)
    expect(JSON.stringify(erasure)).not.toMatch(/Piet Jansen|piet\.jansen|U0PIET/i);
  });
});
