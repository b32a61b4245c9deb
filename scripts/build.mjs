#!/usr/bin/env node
/**
 * `npm run build`: bundles the application into dist/ with esbuild, so that a start runs plain
 * JavaScript instead of compiling TypeScript at run time (tsx cost about 1 s of CPU per start).
 *
 * - Entry src/app/main.ts (`main(argv)`); its dynamic imports (serve, slack, teams, ...) become
 *   chunks of their own, loaded only by the subcommand that needs them.
 * - Our code and the generated Prisma client (prisma/generated, TypeScript) are bundled; packages
 *   stay in node_modules and are imported from there as usual.
 * - dist/pglite-worker.mjs: the embedded database's thread, which pglite-thread.ts finds beside
 *   itself (`new URL('./pglite-worker.mjs', import.meta.url)`). prisma/migrations is found by
 *   walking up from the bundle (src/db/migrate.ts), so it is not copied.
 * - Source maps beside each file; bin/gremium.mjs turns them on, so stack traces name src/ files.
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
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  fs.copyFileSync(path.join(ROOT, WORKER), path.join(out, path.basename(WORKER)));
  const inputs = [...Object.keys(result.metafile.inputs), WORKER].sort();
  fs.writeFileSync(path.join(out, MANIFEST), `${JSON.stringify({ builtAt: started, inputs }, null, 1)}\n`);
  const old = `${DIST}.old-${process.pid}`;
  if (fs.existsSync(DIST)) fs.renameSync(DIST, old);
  fs.renameSync(out, DIST);
  fs.rmSync(old, { recursive: true, force: true });
  const bytes = fs.readdirSync(DIST).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + fs.statSync(path.join(DIST, f)).size, 0);
  if (!quiet) process.stderr.write(`build: dist/ (${inputs.length} sources, ${(bytes / 1024).toFixed(0)} KiB of JavaScript) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!(process.argv.includes('--if-stale') && freshBundle())) await build();
}
