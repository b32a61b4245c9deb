/** Texts of the forms (forms.ts) as every platform shows them: Slack modals, Teams dialogs. */
import type { Catalog } from './catalog.ts';

/** Form titles, field labels and hints, and the buttons under a form. */
export const formMessages = {
  FORM_POLL: { nl: () => 'Peiling openen', en: () => 'Open a poll' },
  FORM_ABSENT: { nl: () => 'Verhinderd melden', en: () => 'Declare absence' },
  FORM_SEAT: { nl: () => 'Zetel toevoegen', en: () => 'Add a seat' },
  FORM_SUBMIT: { nl: () => 'Versturen', en: () => 'Submit' },
  FORM_CANCEL: { nl: () => 'Annuleren', en: () => 'Cancel' },
  FORM_FIELD_COMMITTEE: { nl: () => 'Gremium (bijv. SBO)', en: () => 'Committee (e.g. SBO)' },
  FORM_FIELD_QUESTION: { nl: () => 'Vraag', en: () => 'Question' },
  FORM_FIELD_CLOSES: { nl: () => 'Sluit op (datum)', en: () => 'Closes on (date)' },
  FORM_FIELD_CLOSING_TIME: { nl: () => 'Sluit om (uu:mm)', en: () => 'Closes at (hh:mm)' },
  FORM_FIELD_MEETING: { nl: () => 'Vergadering (datum)', en: () => 'Meeting (date)' },
  FORM_FIELD_MEETING_DAY: { nl: () => 'Vergaderdatum', en: () => 'Meeting date' },
  FORM_FIELD_SUBSTITUTE: { nl: () => 'Vervanger', en: () => 'Substitute' },
  FORM_FIELD_REASON: { nl: () => 'Reden', en: () => 'Reason' },
  FORM_FIELD_PERSON: { nl: () => 'Persoon', en: () => 'Person' },
  FORM_FIELD_ROLE: { nl: () => 'Rol (lid, adviseur, voorzitter, secretaris)', en: () => 'Role (member, adviser, chair, secretary)' },
  FORM_FIELD_ORGANISATION: { nl: () => 'Namens (organisatie)', en: () => 'For (organisation)' },
  FORM_FIELD_FROM: { nl: () => 'Van (datum)', en: () => 'From (date)' },
  FORM_FIELD_UNTIL: { nl: () => 'Tot en met (datum)', en: () => 'Until (date)' },
  FORM_FIELD_SECRET: { nl: () => 'Geheime stemming (ja/nee)', en: () => 'Secret ballot (yes/no)' },
  FORM_HINT_SECRET: {
    nl: () => 'Ja: alleen het aantal stemmen en daarna de totalen zijn te zien, nooit wie wat koos',
    en: () => 'Yes: only how many voted and then the totals show, never who chose what',
  },
  FORM_HINT_DATE: { nl: () => 'Bijvoorbeeld 17 december of 2026-12-17', en: () => 'For example 17 December or 2026-12-17' },
} satisfies Catalog;
