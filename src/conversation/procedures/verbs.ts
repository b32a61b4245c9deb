/** The procedures' verbs (issue 16): proposals, signals, reactions, the municipality's decision, pilots (002). */
import { z } from 'zod';
import { defineVerb, optional, zFreeText, zText, zYesNo, type VerbSpec } from '../verb.ts';
import { answerOpenProposals, answerProposalStatus } from './proposal-answers.ts';
import { outcomeOfWord, runDecide, runPilot, runReact, runSubmit, runWorkOut } from './proposal-actions.ts';

const zOutcome = zText.transform((v, ctx) => outcomeOfWord(v) ?? (ctx.addIssue({ code: 'custom', message: 'INVALID_OUTCOME', params: { value: v } }), z.NEVER));

/** The procedures' verbs, with the words fixed for every platform. */
export const PROCEDURE_VERBS: readonly VerbSpec[] = [
  defineVerb({
    id: 'proposal.submit',
    words: { 'voorstel indienen': 'nl', 'proposal submit': 'en', 'submit proposal': 'en' },
    positional: ['committee', 'title'],
    options: { confidential: ['vertrouwelijk', 'confidential'] },
    usage: { nl: '/gremium voorstel indienen <gremium> <titel...> [vertrouwelijk=ja]', en: '/gremium proposal submit <committee> <title...> [confidential=yes]' },
    schema: z.object({ committee: zText, title: zFreeText('title'), confidential: optional(zYesNo) }),
    run: (ctx, c) => runSubmit(ctx, { ...c, signal: false }),
  }),
  defineVerb({
    id: 'signal.submit',
    words: { signaal: 'nl', signal: 'en' },
    positional: ['committee', 'title'],
    options: { confidential: ['vertrouwelijk', 'confidential'] },
    usage: { nl: '/gremium signaal <gremium> <tekst...> [vertrouwelijk=ja]', en: '/gremium signal <committee> <text...> [confidential=yes]' },
    schema: z.object({ committee: zText, title: zFreeText('title'), confidential: optional(zYesNo) }),
    run: (ctx, c) => runSubmit(ctx, { ...c, signal: true }),
  }),
  defineVerb({
    id: 'proposal.react',
    words: { reactie: 'nl', reageren: 'nl', reaction: 'en', react: 'en' },
    positional: ['committee', 'proposal'],
    options: { onBehalfOf: ['namens', 'for'], text: ['tekst', 'text'] },
    usage: { nl: '/gremium reactie <gremium> <voorstel...> [namens=<partij>] [tekst="..."]', en: '/gremium reaction <committee> <proposal...> [for=<party>] [text="..."]' },
    schema: z.object({ committee: zText, proposal: zText, onBehalfOf: optional(zText), text: optional(zFreeText('reason')) }),
    run: runReact,
  }),
  defineVerb({
    id: 'proposal.work-out',
    words: { 'voorstel uitgewerkt': 'nl', 'proposal worked-out': 'en', 'proposal worked': 'en' },
    positional: ['committee', 'proposal'],
    options: {},
    usage: { nl: '/gremium voorstel uitgewerkt <gremium> <voorstel...>', en: '/gremium proposal worked-out <committee> <proposal...>' },
    schema: z.object({ committee: zText, proposal: zText }),
    run: runWorkOut,
  }),
  defineVerb({
    id: 'proposal.decide',
    words: { 'voorstel besluit': 'nl', 'proposal decision': 'en', 'pilot besluit': 'nl', 'pilot decision': 'en' },
    positional: ['committee', 'adopted', 'proposal'],
    options: { note: ['toelichting', 'reasons'] },
    usage: {
      nl: '/gremium voorstel besluit <gremium> <aangenomen|niet-aangenomen> <voorstel...> [toelichting="..."] (een pilot: pilot besluit <gremium> <ingestemd|geweigerd> <pilot...>)',
      en: '/gremium proposal decision <committee> <adopted|not-adopted> <proposal...> [reasons="..."] (a pilot: pilot decision <committee> <consented|refused> <pilot...>)',
    },
    schema: z.object({ committee: zText, adopted: zOutcome, proposal: zText, note: optional(zFreeText('reason')) }),
    run: runDecide,
  }),
  defineVerb({
    id: 'pilot.request',
    words: { 'pilot aanvragen': 'nl', 'pilot request': 'en' },
    positional: ['committee', 'title'],
    options: { from: ['van', 'from'], until: ['tot', 'until'], providers: ['aanbieders', 'providers'], confidential: ['vertrouwelijk', 'confidential'] },
    usage: {
      nl: '/gremium pilot aanvragen <gremium> <titel...> van=<datum> tot=<datum> aanbieders="<aanbieder>; <aanbieder>" [vertrouwelijk=ja]',
      en: '/gremium pilot request <committee> <title...> from=<date> until=<date> providers="<provider>; <provider>" [confidential=yes]',
    },
    schema: z.object({ committee: zText, title: zFreeText('title'), from: zText, until: zText, providers: zText, confidential: optional(zYesNo) }),
    run: runPilot,
  }),
  defineVerb({
    id: 'proposal.list',
    words: { voorstellen: 'nl', proposals: 'en' },
    positional: ['committee'],
    options: {},
    usage: { nl: '/gremium voorstellen [gremium]', en: '/gremium proposals [committee]' },
    schema: z.object({ committee: optional(zText) }),
    run: (ctx, c) => answerOpenProposals(ctx, c.committee),
  }),
  defineVerb({
    id: 'proposal.status',
    words: { 'voorstel status': 'nl', 'proposal status': 'en' },
    positional: ['proposal'],
    options: {},
    usage: { nl: '/gremium voorstel status <voorstel...>', en: '/gremium proposal status <proposal...>' },
    schema: z.object({ proposal: zText }),
    run: (ctx, c) => answerProposalStatus(ctx, null, c.proposal),
  }),
];
