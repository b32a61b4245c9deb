/** What `gremium chat`, `import` and `export` do (console.ts has their usage): parse, call, print. */
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
import type { CliRequest } from './cli-request.ts';
import { runChat } from '../platforms/console/chat.ts';
import { consoleProgress } from '../platforms/console/progress.ts';

export { warmUp } from '../conversation/warm-up.ts';
import { renderReply } from '../platforms/console/render.ts';

/** Each subcommand's usage, in both languages (console.ts hands them in). */
type Usage = Readonly<Record<'chat' | 'import' | 'export', Readonly<Record<Language, string>>>>;

/** Runs chat, import or export on the booted app. */
export async function run(app: App, request: CliRequest, usageTexts: Usage): Promise<number> {
  const lang = request.lang ?? 'nl';
  const deps = await app.services();
  switch (request.subcommand) {
    case 'chat':
      return chat(deps, request, lang);
    case 'import': {
      const file = request.args[0];
      if (!file) return usage(usageTexts, lang, 'import');
      const progress = consoleProgress(lang === 'nl' ? 'Inlezen' : 'Importing');
      const result = await importMembership(deps, { file, actor: { personId: null, label: `import ${path.basename(file)}` }, onProgress: progress.update });
      progress.stop();
      process.stdout.write(`${importReport(lang, result)}\n`);
      return result.ok ? 0 : 1;
    }
    case 'export': {
      const file = request.args[0];
      if (!file) return usage(usageTexts, lang, 'export');
      const result = await exportMembership(deps, { file, lang });
      process.stdout.write(`${exportReport(lang, file, result)}\n`);
      return result.ok ? 0 : 1;
    }
    default:
      throw new Error(`console: no subcommand ${request.subcommand}`);
  }
}

function usage(usageTexts: Usage, lang: Language, subcommand: keyof Usage): number {
  process.stderr.write(`${usageTexts[subcommand][lang]}\n`);
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
