/**
 * `gremium region check <file|dir>`: checks a region workbook and shows what importing it would do.
 * `gremium region import <file|dir> [--yes]`: shows the plan (added, changed, ended), asks, and
 *   applies it in one audited transaction; `--yes` applies without asking (needed off a terminal).
 * `gremium region export <file|dir> [--lang nl|en]`: writes the registry as a region workbook.
 * A workbook is an .xlsx with the sheets Organisaties, Gremia and Leden (and optionally Personen and
 * Mandaten), or a folder of .csv files named after them (DOMAIN.md, "Region workbook").
 * Exit codes: 0 done (or nothing to do), 1 refused, 2 wrong usage.
 */
import path from 'node:path';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { regionPlanText, regionRefusalText } from '../conversation/registry/region-report.ts';
import type { Language } from '../i18n/catalog.ts';
import { t } from '../i18n/index.ts';
import { exportRegion } from '../services/registry/export-region.ts';
import { checkRegionWorkbook, importRegion } from '../services/registry/import-region.ts';
import type { App } from './bootstrap.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';

const USAGE: Record<Language, string> = {
  nl: `Gebruik:
  gremium region check <werkboek.xlsx|map>             controleren, en laten zien wat inlezen zou doen
  gremium region import <werkboek.xlsx|map> [--yes]    inlezen (alles of niets); --yes zonder te vragen
  gremium region export <werkboek.xlsx|map> [--lang nl|en]   het register wegschrijven als werkboek
Een werkboek heeft de bladen Organisaties, Gremia en Leden (en eventueel Personen en Mandaten); een map
bevat die als .csv-bestanden. Met --db <map> de ingebouwde database, met DATABASE_URL PostgreSQL.`,
  en: `Usage:
  gremium region check <workbook.xlsx|dir>             check, and show what importing would do
  gremium region import <workbook.xlsx|dir> [--yes]    import (all or nothing); --yes without asking
  gremium region export <workbook.xlsx|dir> [--lang nl|en]   write the registry as a workbook
A workbook has the sheets Organisations, Committees and Members (and optionally People and Mandates);
a folder holds them as .csv files. --db <dir> for the embedded database, DATABASE_URL for PostgreSQL.`,
};

const OPTIONS = { db: { type: 'string' }, lang: { type: 'string' }, as: { type: 'string' }, yes: { type: 'boolean', short: 'y' } } as const;

/** `gremium region`: it fills the database, so it opens it without loading or pointing at anything. */
export const command: Subcommand = { needs: 'database', usage: USAGE, options: { yes: { type: 'boolean', short: 'y' } }, run };

/** Runs `gremium region ...`; resolves to the exit code. */
async function run(app: App, request: CliRequest): Promise<number> {
  const lang = request.lang ?? 'nl';
  const say = (text: string) => process.stdout.write(`${text}\n`);
  const { values, positionals } = parseArgs({ args: [...request.argv], options: OPTIONS, allowPositionals: true, strict: false });
  const [action, location] = positionals;
  if (action === undefined || location === undefined || !['check', 'import', 'export'].includes(action)) {
    process.stderr.write(`${USAGE[lang]}\n`);
    return 2;
  }
  const deps = await app.services();

  if (action === 'export') {
    const result = await exportRegion(deps, { location, lang });
    if (!result.ok) {
      process.stderr.write(`${t(lang, result.error.code, result.error.params ?? {})}\n`);
      return 1;
    }
    say(t(lang, 'REGION_EXPORTED', { ...result.value, seatRows: result.value.seats, files: result.value.files.length, file: location }));
    return 0;
  }

  const checked = await checkRegionWorkbook(deps, { location });
  if (!checked.ok) {
    say(regionRefusalText(lang, checked.error, action === 'check'));
    return 1;
  }
  if (checked.value.unchanged) {
    say(t(lang, 'REGION_NO_CHANGES'));
    return 0;
  }
  say(regionPlanText(lang, checked.value.plan, checked.value.names, action === 'check' ? 'REGION_CHECK_OK' : 'REGION_PLAN'));
  if (action === 'check') return 0;

  if (values.yes !== true) {
    if (!process.stdin.isTTY) {
      say(t(lang, 'REGION_NEEDS_YES'));
      return 1;
    }
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    const answer = (await rl.question(t(lang, 'REGION_CONFIRM'))).trim().toLowerCase();
    rl.close();
    if (!['j', 'ja', 'y', 'yes'].includes(answer)) {
      say(t(lang, 'REGION_CANCELLED'));
      return 1;
    }
  }
  const imported = await importRegion(deps, { location }, { actor: { personId: null, label: `region import ${path.basename(location)}` }, checked: checked.value });
  if (!imported.ok) {
    say(regionRefusalText(lang, imported.error));
    return 1;
  }
  say(t(lang, 'REGION_IMPORTED', { entries: imported.value?.entries ?? 0 }));
  return 0;
}
