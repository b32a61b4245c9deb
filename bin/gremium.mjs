#!/usr/bin/env node
// Fail fast on a Node the code does not run on (package.json engines: >=20.19 <21 || >=22), with a message instead of a
// stack trace. (The import below is hoisted: it only loads a small build script, harmless on any Node.)
const [nodeMajor, nodeMinor] = process.versions.node.split('.').map(Number);
if (nodeMajor < 20 || (nodeMajor === 20 && nodeMinor < 19) || nodeMajor === 21) {
  process.stderr.write(`Gremium heeft Node 20.19 of nieuwer nodig (20.19+ of 22+, niet 21); dit is Node ${process.versions.node}.\nGremium needs Node 20.19 or newer (20.19+ or 22+, not 21); this is Node ${process.versions.node}.\n`);
  process.exit(1);
}
// Runs the bundle in dist/ (`npm run build`; `npm ci` and `npm start` build it) while it is up to date
// with the sources, and the TypeScript sources through tsx's loader otherwise: a clone runs fast after
// `npm ci`, and an edited source is never run stale. The bundle's source maps sit beside it; with
// NODE_OPTIONS=--enable-source-maps stack traces name the TypeScript sources (not by default: reading
// the maps costs every start about a tenth of its CPU and 10 MiB).
import { freshBundle } from '../scripts/build.mjs';

const bundle = freshBundle();
let main;
if (bundle) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/app/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
