#!/usr/bin/env node
/**
 * `npm run build`: bundles the application into dist/ with esbuild, so that a start runs plain
 * JavaScript instead of compiling TypeScript at run time (tsx cost about 1 s of CPU per start).
 *
 * - Entry src/app/main.ts (`main(argv)`); its dynamic imports (serve, slack, teams, ...) become
 *   chunks of their own, loaded only by the subcommand that needs them.
 * - Our code and the generated Prisma client (prisma/generated, TypeScript) are bundled, and so are
 *   the plain-JavaScript packages every start loads (BUNDLED): zod alone is 95 files,
 *   date-holidays with its calendars about 100 and chrono-node with all its languages about 270,
 *   and finding and reading each file cost more CPU than the code itself (0.4 s against 0.9 s for those packages on a busy machine). Every other
 *   package stays in node_modules, imported from there as usual: PGlite and Prisma find their
 *   WebAssembly beside their own files, and the platform SDKs load only with their subcommand.
 * - dist/pglite-worker.mjs (and idle-gc.mjs, which it imports): the embedded database's thread, which pglite-thread.ts finds beside
 *   itself (`new URL('./pglite-worker.mjs', import.meta.url)`). prisma/migrations is found by
 *   walking up from the bundle (src/db/migrate.ts), so it is not copied.
 * - Source maps beside each file (without the sources' text: they are in src/), for stack traces
 *   that name src/ files under NODE_OPTIONS=--enable-source-maps.
 * - dist/inputs.json lists every bundled source with the time the build started: bin/gremium.mjs
 *   runs the bundle only while none of them has changed since (`freshBundle`), and the sources
 *   through tsx otherwise, so an edit is never run stale.
 *
 * `--if-stale` builds only when the bundle is missing or stale (`npm start` runs it first).
 * Plain Node ESM: it runs before anything is compiled. esbuild is loaded only when building.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const MANIFEST = 'inputs.json';
const WORKER = 'src/db/pglite-worker.mjs';
/** What the worker imports beside itself (plain JavaScript, copied as it is). */
const WORKER_IMPORTS = ['src/db/idle-gc.mjs'];

/** Packages bundled with their dependencies; all others are imported from node_modules. */
export const BUNDLED = new Set(['zod', 'luxon', 'rrule', 'date-holidays', 'fastest-levenshtein', 'cli-progress', 'chrono-node']);

/** The Prisma runtime the generated client imports (prisma/generated); only it does. */
const PRISMA_RUNTIME = '@prisma/client/runtime/client';

/** The package a bare import names: `zod/v4` -> `zod`, `@scope/name/x` -> `@scope/name`. */
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * Keeps a package import from our code external unless the package is in BUNDLED; what a bundled
 * package imports itself is bundled too (it is part of that package's code).
 */
const externals = {
  name: 'gremium-externals',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      // Prisma's runtime as the ES module it also ships: Node's "node" condition picks its CommonJS
      // file, which an import makes Node scan for its exports first (0.23 MB, about 30 ms of a start).
      if (args.path === PRISMA_RUNTIME) return { path: `${PRISMA_RUNTIME}.mjs`, external: true };
      const fromOurCode = !args.importer.includes(`${path.sep}node_modules${path.sep}`);
      if (fromOurCode && !BUNDLED.has(packageOf(args.path))) return { path: args.path, external: true };
      return undefined;
    });
  },
};

/** The countries whose public holidays Gremium reads (src/domain/schedule/holidays.ts). */
export const HOLIDAY_COUNTRIES = ['NL'];

/**
 * date-holidays' data with only `countries` in it. The package carries every country's holidays
 * (0.8 MB of source, about 4 MiB of heap once loaded, in every start that reads a date); the bundle
 * gets the Dutch ones alone, with the rest of the package unchanged. test/scripts/build.test.ts
 * checks that they give the same days as the whole data.
 */
export async function holidayData(countries = HOLIDAY_COUNTRIES) {
  const { data } = await import(pathToFileURL(path.join(ROOT, 'node_modules/date-holidays/src/data.js')).href);
  return { ...data, holidays: Object.fromEntries(countries.map((country) => [country, data.holidays[country]])) };
}

/**
 * moment-timezone's packed data with only the time zones `zones` and what they link to. date-holidays
 * loads moment-timezone, which unpacks every zone of its whole data (0.7 MB) when it loads: about
 * 30 ms of every start. It reads a time zone through it only for the countries' own zones (the
 * Dutch: Europe/Amsterdam), so the bundle keeps those. test/scripts/build.test.ts checks that each
 * is there as in the whole data.
 */
export function timezoneData(zones) {
  const whole = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/moment-timezone/data/packed/latest.json'), 'utf8'));
  const name = (entry) => entry.split('|')[0];
  // A link reads "Europe/Brussels|Europe/Amsterdam": the zone, then its other name.
  const links = whole.links.filter((link) => zones.includes(link.split('|')[1]));
  const kept = new Set([...zones, ...links.map(name)]);
  return { version: whole.version, zones: whole.zones.filter((zone) => kept.has(name(zone))), links, countries: [] };
}

/** The time zones the holiday data of HOLIDAY_COUNTRIES names (its countries' and their regions'). */
export async function holidayZones() {
  const zones = new Set();
  const walk = (value) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'zones' && Array.isArray(inner)) for (const zone of inner) zones.add(zone);
      else walk(inner);
    }
  };
  walk((await holidayData()).holidays);
  return [...zones];
}

/**
 * Gives the bundle date-holidays' data of HOLIDAY_COUNTRIES only (holidayData), and moment-timezone
 * the time zones of that data only (timezoneData).
 */
const holidaysOfOurCountries = {
  name: 'gremium-holidays',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]date-holidays[\\/]src[\\/]data\.js$/ }, async () => ({
      contents: `export const data = ${JSON.stringify(await holidayData())};\n`,
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]node_modules[\\/]moment-timezone[\\/]data[\\/]packed[\\/]latest\.json$/ }, async () => ({
      contents: JSON.stringify(timezoneData(await holidayZones())),
      loader: 'json',
    }));
  },
};

/**
 * The bundle's entry file as a file URL when dist/ holds a bundle that is newer than every source it
 * was built from; null when there is none or a source has changed since (then run the sources).
 */
export function freshBundle(root = ROOT) {
  const dist = path.join(root, 'dist');
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dist, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
  for (const input of manifest.inputs) {
    let changed;
    try {
      changed = fs.statSync(path.join(root, input)).mtimeMs;
    } catch {
      return null; // a source was removed or renamed
    }
    if (changed > manifest.builtAt) return null;
  }
  return pathToFileURL(path.join(dist, 'main.js')).href;
}

/** Builds dist/ (into a temporary folder first, so a start never finds half a bundle). */
export async function build({ quiet = false } = {}) {
  const started = Date.now();
  const { build: esbuild } = await import('esbuild');
  const out = `${DIST}.tmp-${process.pid}`;
  fs.rmSync(out, { recursive: true, force: true });
  const result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/app/main.ts' },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [externals, holidaysOfOurCountries],
    // Bundled CommonJS packages (rrule, cli-progress) call require(): give the ES module output one.
    banner: { js: "import { createRequire as __gremiumRequire } from 'node:module'; const require = __gremiumRequire(import.meta.url);" },
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  for (const file of [WORKER, ...WORKER_IMPORTS]) fs.copyFileSync(path.join(ROOT, file), path.join(out, path.basename(file)));
  const inputs = [...new Set([...Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/')), WORKER, ...WORKER_IMPORTS])].sort();
  fs.writeFileSync(path.join(out, MANIFEST), `${JSON.stringify({ builtAt: started, inputs }, null, 1)}\n`);
  const old = `${DIST}.old-${process.pid}`;
  if (fs.existsSync(DIST)) fs.renameSync(DIST, old);
  try {
    fs.renameSync(out, DIST);
  } catch (error) {
    // Another build (a second `npm start`) put its dist/ in place meanwhile: built from the same sources.
    if (!fs.existsSync(DIST)) throw error;
    fs.rmSync(out, { recursive: true, force: true });
  }
  fs.rmSync(old, { recursive: true, force: true });
  const bytes = fs.readdirSync(DIST).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + fs.statSync(path.join(DIST, f)).size, 0);
  if (!quiet) process.stderr.write(`build: dist/ (${inputs.length} sources, ${(bytes / 1024).toFixed(0)} KiB of JavaScript) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!(process.argv.includes('--if-stale') && freshBundle())) await build();
}
