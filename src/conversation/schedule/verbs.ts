/** The schedule's verbs: add, move and cancel a meeting, mark a duty done, register a provisional proposal, choose the committee's channel. */
import { z } from 'zod';
import { dutyOfWord, runAddMeeting, runCancelMeeting, runDutyDone, runMoveMeeting, runRegisterProposal, runSetChannel } from './actions.ts';
import { defineVerb, optional, zDate, zFreeText, zText, zTime, zYesNo, type VerbSpec } from '../verb.ts';

/** agenda|stukken|verslag|besluitenlijst (nl), agenda|papers|minutes|decisions (en). */
const zDuty = zText.transform((v, ctx) => dutyOfWord(v) ?? (ctx.addIssue({ code: 'custom', message: 'INVALID_DUTY' }), z.NEVER));

/** The schedule's verbs, with the words fixed for every platform (Slack and Teams buttons send them). */
export const SCHEDULE_VERBS: readonly VerbSpec[] = [
  defineVerb({
    id: 'meeting.add',
    words: { 'vergadering toevoegen': 'nl', 'meeting add': 'en', 'add meeting': 'en' },
    positional: ['committee', 'date'],
    options: { time: ['tijd', 'time'], held: ['gehouden', 'held'] },
    usage: { nl: '/gremium vergadering toevoegen <gremium> <datum> [tijd=<uu:mm>] [gehouden=ja]', en: '/gremium meeting add <committee> <date> [time=<hh:mm>] [held=yes]' },
    schema: z.object({ committee: zText, date: zDate, time: optional(zTime), held: optional(zYesNo) }),
    run: runAddMeeting,
  }),
  defineVerb({
    id: 'meeting.move',
    words: { 'vergadering verplaatsen': 'nl', 'meeting move': 'en', 'move meeting': 'en' },
    positional: ['committee', 'date'],
    options: { to: ['naar', 'to'], time: ['tijd', 'time'] },
    usage: { nl: '/gremium vergadering verplaatsen <gremium> <datum> naar=<datum> [tijd=<uu:mm>]', en: '/gremium meeting move <committee> <date> to=<date> [time=<hh:mm>]' },
    schema: z.object({ committee: zText, date: zDate, to: zDate, time: optional(zTime) }),
    run: runMoveMeeting,
  }),
  defineVerb({
    id: 'meeting.cancel',
    words: { 'vergadering afgelast': 'nl', 'vergadering afgelasten': 'nl', 'meeting cancel': 'en', 'cancel meeting': 'en' },
    positional: ['committee', 'date'],
    options: {},
    usage: { nl: '/gremium vergadering afgelast <gremium> <datum>', en: '/gremium meeting cancel <committee> <date>' },
    schema: z.object({ committee: zText, date: zDate }),
    run: runCancelMeeting,
  }),
  defineVerb({
    id: 'duty.done',
    words: { gedaan: 'nl', done: 'en' },
    positional: ['duty', 'committee', 'date'],
    options: {},
    usage: { nl: '/gremium gedaan <agenda|stukken|verslag|besluitenlijst> <gremium> <datum>', en: '/gremium done <agenda|papers|minutes|decisions> <committee> <date>' },
    schema: z.object({ duty: zDuty, committee: zText, date: zDate }),
    run: runDutyDone,
  }),
  defineVerb({
    id: 'proposal.register',
    words: { voorstel: 'nl', proposal: 'en' },
    positional: ['committee', 'title'],
    options: { published: ['gepubliceerd', 'published'], confidential: ['vertrouwelijk', 'confidential'] },
    usage: { nl: '/gremium voorstel <gremium> <titel...> [gepubliceerd=<datum>] [vertrouwelijk=ja]', en: '/gremium proposal <committee> <title...> [published=<date>] [confidential=yes]' },
    schema: z.object({ committee: zText, title: zFreeText('title'), published: optional(zDate), confidential: optional(zYesNo) }),
    run: runRegisterProposal,
  }),
  defineVerb({
    id: 'channel.set',
    words: { kanaal: 'nl', channel: 'en' },
    positional: ['committee'],
    options: {},
    usage: { nl: '/gremium kanaal <gremium>', en: '/gremium channel <committee>' },
    schema: z.object({ committee: zText }),
    run: runSetChannel,
  }),
];
