/** The verbs of the procedures beyond proposals (issue 16): the impasse procedure (004 appendix 2), escalation and accession (001). */
import { z } from 'zod';
import { defineVerb, optional, zFreeText, zText, type VerbSpec } from '../verb.ts';
import { answerImpasse, eventOfWord, runDeliverImpasse, runImpasseStep, runStartImpasse } from './impasse-actions.ts';
import { answerAgendaItems, runAccession, runEscalate } from './agenda-actions.ts';

const zEvent = zText.transform((v, ctx) => eventOfWord(v) ?? (ctx.addIssue({ code: 'custom', message: 'INVALID_EVENT', params: { value: v } }), z.NEVER));

/** The impasse verbs. */
export const IMPASSE_VERBS: readonly VerbSpec[] = [
  defineVerb({
    id: 'impasse.start',
    words: { 'impasse starten': 'nl', 'impasse start': 'en' },
    positional: ['committee', 'subject'],
    options: { parties: ['partijen', 'parties'] },
    usage: { nl: '/gremium impasse starten <gremium> <onderwerp...> partijen="<partij>; <partij>"', en: '/gremium impasse start <committee> <subject...> parties="<party>; <party>"' },
    schema: z.object({ committee: zText, subject: zFreeText('title'), parties: zText }),
    run: runStartImpasse,
  }),
  defineVerb({
    id: 'impasse.deliver',
    words: { 'impasse document': 'nl', 'impasse argumenten': 'nl', 'impasse arguments': 'en' },
    positional: ['committee', 'subject'],
    options: { onBehalfOf: ['namens', 'for'] },
    usage: { nl: '/gremium impasse document <gremium> <onderwerp...> [namens=<partij>] (stap 2b: impasse argumenten)', en: '/gremium impasse document <committee> <subject...> [for=<party>] (step 2b: impasse arguments)' },
    schema: z.object({ committee: zText, subject: zText, onBehalfOf: optional(zText) }),
    run: runDeliverImpasse,
  }),
  defineVerb({
    id: 'impasse.step',
    words: { 'impasse stap': 'nl', 'impasse step': 'en' },
    positional: ['committee', 'event', 'subject'],
    options: { date: ['datum', 'date'], mediator: ['bemiddelaar', 'mediator'] },
    usage: {
      nl: '/gremium impasse stap <gremium> <verschillend|gelijk|zelfde-impasse|geen-overeenstemming|gepland|bemiddelaar|gesprek|opgelost> <onderwerp...> [datum=<datum>] [bemiddelaar="<naam>"]',
      en: '/gremium impasse step <committee> <different|same|same-impasse|no-agreement|planned|mediator|talk-held|resolved> <subject...> [date=<date>] [mediator="<name>"]',
    },
    schema: z.object({ committee: zText, event: zEvent, subject: zText, date: optional(zText), mediator: optional(zText) }),
    run: runImpasseStep,
  }),
  defineVerb({
    id: 'impasse.status',
    words: { 'impasse status': null },
    positional: ['subject'],
    options: {},
    usage: { nl: '/gremium impasse status <onderwerp...>', en: '/gremium impasse status <subject...>' },
    schema: z.object({ subject: zText }),
    run: (ctx, c) => answerImpasse(ctx, { committee: null, subject: c.subject }),
  }),
];

/** Escalation, interim accession and the agenda items they add (001). */
export const AGENDA_VERBS: readonly VerbSpec[] = [
  defineVerb({
    id: 'escalation.raise',
    words: { escaleren: 'nl', opschalen: 'nl', escalate: 'en' },
    positional: ['committee', 'subject'],
    options: {},
    usage: { nl: '/gremium escaleren <gremium> <onderwerp...>', en: '/gremium escalate <committee> <subject...>' },
    schema: z.object({ committee: zText, subject: zFreeText('title') }),
    run: runEscalate,
  }),
  defineVerb({
    id: 'agenda.accession',
    words: { toetreding: 'nl', accession: 'en' },
    positional: ['committee', 'organisation'],
    options: {},
    usage: { nl: '/gremium toetreding <gremium> <organisatie...>', en: '/gremium accession <committee> <organisation...>' },
    schema: z.object({ committee: zText, organisation: zFreeText('word') }),
    run: runAccession,
  }),
  defineVerb({
    id: 'agenda.items',
    words: { agendapunten: 'nl', 'agenda items': 'en' },
    positional: ['committee'],
    options: {},
    usage: { nl: '/gremium agendapunten <gremium>', en: '/gremium agenda items <committee>' },
    schema: z.object({ committee: zText }),
    run: answerAgendaItems,
  }),
];
