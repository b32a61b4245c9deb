#!/usr/bin/env node
/**
 * `npm run package:teams`: builds the Teams app package (a zip with manifest.json, color.png and
 * outline.png at its root) into dist/gremium-teams.zip, ready to upload in Teams ("Apps > Manage
 * your apps > Upload an app") or in the Teams admin centre.
 *
 * The bot id in the manifest is replaced by MICROSOFT_APP_ID (the Azure Bot registration's app id);
 * without it the package is refused, since Teams would route messages to no bot.
 * Options: --out <file>, --version <x.y.z>, --domain <host> (added to validDomains).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'manifests', 'teams');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const { values } = parseArgs({ options: { out: { type: 'string' }, version: { type: 'string' }, domain: { type: 'string' } } });
const appId = (process.env.MICROSOFT_APP_ID ?? '').trim();
if (!GUID.test(appId)) {
  process.stderr.write('MICROSOFT_APP_ID ontbreekt of is geen GUID / is missing or not a GUID: set the Azure Bot app id, e.g. MICROSOFT_APP_ID=... npm run package:teams\n');
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(path.join(SRC, 'manifest.json'), 'utf8'));
for (const bot of manifest.bots) bot.botId = appId;
if (values.version) manifest.version = values.version;
if (values.domain) manifest.validDomains = [...new Set([...(manifest.validDomains ?? []), values.domain])];

const zip = new JSZip();
zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
for (const icon of [manifest.icons.color, manifest.icons.outline]) zip.file(icon, fs.readFileSync(path.join(SRC, icon)));
const out = path.resolve(values.out ?? path.join(ROOT, 'dist', 'gremium-teams.zip'));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
process.stdout.write(`${out}\n`);
