/** `gremium --help`: every subcommand in one line, in Dutch and English. */
import type { Language } from '../i18n/catalog.ts';

/** The overview; each subcommand's own `--help` says more. */
export const OVERVIEW: Readonly<Record<Language, string>> = {
  nl: `Gebruik: gremium <opdracht> [opties]    (gremium <opdracht> --help voor meer)
  chat --as <naam of e-mail>                  chatten met Gremium (zonder opdracht: chat)
  import <bestand.xlsx|bestand.csv>           ledenlijst inlezen (alles of niets)
  export <bestand.xlsx|bestand.csv>           ledenlijst wegschrijven
  region check|import|export <werkboek|map>   de gremia, organisaties en leden van een regio (werkboek)
  person export|erase <persoon> --as <beheerder>   persoonsgegevens: alles over één persoon, of wissen (AVG)
  export-decisions <gremium> <datum> <bestand.md|bestand.csv> [--as <persoon>]   besluitenlijst van een vergadering wegschrijven
  ics <gremium> [bestand.ics]                 agenda van een gremium wegschrijven
  serve                                       de hele bot in één proces: Slack, Teams, scheduler en agenda-feed
  slack                                       alleen de Slack-app
  teams                                       alleen de Teams-bot
  scheduler                                   alleen de scheduler (herinneringen, peilingen sluiten)
  calendar                                    alleen de agenda-feed (GET /calendar/<CODE>.ics)
Opties voor elke opdracht: --db <map> (ingebouwde database, standaard data/gremium), --lang nl|en, --help.
Met DATABASE_URL=postgresql://... gebruikt Gremium PostgreSQL. Een .env-bestand in de huidige map wordt gelezen.
Exitcodes: 0 klaar, 1 geweigerd of mislukt (de melding zegt waarom), 2 verkeerd gebruik.`,
  en: `Usage: gremium <command> [options]    (gremium <command> --help for more)
  chat --as <name or e-mail>                  chat with Gremium (no command: chat)
  import <file.xlsx|file.csv>                 read a membership list (all or nothing)
  export <file.xlsx|file.csv>                 write the membership list
  region check|import|export <workbook|dir>   a region's committees, organisations and members (workbook)
  person export|erase <person> --as <admin>   personal data: everything about one person, or erase it (GDPR)
  export-decisions <committee> <date> <file.md|file.csv> [--as <person>]   write a meeting's decision list
  ics <committee> [file.ics]                  write a committee's calendar
  serve                                       the whole bot in one process: Slack, Teams, scheduler and calendar feed
  slack                                       the Slack app only
  teams                                       the Teams bot only
  scheduler                                   the scheduler only (reminders, closing polls)
  calendar                                    the calendar feed only (GET /calendar/<CODE>.ics)
Options of every command: --db <dir> (embedded database, default data/gremium), --lang nl|en, --help.
With DATABASE_URL=postgresql://... Gremium uses PostgreSQL. A .env file in the current directory is read.
Exit codes: 0 done, 1 refused or failed (the message says why), 2 wrong usage.`,
};
