/** Texts of the forms (forms.ts) as every platform shows them: Slack modals, Teams dialogs. */
import type { Catalog } from './catalog.ts';

/** Form titles, field labels and hints, and the buttons under a form. */
export const formMessages = {
  FORM_POLL: { nl: () => 'Peiling openen', en: () => 'Open a poll' },
  FORM_ABSENT: { nl: () => 'Verhinderd melden', en: () => 'Declare absence' },
  FORM_SEAT: { nl: () => 'Zetel toevoegen', en: () => 'Add a seat' },
  FORM_SUBMIT: { nl: () => 'Versturen', en: () => 'Submit' },
  FORM_CANCEL: { nl: () => 'Annuleren', en: () => 'Cancel' },
  FORM_FIELD_COMMITTEE: { nl: () => 'Gremium', en: () => 'Committee' },
  FORM_FIELD_QUESTION: { nl: () => 'Vraag', en: () => 'Question' },
  FORM_FIELD_CLOSES: { nl: () => 'Sluit op', en: () => 'Closes on' },
  FORM_FIELD_CLOSING_TIME: { nl: () => 'Sluit om', en: () => 'Closes at' },
  FORM_FIELD_MEETING: { nl: () => 'Vergadering op', en: () => 'Meeting on' },
  FORM_FIELD_MEETING_DAY: { nl: () => 'Vergaderdatum', en: () => 'Meeting date' },
  FORM_FIELD_SUBSTITUTE: { nl: () => 'Vervanger', en: () => 'Substitute' },
  FORM_FIELD_REASON: { nl: () => 'Reden', en: () => 'Reason' },
  FORM_FIELD_PERSON: { nl: () => 'Persoon', en: () => 'Person' },
  FORM_FIELD_ROLE: { nl: () => 'Rol', en: () => 'Role' },
  FORM_FIELD_ORGANISATION: { nl: () => 'Namens (organisatie)', en: () => 'For (organisation)' },
  FORM_FIELD_FROM: { nl: () => 'Van', en: () => 'From' },
  FORM_FIELD_UNTIL: { nl: () => 'Tot en met', en: () => 'Until' },
  FORM_FIELD_SECRET: { nl: () => 'Geheime stemming (ja/nee)', en: () => 'Secret ballot (yes/no)' },
  FORM_HINT_SECRET: {
    nl: () => 'Ja: alleen het aantal stemmen en daarna de totalen zijn te zien, nooit wie wat koos',
    en: () => 'Yes: only how many voted and then the totals show, never who chose what',
  },
  // The pickers' placeholders (issue 18): what the empty picker says.
  FORM_PICK_DATE: { nl: () => 'Kies een datum', en: () => 'Pick a date' },
  FORM_PICK_TIME: { nl: () => 'Kies een tijd', en: () => 'Pick a time' },
  FORM_PICK_COMMITTEE: { nl: () => 'Kies een gremium', en: () => 'Choose a committee' },
  FORM_PICK_PERSON: { nl: () => 'Typ een deel van de naam', en: () => 'Type part of the name' },
  FORM_PICK_ROLE: { nl: () => 'Kies een rol', en: () => 'Choose a role' },
  FORM_PICK_ORGANISATION: { nl: () => 'Typ een deel van de naam (leeg: waar de persoon werkt)', en: () => 'Type part of the name (empty: where the person works)' },
} satisfies Catalog;
