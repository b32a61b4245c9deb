#!/usr/bin/env node
/**
 * Draws the Teams app icons without image tools: color.png (192x192, full colour, a white "G" on
 * Gremium blue) and outline.png (32x32, white on transparent), as PNGs written with node's zlib.
 * Run: node scripts/teams-icons.mjs (the PNGs are kept in manifests/teams/).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'manifests', 'teams');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** An RGBA PNG from a pixel function (x, y) -> [r, g, b, a]. */
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
/** True inside a "G": a ring open at the upper right, with a bar into the middle. */
function inG(x, y, size) {
  const c = size / 2;
  const dx = x + 0.5 - c;
  const dy = y + 0.5 - c;
  const r = Math.hypot(dx, dy);
  const outer = size * 0.36;
  const inner = size * 0.24;
  const angle = Math.atan2(-dy, dx); // 0 = right, counter-clockwise
  const ring = r <= outer && r >= inner && !(angle > 0.05 && angle < 0.85);
  const bar = dy >= -size * 0.02 && dy <= size * 0.08 && dx >= 0 && dx <= outer;
  return ring || bar;
}
const BLUE = [0x1f, 0x4e, 0x79, 255];
const WHITE = [255, 255, 255, 255];
fs.writeFileSync(path.join(DIR, 'color.png'), png(192, (x, y) => (inG(x, y, 192) ? WHITE : BLUE)));
fs.writeFileSync(path.join(DIR, 'outline.png'), png(32, (x, y) => (inG(x, y, 32) ? WHITE : [0, 0, 0, 0])));
process.stdout.write(`wrote ${DIR}/color.png and outline.png\n`);
