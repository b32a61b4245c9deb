#!/usr/bin/env node
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
