/** Messages of escalation, interim accession and "one table" (001, 004; issue 16), in Dutch and English. */
import { str, type Catalog, type Params } from './catalog.ts';

const nothing = { nl: ' Er is niets gewijzigd.', en: ' Nothing was changed.' } as const;
const next = { nl: (p: Params) => (p.next ? ` De volgende vergadering is op ${str(p, 'next')}.` : ' Er staat nog geen vergadering gepland.'), en: (p: Params) => (p.next ? ` Its next meeting is on ${str(p, 'next')}.` : ' No meeting is scheduled yet.') };
const q = (p: Params) => ` "${str(p, 'quote')}" (${str(p, 'source')})`;

/** Agenda messages by code. */
export const agendaMessages = {
  ESCALATED: {
    nl: (p) => `Het ${str(p, 'from')} komt er niet uit: "${str(p, 'subject')}" staat nu op de agenda van het ${str(p, 'to')}.${next.nl(p)}${q(p)}`,
    en: (p) => `The ${str(p, 'from')} cannot agree: "${str(p, 'subject')}" is now on the ${str(p, 'to')}'s agenda.${next.en(p)}${q(p)}`,
  },
  ACCESSION_ON_AGENDA: {
    nl: (p) => `De tussentijdse toetreding van ${str(p, 'subject')} staat op de agenda van het ${str(p, 'to')}; daar worden nieuwe afspraken gemaakt over de verdeling van taken.${next.nl(p)}${q(p)}`,
    en: (p) => `The interim accession of ${str(p, 'subject')} is on the ${str(p, 'to')}'s agenda, where new agreements on the division of tasks are made.${next.en(p)}${q(p)}`,
  },
  ESCALATION_NEEDS_SUBJECT: {
    nl: (p) => `Waarover komt het ${str(p, 'committee')} er niet uit? Zeg het zo: "het ${str(p, 'committee')} komt er niet uit over <onderwerp>", of /gremium escaleren ${str(p, 'committee')} <onderwerp>.`,
    en: (p) => `What can the ${str(p, 'committee')} not agree on? Say "the ${str(p, 'committee')} can't agree on <subject>", or /gremium escalate ${str(p, 'committee')} <subject>.`,
  },
  AGENDA_ITEMS_TITLE: { nl: (p) => `Op de agenda van het ${str(p, 'committee')}`, en: (p) => `On the ${str(p, 'committee')}'s agenda` },
  AGENDA_ITEMS_NONE: { nl: (p) => `Er staat niets open op de agenda van het ${str(p, 'committee')}.`, en: (p) => `Nothing is open on the ${str(p, 'committee')}'s agenda.` },
  AGENDA_ITEM_ESCALATION: { nl: (p) => `${str(p, 'subject')} (opgeschaald vanuit het ${str(p, 'from')}, ${str(p, 'day')})`, en: (p) => `${str(p, 'subject')} (escalated from the ${str(p, 'from')}, ${str(p, 'day')})` },
  AGENDA_ITEM_ACCESSION: { nl: (p) => `Tussentijdse toetreding: ${str(p, 'subject')} (${str(p, 'day')})`, en: (p) => `Interim accession: ${str(p, 'subject')} (${str(p, 'day')})` },
  NO_ESCALATION: {
    nl: (p) => `Het ${str(p, 'committee')} escaleert nergens naartoe (de regels van het gremium noemen geen "Escaleert naar").${nothing.nl}`,
    en: (p) => `The ${str(p, 'committee')} escalates nowhere (its rules name no "Escalates to").${nothing.en}`,
  },
  ON_AGENDA_ALREADY: { nl: (p) => `"${str(p, 'subject')}" staat al op de agenda van het ${str(p, 'committee')}.${nothing.nl}`, en: (p) => `"${str(p, 'subject')}" is already on the ${str(p, 'committee')}'s agenda.${nothing.en}` },
  ONE_TABLE_WARNING: {
    nl: (p) => `Let op: over deze vraag is op ${str(p, 'day')} al gestemd in het ${str(p, 'committee')}. "Besluitvorming gebeurt op één tafel, oftewel er vindt maar één keer, op één plek, een besluit plaats over een onderwerp." (004 2.4.1) De peiling staat open; sluit hem als het om hetzelfde besluit gaat.`,
    en: (p) => `Note: this question was already put to a vote in the ${str(p, 'committee')} on ${str(p, 'day')}. "Besluitvorming gebeurt op één tafel" (004 2.4.1: a subject is decided once, at one table). The poll is open; close it if it is the same decision.`,
  },
} satisfies Catalog;
