/** The console platform's subcommands: chat, import, export, help. Thin: parse, call, print. */
import path from 'node:path';
import readline from 'node:readline/promises';
import { importReport, exportReport } from '../conversation/registry/import-report.ts';
import { errorReply } from '../conversation/context.ts';
import { resolvePerson } from '../conversation/resolve.ts';
import type { Language } from '../i18n/catalog.ts';
import { exportMembership } from '../services/registry/export-membership.ts';
import { importMembership } from '../services/registry/import-membership.ts';
import { loadCatalog } from '../services/registry/registry-catalog.ts';
import type { App } from './bootstrap.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';
import { runChat } from '../platforms/console/chat.ts';
import { consoleProgress } from '../platforms/console/progress.ts';
import { renderReply } from '../platforms/console/render.ts';

const HELP: Record<Language, string> = {
  nl: `Gebruik:
  gremium chat --as <naam of e-mail> [--lang nl|en] [--db <map>]   chatten met Gremium
  gremium import <bestand.xlsx|bestand.csv> [--db <map>]          ledenlijst inlezen (alles of niets)
  gremium export <bestand.xlsx|bestand.csv> [--lang nl|en]         ledenlijst wegschrijven
De ingebouwde database staat in data/gremium (of --db); met DATABASE_URL=postgresql://... gebruikt Gremium PostgreSQL.`,
  en: `Usage:
  gremium chat --as <name or e-mail> [--lang nl|en] [--db <dir>]   chat with Gremium
  gremium import <file.xlsx|file.csv> [--db <dir>]                 read a membership list (all or nothing)
  gremium export <file.xlsx|file.csv> [--lang nl|en]               write the membership list
The embedded database lives in data/gremium (or --db); with DATABASE_URL=postgresql://... Gremium uses PostgreSQL.`,
};

/** `gremium help` (and `--help`): the usage, without opening a database. */
export const help: Subcommand = {
  needs: 'nothing',
  run: async (_app, request) => {
    process.stdout.write(`${HELP[request.lang ?? 'nl']}\n`);
    return 0;
  },
};

/** `gremium chat`, `import`, `export`; an unknown subcommand gets the usage (exit 2). */
export const command: Subcommand = { needs: 'demo', run };

async function run(app: App, request: CliRequest): Promise<number> {
  const lang = request.lang ?? 'nl';
  const deps = await app.services();
  switch (request.subcommand) {
    case 'chat':
      return chat(deps, request, lang);
    case 'import': {
      const file = request.args[0];
      if (!file) return usage(lang);
      const progress = consoleProgress(lang === 'nl' ? 'Inlezen' : 'Importing');
      const result = await importMembership(deps, { file, actor: { personId: null, label: `import ${path.basename(file)}` }, onProgress: progress.update });
      progress.stop();
      process.stdout.write(`${importReport(lang, result)}\n`);
      return result.ok ? 0 : 1;
    }
    case 'export': {
      const file = request.args[0];
      if (!file) return usage(lang);
      const result = await exportMembership(deps, { file, lang });
      process.stdout.write(`${exportReport(lang, file, result)}\n`);
      return result.ok ? 0 : 1;
    }
    default:
      process.stderr.write(`${lang === 'nl' ? 'Onbekende opdracht' : 'Unknown command'}: ${request.subcommand}\n`);
      return usage(lang);
  }
}

function usage(lang: Language): number {
  process.stderr.write(`${HELP[lang]}\n`);
  return 2;
}

async function chat(deps: Parameters<typeof runChat>[0], request: CliRequest, lang: Language): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  let who = request.as;
  if (who === null && interactive) {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    who = (await rl.question(lang === 'nl' ? 'Wie bent u (naam of e-mail)? ' : 'Who are you (name or e-mail)? ')).trim();
    rl.close();
  }
  if (!who) {
    process.stderr.write(lang === 'nl' ? 'Geef aan wie u bent: gremium chat --as "<naam of e-mail>"\n' : 'Say who you are: gremium chat --as "<name or e-mail>"\n');
    return 2;
  }
  const person = resolvePerson(await loadCatalog(deps), who, lang);
  if (!person.ok) {
    process.stderr.write(`${renderReply(errorReply(lang, person.error))}\n`);
    return 2;
  }
  await runChat(deps, { personId: person.value.id, personName: person.value.name, lang: request.lang, input: process.stdin, output: process.stdout, interactive });
  return 0;
}
