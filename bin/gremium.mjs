#!/usr/bin/env node
// Fail fast on a Node the code does not run on (package.json engines: >=20.19 <21 || >=22), with a message instead of a
// stack trace. (The import below is hoisted, but loading tsx's api is harmless on old Node; register() is what would fail.)
const [nodeMajor, nodeMinor] = process.versions.node.split('.').map(Number);
if (nodeMajor < 20 || (nodeMajor === 20 && nodeMinor < 19) || nodeMajor === 21) {
  process.stderr.write(`Gremium heeft Node 20.19 of nieuwer nodig (20.19+ of 22+, niet 21); dit is Node ${process.versions.node}.\nGremium needs Node 20.19 or newer (20.19+ or 22+, not 21); this is Node ${process.versions.node}.\n`);
  process.exit(1);
}
// Runs the TypeScript sources through tsx's loader: no build step between a clone and a chat.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/app/main.ts');
process.exitCode = await main(process.argv.slice(2));
