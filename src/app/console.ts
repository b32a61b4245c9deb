/** The console platform's subcommands: chat, import, export. Thin: parse, call, print. */
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

const USAGE: Record<'chat' | 'import' | 'export', Record<Language, string>> = {
  chat: {
    nl: `Gebruik: gremium chat --as <naam of e-mail> [--lang nl|en] [--db <map>]
Chatten met Gremium: één bericht per regel (ook uit een pijp), "help" voor wat Gremium kan.
--as wie u bent; --lang de taal van de antwoorden; --db de map van de ingebouwde database (standaard data/gremium).`,
    en: `Usage: gremium chat --as <name or e-mail> [--lang nl|en] [--db <dir>]
Chat with Gremium: one message per line (also from a pipe), "help" for what Gremium can do.
--as who you are; --lang the language of the answers; --db the embedded database's directory (default data/gremium).`,
  },
  import: {
    nl: `Gebruik: gremium import <bestand.xlsx|bestand.csv> [--lang nl|en] [--db <map>]
Leest een ledenlijst in, alles of niets. Zetels die niet in het bestand staan blijven zoals ze zijn (ze worden niet beëindigd).`,
    en: `Usage: gremium import <file.xlsx|file.csv> [--lang nl|en] [--db <dir>]
Reads a membership list, all or nothing. Seats missing from the file stay as they are (they are not ended).`,
  },
  export: {
    nl: 'Gebruik: gremium export <bestand.xlsx|bestand.csv> [--lang nl|en] [--db <map>]\nSchrijft de ledenlijst weg, met kolomnamen in de gekozen taal.',
    en: 'Usage: gremium export <file.xlsx|file.csv> [--lang nl|en] [--db <dir>]\nWrites the membership list, with column names in the chosen language.',
  },
};

/** `gremium chat`, `import`, `export`: one runner, each with its own usage; only the chat offers the demo on an empty embedded database. */
export const commands: Record<'chat' | 'import' | 'export', Subcommand> = {
  chat: { needs: 'demo', usage: USAGE.chat, run },
  import: { needs: 'services', usage: USAGE.import, run },
  export: { needs: 'services', usage: USAGE.export, run },
};

async function run(app: App, request: CliRequest): Promise<number> {
  const lang = request.lang ?? 'nl';
  const deps = await app.services();
  switch (request.subcommand) {
    case 'chat':
      return chat(deps, request, lang);
    case 'import': {
      const file = request.args[0];
      if (!file) return usage(lang, 'import');
      const progress = consoleProgress(lang === 'nl' ? 'Inlezen' : 'Importing');
      const result = await importMembership(deps, { file, actor: { personId: null, label: `import ${path.basename(file)}` }, onProgress: progress.update });
      progress.stop();
      process.stdout.write(`${importReport(lang, result)}\n`);
      return result.ok ? 0 : 1;
    }
    case 'export': {
      const file = request.args[0];
      if (!file) return usage(lang, 'export');
      const result = await exportMembership(deps, { file, lang });
      process.stdout.write(`${exportReport(lang, file, result)}\n`);
      return result.ok ? 0 : 1;
    }
    default:
      throw new Error(`console: no subcommand ${request.subcommand}`);
  }
}

function usage(lang: Language, subcommand: keyof typeof USAGE): number {
  process.stderr.write(`${USAGE[subcommand][lang]}\n`);
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
