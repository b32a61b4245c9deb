/**
 * The console platform's subcommands: chat, import, export. Their usage and flags; what they do is in
 * console-run.ts, loaded while the bootstrap opens the database (`preload`), so that a start does not
 * load the conversation and the services before the embedded database is on its way (issue 12).
 */
import type { Language } from '../i18n/catalog.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';
import type { App } from './bootstrap.ts';

/** Each subcommand's usage, in Dutch and English. */
export const USAGE: Record<'chat' | 'import' | 'export', Record<Language, string>> = {
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

const load = () => import('./console-run.ts');
/** The chat's code, and its first answer's work that needs no database (conversation/warm-up.ts), while the database opens. */
const prepareChat = async () => (await load()).warmUp(new Date());
const run = async (app: App, request: CliRequest): Promise<number> => (await load()).run(app, request, USAGE);

/** `gremium chat`, `import`, `export`: one runner, each with its own usage; only the chat offers the demo on an empty embedded database. */
export const commands: Record<'chat' | 'import' | 'export', Subcommand> = {
  chat: { needs: 'demo', usage: USAGE.chat, run, preload: prepareChat },
  import: { needs: 'services', usage: USAGE.import, run, preload: load },
  export: { needs: 'services', usage: USAGE.export, run, preload: load },
};

