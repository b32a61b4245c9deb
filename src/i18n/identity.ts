/** Messages about linking chat accounts to people (`/gremium koppel`, e-mail matching). */
import { str, type Catalog, type Params } from './catalog.ts';

/** The platform as people write it: Slack, Teams. */
const platform = (p: Params): string => {
  const name = str(p, 'platform');
  return ({ slack: 'Slack', teams: 'Teams', console: 'console' } as Record<string, string>)[name] ?? name;
};

/** The identity messages. */
export const identityMessages = {
  IDENTITY_LINKED: {
    nl: (p) => `Het ${platform(p)}-account is gekoppeld aan ${str(p, 'person')}.`,
    en: (p) => `The ${platform(p)} account is now linked to ${str(p, 'person')}.`,
  },
  IDENTITY_ALREADY_LINKED: {
    nl: (p) => `Dat ${platform(p)}-account was al gekoppeld aan ${str(p, 'person')}. Er is niets gewijzigd.`,
    en: (p) => `That ${platform(p)} account was already linked to ${str(p, 'person')}. Nothing was changed.`,
  },
  /** The last word of `/gremium koppel` is no account mention. */
  /** A mentioned chat account is linked to nobody, and the platform gave no name to go by (Slack). */
  ACCOUNT_NOT_LINKED: {
    nl: (p) => `Het ${platform(p)}-account ${str(p, 'account')} is niet aan een persoon in Gremium gekoppeld, dus ik weet niet wie u bedoelt. Noem de persoon bij naam, of vraag de beheerder het account te koppelen met: /gremium koppel <persoon> ${str(p, 'account')}`,
    en: (p) => `The ${platform(p)} account ${str(p, 'account')} is not linked to a person in Gremium, so I don't know whom you mean. Name the person, or ask the administrator to link the account with: /gremium link <person> ${str(p, 'account')}`,
  },
  INVALID_ACCOUNT: {
    nl: (p) => `"${str(p, 'value')}" is geen account. Gebruik: /gremium koppel <persoon> <@gebruiker>.`,
    en: (p) => `"${str(p, 'value')}" is not an account. Use: /gremium link <person> <@user>.`,
  },
  /** An administrator moved an account that was linked to someone else. */
  IDENTITY_MOVED: {
    nl: (p) => `Het ${platform(p)}-account was gekoppeld aan ${str(p, 'previous')} en is nu gekoppeld aan ${str(p, 'person')}. Beiden krijgen daarvan bericht.`,
    en: (p) => `The ${platform(p)} account was linked to ${str(p, 'previous')} and is now linked to ${str(p, 'person')}. Both are told.`,
  },
  /** To the person an administrator linked an account to. */
  IDENTITY_LINKED_NOTICE: {
    nl: (p) => `${str(p, 'by')} (beheerder) heeft het ${platform(p)}-account ${str(p, 'account')} aan u gekoppeld. Wie dat account gebruikt, handelt in Gremium als u. Klopt dat niet, meld het dan aan de beheerder.`,
    en: (p) => `${str(p, 'by')} (administrator) linked the ${platform(p)} account ${str(p, 'account')} to you. Whoever uses that account acts as you in Gremium. If that is wrong, tell the administrator.`,
  },
  /** To the previous owner of an account an administrator moved. */
  IDENTITY_MOVED_NOTICE: {
    nl: (p) => `${str(p, 'by')} (beheerder) heeft het ${platform(p)}-account ${str(p, 'account')} aan ${str(p, 'person')} gekoppeld; het is niet meer aan u gekoppeld. Klopt dat niet, meld het dan aan de beheerder.`,
    en: (p) => `${str(p, 'by')} (administrator) linked the ${platform(p)} account ${str(p, 'account')} to ${str(p, 'person')}; it is no longer linked to you. If that is wrong, tell the administrator.`,
  },
  /** Only an administrator links an account to someone else. */
  NOT_IDENTITY_MANAGER: {
    nl: (p) => `Alleen een beheerder mag een account aan iemand anders koppelen, ook aan ${str(p, 'person')}. Er is niets gewijzigd. Wie lid is, wordt vanzelf gekoppeld via het e-mailadres dat Slack of Teams van hem of haar heeft bevestigd.`,
    en: (p) => `Only an administrator may link an account to someone else, ${str(p, 'person')} included. Nothing was changed. Members are linked by themselves through the e-mail address Slack or Teams confirmed for them.`,
  },
  /** A person tried to link an account to themselves by typing its id. */
  OWN_ACCOUNT_BY_EMAIL: {
    nl: (p) => `Uw eigen ${platform(p)}-account wordt alleen gekoppeld via het e-mailadres dat ${platform(p)} van u heeft bevestigd, niet met koppel: een getypt account bewijst niet dat het van u is. Er is niets gewijzigd. Klopt uw e-mailadres in het register niet, vraag dan de beheerder.`,
    en: (p) => `Your own ${platform(p)} account is linked only through the e-mail address ${platform(p)} confirmed for you, not with link: a typed account does not prove it is yours. Nothing was changed. If your address in the registry is wrong, ask the administrator.`,
  },
  /** An administrator tried to give away the account she is typing from. */
  ACCOUNT_IN_USE_BY_YOU: {
    nl: (p) => `Dat is het ${platform(p)}-account waarmee u nu typt; dat koppelt u niet aan iemand anders. Er is niets gewijzigd.`,
    en: (p) => `That is the ${platform(p)} account you are typing from; you cannot link it to someone else. Nothing was changed.`,
  },
  /** No person in the registry has the e-mail address the platform reports. */
  NO_PERSON_WITH_EMAIL: {
    nl: () => 'Uw e-mailadres staat niet in het register. Vraag de beheerder om uw account te koppelen.',
    en: () => 'Your e-mail address is not in the registry. Ask the administrator to link your account.',
  },
} satisfies Catalog;
