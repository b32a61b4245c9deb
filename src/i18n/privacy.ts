/** Messages of `gremium person export | erase` (personal data, AVG), in Dutch and English. */
import type { LocalDate } from '../domain/local-date.ts';
import type { SeatRole } from '../domain/registry/words.ts';
import { formatNumber, str, type Catalog, type Language, type Params } from './catalog.ts';
import { formatDay, roleName } from './format.ts';

const list = (p: Params, key: string): readonly string[] => {
  const value = p[key];
  return Array.isArray(value) ? value : [];
};

/** The seats of PERSON_HOLDS_SEATS, one line each: "  • SBO: lid namens Combinatie Noord (sinds 1 januari 2023)". */
function seatLines(lang: Language, p: Params): string {
  const roles = list(p, 'roles');
  const organisations = list(p, 'organisations');
  const since = list(p, 'since');
  return list(p, 'committees')
    .map((code, i) => {
      const role = roles[i] ? roleName(lang, roles[i] as SeatRole) : '';
      const day = since[i] ? formatDay(lang, since[i] as LocalDate) : '';
      return lang === 'nl'
        ? `  • ${code}: ${role} namens ${organisations[i] ?? ''}${day ? ` (sinds ${day})` : ''}`
        : `  • ${code}: ${role} for ${organisations[i] ?? ''}${day ? ` (since ${day})` : ''}`;
    })
    .join('\n');
}

const plural = (p: Params, key: string, one: string, many: string) => (Number(p[key]) === 1 ? one : many);

/** The messages by code. */
export const privacyMessages = {
  NOT_ADMINISTRATOR: {
    nl: (p) => `Alleen een beheerder van Gremium mag persoonsgegevens inzien of wissen; ${str(p, 'person')} is geen beheerder.`,
    en: (p) => `Only a Gremium administrator may see or erase personal data; ${str(p, 'person')} is not an administrator.`,
  },
  ERASE_SELF: {
    nl: () => 'U kunt uw eigen gegevens niet wissen; vraag een andere beheerder. Er is niets gewist.',
    en: () => 'You cannot erase your own data; ask another administrator. Nothing was erased.',
  },
  PERSON_HOLDS_SEATS: {
    nl: (p) =>
      `${str(p, 'person')} heeft nog zetels die niet zijn beëindigd. Beëindig die eerst (/gremium zetel beeindigen <gremium> <persoon> tot=<datum>) ` +
      `en wis dan opnieuw; er is niets gewist.\n${seatLines('nl', p)}`,
    en: (p) =>
      `${str(p, 'person')} still holds seats that have not ended. End them first (/gremium seat end <committee> <person> until=<date>) ` +
      `and erase again; nothing was erased.\n${seatLines('en', p)}`,
  },
  PERSON_NEEDS_ADMIN: {
    nl: () => 'Geef aan wie u bent: --as <naam of e-mailadres van een beheerder>.',
    en: () => 'Say who you are: --as <name or e-mail address of an administrator>.',
  },
  PERSON_EXPORTED: {
    nl: (p) => `De gegevens van ${str(p, 'person')} staan in ${str(p, 'file')}: ${formatNumber('nl', p, 'seats')} zetels, ${formatNumber('nl', p, 'stances')} stemmen en ${formatNumber('nl', p, 'audit')} regels uit het auditlog. Het opvragen is vastgelegd in het auditlog.`,
    en: (p) => `${str(p, 'person')}'s data is in ${str(p, 'file')}: ${formatNumber('en', p, 'seats')} seats, ${formatNumber('en', p, 'stances')} votes and ${formatNumber('en', p, 'audit')} audit log entries. The request is recorded in the audit log.`,
  },
  PERSON_ERASE_CONFIRM: {
    nl: (p) => `De naam en het e-mailadres van ${str(p, 'person')} overal vervangen door een pseudoniem? Dit kan niet ongedaan worden gemaakt. (ja/nee) `,
    en: (p) => `Replace ${str(p, 'person')}'s name and e-mail address everywhere by a pseudonym? This cannot be undone. (yes/no) `,
  },
  PERSON_ERASE_NEEDS_YES: {
    nl: () => 'Er is geen terminal om te bevestigen: geef --yes mee om te wissen. Er is niets gewist.',
    en: () => 'There is no terminal to confirm on: pass --yes to erase. Nothing was erased.',
  },
  PERSON_ERASE_CANCELLED: { nl: () => 'Niet gewist. Er is niets gewijzigd.', en: () => 'Not erased. Nothing was changed.' },
  PERSON_ERASED: {
    nl: (p) =>
      `${str(p, 'person')} is gewist en staat voortaan overal als "${str(p, 'pseudonym')}": naam en e-mailadres vervangen in ` +
      `${formatNumber('nl', p, 'audit')} regels van het auditlog en ${formatNumber('nl', p, 'other')} andere rijen, ` +
      `${formatNumber('nl', p, 'accounts')} ${plural(p, 'accounts', 'chataccount', 'chataccounts')} ontkoppeld, ${formatNumber('nl', p, 'reasons')} ${plural(p, 'reasons', 'reden', 'redenen')} van afmeldingen verwijderd. ` +
      'Zetels, stemmen en besluiten blijven staan. Het wissen is vastgelegd in het auditlog.',
    en: (p) =>
      `${str(p, 'person')} is erased and appears everywhere as "${str(p, 'pseudonym')}" from now on: name and e-mail address replaced in ` +
      `${formatNumber('en', p, 'audit')} audit log entries and ${formatNumber('en', p, 'other')} other rows, ` +
      `${formatNumber('en', p, 'accounts')} chat ${plural(p, 'accounts', 'account', 'accounts')} unlinked, ${formatNumber('en', p, 'reasons')} ${plural(p, 'reasons', 'reason', 'reasons')} for absence removed. ` +
      'Seats, votes and decisions stay. The erasure is recorded in the audit log.',
  },
  PERSON_ALREADY_ERASED: {
    nl: (p) => `${str(p, 'pseudonym')} is al gewist; er is niets gewijzigd.`,
    en: (p) => `${str(p, 'pseudonym')} was erased before; nothing was changed.`,
  },
} satisfies Catalog;
