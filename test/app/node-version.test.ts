/**
 * bin/gremium.mjs refuses a Node it does not run on (package.json: >=20.19 <21 || >=22) with one
 * Dutch and English message and exit 1, before anything starts. The version is faked by a preload
 * that replaces process.versions; the real Node runs the rest.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/gremium.mjs');

function gremiumOnNode(version: string, args: string[]) {
  const fake = `data:text/javascript,Object.defineProperty(process,"versions",{value:{...process.versions,node:"${version}"}})`;
  return spawnSync(process.execPath, ['--import', fake, BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('the Node version check', () => {
  it.each(['18.20.4', '20.11.1', '21.7.3'])('refuses Node %s with a message in Dutch and English', (version) => {
    const run = gremiumOnNode(version, ['--help']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `Gremium heeft Node 20.19 of nieuwer nodig (20.19+ of 22+, niet 21); dit is Node ${version}.\n` +
        `Gremium needs Node 20.19 or newer (20.19+ or 22+, not 21); this is Node ${version}.\n`,
    );
    expect(run.stdout).toBe('');
  });

  it('lets a supported Node through', () => {
    const run = gremiumOnNode('22.12.0', ['--help', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: gremium <command>/);
  });
});
