/**
 * `gremium person export <person> --as <administrator> [--out <file.json>]`: everything Gremium holds
 *   about one person, as JSON (AVG art. 15), to a file or to standard output.
 * `gremium person erase <person> --as <administrator> [--yes]`: their name and e-mail address replaced
 *   by a pseudonym everywhere, the audit included, and their chat accounts unlinked (AVG art. 17);
 *   refused while they hold a seat that has not ended. Asks first; `--yes` erases without asking
 *   (needed off a terminal).
 * Administrators only, named with --as as in `gremium chat`; both are recorded in the audit log.
 * Exit codes: 0 done, 1 refused (the message says why), 2 wrong usage.
 */
import fs from 'node:fs';
import readline from 'node:readline/promises';
import { errorReply } from '../conversation/context.ts';
import { resolvePerson } from '../conversation/resolve.ts';
import type { DomainError } from '../domain/result.ts';
import type { Language } from '../i18n/catalog.ts';
import { t } from '../i18n/index.ts';
import { renderReply } from '../platforms/console/render.ts';
import { erasePerson } from '../services/privacy/erase-person.ts';
import { exportPerson } from '../services/privacy/export-person.ts';
import { requireAdministrator } from '../services/privacy/person-trace.ts';
import { loadCatalog } from '../services/registry/registry-catalog.ts';
import type { App } from './bootstrap.ts';
import type { CliRequest, Subcommand } from './cli-request.ts';

const USAGE: Record<Language, string> = {
  nl: `Gebruik:
  gremium person export <persoon> --as <beheerder> [--out <bestand.json>]   alles over één persoon, als JSON
  gremium person erase <persoon> --as <beheerder> [--yes]                   naam en e-mailadres overal vervangen door een pseudoniem
<persoon> en <beheerder> zijn een naam of een e-mailadres. Alleen beheerders; allebei vastgelegd in het auditlog.
Zonder --out komt de JSON op de standaarduitvoer. Wissen kan pas als de persoon geen lopende zetels meer heeft,
kan niet ongedaan worden gemaakt en vraagt eerst om bevestiging; --yes wist zonder te vragen (nodig buiten een terminal).
--db <map> voor de ingebouwde database, DATABASE_URL voor PostgreSQL.`,
  en: `Usage:
  gremium person export <person> --as <administrator> [--out <file.json>]   everything about one person, as JSON
  gremium person erase <person> --as <administrator> [--yes]                replace name and e-mail address everywhere by a pseudonym
<person> and <administrator> are a name or an e-mail address. Administrators only; both are recorded in the audit log.
Without --out the JSON goes to standard output. Erasing needs the person to hold no running seat, cannot be undone
and asks for confirmation first; --yes erases without asking (needed off a terminal).
--db <dir> for the embedded database, DATABASE_URL for PostgreSQL.`,
};

/** `gremium person`: it reads and writes the registry as it is, so it opens the database and loads nothing. */
export const command: Subcommand = { needs: 'database', usage: USAGE, options: { out: { type: 'string', short: 'o' }, yes: { type: 'boolean', short: 'y' } }, run };

async function run(app: App, request: CliRequest): Promise<number> {
  const lang = request.lang ?? 'nl';
  const [action, ...words] = request.args;
  const typed = words.join(' ').trim();
  if ((action !== 'export' && action !== 'erase') || typed === '') {
    process.stderr.write(`${USAGE[lang]}\n`);
    return 2;
  }
  if (request.as === null || request.as.trim() === '') {
    process.stderr.write(`${t(lang, 'PERSON_NEEDS_ADMIN')}\n${USAGE[lang]}\n`);
    return 2;
  }
  const refuse = (error: DomainError) => {
    process.stderr.write(`${renderReply(errorReply(lang, error))}\n`);
    return 1;
  };
  const deps = await app.services();
  const catalog = await loadCatalog(deps);
  const admin = resolvePerson(catalog, request.as, lang);
  if (!admin.ok) return refuse(admin.error);
  // Before any name is looked up for someone who may not see them.
  const allowed = await requireAdministrator(deps.db, admin.value.id);
  if (!allowed.ok) return refuse(allowed.error);
  const person = resolvePerson(catalog, typed, lang);
  if (!person.ok) return refuse(person.error);
  const actor = { personId: admin.value.id, label: `${admin.value.name} (gremium person ${action})` };

  if (action === 'export') {
    const exported = await exportPerson(deps, { actor, personId: person.value.id });
    if (!exported.ok) return refuse(exported.error);
    const json = `${JSON.stringify(exported.value, null, 2)}\n`;
    const file = typeof request.flags.out === 'string' ? request.flags.out : null;
    if (file === null) {
      process.stdout.write(json);
      return 0;
    }
    // Personal data: readable by its owner only.
    fs.writeFileSync(file, json, { mode: 0o600 });
    const { seats, stances, audit } = exported.value;
    process.stdout.write(`${t(lang, 'PERSON_EXPORTED', { person: person.value.name, file, seats: seats.length, stances: stances.length, audit: audit.length })}\n`);
    return 0;
  }

  if (request.flags.yes !== true && !(await confirmed(lang, person.value.name))) return 1;
  const erased = await erasePerson(deps, { actor, personId: person.value.id });
  if (!erased.ok) return refuse(erased.error);
  const { already, pseudonym, accountsUnlinked, auditEntriesRewritten, otherRowsRewritten, reasonsCleared } = erased.value;
  const params = { person: person.value.name, pseudonym, accounts: accountsUnlinked, audit: auditEntriesRewritten, other: otherRowsRewritten, reasons: reasonsCleared };
  process.stdout.write(`${t(lang, already ? 'PERSON_ALREADY_ERASED' : 'PERSON_ERASED', params)}\n`);
  return 0;
}

/** Asks on a terminal; off one, says --yes is needed. */
async function confirmed(lang: Language, name: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    process.stderr.write(`${t(lang, 'PERSON_ERASE_NEEDS_YES')}\n`);
    return false;
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(t(lang, 'PERSON_ERASE_CONFIRM', { person: name }))).trim().toLowerCase();
  rl.close();
  if (['j', 'ja', 'y', 'yes'].includes(answer)) return true;
  process.stderr.write(`${t(lang, 'PERSON_ERASE_CANCELLED')}\n`);
  return false;
}
