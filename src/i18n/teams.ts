/** Texts the Teams app shows itself: card refresh, welcome, roster linking, an unknown dialog. The forms' own texts are in forms.ts. */
import { str, type Catalog } from './catalog.ts';

/** Teams texts by code. */
export const teamsMessages = {
  TEAMS_REFRESH: { nl: () => 'Vernieuwen', en: () => 'Refresh' },
  TEAMS_WELCOME: {
    nl: () => 'Hallo, ik ben Gremium. Noem mij met @Gremium en stel een vraag ("wie vertegenwoordigt Combinatie Noord in het SBO?") of typ "help".',
    en: () => 'Hello, I am Gremium. Mention me with @Gremium and ask a question ("who represents Combination North at the SBO?") or type "help".',
  },
  /** An activity of another Microsoft tenant than MICROSOFT_APP_TENANT_ID. */
  TEAMS_OTHER_TENANT: {
    nl: () => 'Gremium werkt alleen voor de Microsoft-organisatie waarvoor het is ingericht. Uw account hoort bij een andere organisatie; er is niets gedaan.',
    en: () => 'Gremium only works for the Microsoft organisation it was set up for. Your account belongs to another organisation; nothing was done.',
  },
  TEAMS_LINKED_BY_EMAIL: {
    nl: (p) => `Uw Teams-account is gekoppeld aan ${str(p, 'name')} (op e-mailadres).`,
    en: (p) => `Your Teams account is linked to ${str(p, 'name')} (by e-mail address).`,
  },
  TEAMS_PRIVATE_ELSEWHERE: {
    nl: () => 'Mijn antwoord is alleen voor u bedoeld en hoort niet in dit kanaal. Open een chat met Gremium en vraag het daar nog eens.',
    en: () => 'My answer is meant for you alone and does not belong in this channel. Open a chat with Gremium and ask there again.',
  },
  TEAMS_DIALOG_UNKNOWN: {
    nl: () => 'Dit formulier ken ik niet (meer). Typ "help" om te zien wat kan.',
    en: () => 'I do not know this form (any more). Type "help" to see what you can do.',
  },
} satisfies Catalog;
