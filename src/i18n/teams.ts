/** Texts the Teams app shows itself: card refresh, dialogs (task modules), welcome, roster linking. */
import { str, type Catalog } from './catalog.ts';

/** Teams texts by code. */
export const teamsMessages = {
  TEAMS_REFRESH: { nl: () => 'Vernieuwen', en: () => 'Refresh' },
  TEAMS_WELCOME: {
    nl: () => 'Hallo, ik ben Gremium. Noem mij met @Gremium en stel een vraag ("wie vertegenwoordigt Combinatie Noord in het SBO?") of typ "help".',
    en: () => 'Hello, I am Gremium. Mention me with @Gremium and ask a question ("who represents Combination North at the SBO?") or type "help".',
  },
  TEAMS_LINKED_BY_EMAIL: {
    nl: (p) => `Uw Teams-account is gekoppeld aan ${str(p, 'name')} (op e-mailadres).`,
    en: (p) => `Your Teams account is linked to ${str(p, 'name')} (by e-mail address).`,
  },
  TEAMS_DIALOG_POLL_TITLE: { nl: () => 'Peiling openen', en: () => 'Open a poll' },
  TEAMS_DIALOG_ABSENT_TITLE: { nl: () => 'Verhinderd melden', en: () => 'Declare absence' },
  TEAMS_FIELD_COMMITTEE: { nl: () => 'Gremium (bijv. SBO)', en: () => 'Committee (e.g. SBO)' },
  TEAMS_FIELD_QUESTION: { nl: () => 'Vraag', en: () => 'Question' },
  TEAMS_FIELD_CLOSES: { nl: () => 'Sluit op (datum)', en: () => 'Closes on (date)' },
  TEAMS_FIELD_TIME: { nl: () => 'Tijd (uu:mm, optioneel)', en: () => 'Time (hh:mm, optional)' },
  TEAMS_FIELD_MEETING: { nl: () => 'Vergadering (datum, optioneel)', en: () => 'Meeting (date, optional)' },
  TEAMS_FIELD_DATE: { nl: () => 'Vergaderdatum', en: () => 'Meeting date' },
  TEAMS_FIELD_SUBSTITUTE: { nl: () => 'Vervanger (optioneel)', en: () => 'Substitute (optional)' },
  TEAMS_FIELD_REASON: { nl: () => 'Reden (optioneel)', en: () => 'Reason (optional)' },
  TEAMS_SUBMIT: { nl: () => 'Versturen', en: () => 'Submit' },
  TEAMS_DIALOG_UNKNOWN: {
    nl: () => 'Dit formulier ken ik niet (meer). Typ "help" om te zien wat kan.',
    en: () => 'I do not know this form (any more). Type "help" to see what you can do.',
  },
} satisfies Catalog;
