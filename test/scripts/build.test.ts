/**
 * bin/gremium.mjs runs the bundle in dist/ only while it is up to date with every source it was built
 * from (scripts/build.mjs `freshBundle`); after an edit it runs the sources, never stale code.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Holidays from 'date-holidays';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript without declarations (it runs before anything is compiled)
import { BUNDLED, freshBundle, holidayData, HOLIDAY_COUNTRIES, holidayZones, timezoneData } from '../../scripts/build.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A checkout with one source and a bundle built from it at `builtAt`. */
function checkout(builtAt: number): { root: string; source: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-build-'));
  roots.push(root);
  const source = path.join(root, 'src', 'app', 'main.ts');
  fs.mkdirSync(path.dirname(source), { recursive: true });
  fs.writeFileSync(source, 'export {};\n');
  fs.utimesSync(source, new Date(builtAt - 60_000), new Date(builtAt - 60_000));
  fs.mkdirSync(path.join(root, 'dist'));
  fs.writeFileSync(path.join(root, 'dist', 'inputs.json'), JSON.stringify({ builtAt, inputs: ['src/app/main.ts'] }));
  return { root, source };
}

describe('which code bin/gremium.mjs runs', () => {
  it('the bundle while no source changed since it was built', () => {
    const { root } = checkout(Date.now());
    expect(freshBundle(root)).toMatch(/\/dist\/main\.js$/);
  });

  it('the sources once a source is newer than the bundle, or gone', () => {
    const edited = checkout(Date.now() - 10_000);
    fs.writeFileSync(edited.source, 'export const changed = true;\n');
    expect(freshBundle(edited.root)).toBeNull();
    const removed = checkout(Date.now());
    fs.rmSync(removed.source);
    expect(freshBundle(removed.root)).toBeNull();
  });

  it('the sources when there is no bundle', () => {
    const { root } = checkout(Date.now());
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    expect(freshBundle(root)).toBeNull();
  });
});

describe("the bundle's holiday data (date-holidays with the Dutch data only)", () => {
  it('gives the same Dutch holidays as the whole package, every year from 1990 to 2100', async () => {
    expect(HOLIDAY_COUNTRIES).toEqual(['NL']);
    // date-holidays' class is its parser given the whole data; the parser itself takes the data first.
    const Parser = Object.getPrototypeOf(Holidays) as new (data: unknown, country: string) => Holidays;
    const ours = new Parser(await holidayData(), 'NL');
    const whole = new Holidays('NL');
    for (let year = 1990; year <= 2100; year++) expect(ours.getHolidays(year), String(year)).toEqual(whole.getHolidays(year));
    expect(new Parser(await holidayData(), 'BE').getHolidays(2026)).toEqual([]);
  });
});

describe("the bundle's time zones (moment-timezone, which date-holidays loads, with the holiday data's zones only)", () => {
  it('holds every zone the Dutch holiday data names, packed exactly as in the whole data', async () => {
    const whole = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/moment-timezone/data/packed/latest.json'), 'utf8')) as { zones: string[]; links: string[] };
    const zones = await holidayZones();
    expect(zones).toContain('Europe/Amsterdam');
    const ours = timezoneData(zones) as { zones: string[]; links: string[] };
    /** The packed zone a name stands for, following its link. */
    const packed = (data: { zones: string[]; links: string[] }, name: string) => {
      const target = data.links.map((link) => link.split('|')).find(([, alias]) => alias === name)?.[0] ?? name;
      return data.zones.find((zone) => zone.split('|')[0] === target);
    };
    for (const zone of zones) {
      expect(packed(ours, zone), zone).toBeDefined();
      expect(packed(ours, zone), zone).toBe(packed(whole, zone));
    }
    expect(ours.zones.length).toBeLessThan(whole.zones.length / 10);
  });
});

describe('what the bundle still imports from node_modules', () => {
  it('is none of the packages it bundles (chrono-node alone was about 270 files read at every start)', () => {
    const dist = path.join(ROOT, 'dist');
    const files = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(files).toContain('main.js');
    const imported = new Set<string>();
    for (const file of files) {
      const code = fs.readFileSync(path.join(dist, file), 'utf8');
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)["']([^"'./][^"']*)["']/g)) {
        const specifier = m[1]!;
        imported.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
      }
    }
    expect(imported.has('@electric-sql/pglite')).toBe(true); // the check sees the bundle's imports
    expect([...BUNDLED].filter((name: string) => imported.has(name))).toEqual([]);
  });

  it("takes Prisma's runtime as its ES module, which Node need not scan for exports as it does the CommonJS file", () => {
    const dist = path.join(ROOT, 'dist');
    const runtime = fs.readdirSync(dist).filter((f) => f.endsWith('.js')).flatMap((file) =>
      [...fs.readFileSync(path.join(dist, file), 'utf8').matchAll(/["'](@prisma\/client\/runtime\/client[^"']*)["']/g)].map((m) => m[1]));
    expect(runtime.length).toBeGreaterThan(0);
    expect(new Set(runtime)).toEqual(new Set(['@prisma/client/runtime/client.mjs']));
  });
});
