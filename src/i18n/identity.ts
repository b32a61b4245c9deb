/** Messages about linking chat accounts to people (`/gremium koppel`, e-mail matching). */
import { str, type Catalog } from './catalog.ts';

/** The identity messages. */
export const identityMessages = {
  IDENTITY_LINKED: {
    nl: (p) => `Het ${str(p, 'platform')}-account is gekoppeld aan ${str(p, 'person')}.`,
    en: (p) => `The ${str(p, 'platform')} account is now linked to ${str(p, 'person')}.`,
  },
  IDENTITY_ALREADY_LINKED: {
    nl: (p) => `Dat ${str(p, 'platform')}-account was al gekoppeld aan ${str(p, 'person')}. Er is niets gewijzigd.`,
    en: (p) => `That ${str(p, 'platform')} account was already linked to ${str(p, 'person')}. Nothing was changed.`,
  },
  /** The last word of `/gremium koppel` is no account mention. */
  INVALID_ACCOUNT: {
    nl: (p) => `"${str(p, 'value')}" is geen account. Gebruik: /gremium koppel <persoon> <@gebruiker>.`,
    en: (p) => `"${str(p, 'value')}" is not an account. Use: /gremium link <person> <@user>.`,
  },
  /** Only an administrator or a secretary of one of the person's committees may link accounts. */
  NOT_IDENTITY_MANAGER: {
    nl: (p) => `Alleen een beheerder of de secretaris van een gremium waarin ${str(p, 'person')} zit, mag accounts koppelen. Er is niets gewijzigd.`,
    en: (p) => `Only an administrator or the secretary of a committee ${str(p, 'person')} sits in may link accounts. Nothing was changed.`,
  },
  /** No person in the registry has the e-mail address the platform reports. */
  NO_PERSON_WITH_EMAIL: {
    nl: () => 'Uw e-mailadres staat niet in het register. Vraag de secretaris van uw gremium: /gremium koppel <uw naam> <@u>.',
    en: () => 'Your e-mail address is not in the registry. Ask your committee secretary: /gremium link <your name> <@you>.',
  },
} satisfies Catalog;
