/** Messages of the impasse procedure (004 appendix 2, issue 16), in Dutch and English. */
import { str, type Catalog, type Language, type Params } from './catalog.ts';

const nothing = { nl: ' Er is niets gewijzigd.', en: ' Nothing was changed.' } as const;
const q = (p: Params) => (p.quote ? ` "${str(p, 'quote')}" (${str(p, 'source')})` : '');

/** What each step asks of whom, nl and en. */
export const IMPASSE_STEP_WORDS: Readonly<Record<string, Record<Language, string>>> = {
  STEP1_DOCUMENTS: { nl: 'stap 1: elke partij maakt een impassedocument en stuurt het naar de anderen', en: 'step 1: each party writes an impasse document and sends it to the others' },
  STEP2_COMPARE: { nl: 'stap 2: de partijen vergelijken de impassedocumenten', en: 'step 2: the parties compare the impasse documents' },
  STEP2A_TALK: { nl: 'stap 2a: een gesprek over de verschillende impassedocumenten', en: 'step 2a: a talk about the differing impasse documents' },
  STEP2B_ARGUMENTS: { nl: 'stap 2b: elke partij zet haar argumenten op schrift en stuurt ze naar de anderen', en: 'step 2b: each party puts its arguments on paper and sends them to the others' },
  STEP2B_MEETING: { nl: 'stap 2b: een afspraak inplannen voor het gesprek over de argumenten', en: 'step 2b: plan a meeting to discuss the arguments' },
  STEP3_TALK: { nl: 'stap 3: het gesprek op basis van de argumenten', en: 'step 3: the talk on the arguments' },
  STEP4_MEDIATOR: { nl: 'stap 4: de partijen wijzen een derde persoon (bemiddelaar) aan', en: 'step 4: the parties name a third person (mediator)' },
  STEP4_MEETING: { nl: 'stap 4: een vergadering met de bemiddelaar inplannen', en: 'step 4: plan a meeting with the mediator' },
  STEP5_MEDIATION: { nl: 'stap 5: bemiddeling; zonder overeenstemming geldt de geschillenregeling (artikel 15)', en: 'step 5: mediation; without agreement the dispute clause (article 15) applies' },
  DISPUTE_CLAUSE: { nl: 'geschillenregeling (artikel 15 van de Centrumregeling)', en: 'dispute clause (article 15 of the Centrumregeling)' },
  RESOLVED: { nl: 'opgelost', en: 'resolved' },
};

const step = (p: Params, lang: Language) => IMPASSE_STEP_WORDS[str(p, 'step')]?.[lang] ?? str(p, 'step');
const due = { nl: (p: Params) => (p.due ? `, uiterlijk ${str(p, 'due')}` : ''), en: (p: Params) => (p.due ? `, by ${str(p, 'due')}` : '') };

/** Impasse messages by code. */
export const impasseMessages = {
  IMPASSE_STARTED: {
    nl: (p) => `Impasse "${str(p, 'subject')}" in het ${str(p, 'committee')} gestart met ${str(p, 'parties')} partijen. Nu ${step(p, 'nl')} (004 bijlage 2). Lever het in met /gremium impasse document ${str(p, 'committee')} ${str(p, 'subject')}`,
    en: (p) => `Impasse "${str(p, 'subject')}" at the ${str(p, 'committee')} started with ${str(p, 'parties')} parties. Now ${step(p, 'en')} (004 appendix 2). Deliver it with /gremium impasse document ${str(p, 'committee')} ${str(p, 'subject')}`,
  },
  IMPASSE_DELIVERED: {
    nl: (p) => `${str(p, 'party')} heeft ${p.what === 'ARGUMENTS' ? 'de argumenten' : 'het impassedocument'} ingeleverd (impasse "${str(p, 'subject')}"). ${p.missing ? `Nog niet: ${str(p, 'missing')}.` : 'Alle partijen hebben ingeleverd.'} Nu ${step(p, 'nl')}${due.nl(p)}.`,
    en: (p) => `${str(p, 'party')} delivered ${p.what === 'ARGUMENTS' ? 'its arguments' : 'its impasse document'} (impasse "${str(p, 'subject')}"). ${p.missing ? `Not yet: ${str(p, 'missing')}.` : 'Every party has delivered.'} Now ${step(p, 'en')}${due.en(p)}.`,
  },
  IMPASSE_STEP_RECORDED: {
    nl: (p) => `Impasse "${str(p, 'subject')}" (${str(p, 'committee')}): nu ${step(p, 'nl')}${due.nl(p)}.${q(p)}`,
    en: (p) => `Impasse "${str(p, 'subject')}" (${str(p, 'committee')}): now ${step(p, 'en')}${due.en(p)}.${q(p)}`,
  },
  IMPASSE_STATUS_TITLE: { nl: (p) => `Impasse over "${str(p, 'subject')}" (${str(p, 'committee')})`, en: (p) => `Impasse about "${str(p, 'subject')}" (${str(p, 'committee')})` },
  IMPASSE_STATUS_STEP: { nl: (p) => `Nu: ${step(p, 'nl')}${due.nl(p)}`, en: (p) => `Now: ${step(p, 'en')}${due.en(p)}` },
  IMPASSE_STATUS_PARTIES: {
    nl: (p) => `${p.what === 'ARGUMENTS' ? 'Argumenten' : 'Impassedocument'} ingeleverd: ${str(p, 'done') || 'nog niemand'}${p.missing ? `; nog niet: ${str(p, 'missing')}` : ''}`,
    en: (p) => `${p.what === 'ARGUMENTS' ? 'Arguments' : 'Impasse document'} delivered: ${str(p, 'done') || 'nobody yet'}${p.missing ? `; not yet: ${str(p, 'missing')}` : ''}`,
  },
  IMPASSE_STATUS_MEDIATOR: { nl: (p) => `Bemiddelaar: ${str(p, 'mediator')}`, en: (p) => `Mediator: ${str(p, 'mediator')}` },
  IMPASSE_SOURCE: { nl: (p) => `Bron: "${str(p, 'quote')}" (${str(p, 'source')})`, en: (p) => `Source (Dutch): "${str(p, 'quote')}" (${str(p, 'source')})` },
  IMPASSE_LINE: {
    nl: (p) => `${str(p, 'due')}: impasse over "${str(p, 'subject')}" ${str(p, 'committee')}, ${step(p, 'nl')} - ${str(p, 'state')}`,
    en: (p) => `${str(p, 'due')}: impasse about "${str(p, 'subject')}" ${str(p, 'committee')}, ${step(p, 'en')} - ${str(p, 'state')}`,
  },
  ICS_IMPASSE: {
    nl: (p) => `Impasse over "${str(p, 'subject')}" ${str(p, 'committee')}: ${step(p, 'nl')}`,
    en: (p) => `Impasse about "${str(p, 'subject')}" ${str(p, 'committee')}: ${step(p, 'en')}`,
  },
  IMPASSE_REMINDER_TITLE: { nl: (p) => `Impasse over "${str(p, 'subject')}" (${str(p, 'committee')}): u bent aan zet`, en: (p) => `Impasse about "${str(p, 'subject')}" (${str(p, 'committee')}): your turn` },
  IMPASSE_REMINDER_TEXT: {
    nl: (p) => `U bent aan zet${p.party ? ` voor ${str(p, 'party')}` : ''}: ${step(p, 'nl')}${due.nl(p)}.${q(p)}`,
    en: (p) => `It is your turn${p.party ? ` for ${str(p, 'party')}` : ''}: ${step(p, 'en')}${due.en(p)}.${q(p)}`,
  },
  IMPASSE_OVERDUE_TEXT: {
    nl: (p) => `De termijn van ${step(p, 'nl')} is op ${str(p, 'due')} verlopen.${q(p)}`,
    en: (p) => `The deadline of ${step(p, 'en')} passed on ${str(p, 'due')}.${q(p)}`,
  },
  // Refusals.
  UNKNOWN_IMPASSE: {
    nl: (p) => `Ik ken geen impasse over "${str(p, 'subject')}". Start er een met /gremium impasse starten <gremium> <onderwerp> partijen="<partij>; <partij>".`,
    en: (p) => `I don't know an impasse about "${str(p, 'subject')}". Start one with /gremium impasse start <committee> <subject> parties="<party>; <party>".`,
  },
  IMPASSE_PARTIES: { nl: (p) => `Een impasse is er tussen ten minste twee partijen; noem ze met partijen="...; ...".${q(p)}${nothing.nl}`, en: (p) => `An impasse is between at least two parties; name them with parties="...; ...".${q(p)}${nothing.en}` },
  IMPASSE_EXISTS: { nl: (p) => `Er loopt al een impasse over "${str(p, 'subject')}" in het ${str(p, 'committee')}.${nothing.nl}`, en: (p) => `An impasse about "${str(p, 'subject')}" is already running at the ${str(p, 'committee')}.${nothing.en}` },
  NOT_IN_STEP: { nl: (p) => `In ${step(p, 'nl')} wordt niets ingeleverd.${nothing.nl}`, en: (p) => `Nothing is delivered in ${step(p, 'en')}.${nothing.en}` },
  WRONG_STEP: {
    nl: (p) => `Dat past niet bij ${step(p, 'nl')}; hier kan: ${str(p, 'expectedWords') || str(p, 'expected')}.${nothing.nl}`,
    en: (p) => `That does not fit ${step(p, 'en')}; possible here: ${str(p, 'expectedWords') || str(p, 'expected')}.${nothing.en}`,
  },
  MISSING_DAY: { nl: () => `Noem de dag met datum=<datum>.${nothing.nl}`, en: () => `Give the day with date=<date>.${nothing.en}` },
  MISSING_MEDIATOR: { nl: () => `Noem de bemiddelaar met bemiddelaar="<naam>".${nothing.nl}`, en: () => `Name the mediator with mediator="<name>".${nothing.en}` },
  IMPASSE_CLOSED: { nl: (p) => `Deze impasse is afgesloten (${step(p, 'nl')}).${nothing.nl}`, en: (p) => `This impasse is closed (${step(p, 'en')}).${nothing.en}` },
  INVALID_EVENT: {
    nl: (p) => `"${str(p, 'value')}" ken ik niet als stap; typ verschillend, gelijk, zelfde-impasse, geen-overeenstemming, gepland, bemiddelaar, gesprek of opgelost.`,
    en: (p) => `"${str(p, 'value')}" is no step I know; type different, same, same-impasse, no-agreement, planned, mediator, talk-held or resolved.`,
  },
} satisfies Catalog;
