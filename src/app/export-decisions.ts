/**
 * `gremium export-decisions <committee> <meeting date> <file.md|file.csv> [--lang nl|en] [--db <dir>]`:
 * writes a meeting's decision list (004 3.4.1: "Van de besluiten die het DOSD neemt wordt een
 * besluitenlijst opgesteld."). Exit codes: 0 written, 1 refused (the message says why), 2 wrong usage.
 * A file leaves Gremium: without `--as <person>` it is the list anyone may read, a confidential proposal
 * named by its number (002 art. 5.7); `--as` a person with a seat in the partnership gets the titles.
 */
import { errorReply } from '../conversation/context.ts';
import { renderDecisionList } from '../conversation/decisions/lists.ts';
import { typedDay, withDays } from '../conversation/decisions/words.ts';
import { resolveCommittee, resolvePerson } from '../conversation/resolve.ts';
import { amsterdamDay } from '../domain/schedule/clock.ts';
import { formatDay } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { exportDecisions } from '../services/decisions/export-decisions.ts';
import { loadCatalog } from '../services/registry/registry-catalog.ts';
import { renderReply } from '../platforms/console/render.ts';
import type { App } from './bootstrap.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';

const USAGE = {
  nl: 'Gebruik: gremium export-decisions <gremium> <vergaderdatum> <bestand.md|bestand.csv> [--as <persoon>] [--lang nl|en] [--db <map>]\nSchrijft de besluitenlijst van een vergadering weg (Markdown of CSV), bijvoorbeeld: gremium export-decisions BOSD 2026-03-19 besluiten.md\nEen vertrouwelijk voorstel (002 art. 5.7) staat er met zijn nummer in; alleen --as iemand met een zetel in het samenwerkingsverband krijgt de titel.',
  en: "Usage: gremium export-decisions <committee> <meeting date> <file.md|file.csv> [--as <person>] [--lang nl|en] [--db <dir>]\nWrites a meeting's decision list (Markdown or CSV), for example: gremium export-decisions BOSD 2026-03-19 decisions.md\nA confidential proposal (002 art. 5.7) is named by its number; only --as someone with a seat in the partnership gets its title.",
};

/** Writes the decision list. */
export const command: Subcommand = { needs: 'services', usage: USAGE, run };

async function run(app: App, request: CliRequest): Promise<number> {
  const lang = request.lang ?? 'nl';
  const positionals = request.args;
  if (positionals.length < 3) {
    process.stderr.write(`${USAGE[lang]}\n`);
    return 2;
  }
  const [committeeText, ...rest] = positionals as [string, ...string[]];
  const file = rest.pop() as string;
  const deps = await app.services();
  const catalog = await loadCatalog(deps);
  const ctx = { today: amsterdamDay(deps.now()) };
  const fail = (error: Parameters<typeof errorReply>[1]) => {
    process.stderr.write(`${renderReply(errorReply(lang, withDays(lang, error)))}\n`);
    return 1;
  };
  const committee = resolveCommittee(catalog, committeeText, lang);
  if (!committee.ok) return fail(committee.error);
  const day = typedDay(ctx, rest.join(' '));
  if (!day.ok) return fail(day.error);
  const reader = request.as ? resolvePerson(catalog, request.as, lang) : null;
  if (reader && !reader.ok) return fail(reader.error);
  const result = await exportDecisions(deps, { committeeId: committee.value.id, day: day.value, file, render: (list, format) => renderDecisionList(lang, list, format), readerId: reader?.ok ? reader.value.id : null });
  if (!result.ok) return fail(result.error);
  process.stdout.write(`${t(lang, 'DECISIONS_EXPORTED', { count: result.value.decisions, committee: result.value.list.committeeCode, day: formatDay(lang, result.value.list.day), file })}\n`);
  return 0;
}
