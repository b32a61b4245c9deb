/**
 * The Teams app package: manifest.json validates against the v1.22 schema kept in the repo (no
 * network), its icons have the sizes Teams demands, and the bot's command menu offers only what the
 * grammar understands (help and VERBS), so a command picked from the menu never gets "unknown".
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { describe, expect, it } from 'vitest';
import { VERBS } from '../../../src/conversation/verbs.ts';

const DIR = path.resolve(import.meta.dirname, '../../../manifests/teams');
const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8'));
const schema = JSON.parse(fs.readFileSync(path.join(DIR, 'schema/MicrosoftTeams.v1.22.schema.json'), 'utf8'));

/** Width, height and RGBA pixels of one of our PNGs (8-bit RGBA, filter 0 rows). */
function readPng(file: string) {
  const buf = fs.readFileSync(path.join(DIR, file));
  expect(buf.subarray(1, 4).toString()).toBe('PNG');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    if (buf.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + len));
    at += len + 12;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels.push([...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 5 + x * 4)]);
  return { width, height, colorType: buf[25], pixels };
}

describe('Teams app manifest', () => {
  it('validates against the Teams manifest schema v1.22 kept in the repo', async () => {
    expect(manifest.manifestVersion).toBe('1.22');
    expect(await AppManifestUtils.validateAgainstSchema(manifest, schema)).toEqual([]);
  });

  it('the schema check can fail: a manifest without icons is reported', async () => {
    const broken = { ...manifest, icons: undefined };
    expect((await AppManifestUtils.validateAgainstSchema(broken, schema)).length).toBeGreaterThan(0);
  });

  it('has a 192x192 colour icon and a 32x32 white-on-transparent outline icon', () => {
    const color = readPng(manifest.icons.color);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(manifest.icons.outline);
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    const kinds = new Set(outline.pixels.map(([r, g, b, a]) => (a === 0 ? 'transparent' : r === 255 && g === 255 && b === 255 ? 'white' : 'other')));
    expect([...kinds].sort()).toEqual(['transparent', 'white']);
  });

  it('offers in its command menu only help and verbs of the grammar', () => {
    const words = new Set(['help', 'hulp', ...VERBS.flatMap((v) => Object.keys(v.words))]);
    const titles: string[] = manifest.bots.flatMap((b: { commandLists: { commands: { title: string }[] }[] }) => b.commandLists.flatMap((l) => l.commands.map((c) => c.title)));
    expect(titles).toContain('help');
    expect(titles.filter((title) => !words.has(title))).toEqual([]);
  });
});
